"""The shadow-mode report: what each shadow policy would have blocked, sent for approval or flagged, over a
window, read from the guard decision log (where every evaluation records its shadow results)."""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.errors import ApiError
from ..guard.models import GuardDecision
from ..policies.models import Policy

if TYPE_CHECKING:
    from ..deps import AppContext

MAX_WINDOW_DAYS = 365
EXAMPLES_PER_POLICY = 5
WOULD = {"block": "would_block", "require_approval": "would_require_approval", "warn": "would_warn"}


def window_days(window: str) -> int:
    """`7d` -> 7; a bare number of days works too. 400 for anything else."""
    text = window.strip().lower().removesuffix("d")
    if not text.isdigit() or not 1 <= int(text) <= MAX_WINDOW_DAYS:
        raise ApiError(400, f"window must be a number of days between 1 and {MAX_WINDOW_DAYS}, such as 7d")
    return int(text)


def shadow_report(ctx: AppContext, caller: Principal, window: str) -> dict[str, Any]:
    """Per shadow policy: how often it would have changed a decision in the window, with recent examples."""
    days = window_days(window)
    since = utcnow() - timedelta(days=days)
    ctx.decision_log.flush()
    org = GuardDecision.org_id == caller.org_id
    with ctx.db.read() as session:
        shadows = session.execute(
            select(Policy.id, Policy.name, Policy.policy_type, Policy.active)
            .where(Policy.org_id == caller.org_id, Policy.shadow == 1).order_by(Policy.created_at, Policy.id)
        ).all()
        evaluations = session.scalar(
            select(func.count()).select_from(GuardDecision).where(org, GuardDecision.created_at >= since)
        ) or 0
        rows = session.execute(
            select(GuardDecision.id, GuardDecision.agent_id, GuardDecision.action_id, GuardDecision.action_type,
                   GuardDecision.decision, GuardDecision.shadow_results, GuardDecision.created_at)
            .where(org, GuardDecision.created_at >= since, GuardDecision.shadow_matches > 0)
            .order_by(GuardDecision.created_at.desc(), GuardDecision.id)
        ).all()
    report = {
        row.id: {"policy_id": row.id, "policy_name": row.name, "policy_type": row.policy_type, "active": row.active,
                 "would_block": 0, "would_require_approval": 0, "would_warn": 0, "would_change": 0,
                 "last_seen": None, "examples": []}
        for row in shadows
    }
    for row in rows:
        for result in row.shadow_results or []:
            entry = report.setdefault(result["policy_id"], {
                "policy_id": result["policy_id"], "policy_name": result["policy_name"], "policy_type": None,
                "active": None, "would_block": 0, "would_require_approval": 0, "would_warn": 0, "would_change": 0,
                "last_seen": None, "examples": [],
            })
            entry[WOULD.get(result["would"], "would_warn")] += 1
            entry["would_change"] += int(_stricter(result["would"], row.decision))
            entry["last_seen"] = entry["last_seen"] or iso(row.created_at)
            if len(entry["examples"]) < EXAMPLES_PER_POLICY:
                entry["examples"].append({"decision_id": row.id, "action_id": row.action_id, "agent_id": row.agent_id,
                                          "action_type": row.action_type, "actual_decision": row.decision,
                                          "would": result["would"], "reason": result["reason"],
                                          "created_at": iso(row.created_at)})
    return {"window": window, "window_days": days, "evaluations": evaluations, "policies": list(report.values()),
            "generated_at": iso(utcnow())}


def _stricter(would: str, actual: str) -> bool:
    order = ("allow", "warn", "require_approval", "block")
    return order.index(would) > order.index(actual) if would in order and actual in order else False
