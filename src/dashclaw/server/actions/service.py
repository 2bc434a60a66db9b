"""The decision record: create (guarded), record outcomes, approve, query, trace."""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..activity.service import log_activity
from ..assumptions.models import Assumption
from ..core.auth import Principal
from ..core.clock import iso, parse_iso, utcnow
from ..core.errors import ApiError, conflict, not_found, validation_failed
from ..core.ids import uuid_id
from ..core.pagination import Page
from ..core.redaction import redact_fields, redact_value
from ..core.serialize import row_to_dict
from ..db.engine import Database
from ..guard import service as guard_service
from ..guard.models import GuardDecision
from ..identities import service as identities
from ..identities.signatures import verify as verify_signature
from ..loops.models import OpenLoop
from .models import Action
from .schemas import OUTCOME_FIELDS, ActionCreate, ActionOutcome, ApprovalDecision

if TYPE_CHECKING:
    from ..core.context import AppContext

REDACTED_FIELDS = (
    "declared_goal", "reasoning", "authorization_scope", "trigger", "input_summary", "output_summary",
    "error_message", "side_effects", "artifacts_created", "systems_touched",
)
HIGH_RISK = 70
COST_CAP = 10_000
DENIED_TEXT = "Denied by human operator"
RELATED_SCAN_LIMIT = 500


def to_dict(action: Action) -> dict[str, Any]:
    return row_to_dict(action, exclude=("signature",), id_field="action_id")


def get_action(session: Session, org_id: str, action_id: str) -> Action:
    action = session.scalar(select(Action).where(Action.org_id == org_id, Action.action_id == action_id))
    if action is None:
        raise not_found("Action")
    return action


def _timestamps(data: dict[str, Any], names: tuple[str, ...]) -> None:
    errors = []
    for name in names:
        if isinstance(data.get(name), str):
            try:
                data[name] = parse_iso(data[name])
            except ValueError:
                errors.append(f"{name} must be an ISO-8601 timestamp")
    if errors:
        raise validation_failed(errors)


