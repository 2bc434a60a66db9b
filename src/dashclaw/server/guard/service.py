"""Guard evaluation: gather the facts policies need, run the pure engine, call webhooks, log the decision."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from ..actions.models import Action
from ..core.clock import iso, utcnow
from ..core.ids import hex_id
from ..core.pagination import Page
from ..core.redaction import Findings, redact
from ..signals.service import compute_signals
from . import engine, outbound
from .engine import Evaluation, Facts, GuardContext, PolicySpec
from .models import GuardDecision
from .risk import assess

if TYPE_CHECKING:
    from ..core.context import AppContext

HISTORY_SIZE = 200
SLOW_POLICIES = ("webhook_check", "semantic_check", "behavioral_anomaly")
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

    def record(self, org_id: str, action_id: str | None = None) -> dict[str, Any]:
        """The decision-log row for this evaluation."""
        result = self.evaluation
        return dict(
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


def evaluate(ctx: AppContext, org_id: str, fields: dict[str, Any], include_signals: bool = False) -> GuardOutcome:
    """Evaluate `fields` (an action or a guard request) against the org's active policies. Logs nothing."""
    context, agent_risk, factors = build_context(fields)
    policies = ctx.policies.active(org_id)
    facts = _facts(ctx, org_id, policies, context)
    signals: list[dict[str, Any]] = []
    if include_signals:
        with ctx.db.read() as session:
            signals = compute_signals(session, org_id, context.agent_id)
    result = engine.evaluate(policies, context, facts)
    preliminary = result
    for policy in policies:
        if policy.policy_type == "webhook_check":
            reply = outbound.call_webhook(ctx.settings, org_id, policy, context, preliminary)
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


def _facts(ctx: AppContext, org_id: str, policies: list[PolicySpec], context: GuardContext) -> Facts:
    counts: dict[str, int] = {}
    history: list[str] | None = None
    verdicts = {}
    for policy in policies:
        if policy.policy_type == "rate_limit" and context.agent_id:
            _, window = engine.rate_limit_window(policy.rules)
            counts[policy.id] = ctx.recent_actions.count(org_id, context.agent_id, window)
        elif policy.policy_type == "behavioral_anomaly" and context.agent_id and history is None:
            with ctx.db.read() as session:
                history = _agent_history(session, org_id, context.agent_id)
        elif policy.policy_type == "semantic_check":
            verdicts[policy.id] = outbound.ask_llm(ctx.settings, policy, context)
    return Facts(
        recent_action_counts=counts,
        agent_history=history or (),
        semantic_verdicts=verdicts,
        semantic_fallback=ctx.settings.guard_fallback,
    )


def needs_io(ctx: AppContext, org_id: str, include_signals: bool) -> bool:
    """Whether evaluating for this org may wait on the network or scan history (so: not on the event loop)."""
    return include_signals or any(p.policy_type in SLOW_POLICIES for p in ctx.policies.active(org_id))


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


async def guard(ctx: AppContext, org_id: str, fields: dict[str, Any], include_signals: bool) -> dict[str, Any]:
    """POST /api/guard: evaluate and log.

    The common case (policies that need no network and at most a cached count) runs on the event loop;
    webhook, LLM, history and signal lookups run in the thread pool. The decision is group-committed to
    the log; with `guard_log_sync` the answer waits for that commit, otherwise it leaves at once and
    every read of the log first flushes what is pending.
    """
    if needs_io(ctx, org_id, include_signals):
        outcome = await run_in_threadpool(evaluate, ctx, org_id, fields, include_signals)
    else:
        outcome = evaluate(ctx, org_id, fields)
    if ctx.settings.guard_log_sync:
        await ctx.decision_log.write_async(outcome.record(org_id))
    else:
        ctx.decision_log.submit(outcome.record(org_id))
    return outcome.response()


def list_decisions(
    session: Session, org_id: str, *, agent_id: str | None, decision: str | None, page: Page
) -> dict[str, Any]:
    filters = [GuardDecision.org_id == org_id]
    if agent_id:
        filters.append(GuardDecision.agent_id == agent_id)
    if decision:
        filters.append(GuardDecision.decision == decision)
    rows = session.scalars(
        select(GuardDecision).where(*filters).order_by(GuardDecision.created_at.desc(), GuardDecision.id).limit(page.limit).offset(page.offset)
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
        "limit": page.limit,
        "offset": page.offset,
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
