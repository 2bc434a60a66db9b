"""Human-in-the-loop approvals: approve or deny, list pending actions, wait for a decision."""

from __future__ import annotations

import time

from .._errors import ApprovalDeniedError, ApprovalTimeoutError, DashClawError
from .._steps import steps
from ._base import api_path, logger, without_none

DENIED_STATUSES = ("failed", "cancelled")


class HitlMixin:
    def approve_action(self, action_id, decision, reasoning=None):
        if decision not in ("allow", "deny"):
            raise ValueError("decision must be either 'allow' or 'deny'")
        payload = without_none({"decision": decision, "reasoning": reasoning})
        return self._post(api_path("/api/actions/{}/approve", action_id), payload)

    def get_pending_approvals(self, limit=20, offset=0):
        return self.get_actions(status="pending_approval", limit=limit, offset=offset)

    @steps
    def wait_for_approval(self, action_id, timeout=300, interval=5):
        """Wait until an operator decides; returns the ``get_action`` response once approved.

        The action is checked every ``interval`` seconds and, when the server offers the event stream, again as
        soon as the stream says it was decided (so an approval arrives within moments, not an interval).
        Same rules as 2.10.0: approved once ``approved_by`` is set; ``failed``/``cancelled`` means denied
        (ApprovalDeniedError); leaving ``pending_approval`` without approval metadata is an error; an action
        that was never pending and is ``running`` returns at once. Fix: the timeout raises
        ApprovalTimeoutError, which is still a TimeoutError.
        """
        deadline = time.monotonic() + timeout
        was_pending = False
        with self._approval_watch(action_id, timeout) as watch:
            while time.monotonic() < deadline:
                response = yield self.get_action(action_id)
                action = response.get("action") or {}
                status = action.get("status")
                if status == "pending_approval":
                    was_pending = True
                if action.get("approved_by"):
                    logger.info("dashclaw: action %s approved by %s", action_id, action.get("approved_by"))
                    return response
                if status in DENIED_STATUSES:
                    raise ApprovalDeniedError(action.get("error_message") or "Operator denied the action.", decision=status)
                if was_pending and status != "pending_approval":
                    raise DashClawError(
                        "Action {} left pending_approval state without explicit approval metadata (Status: {})".format(
                            action_id, status
                        )
                    )
                if not was_pending and status == "running":
                    return response
                yield watch.wait(max(0.0, min(interval, deadline - time.monotonic())))
        message = "[DashClaw] Timed out waiting for approval of action {}".format(action_id)
        raise ApprovalTimeoutError(message, action_id=action_id)

    @steps
    def _settle_pending_approval(self, created):
        """With ``hitl_mode="wait"``, turn a pending_approval create answer into the approved action."""
        action = created.get("action") if isinstance(created, dict) else None
        if self.hitl_mode != "wait" or not isinstance(action, dict) or action.get("status") != "pending_approval":
            return created
        action_id = created.get("action_id") or action.get("action_id")
        logger.info("dashclaw: action %s requires approval; waiting (timeout %ss)", action_id, self.approval_timeout)
        approved = yield self.wait_for_approval(
            action_id, timeout=self.approval_timeout, interval=self.approval_poll_interval
        )
        return dict(created, action=approved.get("action"))
