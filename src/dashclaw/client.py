"""The DashClaw client: a drop-in replacement for the published 2.10.0 ``DashClaw`` class.

Every public method of 2.10.0 keeps its name, parameters, defaults, HTTP call and return value (the
parsed JSON exactly as the server sends it). The class is composed from one mixin per domain in
``dashclaw._domains``; every call passes through ``DashClaw._request(path, method, body)`` as in 2.10.0
(so test doubles that override or patch it keep working), below which ``dashclaw._transport.Transport``
does the HTTP (keep-alive, timeouts, retries, idempotency keys); failures raise the classes in
``dashclaw._errors``, which this module re-exports like 2.10.0 did.

What changed against 2.10.0 (each fix is also noted next to the code):

- ``guard_mode``, ``hitl_mode`` and ``auto_recommend`` now apply in ``create_action`` (and so in ``track``);
  2.10.0 accepted them and ignored them. ``hitl_mode`` is validated like the other modes.
- ``guard(context, include_signals=False)``: the documented parameter exists; a 403 carrying the decision
  (reference server) returns the decision instead of raising.
- ``wait_for_approval`` / ``wait_for_pairing`` raise ``ApprovalTimeoutError`` (still a ``TimeoutError``).
- ``update_outcome`` no longer sends ``"status": null`` when no status is given.
- 48 methods (feedback, compliance exports/schedules/trends, drift, learning analytics, scoring profiles,
  risk templates, calibration) passed method and path to the HTTP helper in swapped order and never
  reached the server; they now make the documented calls.
- ``download_compliance_export`` returns the report text instead of failing to JSON-parse it.
- ``get_attachment`` goes through ``_request`` and the shared transport: it has a timeout and raises
  DashClawError subclasses; it returns a file name that is not ASCII as the server sent it (``filename*``).
- ``report_token_usage`` also takes one dict holding the whole report, the form 2.10.0's LangChain handler
  used (2.10.0's client rejected it, so that handler never reported tokens).
- Errors carry the server's error ``code`` and the response's ``X-Request-Id`` as ``request_id``.
- Query strings are always URL-encoded and booleans go out as ``true``/``false`` (``get_inbox(unread=True)``
  sent ``True``, which the server ignored); ``get_inbox(message_type=...)`` is sent as ``type``.
- ``rebuild_recommendations`` leaves unset ``action_type``/``action_id`` out instead of sending null.
- Documented keyword names the server never read are renamed to its fields: goal ``deadline`` ->
  ``target_date``, idea ``body`` -> ``description``, mood ``context`` -> ``notes``, approach
  ``succeeded`` -> ``success``, token report ``session_id`` -> ``session_key``.
- ``list_agent_schedules`` / ``create_agent_schedule`` exist (documented, missing in 2.10.0).
- ``wrap_client`` raises ValueError for an unknown ``provider`` instead of silently not wrapping.
- Path ids are percent-encoded; diagnostics go to ``logging.getLogger("dashclaw")`` instead of print.
- ``AsyncDashClaw`` (new, ``dashclaw._async_client``): the same methods, awaitable, on asyncio.
- ``outbox="path.db"`` (new, ``dashclaw._outbox``): recording calls survive an unreachable server; ``flush()``.
- ``events(types=None)`` (new) yields the org's real-time events; ``wait_for_approval`` also listens on that
  stream when the server offers it, so an approval reaches a waiting agent at once instead of at the next poll.
"""

from __future__ import annotations

# ``time`` and ``datetime`` are imported for code written against 2.10.0, which reaches them through this
# module: ``patch("dashclaw.client.time.sleep")`` still speeds up approval waits, and 2.10.0's own tests read
# and replace ``dashclaw.client.datetime``. ``urllib`` is left out on purpose: patching
# ``dashclaw.client.urllib.request.urlopen`` intercepted 2.10.0's HTTP but would not intercept ours, so it
# fails loudly instead (patch ``DashClaw._request``).
import os
import time  # noqa: F401
import warnings
from datetime import datetime  # noqa: F401

from ._domains._base import ClientBase
from ._domains.actions import ActionsMixin
from ._domains.agents import AgentsMixin
from ._domains.compliance import ComplianceMixin
from ._domains.context import ContextMixin
from ._domains.dashboard import DashboardMixin
from ._domains.drift import DriftMixin
from ._domains.evaluations import EvaluationsMixin
from ._domains.events import EventsMixin
from ._domains.execution import ExecutionMixin
from ._domains.feedback import FeedbackMixin
from ._domains.guard import GuardMixin
from ._domains.handoffs import HandoffsMixin
from ._domains.hitl import HitlMixin
from ._domains.identity import IdentityMixin
from ._domains.learning import LearningMixin
from ._domains.loops_assumptions import LoopsAssumptionsMixin
from ._domains.messaging import MessagingMixin
from ._domains.orgs import OrgsMixin
from ._domains.policies import PoliciesMixin
from ._domains.preferences import PreferencesMixin
from ._domains.prompts import PromptsMixin
from ._domains.routing import RoutingMixin
from ._domains.scoring import ScoringMixin
from ._domains.security import SecurityMixin
from ._domains.sessions import SessionsMixin
from ._domains.signals import SignalsMixin
from ._domains.snippets import SnippetsMixin
from ._domains.tokens import TokensMixin
from ._domains.webhooks import WebhooksMixin
from ._errors import ApprovalDeniedError, DashClawError, GuardBlockedError  # noqa: F401  (2.10.0 exported them here)
from ._outbox import Outbox
from ._steps import steps
from ._transport import Transport

