"""Evaluations over actions: a manual score checked against its action, and the worker that executes runs
(select the org's actions, score each with the run's scorer, store scores and progress as it goes)."""
from __future__ import annotations

import http.client
import logging
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..actions.children import find_action
from ..actions.models import Action
from ..core.auth import Principal
from ..core.clock import iso, parse_iso
from ..core.errors import ApiError, not_found
from ..core.jobs import Poller
from ..evaluations import scorers
from ..evaluations import service as evaluations
from ..evaluations.expressions import compile_expression
from ..evaluations.models import EvalRun, EvalScorer
from ..evaluations.schemas import ScoreCreate
from ..guard.outbound import chat_completion

if TYPE_CHECKING:
    from ..deps import AppContext

log = logging.getLogger("dashclaw.server.evaluations")
PROGRESS_EVERY = 25
POLL_SECONDS = 0.5


def create_score(ctx: AppContext, caller: Principal, body: ScoreCreate) -> dict[str, Any]:
    """Store a score (0..1) on one of the org's actions."""
    if body.action_id is None or not body.scorer_name or body.score is None:
        raise ApiError(400, "Missing required fields: action_id, scorer_name, score")
    if not 0 <= body.score <= 1:
        raise ApiError(400, "Score must be a number between 0.0 and 1.0")
    with ctx.db.write() as session:
        action = find_action(session, caller.org_id, body.action_id)
        if action is None:
            raise not_found("Action")
        row = evaluations.add_score(session, caller.org_id, action_id=body.action_id, agent_id=action.agent_id,
                                    scorer_name=body.scorer_name, score=body.score, label=body.label,
                                    reasoning=body.reasoning, evaluated_by=body.evaluated_by or "human",
                                    metadata_=body.metadata)
        session.flush()
        return {"id": row.id, "action_id": row.action_id, "scorer_name": row.scorer_name, "score": row.score,
                "label": row.label, "created_at": iso(row.created_at)}


def _action_fields(action: Action) -> dict[str, Any]:
    return {"action_id": action.action_id, "agent_id": action.agent_id, "action_type": action.action_type,
            "declared_goal": action.declared_goal, "status": action.status, "risk_score": action.risk_score,
            "confidence": action.confidence, "duration_ms": action.duration_ms, "cost_estimate": action.cost_estimate,
            "tokens_in": action.tokens_in, "tokens_out": action.tokens_out,
            "outcome": action.output_summary or action.error_message or ""}


def _actions(ctx: AppContext, run: EvalRun) -> list[dict[str, Any]]:
    criteria = run.filter_criteria or {}
    conditions = [Action.org_id == run.org_id]
    for name in ("agent_id", "action_type"):
        if criteria.get(name):
            conditions.append(getattr(Action, name) == criteria[name])
    for name, compare in (("date_from", Action.timestamp_start.__ge__), ("date_to", Action.timestamp_start.__le__)):
        if criteria.get(name):
            conditions.append(compare(parse_iso(criteria[name])))
    with ctx.db.read() as session:
        rows = session.scalars(select(Action).where(*conditions).order_by(Action.timestamp_start.desc(), Action.pk.desc())
                               .limit(criteria.get("limit", 500)))
        return [_action_fields(action) for action in rows]


def _judge(ctx: AppContext, scorer: EvalScorer, action: dict[str, Any]) -> scorers.ScoreResult:
    prompt = scorers.judge_prompt(scorer.config, action)
    try:
        content = chat_completion(ctx.settings, scorer.config.get("model") or ctx.settings.llm_model, prompt)
    except (OSError, http.client.HTTPException, ValueError, KeyError, IndexError, TypeError) as exc:
        return scorers.ScoreResult(None, error=f"no usable answer from the LLM ({type(exc).__name__})")
    return scorers.parse_judgement(content)


def execute_run(ctx: AppContext, run: EvalRun, scorer: EvalScorer | None) -> None:
    """Score every selected action with the run's scorer; the run ends `completed`, or `failed` with the reason."""
    if scorer is None:
        evaluations.finish_run(ctx.db, run.id, 0, 0, 0.0, error="The scorer was deleted")
        return
    try:
        actions = _actions(ctx, run)
        expression = compile_expression(scorer.config.get("expression")) if scorer.scorer_type == "custom_function" else None
    except ValueError as exc:
        evaluations.finish_run(ctx.db, run.id, 0, 0, 0.0, error=f"Cannot run: {exc}")
        return
    scored = errors = 0
    total = 0.0
    evaluated_by = "llm_judge" if scorer.scorer_type == "llm_judge" else "auto"
    for start in range(0, max(len(actions), 1), PROGRESS_EVERY):
        results = []
        for action in actions[start:start + PROGRESS_EVERY]:
            result = (_judge(ctx, scorer, action) if scorer.scorer_type == "llm_judge"
                      else scorers.score(scorer.scorer_type, scorer.config, action, expression))
            results.append((action, result))
        with ctx.db.write() as session:
            for action, result in results:
                if result.error or result.score is None:
                    errors += 1
                    continue
                evaluations.add_score(session, run.org_id, action_id=action["action_id"], agent_id=action["agent_id"],
                                      scorer_id=scorer.id, run_id=run.id, scorer_name=scorer.name, score=result.score,
                                      label=result.label, reasoning=result.reasoning or result.error,
                                      evaluated_by=evaluated_by)
                scored += 1
                total += result.score
            evaluations.record_progress(session, run.id, total_actions=len(actions), scored_count=scored, error_count=errors)
    evaluations.finish_run(ctx.db, run.id, scored, errors, total)


def run_pending(ctx: AppContext) -> int:
    """Execute pending runs until none is left; how many ran here."""
    ran = 0
    while (claimed := evaluations.claim_run(ctx.db)) is not None:
        run, scorer = claimed
        try:
            execute_run(ctx, run, scorer)
        except Exception as exc:
            log.exception("evaluation run %s failed", run.id)
            evaluations.finish_run(ctx.db, run.id, 0, 0, 0.0, error=f"Run failed ({type(exc).__name__})")
        ran += 1
    return ran


def run_worker(ctx: AppContext) -> Poller:
    """Every replica polls for pending runs; each run is claimed by exactly one."""
    return Poller("eval-runs", POLL_SECONDS, lambda: run_pending(ctx))
