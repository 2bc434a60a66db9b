"""A guard decision: gather the facts policies need, run the pure engine, consult webhooks.

The engine (`guard/engine.py`) does no I/O; this flow looks up what it needs: recent action counts,
the agent's history, LLM verdicts, webhook replies and, on request, decision-integrity signals.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from ..actions.models import Action
from ..core.auth import Principal
from ..guard import engine, outbound
from ..guard.engine import Facts, GuardContext, PolicySpec
from ..guard.schemas import GuardRequest
from ..guard.service import GuardOutcome, assess_context, log_decision
from ..signals.service import compute_signals

if TYPE_CHECKING:
    from ..deps import AppContext

HISTORY_SIZE = 200
SLOW_POLICIES = ("webhook_check", "semantic_check", "behavioral_anomaly")


def evaluate(ctx: AppContext, org_id: str, fields: dict[str, Any], include_signals: bool = False) -> GuardOutcome:
    """Evaluate `fields` (an action or a guard request) against the org's active policies and the capabilities
    that need a human (an action names one as its type or among its systems). Logs nothing."""
    context, agent_risk, factors = assess_context(fields)
    policies = [*ctx.policies.active(org_id), *ctx.capability_gates.specs(org_id)]
    facts = _facts(ctx, org_id, policies, context)
    signals: list[dict[str, Any]] = []
    if include_signals:
        with ctx.db.read() as session:
            signals = compute_signals(session, org_id, context.agent_id)
    result = engine.evaluate(policies, context, facts)
    preliminary = result
    for policy in policies:
        if policy.policy_type == "webhook_check" and not policy.shadow:
            reply = outbound.call_webhook(ctx.settings, org_id, policy, context, preliminary)
            result = engine.apply_webhook(result, preliminary, policy, reply)
    result = engine.add_signal_warnings(result, signals)
    shadow = engine.evaluate_shadow(policies, context, facts)
    return GuardOutcome.of(result, context, agent_risk, factors, shadow)


async def guard(ctx: AppContext, caller: Principal, body: GuardRequest, include_signals: bool) -> dict[str, Any]:
    """POST /api/guard: evaluate and log.

    The common case (policies that need no network and at most a cached count) runs on the event loop;
    webhook, LLM, history and signal lookups run in the thread pool.
    """
    fields = body.provided()
    include_signals = include_signals or body.include_signals
    if _needs_io(ctx, caller.org_id, include_signals):
        outcome = await run_in_threadpool(evaluate, ctx, caller.org_id, fields, include_signals)
    else:
        outcome = evaluate(ctx, caller.org_id, fields)
    await log_decision(ctx, caller.org_id, outcome)
    decision = outcome.response()
    ctx.telemetry.guard_decided(caller.org_id, decision, fields)
    return decision


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


def _needs_io(ctx: AppContext, org_id: str, include_signals: bool) -> bool:
    """Whether evaluating for this org may wait on the network or scan history (so: not on the event loop)."""
    return include_signals or any(p.policy_type in SLOW_POLICIES for p in ctx.policies.active(org_id))


def _agent_history(session: Session, org_id: str, agent_id: str) -> list[str]:
    rows = session.execute(
        select(Action.action_type, Action.declared_goal, Action.reasoning, Action.systems_touched)
        .where(Action.org_id == org_id, Action.agent_id == agent_id)
        .order_by(Action.timestamp_start.desc())
        .limit(HISTORY_SIZE)
    ).mappings()
    return [GuardContext.from_fields(row, risk_score=0).describe() for row in rows]
