"""The guard's own records: an evaluated decision (`GuardOutcome`), its log row, and reads of the log."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.ids import hex_id
from ..core.pagination import NewestFirst, Page
from ..core.redaction import DEFAULT_MODE, Findings, redact
from ..core.serialize import row_to_dict
from . import stats
from .engine import DECISIONS, Evaluation, GuardContext, ShadowResult
from .models import GuardDecision
from .risk import assess
from .schemas import DecisionFilters

if TYPE_CHECKING:
    from ..deps import AppContext

NEWEST_FIRST = NewestFirst(GuardDecision.created_at, GuardDecision.id)
INLINE_REDACTION_CHARS = 2048  # longer contexts cost ~1 ms or more to scan: not on the event loop


@dataclass
class GuardOutcome:
    """An evaluated decision, ready to log and to return."""

    id: str
    evaluation: Evaluation
    context: GuardContext
    agent_risk_score: int | None
    risk_factors: tuple[str, ...]
    evaluated_at: datetime
    shadow: tuple[ShadowResult, ...] = ()

    @classmethod
    def of(cls, evaluation: Evaluation, context: GuardContext, agent_risk_score: int | None, factors: tuple[str, ...],
           shadow: tuple[ShadowResult, ...] = ()):
        """A freshly made decision, with its id and time (and what shadow policies would have done)."""
        return cls(hex_id("gd"), evaluation, context, agent_risk_score, factors, utcnow(), shadow)

    @property
    def decision(self) -> str:
        return self.evaluation.decision

    def response(self) -> dict[str, Any]:
        """The decision as the API returns it."""
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

    def record(self, org_id: str, action_id: str | None = None, mode: str = DEFAULT_MODE) -> dict[str, Any]:
        """The decision-log row for this evaluation (its context redacted in the org's `mode`)."""
        result = self.evaluation
        logged = {key: value for key, value in self.context.to_payload().items() if value is not None}
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
            context=redact(logged, Findings(), mode),
            risk_score=self.context.risk_score,
            agent_risk_score=self.agent_risk_score,
            shadow_results=[result.to_dict() for result in self.shadow],
            shadow_matches=len(self.shadow),
            created_at=self.evaluated_at,
        )


def assess_context(fields: dict[str, Any]) -> tuple[GuardContext, int | None, tuple[str, ...]]:
    """(the engine's view of an action, the agent's own score, the server's risk factors).

    The context's score is authoritative: the higher of the server's assessment and the agent's.
    """
    agent_risk = fields.get("risk_score")
    assessment = assess(
        fields.get("action_type"), fields.get("declared_goal"), fields.get("systems_touched"), fields.get("reversible")
    )
    context = GuardContext.from_fields(fields, max(assessment.score, agent_risk or 0))
    return context, agent_risk, assessment.factors


async def log_decision(ctx: AppContext, org_id: str, outcome: GuardOutcome) -> None:
    """Queue the decision's log row (group commit; waits for room while the queue is full); with
    `guard_log_sync`, wait for its commit. A long context is redacted off the event loop."""
    mode = ctx.redaction.mode(org_id)
    if len(outcome.context.describe()) > INLINE_REDACTION_CHARS:
        record = await run_in_threadpool(outcome.record, org_id, mode=mode)
    else:
        record = outcome.record(org_id, mode=mode)
    if ctx.settings.guard_log_sync:
        await ctx.decision_log.write_async(record)
    else:
        await ctx.decision_log.submit_async(record)


def decisions_by_id(session: Session, org_id: str, decision_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The org's log rows with these ids, as `GET /api/guard` lists them (the stream's `guard.decision` data)."""
    rows = session.scalars(select(GuardDecision).where(GuardDecision.org_id == org_id, GuardDecision.id.in_(decision_ids)))
    return {row.id: row_to_dict(row) for row in rows}


def list_decisions(ctx: AppContext, caller: Principal, filters: DecisionFilters, page: Page) -> dict[str, Any]:
    """A page of the org's decision log, newest first (`cursor` or `offset`), with 24-hour counts; includes
    every decision made so far."""
    ctx.decision_log.flush()
    conditions = [GuardDecision.org_id == caller.org_id]
    if filters.agent_id:
        conditions.append(GuardDecision.agent_id == filters.agent_id)
    if filters.decision:
        conditions.append(GuardDecision.decision == filters.decision)
    since = utcnow() - timedelta(hours=24)
    with ctx.db.read() as session:
        rows, next_cursor = NEWEST_FIRST.read(
            session, select(GuardDecision).where(*conditions), filters.cursor, page.limit, page.offset
        )
        total = stats.decision_total(session, caller.org_id, filters)
        counts = dict(
            session.execute(  # one index range per kind of decision: the last day's rows, never the whole log
                select(GuardDecision.decision, func.count())
                .where(GuardDecision.org_id == caller.org_id, GuardDecision.decision.in_(DECISIONS),
                       GuardDecision.created_at >= since)
                .group_by(GuardDecision.decision)
            ).all()
        )
    return {
        "decisions": [row_to_dict(row) for row in rows],
        "total": total,
        "stats": {
            "total_24h": sum(counts.values()),
            "blocks_24h": counts.get("block", 0),
            "warns_24h": counts.get("warn", 0),
            "approvals_24h": counts.get("require_approval", 0),
        },
        "limit": page.limit,
        "offset": page.offset,
        "next_cursor": next_cursor,
    }
