"""What a policy (or a set of policies) would have decided on the org's recent actions, before it exists.

Each stored action is replayed through the pure guard engine, as `/api/guard` would have evaluated it:
its stored risk score, the agent's history among the replayed actions for `behavioral_anomaly`, current
counts for `rate_limit` (as the reference does). Nothing calls out: `webhook_check` never matches and
`semantic_check` takes its fallback.
"""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from sqlalchemy import select

from ..actions.models import Action
from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.errors import ApiError, validation_failed
from ..core.validation import describe_errors
from ..guard import engine
from ..guard.engine import Facts, GuardContext, PolicySpec
from ..policies import service as policies
from ..policies.schemas import SimulatedPolicy, SimulationRequest

if TYPE_CHECKING:
    from ..deps import AppContext

SAMPLE_SIZE = 200
DECISIONS = ("block", "require_approval", "warn", "allow")


def _policies(ctx: AppContext, body: SimulationRequest) -> list[PolicySpec]:
    """The policies to simulate, each validated as a created policy would be."""
    if body.policies:
        raw = []
        for index, item in enumerate(body.policies):
            if not isinstance(item, dict):
                raise validation_failed([f"policies[{index}] must be an object"])
            try:
                raw.append(SimulatedPolicy.model_validate(item))
            except ValidationError as exc:
                raise validation_failed([f"policies[{index}].{d}" for d in describe_errors(exc.errors())[2] or []]) from None
    elif body.policy_type and body.rules is not None:
        raw = [SimulatedPolicy(policy_type=body.policy_type, rules=body.rules)]
    else:
        raise ApiError(400, "policy_type and rules (or policies) are required")
    return [
        PolicySpec(id=f"sim_{index + 1}", name=item.name or f"simulated {item.policy_type}", policy_type=item.policy_type,
                   rules=policies.checked_rules(ctx.settings, item.policy_type, item.rules))
        for index, item in enumerate(raw)
    ]


def simulate(ctx: AppContext, caller: Principal, body: SimulationRequest) -> dict[str, Any]:
    """Replay up to 200 of the org's actions from the last `days` days through the given policies."""
    specs = _policies(ctx, body)
    since = utcnow() - timedelta(days=body.days)
    with ctx.db.read() as session:
        rows = session.execute(
            select(Action.action_id, Action.agent_id, Action.agent_name, Action.action_type, Action.declared_goal,
                   Action.reasoning, Action.systems_touched, Action.reversible, Action.risk_score, Action.status,
                   Action.timestamp_start)
            .where(Action.org_id == caller.org_id, Action.timestamp_start >= since)
            .order_by(Action.timestamp_start.desc(), Action.action_id).limit(SAMPLE_SIZE)
        ).mappings().all()
    summary = {"total": len(rows), "matches": 0, **{decision: 0 for decision in DECISIONS}}
    per_policy = {spec.id: {"policy": spec.name, "policy_type": spec.policy_type, "matches": 0} for spec in specs}
    matches = []
    history: dict[str, list[str]] = {}
    for row in reversed(rows):  # oldest first, so each action sees only the history before it
        context = GuardContext.from_fields(row, risk_score=row["risk_score"] or 0)
        facts = Facts(
            recent_action_counts={spec.id: ctx.recent_actions.count(caller.org_id, row["agent_id"], engine.rate_limit_window(spec.rules)[1])
                                  for spec in specs if spec.policy_type == "rate_limit"},
            agent_history=tuple(history.get(row["agent_id"], ())),
            semantic_fallback=ctx.settings.guard_fallback,
        )
        history.setdefault(row["agent_id"], []).append(context.describe())
        result = engine.evaluate(specs, context, facts)
        summary[result.decision] += 1
        if result.decision == "allow":
            continue
        summary["matches"] += 1
        for policy_id in result.matched_policies:
            per_policy[policy_id]["matches"] += 1
        matches.append({
            "action_id": row["action_id"], "goal": row["declared_goal"], "agent_name": row["agent_name"] or row["agent_id"],
            "action_type": row["action_type"], "timestamp": iso(row["timestamp_start"]), "original_status": row["status"],
            "simulated_action": result.decision, "simulated_reason": "; ".join(result.reasons + result.warnings),
        })
    answer = {"summary": summary, "matches": list(reversed(matches)), "sample_size": len(rows), "window_days": body.days,
              "by_policy": list(per_policy.values())}
    if not rows:
        answer["message"] = f"No actions in the last {body.days} days to simulate against"
    return answer
