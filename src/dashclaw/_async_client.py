"""``AsyncDashClaw``: every method of ``DashClaw``, awaitable, on one asyncio connection pool.

Nothing here repeats a method. The methods are ``ClientMethods``'s; what changes is what runs them:

- the seam's transport is ``AsyncTransport`` (same retries, idempotency keys and errors, on asyncio
  streams), so a method that returns its seam call's answer (nearly all of them) returns an awaitable;
- methods that wait on the server more than once are steps (``dashclaw._steps``), run by ``run_async``;
  ``guard_mode``, ``hitl_mode``, ``auto_recommend``, ``track`` (``async with``) and the outbox behave as
  on ``DashClaw``;
- what only the blocking client does with threads has an asyncio form below: list iterators are async
  generators, the heartbeat is a task, token reports of a wrapped LLM client go out as tasks, an approval
  wait polls (the blocking client also listens on the event stream), ``events()`` is an async generator
  over one stream.
"""

from __future__ import annotations

import asyncio
import json

from ._async_transport import AsyncTransport
from ._domains._base import logger, next_page_params
from ._domains.events import CONTROL_EVENTS, FrameParser, stream_request
from ._steps import run_async
from .client import ClientMethods

MAX_PENDING_REPORTS = 1000


class AsyncDashClaw(ClientMethods):
    """Asyncio client for one agent on one DashClaw server; takes ``DashClaw``'s arguments.

    Usage::

        async with AsyncDashClaw(base_url="http://localhost:3000", api_key="...", agent_id="my-agent") as claw:
            decision = await claw.guard({"action_type": "deploy", "risk_score": 40})
            async with claw.track(action_type="deploy", declared_goal="Ship v2"):
                ...
    """

    _transport_class = AsyncTransport
    _run_steps = staticmethod(run_async)
    _pause = staticmethod(asyncio.sleep)
    _heartbeat_task = None
    _pending_reports = None

    async def close(self):
        """Stop the heartbeat task, close pooled connections and stop outbox delivery (queued calls stay)."""
        self.stop_heartbeat()
        await self._transport.close()
        if self._outbox is not None:
            self._outbox.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        await self.close()

    async def _pages(self, fetch, key, params):
        params = dict(params)
        while params is not None:
            page = await fetch(params)
            for item in page.get(key) or []:
                yield item
            params = next_page_params(params, page)

    def _approval_watch(self, action_id, connect_wait):
        return _Poll()

    def start_heartbeat(self, interval=60, **kwargs):
        """Send ``heartbeat(**kwargs)`` every ``interval`` seconds from a task (no-op if one runs)."""
        if self._heartbeat_task is not None and not self._heartbeat_task.done():
            return

        async def beat():
            while True:
                try:
                    await self.heartbeat(**kwargs)
                except Exception as exc:  # presence is best effort; the loop must survive outages
                    logger.debug("dashclaw: heartbeat failed: %s", exc)
                await asyncio.sleep(interval)

        self._heartbeat_task = asyncio.ensure_future(beat())

    def stop_heartbeat(self):
        """Cancel the heartbeat task."""
        if self._heartbeat_task is not None:
            self._heartbeat_task.cancel()
            self._heartbeat_task = None

    def _report_token_usage_from_llm(self, tokens_in, tokens_out, model):
        """Send a wrapped LLM call's token report from a task; at most MAX_PENDING_REPORTS are in flight."""
        if tokens_in is None and tokens_out is None:
            return
        if self._pending_reports is None:
            self._pending_reports = set()
        if len(self._pending_reports) >= MAX_PENDING_REPORTS:
            logger.debug("dashclaw: token report dropped, %d already waiting", MAX_PENDING_REPORTS)
            return
        body = {"tokens_in": tokens_in or 0, "tokens_out": tokens_out or 0, "model": model, "agent_id": self.agent_id}
        task = asyncio.ensure_future(self._send_report(body))
        self._pending_reports.add(task)
        task.add_done_callback(self._pending_reports.discard)

    async def _send_report(self, body):
        try:
            await self._post("/api/tokens", body)
        except Exception as exc:  # telemetry: never raised into the host
            logger.debug("dashclaw: token usage not reported: %s", exc)

    async def events(self, types=None, last_event_id=None):
        """Yield the org's events as ``DashClaw.events`` does, from one stream: it ends when the connection
        does (resume with the last event's ``id`` as ``last_event_id``)."""
        lines, writer = await self._transport.open_stream(*stream_request(types, last_event_id))
        parser = FrameParser()
        try:
            async for line in lines:
                frame = parser.feed(line)
                if frame is not None and frame.event not in CONTROL_EVENTS:
                    yield json.loads(frame.data)
        finally:
            writer.close()


class _Poll:
    """An approval wait's pause between checks on the asyncio client."""

    def wait(self, seconds):
        return asyncio.sleep(seconds)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        pass
