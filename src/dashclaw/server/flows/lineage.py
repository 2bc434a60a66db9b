"""One decision's lineage: its action, assumptions, loops and the messages sent for it, parent chain, sub-actions,
related actions."""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..actions.children import find_action
from ..actions.models import Action
from ..actions.service import get_action, to_dict
from ..assumptions.models import Assumption
from ..assumptions.service import to_dict as assumption_dict
from ..core.auth import Principal
from ..core.clock import iso, shifted
from ..core.serialize import row_to_dict
from ..guard.models import GuardDecision
from ..loops.models import OpenLoop
from ..loops.service import to_dict as loop_dict
from ..messaging.models import Message

if TYPE_CHECKING:
    from ..deps import AppContext

RELATED_SCAN_LIMIT = 500
PARENT_CHAIN_LIMIT = 10


def action_detail(ctx: AppContext, caller: Principal, action_id: str) -> dict[str, Any]:
    """An action with its open loops and assumptions, newest first."""
    with ctx.db.read() as session:
        return _detail(session, caller.org_id, action_id)


def trace(ctx: AppContext, caller: Principal, action_id: str) -> dict[str, Any]:
    """Everything that bears on one decision, with root-cause indicators."""
    with ctx.db.read() as session:
        return _trace(session, caller.org_id, action_id)


def graph(ctx: AppContext, caller: Principal, action_id: str) -> dict[str, Any]:
    """Nodes and edges around one action, built from its trace."""
    with ctx.db.read() as session:
        return _graph(_trace(session, caller.org_id, action_id), action_id)


def decision_record(ctx: AppContext, caller: Principal, action_id: str) -> dict[str, Any]:
    """One decision's whole story for an operator: its trace, the guard evaluation that admitted it, and a
    timeline of everything that happened to it, oldest first."""
    with ctx.db.read() as session:
        traced = _trace(session, caller.org_id, action_id)
        evaluation = session.scalar(
            select(GuardDecision).where(
                GuardDecision.org_id == caller.org_id, GuardDecision.id == traced["action"]["guard_decision_id"]
            )
        )
    guard_decision = row_to_dict(evaluation) if evaluation is not None else None
    return {**traced, "guard_decision": guard_decision, "timeline": _timeline(traced, guard_decision)}


def _timeline(traced: dict[str, Any], guard_decision: dict[str, Any] | None) -> list[dict[str, Any]]:
    """(time, what happened) entries for one decision, oldest first; entries without a time are left out."""
    action, data = traced["action"], traced["trace"]
    events = [
        (guard_decision and guard_decision["created_at"], f"Guard decided {guard_decision and guard_decision['decision']}"),
        (action["timestamp_start"], f"Action started by {action['agent_name'] or action['agent_id']}"),
        (action["status"] == "pending_approval" or action["decided_at"]) and (action["created_at"], "Approval requested"),
        (action["decided_at"], f"{'Approved' if action['approval_decision'] == 'allow' else 'Denied'} by {action['decided_by']}"),
        (action["timestamp_end"], f"Ended: {action['status']}"),
    ]
    for item in data["assumptions"]["items"]:
        events.append((item["created_at"], f"Assumption recorded: {item['assumption']}"))
        events.append((item["validated_at"], f"Assumption validated: {item['assumption']}"))
        events.append((item["invalidated_at"], f"Assumption invalidated: {item['assumption']}"))
    for item in data["loops"]["items"]:
        events.append((item["created_at"], f"Loop opened: {item['description']}"))
        events.append((item["resolved_at"], f"Loop {item['status']}: {item['description']}"))
    for item in data["messages"]["items"]:
        events.append((item["created_at"], f"Message to {item['to_agent_id'] or 'all agents'}: {item['subject'] or item['body']}"))
    entries = [{"at": at, "event": text} for at, text in filter(None, events) if at]
    return sorted(entries, key=lambda entry: entry["at"])


def _detail(session: Session, org_id: str, action_id: str) -> dict[str, Any]:
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
        "messages": [row_to_dict(m) for m in _messages(session, org_id, action_id, newest_first=True)],
    }


def _messages(session: Session, org_id: str, action_id: str, *, newest_first: bool = False) -> list[Message]:
    """The messages sent for the action (through the SDK's `action_context`)."""
    order = (Message.created_at.desc(), Message.id.desc()) if newest_first else (Message.created_at, Message.id)
    return session.scalars(
        select(Message).where(Message.org_id == org_id, Message.action_id == action_id).order_by(*order)
    ).all()


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


def _trace(session: Session, org_id: str, action_id: str) -> dict[str, Any]:
    action = get_action(session, org_id, action_id)
    assumptions = session.scalars(
        select(Assumption).where(Assumption.org_id == org_id, Assumption.action_id == action_id).order_by(Assumption.created_at, Assumption.pk)
    ).all()
    loops = session.scalars(
        select(OpenLoop).where(OpenLoop.org_id == org_id, OpenLoop.action_id == action_id).order_by(OpenLoop.created_at, OpenLoop.pk)
    ).all()
    messages = _messages(session, org_id, action_id)

    chain: list[Action] = []
    seen = {action.action_id}
    parent_id = action.parent_action_id
    while parent_id and parent_id not in seen and len(chain) < PARENT_CHAIN_LIMIT:
        parent = find_action(session, org_id, parent_id)
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
            Action.timestamp_start >= shifted(action.timestamp_start, -window),
            Action.timestamp_start <= shifted(action.timestamp_start, window),
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
            "messages": {"total": len(messages), "items": [row_to_dict(m) for m in messages]},
            "parent_chain": [_brief(p) for p in chain],
            "sub_actions": [_brief(c, with_parent=False) for c in children],
            "related_actions": [_brief(r, with_parent=False) for r in related],
            "root_cause_indicators": indicators,
        },
    }


def _graph(traced: dict[str, Any], action_id: str) -> dict[str, Any]:
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