def create_action(
    ctx: AppContext, principal: Principal, body: ActionCreate, signed_payload: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    """Check the signature, guard, then store. Block: 403 and nothing stored. Require approval: stored as
    pending_approval, 202."""
    data = body.model_dump()
    data["action_id"] = data["action_id"] or uuid_id("act")
    _timestamps(data, ("timestamp_start", "timestamp_end"))
    data["timestamp_start"] = data["timestamp_start"] or utcnow()
    data["cost_estimate"] = min(float(data["cost_estimate"]), COST_CAP)
    findings = redact_fields(data, REDACTED_FIELDS)

    db = ctx.db
    with db.read() as session:
        if ctx.settings.closed_enrollment and not session.scalar(
            select(Action.pk).where(Action.org_id == principal.org_id, Action.agent_id == data["agent_id"]).limit(1)
        ):
            raise ApiError(403, "Agent is not registered in this organization", code="AGENT_NOT_REGISTERED")
        if session.scalar(select(Action.pk).where(Action.org_id == principal.org_id, Action.action_id == data["action_id"])):
            raise conflict("An action with that action_id already exists")

    signature, verified = _check_signature(ctx, principal.org_id, data["agent_id"], signed_payload)
    outcome = guard_service.evaluate(ctx, principal.org_id, data)
    decision = outcome.response()
    if outcome.evaluation.decision == "block":
        ctx.decision_log.write(outcome.record(principal.org_id))
        raise ApiError(403, "Action blocked by policy", decision=decision)

    status_code = 201
    if outcome.evaluation.decision == "require_approval":
        data["status"] = "pending_approval"
        status_code = 202
    action = Action(
        org_id=principal.org_id,
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
        with db.write() as session:
            session.add(GuardDecision(**outcome.record(principal.org_id, action_id=data["action_id"])))
            session.add(action)
            session.flush()
            result = to_dict(action)
    except IntegrityError as exc:
        raise conflict("An action with that action_id already exists") from exc
    ctx.recent_actions.record(principal.org_id, data["agent_id"])
    return status_code, {
        "action": result,
        "action_id": result["action_id"],
        "decision": decision,
        "security": findings.summary(),
    }


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


def record_outcome(db: Database, principal: Principal, action_id: str, body: ActionOutcome) -> dict[str, Any]:
    changes = body.provided()
    if not any(name in changes for name in OUTCOME_FIELDS):
        raise validation_failed(["At least one outcome field is required: " + ", ".join(OUTCOME_FIELDS)])
    _timestamps(changes, ("timestamp_end",))
    if "cost_estimate" in changes:
        changes["cost_estimate"] = min(float(changes["cost_estimate"]), COST_CAP)
    findings = redact_fields(changes, ("output_summary", "error_message", "side_effects", "artifacts_created"))
    with db.write() as session:
        action = get_action(session, principal.org_id, action_id)
        new_status = changes.get("status")
        if new_status and new_status != action.status:
            if new_status == "pending_approval":
                raise ApiError(409, "Only a guard policy can put an action into pending_approval")
            if action.status == "pending_approval" and new_status != "cancelled":
                raise ApiError(409, "Action is pending approval; an operator must approve or deny it first")
        for name, value in changes.items():
            setattr(action, name, value)
        action.updated_at = utcnow()
        session.flush()
        return {"action": to_dict(action), "security": findings.summary()}


def approve(db: Database, principal: Principal, action_id: str, body: ApprovalDecision, ip: str | None) -> dict[str, Any]:
    reasoning, findings = redact_value(body.reasoning)
    approver = principal.actor_id or f"api_key:{principal.key_id}"
    now = utcnow()
    with db.write() as session:
        action = get_action(session, principal.org_id, action_id)
        if action.status != "pending_approval":
            raise ApiError(400, "Action is not pending approval")
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
        log_activity(
            session, principal, f"action.{'allowed' if body.decision == 'allow' else 'denied'}",
            resource_type="action", resource_id=action_id,
            details={"decision": body.decision, "reasoning": reasoning}, ip_address=ip,
        )
        session.flush()
        return {"success": True, "action": to_dict(action), "security": findings.summary()}


def list_actions(session: Session, org_id: str, filters: dict[str, Any], page: Page) -> dict[str, Any]:
    conditions = [Action.org_id == org_id]
    for name in ("agent_id", "swarm_id", "status", "action_type"):
        if filters.get(name):
            conditions.append(getattr(Action, name) == filters[name])
    if filters.get("risk_min") is not None:
        conditions.append(Action.risk_score >= filters["risk_min"])
    rows = session.scalars(
        select(Action).where(*conditions).order_by(Action.timestamp_start.desc(), Action.pk.desc()).limit(page.limit).offset(page.offset)
    ).all()
    stats = session.execute(
        select(
            func.count(),
            func.sum(case((Action.status == "completed", 1), else_=0)),
            func.sum(case((Action.status == "failed", 1), else_=0)),
            func.sum(case((Action.status == "running", 1), else_=0)),
            func.sum(case((Action.risk_score >= HIGH_RISK, 1), else_=0)),
            func.avg(Action.risk_score),
            func.sum(Action.cost_estimate),
        ).where(*conditions)
    ).one()
    total = stats[0] or 0
    return {
        "actions": [to_dict(a) for a in rows],
        "total": total,
        "stats": {
            "total": total,
            "completed": int(stats[1] or 0),
            "failed": int(stats[2] or 0),
            "running": int(stats[3] or 0),
            "high_risk": int(stats[4] or 0),
            "avg_risk": round(float(stats[5] or 0), 2),
            "total_cost": round(float(stats[6] or 0), 4),
        },
        "lastUpdated": iso(utcnow()),
    }


def action_detail(session: Session, org_id: str, action_id: str) -> dict[str, Any]:
    from ..assumptions.service import to_dict as assumption_dict
    from ..loops.service import to_dict as loop_dict

    action = get_action(session, org_id, action_id)
    loops = session.scalars(
        select(OpenLoop).where(OpenLoop.org_id == org_id, OpenLoop.action_id == action_id).order_by(OpenLoop.created_at.desc(), OpenLoop.pk.desc())
    )
    assumptions = session.scalars(
        select(Assumption)
        .where(Assumption.org_id == org_id, Assumption.action_id == action_id)
        .order_by(Assumption.created_at.desc(), Assumption.pk.desc())
    )
    return {
        "action": to_dict(action),
        "open_loops": [loop_dict(l) for l in loops],
        "assumptions": [assumption_dict(a) for a in assumptions],
    }


_CHAIN_FIELDS = (
    "action_id", "agent_id", "agent_name", "action_type", "declared_goal", "status", "risk_score", "timestamp_start",
    "error_message",
)


def _brief(action: Action, with_parent: bool = True) -> dict[str, Any]:
    out = {name: getattr(action, name) for name in _CHAIN_FIELDS}
    out["timestamp_start"] = iso(action.timestamp_start)
    if with_parent:
        out["parent_action_id"] = action.parent_action_id
    return out


def trace(session: Session, org_id: str, action_id: str) -> dict[str, Any]:
    from ..assumptions.service import to_dict as assumption_dict
    from ..loops.service import to_dict as loop_dict

    action = get_action(session, org_id, action_id)
    assumptions = session.scalars(
        select(Assumption).where(Assumption.org_id == org_id, Assumption.action_id == action_id).order_by(Assumption.created_at, Assumption.pk)
    ).all()
    loops = session.scalars(
        select(OpenLoop).where(OpenLoop.org_id == org_id, OpenLoop.action_id == action_id).order_by(OpenLoop.created_at, OpenLoop.pk)
    ).all()

    chain: list[Action] = []
    seen = {action.action_id}
    parent_id = action.parent_action_id
    while parent_id and parent_id not in seen and len(chain) < 10:
        parent = session.scalar(select(Action).where(Action.org_id == org_id, Action.action_id == parent_id))
        if parent is None:
            break
        chain.append(parent)
        seen.add(parent_id)
        parent_id = parent.parent_action_id

    children = session.scalars(
        select(Action).where(Action.org_id == org_id, Action.parent_action_id == action_id).order_by(Action.timestamp_start, Action.pk)
    ).all()
    window = timedelta(hours=1)
    nearby = session.scalars(
        select(Action)
        .where(
            Action.org_id == org_id,
            Action.action_id != action_id,
            Action.timestamp_start >= action.timestamp_start - window,
            Action.timestamp_start <= action.timestamp_start + window,
        )
        .order_by(Action.timestamp_start.desc())
        .limit(RELATED_SCAN_LIMIT)
    ).all()
    related = [
        other for other in nearby
        if other.agent_id == action.agent_id or (action.systems_touched and other.systems_touched == action.systems_touched)
    ][:20]

    invalidated = [a for a in assumptions if a.invalidated]
    open_loops = [l for l in loops if l.status == "open"]
    failed_parents = [p for p in chain if p.status == "failed"]
    failed_related = [r for r in related if r.status == "failed"]
    indicators = []
    if invalidated:
        indicators.append({"type": "invalidated_assumptions", "severity": "high", "count": len(invalidated), "detail": [
            {"assumption_id": a.assumption_id, "assumption": a.assumption, "reason": a.invalidated_reason} for a in invalidated
        ]})
    if open_loops:
        indicators.append({"type": "unresolved_loops", "severity": "medium", "count": len(open_loops), "detail": [
            {"loop_id": l.loop_id, "description": l.description, "priority": l.priority} for l in open_loops
        ]})
    for kind, severity, rows in (("parent_failures", "high", failed_parents), ("related_failures", "medium", failed_related)):
        if rows:
            indicators.append({"type": kind, "severity": severity, "count": len(rows), "detail": [
                {"action_id": r.action_id, "goal": r.declared_goal, "error": r.error_message} for r in rows
            ]})

    return {
        "action": to_dict(action),
        "trace": {
            "assumptions": {
                "total": len(assumptions),
                "validated": sum(1 for a in assumptions if a.validated),
                "invalidated": len(invalidated),
                "unvalidated": sum(1 for a in assumptions if not a.validated and not a.invalidated),
                "items": [assumption_dict(a) for a in assumptions],
            },
            "loops": {
                "total": len(loops),
                "open": len(open_loops),
                "resolved": sum(1 for l in loops if l.status == "resolved"),
                "cancelled": sum(1 for l in loops if l.status == "cancelled"),
                "items": [loop_dict(l) for l in loops],
            },
            "parent_chain": [_brief(p) for p in chain],
            "sub_actions": [_brief(c, with_parent=False) for c in children],
            "related_actions": [_brief(r, with_parent=False) for r in related],
            "root_cause_indicators": indicators,
        },
    }


def graph(session: Session, org_id: str, action_id: str) -> dict[str, Any]:
    """Nodes and edges around one action, built from its trace."""
    traced = trace(session, org_id, action_id)
    root, data = traced["action"], traced["trace"]
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[dict[str, Any]] = []

    def action_node(row: dict[str, Any]) -> str:
        node_id = f"action:{row['action_id']}"
        nodes.setdefault(node_id, {"id": node_id, "type": "action", "label": row.get("declared_goal"), "status": row.get("status"), "data": row})
        return node_id

    root_id = action_node(root)
    child_id = root_id
    for parent in data["parent_chain"]:
        parent_id = action_node(parent)
        edges.append({"source": parent_id, "target": child_id, "kind": "parent_child"})
        child_id = parent_id
    for sub in data["sub_actions"]:
        edges.append({"source": root_id, "target": action_node(sub), "kind": "parent_child"})
    for rel in data["related_actions"]:
        edges.append({"source": root_id, "target": action_node(rel), "kind": "related"})
    for a in data["assumptions"]["items"]:
        node_id = f"assumption:{a['assumption_id']}"
        nodes[node_id] = {"id": node_id, "type": "assumption", "label": a["assumption"], "data": a}
        edges.append({"source": node_id, "target": root_id, "kind": "assumption_of"})
    for l in data["loops"]["items"]:
        node_id = f"loop:{l['loop_id']}"
        nodes[node_id] = {"id": node_id, "type": "loop", "label": l["description"], "status": l["status"], "data": l}
        edges.append({"source": root_id, "target": node_id, "kind": "loop_from"})
    return {"action_id": action_id, "nodes": list(nodes.values()), "edges": edges}


def delete_actions(db: Database, org_id: str, params: dict[str, Any]) -> dict[str, Any]:
    conditions = [Action.org_id == org_id]
    if params.get("action_id"):
        conditions.append(Action.action_id == params["action_id"])
    else:
        if not any(params.get(k) for k in ("before", "agent_id", "status")):
            raise ApiError(400, "Provide action_id, or at least one of before, agent_id, status")
        if params.get("before"):
            try:
                conditions.append(Action.timestamp_start < parse_iso(params["before"]))
            except ValueError as exc:
                raise validation_failed(["before must be an ISO-8601 timestamp"]) from exc
        for name in ("agent_id", "status"):
            if params.get(name):
                conditions.append(getattr(Action, name) == params[name])
    with db.write() as session:
        ids = list(session.scalars(select(Action.action_id).where(*conditions)))
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            session.execute(delete(OpenLoop).where(OpenLoop.org_id == org_id, OpenLoop.action_id.in_(chunk)))
            session.execute(delete(Assumption).where(Assumption.org_id == org_id, Assumption.action_id.in_(chunk)))
            session.execute(delete(Action).where(Action.org_id == org_id, Action.action_id.in_(chunk)))
    result: dict[str, Any] = {"deleted": len(ids)}
    if params.get("action_id"):
        result["action_ids"] = ids
    return result
