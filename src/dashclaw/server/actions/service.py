"""The decision record: outcomes, approvals and lists (creation is the `flows.recording` flow)."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..activity.service import log_activity
from ..core.auth import Principal
from ..core.clock import TIMESTAMP_RULE, iso, parse_iso, utcnow
from ..core.errors import ApiError, not_found, validation_failed
from ..core.pagination import NewestFirst, Page
from ..core.redaction import redact_fields, redact_value
from ..core.serialize import row_to_dict
from ..events import service as events
from ..events.log import ACTION_UPDATED, APPROVAL_DECIDED
from . import stats
from .children import find_action
from .models import Action
from .schemas import OUTCOME_FIELDS, ActionFilters, ActionOutcome, ApprovalDecision

if TYPE_CHECKING:
    from ..deps import AppContext

REDACTED_FIELDS = (
    "declared_goal", "reasoning", "authorization_scope", "trigger", "input_summary", "output_summary",
    "error_message", "side_effects", "artifacts_created", "systems_touched",
)
COST_CAP = 10_000
DENIED_TEXT = "Denied by human operator"
NEWEST_FIRST = NewestFirst(Action.timestamp_start, Action.pk)


def to_dict(action: Action) -> dict[str, Any]:
    return row_to_dict(action, exclude=("signature",), id_field="action_id")


def get_action(session: Session, org_id: str, action_id: str) -> Action:
    """The org's action with this id, else 404."""
    action = find_action(session, org_id, action_id)
    if action is None:
        raise not_found("Action")
    return action


def parse_timestamps(data: dict[str, Any], names: tuple[str, ...]) -> None:
    """Parse the named ISO-8601 fields in place; 400 naming every field that does not parse."""
    errors = []
    for name in names:
        if isinstance(data.get(name), str):
            try:
                data[name] = parse_iso(data[name])
            except ValueError:
                errors.append(f"{name} must be {TIMESTAMP_RULE}")
    if errors:
        raise validation_failed(errors)


def record_outcome(ctx: AppContext, caller: Principal, action_id: str, body: ActionOutcome,
                   also: Callable[[Session, Action], object] | None = None) -> dict[str, Any]:
    """Record how an action ended (or progressed); a pending approval only leaves by an operator or cancel.

    `also` runs in the same transaction once the action is changed (a flow's records that follow from it)."""
    changes = body.provided()
    if not any(name in changes for name in OUTCOME_FIELDS):
        raise validation_failed(["At least one outcome field is required: " + ", ".join(OUTCOME_FIELDS)])
    parse_timestamps(changes, ("timestamp_end",))
    if "cost_estimate" in changes:
        changes["cost_estimate"] = min(float(changes["cost_estimate"]), COST_CAP)
    findings = redact_fields(changes, ("output_summary", "error_message", "side_effects", "artifacts_created"),
                             ctx.redaction.mode(caller.org_id))
    with ctx.db.write() as session:
        action = get_action(session, caller.org_id, action_id)
        new_status = changes.get("status")
        if new_status and new_status != action.status:
            if new_status == "pending_approval":
                raise ApiError(409, "Only a guard policy can put an action into pending_approval")
            if action.status == "pending_approval" and new_status != "cancelled":
                raise ApiError(409, "Action is pending approval; an operator must approve or deny it first")
        before = stats.counted(action)
        for name, value in changes.items():
            setattr(action, name, value)
        action.updated_at = utcnow()
        stats.count_change(session, before, stats.counted(action))
        session.flush()
        if also is not None:
            also(session, action)
        data = to_dict(action)
        events.emit(ctx, session, caller.org_id, ACTION_UPDATED, data, subject_id=action_id)
    ctx.telemetry.action_recorded(caller.org_id, data)
    return {"action": data, "security": findings.summary()}


