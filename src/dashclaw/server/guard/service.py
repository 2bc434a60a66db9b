"""Guard evaluation: gather the facts policies need, run the pure engine, call webhooks, log the decision."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..actions.models import Action
from ..core.clock import iso, utcnow
from ..core.ids import hex_id
from ..core.redaction import Findings, redact
from ..db.engine import Database
from ..policies.service import active_specs
from ..settings import Settings
from ..signals.service import compute_signals
from . import engine, outbound
from .engine import Evaluation, Facts, GuardContext, PolicySpec
from .models import GuardDecision
from .risk import assess

HISTORY_SIZE = 200
LOGGED_FIELDS = ("action_type", "agent_id", "risk_score", "systems_touched", "reversible", "declared_goal", "reasoning")


@dataclass
class GuardOutcome:
    """An evaluated decision, ready to log and to return."""

    id: str
    evaluation: Evaluation
    context: GuardContext
    agent_risk_score: int | None
    risk_factors: tuple[str, ...]
    evaluated_at: Any
    logged_context: dict[str, Any]

    def response(self) -> dict[str, Any]:
        result = self.evaluation
        return {
            "decision": result.decision,
            "reasons": list(result.reasons),
            "warnings": list(result.warnings),
            "matched_policies": list(result.matched_policies),
            "risk_score": self.context.risk_score,
            "agent_risk_score": self.agent_risk_score,
            "risk_factors": list(self.risk_factors),
            "evaluated_at": iso(self.evaluated_at),
            "decision_id": self.id,
        }

    def record(self, org_id: str, action_id: str | None = None) -> GuardDecision:
        result = self.evaluation
        return GuardDecision(
            id=self.id,
            org_id=org_id,
            agent_id=self.context.agent_id,
            action_id=action_id,
            action_type=self.context.action_type,
            decision=result.decision,
            reason="; ".join(result.reasons) or None,
            reasons=list(result.reasons),
            warnings=list(result.warnings),
            matched_policies=list(result.matched_policies),
            context=self.logged_context,
            risk_score=self.context.risk_score,
            agent_risk_score=self.agent_risk_score,
            created_at=self.evaluated_at,
        )


def build_context(fields: dict[str, Any]) -> tuple[GuardContext, int | None, tuple[str, ...]]:
    """The engine's view of an action, with the authoritative (server-assessed) risk score."""
    agent_risk = fields.get("risk_score")
    assessment = assess(
        fields.get("action_type"), fields.get("declared_goal"), fields.get("systems_touched"), fields.get("reversible")
    )
    context = GuardContext(
        action_type=fields["action_type"],
        risk_score=max(assessment.score, agent_risk or 0),
        agent_id=fields.get("agent_id"),
        systems_touched=tuple(fields.get("systems_touched") or ()),
        reversible=fields.get("reversible"),
        declared_goal=fields.get("declared_goal"),
        reasoning=fields.get("reasoning"),
    )
    return context, agent_risk, assessment.factors


def evaluate(
    db: Database, settings: Settings, org_id: str, fields: dict[str, Any], include_signals: bool = False
) -> GuardOutcome:
    """Evaluate `fields` (an action or a guard request) against the org's active policies. Logs nothing."""
    context, agent_risk, factors = build_context(fields)
    with db.read() as session:
        policies = active_specs(session, org_id)
        facts = _facts(session, settings, org_id, policies, context)
        signals = compute_signals(session, org_id, context.agent_id) if include_signals else []
    result = engine.evaluate(policies, context, facts)
    preliminary = result
    for policy in policies:
        if policy.policy_type == "webhook_check":
            reply = outbound.call_webhook(settings, org_id, policy, context, preliminary)
            result = engine.apply_webhook(result, preliminary, policy, reply)
    result = engine.add_signal_warnings(result, signals)
    logged = {key: fields[key] for key in LOGGED_FIELDS if fields.get(key) is not None}
    return GuardOutcome(
        id=hex_id("gd"),
        evaluation=result,
        context=context,
        agent_risk_score=agent_risk,
        risk_factors=factors,
        evaluated_at=utcnow(),
        logged_context=redact(logged, Findings()),
    )


