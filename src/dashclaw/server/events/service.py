"""The org's real-time stream (contract 9.2): events emitted with the changes that cause them, replayed on
resume, then delivered live until the stream's time limit. `log.py` stores them, `hub.py` fans them out."""
from __future__ import annotations

import asyncio
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, AsyncIterator

import orjson
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from ..core.auth import Principal
from ..core.errors import ApiError, validation_failed
from ..core.jobs import PeriodicJob
from .hub import StreamHub, Subscription
from .log import EVENT_TYPES, StreamItem
from .schemas import StreamFilters

if TYPE_CHECKING:
    from ..deps import AppContext

MAX_EVENT_ID = 2**63 - 1
PURGE_EVERY = timedelta(minutes=1)
UNAVAILABLE = "Event stream unavailable"


def emit(ctx: AppContext, session: Session, org_id: str, event_type: str, data: Any = None,
         subject_id: str | None = None, deliver_to: str | None = None) -> None:
    """Record an event in `session`'s transaction; every open stream of the org gets it once that commits (and
    `deliver_to`, a URL, gets it through the webhook outbox)."""
    ctx.events.emit(session, org_id, event_type, data, subject_id, deliver_to)


def purge_expired(ctx: AppContext) -> int:
    """Delete events older than the replay window."""
    return ctx.events.purge(timedelta(seconds=ctx.settings.stream_retention_seconds))


def retention_job(ctx: AppContext) -> PeriodicJob:
    """The job that purges expired events, once every `PURGE_EVERY` across all replicas."""
    return PeriodicJob(ctx.db, "stream_events.purge", PURGE_EVERY, partial(purge_expired, ctx))


class EventStream:
    """One client's stream: what it missed (on resume), a `connected` frame, then live events."""

    def __init__(self, hub: StreamHub, subscription: Subscription, max_seconds: float, connected: dict[str, Any]):
        self._hub = hub
        self._subscription = subscription
        self._max_seconds = max_seconds
        self._connected = connected

    def close(self) -> None:
        """Stop hearing events (idempotent; the response calls it when the client goes)."""
        self._hub.unsubscribe(self._subscription)

    async def __aiter__(self) -> AsyncIterator[StreamItem]:
        subscription = self._subscription
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._max_seconds
        try:
            replayed = 0
            async for item in self._hub.missed(subscription):
                replayed += 1
                yield item
            yield StreamItem(None, "connected", orjson.dumps({**self._connected, "replayed": replayed}).decode())
            while (remaining := deadline - loop.time()) > 0:
                if subscription.lagging:
                    async for item in self._hub.missed(subscription):
                        yield item
                    continue
                item = await subscription.next_live(remaining)
                if item is not None:
                    subscription.cursor = item.seq
                    yield item
        finally:
            self.close()


async def open_stream(ctx: AppContext, caller: Principal, filters: StreamFilters, last_event_id: str | None) -> EventStream:
    """Subscribe the caller to its org's events: only `filters.types`, resuming after the given event id."""
    types = _event_types(filters.types)
    after = _event_id(last_event_id if last_event_id is not None else filters.lastEventId)
    connected = {"status": "ok", "orgId": caller.org_id, "backend": "database", "realtimeStatus": "ok",
                 "lastEventId": after, "replayError": None}
    try:
        if after is not None:
            latest, oldest = await run_in_threadpool(_bounds, ctx, caller.org_id)
            after = min(after, latest)  # an id this org never reached (an old database?) means "from now"
            if (oldest or latest + 1) > after + 1:
                connected["replayError"] = f"Events {after + 1} to {(oldest or latest + 1) - 1} have expired"
        subscription = await ctx.stream.subscribe(caller.org_id, types, after)
    except Exception as exc:
        raise ApiError(503, UNAVAILABLE) from exc
    return EventStream(ctx.stream, subscription, ctx.settings.stream_max_seconds, connected)


def _bounds(ctx: AppContext, org_id: str) -> tuple[int, int | None]:
    return ctx.events.latest(org_id), ctx.events.oldest(org_id)


def _event_types(raw: str | None) -> frozenset[str] | None:
    """The `types` filter as a set (None: every type); 400 naming unknown types."""
    if raw is None:
        return None
    names = {name.strip() for name in raw.split(",") if name.strip()}
    unknown = sorted(names - set(EVENT_TYPES))
    if unknown:
        raise validation_failed([f"types: unknown event type {name!r}; known: {', '.join(EVENT_TYPES)}" for name in unknown])
    return frozenset(names) or None


def _event_id(raw: str | None) -> int | None:
    """A resume cursor: the `id` of the last event the client saw (a whole number); 400 otherwise."""
    if raw is None or raw.strip() == "":
        return None
    text = raw.strip()
    if not text.isascii() or not text.isdigit() or int(text) > MAX_EVENT_ID:
        raise validation_failed([f"Last-Event-ID must be an event id (a whole number up to {MAX_EVENT_ID})"])
    return int(text)