GOVERNANCE_MODES = ("off", "warn", "enforce")
HITL_MODES = ("off", "wait")
FLUSH_POLL_SECONDS = 0.02


class ClientMethods(
    ActionsMixin,
    GuardMixin,
    HitlMixin,
    LoopsAssumptionsMixin,
    SignalsMixin,
    AgentsMixin,
    LearningMixin,
    DashboardMixin,
    TokensMixin,
    HandoffsMixin,
    ContextMixin,
    SnippetsMixin,
    PreferencesMixin,
    SecurityMixin,
    MessagingMixin,
    WebhooksMixin,
    PoliciesMixin,
    ComplianceMixin,
    RoutingMixin,
    IdentityMixin,
    OrgsMixin,
    PromptsMixin,
    EvaluationsMixin,
    FeedbackMixin,
    DriftMixin,
    ScoringMixin,
    SessionsMixin,
    ExecutionMixin,
    EventsMixin,
    ClientBase,
):
    """Every method of the client and its settings, written once: ``DashClaw`` runs them blocking,
    ``AsyncDashClaw`` on asyncio (see ``dashclaw._steps``)."""

    _transport_class = Transport

    def __init__(
        self,
        base_url,
        api_key,
        agent_id,
        agent_name=None,
        swarm_id=None,
        guard_mode="off",
        guard_callback=None,
        hitl_mode="off",
        private_key=None,
        auto_recommend="off",
        recommendation_confidence_min=70,
        recommendation_callback=None,
        *,
        timeout=30.0,
        max_retries=2,
        approval_timeout=300,
        approval_poll_interval=5,
        outbox=None,
    ):
        if guard_mode not in GOVERNANCE_MODES:
            raise ValueError("guard_mode must be one of: off, warn, enforce")
        if auto_recommend not in GOVERNANCE_MODES:
            raise ValueError("auto_recommend must be one of: off, warn, enforce")
        if hitl_mode not in HITL_MODES:
            raise ValueError("hitl_mode must be one of: off, wait")
        self.base_url = base_url.rstrip("/")
        is_local = "localhost" in self.base_url or "127.0.0.1" in self.base_url
        if not self.base_url.startswith("https://") and not is_local:
            warnings.warn(
                "DashClaw: baseUrl does not use HTTPS. API keys will be sent in plaintext. Use HTTPS in production.",
                UserWarning,
                stacklevel=2,
            )
        self.api_key = api_key
        self.agent_id = agent_id
        self.agent_name = agent_name
        self.swarm_id = swarm_id
        self.guard_mode = guard_mode
        self.guard_callback = guard_callback
        self.hitl_mode = hitl_mode
        self.private_key = private_key  # cryptography RSAPrivateKey, used to sign create_action payloads
        self.auto_recommend = auto_recommend
        try:
            self.recommendation_confidence_min = max(0, min(float(recommendation_confidence_min), 100))
        except (TypeError, ValueError):
            self.recommendation_confidence_min = 70
        self.recommendation_callback = recommendation_callback
        self.approval_timeout = approval_timeout
        self.approval_poll_interval = approval_poll_interval
        self._transport = self._transport_class(self.base_url, api_key, timeout=timeout, max_retries=max_retries)
        outbox = outbox or os.environ.get("DASHCLAW_OUTBOX")
        if outbox:
            self._outbox = Outbox(outbox, self.base_url, api_key, timeout=timeout)

    @steps
    def flush(self, timeout=None):
        """Wait until the outbox has delivered every queued call: True, or False after ``timeout`` seconds
        (None waits as long as it takes). True at once without an outbox."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while self._outbox is not None and self._outbox.backlog():
            if deadline is not None and time.monotonic() >= deadline:
                return False
            yield self._pause(FLUSH_POLL_SECONDS)
        return True

    def __repr__(self):
        return "{}(base_url={!r}, agent_id={!r})".format(type(self).__name__, self.base_url, self.agent_id)


class DashClaw(ClientMethods):
    """Client for one agent on one DashClaw server; safe to share between threads.

    Usage::

        with DashClaw(base_url="http://localhost:3000", api_key="...", agent_id="my-agent") as claw:
            with claw.track(action_type="deploy", declared_goal="Ship v2"):
                ...
    """

    def close(self):
        """Stop the heartbeat thread, close pooled connections and stop outbox delivery (queued calls stay)."""
        self.stop_heartbeat()
        self._transport.close()
        if self._outbox is not None:
            self._outbox.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


# Backward compatibility alias (legacy name).
OpenClawAgent = DashClaw
