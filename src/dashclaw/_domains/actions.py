"""Decision recording: create actions, record outcomes, read them back."""

from __future__ import annotations

import base64
import time
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone

from .._canonical import canonical_json
from .._steps import steps
from ._base import api_path, logger, paged


def utc_now_iso():
    """Current UTC time as ISO-8601 with a ``Z`` suffix, the form the server emits."""
    return datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")


class ActionsMixin:
    @steps
    def create_action(self, action_type, declared_goal, **kwargs):
        """I am attempting X.

        Unlike 2.10.0, the client's governance settings really apply here (and so in ``track``):
        ``auto_recommend`` adapts the action, ``guard_mode`` asks the guard before anything is recorded,
        and ``hitl_mode="wait"`` blocks on a ``pending_approval`` answer until an operator decides.
        With an outbox the client makes the action id, so that a queued action has one the agent can use.
        """
        action = {"action_type": action_type, "declared_goal": declared_goal, "agent_id": self.agent_id, **kwargs}
        action = (yield self._auto_recommend(action))["action"]
        yield self._guard_check(action)
        if self._outbox is not None and not action.get("action_id"):
            action["action_id"] = new_action_id()
        signature = self._sign_payload(action)
        if signature:
            action["_signature"] = signature
        created = yield self._post("/api/actions", action)
        return (yield self._settle_pending_approval(created))

    def _sign_payload(self, payload):
        """Base64 RSASSA-PKCS1-v1_5/SHA-256 signature of the payload's canonical JSON (``_canonical``), or None."""
        if not self.private_key:
            return None
        try:
            from cryptography.hazmat.primitives import hashes
            from cryptography.hazmat.primitives.asymmetric import padding
        except ImportError:
            logger.warning("dashclaw: 'cryptography' is not installed; the action is sent unsigned")
            return None
        try:
            signature = self.private_key.sign(canonical_json(payload), padding.PKCS1v15(), hashes.SHA256())
        except Exception as exc:  # a wrong key type must not stop the agent: the server decides
            logger.warning("dashclaw: failed to sign action (%s); the action is sent unsigned", exc)
            return None
        return base64.b64encode(signature).decode("ascii")

    def update_outcome(self, action_id, status=None, **kwargs):
        """Record how an action ended; a dict in ``status`` is sent as the whole body.

        Fix: 2.10.0 sent ``"status": null`` when status was omitted; now the key is left out.
        """
        if isinstance(status, dict):
            payload = dict(status, **kwargs)
        else:
            payload = dict(kwargs)
            if status is not None:
                payload["status"] = status
        payload.setdefault("timestamp_end", utc_now_iso())
        return self._patch(api_path("/api/actions/{}", action_id), payload)

    @paged("actions")
    def get_actions(self, **filters):
        """One page of actions, newest first; pass a page's ``next_cursor`` back as ``cursor`` for the next."""
        return self._get("/api/actions", filters)

    def iter_actions(self, **filters):
        """Every action matching ``filters`` (as ``get_actions`` takes them), newest first, fetched page by page."""
        return self.paginate(self.get_actions, **filters)

    def get_action(self, action_id):
        return self._get(api_path("/api/actions/{}", action_id))

    def get_action_trace(self, action_id):
        return self._get(api_path("/api/actions/{}/trace", action_id))

    def track(self, action_type, declared_goal, **kwargs):
        """Create the action, yield ``{"action_id"}``, then record completed or failed with the duration.

        ``with claw.track(...)`` on ``DashClaw``, ``async with claw.track(...)`` on ``AsyncDashClaw``.
        """
        return _Tracked(self, action_type, declared_goal, kwargs)

    @contextmanager
    def action_context(self, action_id):
        """Yield a helper whose calls are tagged with ``action_id``.

        Usage::

            with claw.action_context("act_123") as ctx:
                ctx.send_message("Hello", to="agent-b")
                ctx.record_assumption({"assumption": "Staging is clear"})
                ctx.update_outcome(status="completed")
        """
        yield _ActionContext(self, action_id)


def new_action_id():
    """An action id made by the client, in the server's ``act_`` form."""
    return "act_" + uuid.uuid4().hex


def _elapsed_ms(start_time):
    return int((time.time() - start_time) * 1000)


class _Tracked:
    """What ``track`` returns: a context manager (``with``, or ``async with`` on the asyncio client) around
    one action, written once as steps for both."""

    def __init__(self, client, action_type, declared_goal, fields):
        self._client = client
        self._create = (action_type, declared_goal, fields)
        self._start_time = None
        self._action_id = None

    @property
    def _run_steps(self):
        return self._client._run_steps

    @steps
    def _open(self):
        action_type, declared_goal, fields = self._create
        self._start_time = time.time()
        created = yield self._client.create_action(action_type, declared_goal, **fields)
        self._action_id = created.get("action_id")
        return {"action_id": self._action_id}

    @steps
    def _close(self, error):
        duration_ms = _elapsed_ms(self._start_time)
        if error is None:
            yield self._client.update_outcome(self._action_id, status="completed", duration_ms=duration_ms)
            return
        try:
            yield self._client.update_outcome(
                self._action_id, status="failed", duration_ms=duration_ms, error_message=str(error)
            )
        except Exception as outcome_error:
            logger.warning("dashclaw: failed to close action %s: %s", self._action_id, outcome_error)

    def __enter__(self):
        return self._open()

    def __exit__(self, exc_type, error, traceback):
        if exc_type is None or isinstance(error, Exception):
            self._close(error)

    async def __aenter__(self):
        return await self._open()

    async def __aexit__(self, exc_type, error, traceback):
        if exc_type is None or isinstance(error, Exception):
            await self._close(error)


class _ActionContext:
    """Calls of one client with the action id filled in."""

    def __init__(self, client, action_id):
        self._client = client
        self.action_id = action_id

    def send_message(self, body, to=None, message_type="info", attachments=None, **kwargs):
        kwargs["action_id"] = self.action_id
        return self._client.send_message(body, to=to, message_type=message_type, attachments=attachments, **kwargs)

    def record_assumption(self, assumption):
        if isinstance(assumption, dict):
            assumption = {**assumption, "action_id": self.action_id}
        return self._client.record_assumption(assumption)

    def update_outcome(self, status=None, **kwargs):
        return self._client.update_outcome(self.action_id, status=status, **kwargs)