def approve(ctx: AppContext, caller: Principal, action_id: str, body: ApprovalDecision, ip: str | None,
            also: Callable[[Session, Action], object] | None = None) -> dict[str, Any]:
    """An operator's decision on a pending action: allow releases it, deny fails it; both are audited.

    `also` runs in the same transaction once the action is decided (a flow's records that follow from it)."""
    reasoning, findings = redact_value(body.reasoning, ctx.redaction.mode(caller.org_id))
    approver = caller.actor_id or f"api_key:{caller.key_id}"
    now = utcnow()
    with ctx.db.write() as session:
        action = get_action(session, caller.org_id, action_id)
        if action.status != "pending_approval":
            raise ApiError(400, "Action is not pending approval")
        before = stats.counted(action)
        marker = f"[HITL Decision: {body.decision.upper()} by {approver}]" + (f"\nReason: {reasoning}" if reasoning else "")
        action.reasoning = f"{action.reasoning}\n\n{marker}" if action.reasoning else marker
        action.approval_decision = body.decision
        action.approval_reasoning = reasoning
        action.decided_by = approver
        action.decided_at = now
        if body.decision == "allow":
            action.status = "running"
            action.error_message = None
            action.approved_by = approver
            action.approved_at = now
        else:
            action.status = "failed"
            action.error_message = reasoning or DENIED_TEXT
        action.updated_at = now
        stats.count_change(session, before, stats.counted(action))
        log_activity(
            session, caller, f"action.{'allowed' if body.decision == 'allow' else 'denied'}",
            resource_type="action", resource_id=action_id, agent_id=action.agent_id,
            details={"decision": body.decision, "reasoning": reasoning}, ip_address=ip,
            before={"status": "pending_approval"},
            after={"status": action.status, "decided_by": approver, "decided_at": now},
        )
        session.flush()
        if also is not None:
            also(session, action)
        data = to_dict(action)
        events.emit(ctx, session, caller.org_id, APPROVAL_DECIDED, data, subject_id=action_id)
        events.emit(ctx, session, caller.org_id, ACTION_UPDATED, data, subject_id=action_id)
    ctx.telemetry.action_recorded(caller.org_id, data)
    return {"success": True, "action": data, "security": findings.summary()}


def _matching(caller: Principal, filters: ActionFilters) -> list[Any]:
    conditions = [Action.org_id == caller.org_id]
    for name in ("agent_id", "swarm_id", "status", "action_type"):
        if getattr(filters, name):
            conditions.append(getattr(Action, name) == getattr(filters, name))
    if filters.risk_min is not None:
        conditions.append(Action.risk_score >= filters.risk_min)
    return conditions


def page_actions(
    ctx: AppContext, caller: Principal, filters: ActionFilters, limit: int, *, cursor: str | None = None,
    since: datetime | None = None,
) -> dict[str, Any]:
    """A keyset page of the org's actions, newest first (by start time, then insertion order): `next_cursor`
    resumes after the last row, so every page costs the same however deep it is."""
    conditions = _matching(caller, filters)
    if since is not None:
        conditions.append(Action.timestamp_start >= since)
    with ctx.db.read() as session:
        rows, next_cursor = NEWEST_FIRST.read(session, select(Action).where(*conditions), cursor, limit)
    return {"actions": [to_dict(a) for a in rows], "next_cursor": next_cursor}


def list_actions(ctx: AppContext, caller: Principal, filters: ActionFilters, page: Page) -> dict[str, Any]:
    """A page of the org's actions, newest first (`cursor` or `offset`), with stats over every matching action."""
    conditions = _matching(caller, filters)
    with ctx.db.read() as session:
        rows, next_cursor = NEWEST_FIRST.read(
            session, select(Action).where(*conditions), filters.cursor, page.limit, page.offset
        )
        summary, exact = stats.action_stats(session, caller.org_id, filters, conditions)
    return {
        "actions": [to_dict(a) for a in rows],
        "total": summary["total"],
        "total_is_lower_bound": not exact,
        "stats": summary,
        "next_cursor": next_cursor,
        "lastUpdated": iso(utcnow()),
    }


