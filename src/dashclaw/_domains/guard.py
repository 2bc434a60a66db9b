"""Policy enforcement: ask the guard, read its decision log, and apply ``guard_mode`` to new actions."""

from __future__ import annotations

from .._errors import APIConnectionError, DashClawError, ForbiddenError, GuardBlockedError, ServerError
from .._steps import steps
from ._base import logger, paged

RESTRICTIVE_DECISIONS = ("block", "require_approval")


class GuardMixin:
    @steps
    def guard(self, context, include_signals=False):
        """Can I do X? Returns the decision dict (allow | warn | require_approval | block).

        Fix: ``include_signals`` is documented but was missing in 2.10.0; it is sent both as a body flag
        and as ``?include_signals=true``. A server that answers block/require_approval with 403 and the
        decision as the body (the reference server does) still yields the decision instead of an error.
        """
        payload = {**context, "agent_id": context.get("agent_id", self.agent_id)}
        params = None
        if include_signals:
            payload["include_signals"] = True
            params = {"include_signals": True}
        try:
            return (yield self._post("/api/guard", payload, params=params))
        except ForbiddenError as exc:
            if isinstance(exc.body, dict) and isinstance(exc.body.get("decision"), str):
                return exc.body
            raise

    @paged("decisions")
    def get_guard_decisions(self, decision=None, limit=20, offset=0, agent_id=None, cursor=None):
        """One page of this agent's (or ``agent_id``'s) logged decisions, newest first; ``cursor`` takes a
        page's ``next_cursor``."""
        params = {"agent_id": agent_id or self.agent_id, "limit": limit, "offset": offset, "decision": decision,
                  "cursor": cursor}
        return self._get("/api/guard", params)

    def iter_guard_decisions(self, decision=None, agent_id=None, limit=200):
        """Every logged decision of this agent (or ``agent_id``), newest first, fetched ``limit`` at a time."""
        return self.paginate(self.get_guard_decisions, decision=decision, agent_id=agent_id, limit=limit)

    def _build_guard_context(self, action_def):
        return {
            "action_type": action_def.get("action_type"),
            "risk_score": action_def.get("risk_score"),
            "systems_touched": action_def.get("systems_touched"),
            "reversible": action_def.get("reversible"),
            "declared_goal": action_def.get("declared_goal"),
            "agent_id": action_def.get("agent_id", self.agent_id),
        }

    @staticmethod
    def _is_restrictive_decision(decision):
        return isinstance(decision, dict) and decision.get("decision") in RESTRICTIVE_DECISIONS

    @steps
    def _guard_check(self, action_def):
        """Apply ``guard_mode`` before an action is recorded.

        "enforce" raises GuardBlockedError on block, and on require_approval unless ``hitl_mode="wait"``
        (then the server parks the action as pending_approval and ``create_action`` waits). "warn" logs.
        A failing guard is logged and skipped (fail open): the server evaluates the same policies on create.
        With an outbox, "enforce" fails closed when the server is unreachable or failing (its error is
        raised): a queued create would let the action go ahead before any policy saw it.
        """
        if self.guard_mode == "off":
            return
        try:
            decision = yield self.guard(self._build_guard_context(action_def))
        except GuardBlockedError as exc:
            decision = exc.details
        except DashClawError as exc:
            unreachable = isinstance(exc, (APIConnectionError, ServerError))
            if unreachable and self.guard_mode == "enforce" and self._outbox is not None:
                raise
            logger.warning("dashclaw: guard check failed (proceeding): %s", exc)
            return
        if self.guard_callback:
            try:
                self.guard_callback(decision)
            except Exception:
                logger.exception("dashclaw: guard_callback raised; ignoring it")
        if not self._is_restrictive_decision(decision):
            return
        verdict = decision.get("decision")
        if self.guard_mode == "enforce" and (verdict == "block" or self.hitl_mode != "wait"):
            raise GuardBlockedError(decision)
        reasons = "; ".join(decision.get("reasons") or []) or "no reason"
        outcome = "awaiting human approval" if self.guard_mode == "enforce" else "proceeding in warn mode"
        logger.warning("dashclaw: guard %s for %s: %s; %s", verdict, action_def.get("action_type"), reasons, outcome)