def _facts(session: Session, settings: Settings, org_id: str, policies: list[PolicySpec], context: GuardContext) -> Facts:
    counts: dict[str, int] = {}
    history: list[str] = []
    verdicts = {}
    for policy in policies:
        if policy.policy_type == "rate_limit" and context.agent_id:
            _, window = engine.rate_limit_window(policy.rules)
            since = utcnow() - timedelta(minutes=window)
            counts[policy.id] = session.scalar(
                select(func.count()).select_from(Action).where(
                    Action.org_id == org_id, Action.agent_id == context.agent_id, Action.timestamp_start >= since
                )
            ) or 0
        elif policy.policy_type == "behavioral_anomaly" and context.agent_id and not history:
            history = _agent_history(session, org_id, context.agent_id)
        elif policy.policy_type == "semantic_check":
            verdicts[policy.id] = outbound.ask_llm(settings, policy, context)
    return Facts(
        recent_action_counts=counts,
        agent_history=history,
        semantic_verdicts=verdicts,
        semantic_fallback=settings.guard_fallback,
    )


def _agent_history(session: Session, org_id: str, agent_id: str) -> list[str]:
    rows = session.execute(
        select(Action.action_type, Action.declared_goal, Action.reasoning, Action.systems_touched)
        .where(Action.org_id == org_id, Action.agent_id == agent_id)
        .order_by(Action.timestamp_start.desc())
        .limit(HISTORY_SIZE)
    ).all()
    return [
        GuardContext(
            action_type=r.action_type,
            risk_score=0,
            declared_goal=r.declared_goal,
            reasoning=r.reasoning,
            systems_touched=tuple(r.systems_touched or ()),
        ).describe()
        for r in rows
    ]


def guard(db: Database, settings: Settings, org_id: str, fields: dict[str, Any], include_signals: bool) -> dict[str, Any]:
    """POST /api/guard: evaluate and log."""
    outcome = evaluate(db, settings, org_id, fields, include_signals)
    with db.write() as session:
        session.add(outcome.record(org_id))
    return outcome.response()


def list_decisions(
    session: Session, org_id: str, *, agent_id: str | None, decision: str | None, limit: int, offset: int
) -> dict[str, Any]:
    filters = [GuardDecision.org_id == org_id]
    if agent_id:
        filters.append(GuardDecision.agent_id == agent_id)
    if decision:
        filters.append(GuardDecision.decision == decision)
    rows = session.scalars(
        select(GuardDecision).where(*filters).order_by(GuardDecision.created_at.desc(), GuardDecision.id).limit(limit).offset(offset)
    ).all()
    total = session.scalar(select(func.count()).select_from(GuardDecision).where(*filters)) or 0
    since = utcnow() - timedelta(hours=24)
    counts = dict(
        session.execute(
            select(GuardDecision.decision, func.count())
            .where(GuardDecision.org_id == org_id, GuardDecision.created_at >= since)
            .group_by(GuardDecision.decision)
        ).all()
    )
    return {
        "decisions": [decision_to_dict(r) for r in rows],
        "total": total,
        "stats": {
            "total_24h": sum(counts.values()),
            "blocks_24h": counts.get("block", 0),
            "warns_24h": counts.get("warn", 0),
            "approvals_24h": counts.get("require_approval", 0),
        },
        "limit": limit,
        "offset": offset,
    }


def decision_to_dict(row: GuardDecision) -> dict[str, Any]:
    return {
        "id": row.id,
        "org_id": row.org_id,
        "agent_id": row.agent_id,
        "action_id": row.action_id,
        "action_type": row.action_type,
        "decision": row.decision,
        "reason": row.reason,
        "reasons": row.reasons,
        "warnings": row.warnings,
        "matched_policies": row.matched_policies,
        "context": row.context,
        "risk_score": row.risk_score,
        "agent_risk_score": row.agent_risk_score,
        "created_at": iso(row.created_at),
    }
