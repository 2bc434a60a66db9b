"""Recording a decision: check the agent's signature, guard, store the action with its decision.

Also deleting actions, which takes their assumptions and loops with them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from ..actions import stats as action_stats
from ..actions.children import find_action
from ..actions.models import Action
from ..actions.schemas import ActionCreate, DeleteFilters
from ..actions.service import COST_CAP, REDACTED_FIELDS, parse_timestamps, to_dict
from ..assumptions.models import Assumption
from ..core.auth import Principal
from ..core.clock import TIMESTAMP_RULE, parse_iso, utcnow
from ..core.errors import ApiError, conflict, validation_failed
from ..core.ids import uuid_id
from ..core.redaction import redact_fields
from ..events import service as events
from ..events.log import ACTION_CREATED, APPROVAL_REQUESTED, GUARD_DECISION
from ..guard import stats as guard_stats
from ..guard.models import GuardDecision
from ..identities import service as identities
from ..identities.signatures import verify as verify_signature
from ..loops.models import OpenLoop
from .evaluation import evaluate
from .learning import score_action

if TYPE_CHECKING:
    from ..deps import AppContext

DUPLICATE_ACTION = "An action with that action_id already exists"
DELETE_CHUNK = 500


@dataclass
class Recorded:
    """What became of a create: `created`, `pending_approval` (waits for an operator) or `blocked`."""

    outcome: str
    body: dict[str, Any]


def create_action(ctx: AppContext, caller: Principal, body: ActionCreate, signed_payload: dict[str, Any]) -> Recorded:
    """Check the signature, guard, then store the action and its decision in one transaction.

    Blocked: only the decision is logged. Require approval: stored as `pending_approval`.
    """
    org_id = caller.org_id
    data = body.model_dump()
    data["action_id"] = data["action_id"] or uuid_id("act")
    parse_timestamps(data, ("timestamp_start", "timestamp_end"))
    data["timestamp_start"] = data["timestamp_start"] or utcnow()
    data["cost_estimate"] = min(float(data["cost_estimate"]), COST_CAP)
    redaction = ctx.redaction.mode(org_id)
    findings = redact_fields(data, REDACTED_FIELDS, redaction)

    with ctx.db.read() as session:
        if ctx.settings.closed_enrollment and not session.scalar(
            select(Action.pk).where(Action.org_id == org_id, Action.agent_id == data["agent_id"]).limit(1)
        ):
            raise ApiError(403, "Agent is not registered in this organization", code="AGENT_NOT_REGISTERED")
        if find_action(session, org_id, data["action_id"]) is not None:
            raise conflict(DUPLICATE_ACTION)

    signature, verified = _check_signature(ctx, org_id, data["agent_id"], signed_payload)
    outcome = evaluate(ctx, org_id, data)
    decision = outcome.response()
    if outcome.decision == "block":
        ctx.decision_log.write(outcome.record(org_id, mode=redaction))
        ctx.telemetry.guard_decided(org_id, decision, data)
        return Recorded("blocked", {"decision": decision})

    if outcome.decision == "require_approval":
        data["status"] = "pending_approval"
    action = Action(
        org_id=org_id,
        agent_risk_score=outcome.agent_risk_score,
        risk_factors=list(outcome.risk_factors),
        guard_decision_id=outcome.id,
        signature=signature,
        verified=verified,
        **{
            **data,
            "reversible": 0 if data["reversible"] is False else 1,
            "risk_score": outcome.context.risk_score,
            "recommendation_applied": int(data["recommendation_applied"]),
        },
    )
    try:
        with ctx.db.write() as session:
            logged = outcome.record(org_id, action_id=data["action_id"], mode=redaction)
            session.add(GuardDecision(**logged))
            session.add(action)
            session.flush()
            guard_stats.count_logged(session, [logged])
            action_stats.count_change(session, None, action_stats.counted(action))
            score_action(session, action)
            result = to_dict(action)
            events.emit(ctx, session, org_id, GUARD_DECISION, subject_id=outcome.id)
            events.emit(ctx, session, org_id, ACTION_CREATED, result, subject_id=result["action_id"])
            if action.status == "pending_approval":
                events.emit(ctx, session, org_id, APPROVAL_REQUESTED, result, subject_id=result["action_id"])
    except IntegrityError as exc:
        raise conflict(DUPLICATE_ACTION) from exc
    ctx.recent_actions.record(org_id, data["agent_id"])
    ctx.telemetry.guard_decided(org_id, decision, data, result["action_id"])
    ctx.telemetry.action_recorded(org_id, result)
    body = {"action": result, "action_id": result["action_id"], "decision": decision, "security": findings.summary()}
    return Recorded("pending_approval" if outcome.decision == "require_approval" else "created", body)


def _check_signature(ctx: AppContext, org_id: str, agent_id: str, payload: dict[str, Any]) -> tuple[str | None, bool]:
    """(signature, verified) for a create; 401 when signatures are enforced and this one does not hold."""
    signature = payload.get("_signature") if isinstance(payload.get("_signature"), str) else None
    verified = False
    if signature:
        with ctx.db.read() as session:
            identity = identities.find(session, org_id, agent_id)
        verified = identity is not None and verify_signature(identity.public_key, identity.algorithm, payload, signature)
    if ctx.settings.enforce_signatures and not signature:
        raise ApiError(401, "Signature required", code="SIGNATURE_REQUIRED")
    if ctx.settings.enforce_signatures and not verified:
        raise ApiError(401, "Invalid agent signature", code="INVALID_AGENT_SIGNATURE")
    return signature, verified


def delete_actions(ctx: AppContext, caller: Principal, filters: DeleteFilters) -> dict[str, Any]:
    """Delete one action by id, or every action matching the filters, with their assumptions and loops."""
    org_id = caller.org_id
    conditions = [Action.org_id == org_id]
    if filters.action_id:
        conditions.append(Action.action_id == filters.action_id)
    else:
        if not (filters.before or filters.agent_id or filters.status):
            raise ApiError(400, "Provide action_id, or at least one of before, agent_id, status")
        if filters.before:
            try:
                conditions.append(Action.timestamp_start < parse_iso(filters.before))
            except ValueError as exc:
                raise validation_failed([f"before must be {TIMESTAMP_RULE}"]) from exc
        for name in ("agent_id", "status"):
            if getattr(filters, name):
                conditions.append(getattr(Action, name) == getattr(filters, name))
    with ctx.db.write() as session:
        ids = list(session.scalars(select(Action.action_id).where(*conditions)))
        for start in range(0, len(ids), DELETE_CHUNK):
            chunk = ids[start:start + DELETE_CHUNK]
            action_stats.count_deleted(session, [Action.org_id == org_id, Action.action_id.in_(chunk)])
            for model in (OpenLoop, Assumption, Action):
                session.execute(delete(model).where(model.org_id == org_id, model.action_id.in_(chunk)))
    result: dict[str, Any] = {"deleted": len(ids)}
    if filters.action_id:
        result["action_ids"] = ids
    return result
