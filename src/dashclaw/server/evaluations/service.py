"""Evaluation scores, scorers and runs as stored; `flows.evaluations` scores actions and executes runs.

A run is created `pending`; a worker on any replica claims it with a compare-and-set (`pending` -> `running`),
so exactly one executes it, and reports progress on the row as it goes (`scored_count`, `heartbeat_at`). A run
whose heartbeat stops (its server died) is marked `failed` by the next worker that looks.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.errors import ApiError, conflict, not_found
from ..core.ids import hex_id
from ..core.numbers import js_round
from ..core.pagination import NewestFirst, count_up_to
from ..core.serialize import row_to_dict
from ..db.engine import Database
from . import scorers
from .models import EvalRun, EvalScore, EvalScorer
from .schemas import RunCreate, RunFilters, ScoreFilters, ScorerCreate, ScorerUpdate, StatsFilters

if TYPE_CHECKING:
    from ..deps import AppContext

SCORES_ORDER = NewestFirst(EvalScore.created_at, EvalScore.id)
RUNS_ORDER = NewestFirst(EvalRun.created_at, EvalRun.id)
DUPLICATE_SCORER = "A scorer with this name already exists"
STALE_RUN = timedelta(minutes=10)  # longer than any chunk of work between two heartbeats
BUCKETS = case((EvalScore.score >= 0.8, "excellent"), (EvalScore.score >= 0.5, "acceptable"), else_="poor")


def score_to_dict(row: EvalScore) -> dict[str, Any]:
    """A score as the API shows it."""
    return row_to_dict(row)


def add_score(session: Session, org_id: str, **fields: Any) -> EvalScore:
    """Store one score in the caller's transaction."""
    row = EvalScore(id=hex_id("ev"), org_id=org_id, created_at=utcnow(), **fields)
    session.add(row)
    return row


def list_scores(ctx: AppContext, caller: Principal, filters: ScoreFilters, limit: int) -> dict[str, Any]:
    """Scores, newest first, every given filter applying; `total` counts the matches (capped)."""
    conditions = [EvalScore.org_id == caller.org_id]
    for name in ("action_id", "scorer_name", "evaluated_by", "agent_id", "run_id"):
        if getattr(filters, name):
            conditions.append(getattr(EvalScore, name) == getattr(filters, name))
    if filters.min_score is not None:
        conditions.append(EvalScore.score >= filters.min_score)
    if filters.max_score is not None:
        conditions.append(EvalScore.score <= filters.max_score)
    with ctx.db.read() as session:
        total, exact = count_up_to(session, select(EvalScore.id).where(*conditions))
        page, next_cursor = SCORES_ORDER.read(session, select(EvalScore).where(*conditions), filters.cursor, limit)
    return {"scores": [score_to_dict(r) for r in page], "total": total, "total_is_lower_bound": not exact,
            "next_cursor": next_cursor}


def _checked(scorer_type: str, config: dict[str, Any]) -> None:
    try:
        scorers.check_config(scorer_type, config)
    except scorers.ScorerConfigError as exc:
        raise ApiError(400, str(exc)) from None


def create_scorer(ctx: AppContext, caller: Principal, body: ScorerCreate) -> dict[str, Any]:
    """Store a scorer after checking its config (a regex compiles, an expression is in the language)."""
    if not body.name or not body.scorer_type:
        raise ApiError(400, "name and scorer_type are required")
    if body.scorer_type not in scorers.SCORER_TYPES:
        raise ApiError(400, "Invalid scorer_type. Must be one of: " + ", ".join(scorers.SCORER_TYPES))
    _checked(body.scorer_type, body.config)
    now = utcnow()
    row = EvalScorer(id=hex_id("es"), org_id=caller.org_id, name=body.name, scorer_type=body.scorer_type,
                     config=body.config, description=body.description, created_at=now, updated_at=now)
    try:
        with ctx.db.write() as session:
            if session.scalar(select(EvalScorer.id).where(EvalScorer.org_id == caller.org_id, EvalScorer.name == body.name)):
                raise conflict(DUPLICATE_SCORER)
            session.add(row)
    except IntegrityError:
        raise conflict(DUPLICATE_SCORER) from None
    answer = {"id": row.id, "name": row.name, "scorer_type": row.scorer_type}
    if body.scorer_type == "llm_judge" and not ctx.settings.llm_base_url:
        answer["warning"] = "No LLM is configured (DASHCLAW_LLM_BASE_URL): runs of this scorer are refused until one is."
    return answer


def list_scorers(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """The org's scorers, newest first, with how many scores each gave and their mean."""
    with ctx.db.read() as session:
        totals = {scorer_id: (n, avg) for scorer_id, n, avg in session.execute(
            select(EvalScore.scorer_id, func.count(), func.avg(EvalScore.score))
            .where(EvalScore.org_id == caller.org_id, EvalScore.scorer_id.is_not(None)).group_by(EvalScore.scorer_id))}
        rows = session.scalars(select(EvalScorer).where(EvalScorer.org_id == caller.org_id)
                               .order_by(EvalScorer.created_at.desc(), EvalScorer.id))
        listed = []
        for row in rows:
            n, avg = totals.get(row.id, (0, None))
            listed.append({**row_to_dict(row), "total_scores": n, "avg_score": js_round(float(avg), 4) if avg is not None else None})
    return {"scorers": listed, "llm_available": bool(ctx.settings.llm_base_url)}


def _scorer(session: Session, org_id: str, scorer_id: str) -> EvalScorer:
    row = session.scalar(select(EvalScorer).where(EvalScorer.org_id == org_id, EvalScorer.id == scorer_id))
    if row is None:
        raise not_found("Scorer")
    return row


def update_scorer(ctx: AppContext, caller: Principal, scorer_id: str, body: ScorerUpdate) -> dict[str, Any]:
    """Rename, describe or reconfigure a scorer (a new config is checked as on create)."""
    changes = body.provided()
    if not changes:
        raise ApiError(400, "No fields to update")
    try:
        with ctx.db.write() as session:
            row = _scorer(session, caller.org_id, scorer_id)
            if "config" in changes:
                _checked(row.scorer_type, changes["config"])
            if "name" in changes and changes["name"] != row.name and session.scalar(select(EvalScorer.id).where(
                    EvalScorer.org_id == caller.org_id, EvalScorer.name == changes["name"])):
                raise conflict(DUPLICATE_SCORER)
            for name, value in changes.items():
                setattr(row, name, value)
            row.updated_at = utcnow()
    except IntegrityError:
        raise conflict(DUPLICATE_SCORER) from None
    return {"updated": True}


def delete_scorer(ctx: AppContext, caller: Principal, scorer_id: str) -> dict[str, Any]:
    """Delete a scorer (its scores stay); unknown ids too, as the reference answers."""
    with ctx.db.write() as session:
        session.execute(delete(EvalScorer).where(EvalScorer.org_id == caller.org_id, EvalScorer.id == scorer_id))
    return {"deleted": True}


def create_run(ctx: AppContext, caller: Principal, body: RunCreate) -> dict[str, Any]:
    """Queue a run of a scorer over the org's actions; a worker executes it (see the module docstring)."""
    if not body.name or not body.scorer_id:
        raise ApiError(400, "name and scorer_id are required")
    with ctx.db.write() as session:
        scorer = _scorer(session, caller.org_id, body.scorer_id)
        if scorer.scorer_type == "llm_judge" and not ctx.settings.llm_base_url:
            raise ApiError(400, "llm_judge scorers need an LLM: set DASHCLAW_LLM_BASE_URL")
        run = EvalRun(id=hex_id("er"), org_id=caller.org_id, name=body.name, scorer_id=scorer.id, status="pending",
                      filter_criteria=body.action_filters.model_dump(exclude_none=True), total_actions=0,
                      scored_count=0, error_count=0, created_by=caller.role, created_at=utcnow())
        session.add(run)
        session.flush()
        return {"id": run.id, "name": run.name, "status": run.status, "created_at": iso(run.created_at)}


def _run_dict(run: EvalRun, scorer: EvalScorer | None) -> dict[str, Any]:
    return {**row_to_dict(run, exclude=("heartbeat_at",)), "scorer_name": scorer.name if scorer else None,
            "scorer_type": scorer.scorer_type if scorer else None}


def list_runs(ctx: AppContext, caller: Principal, filters: RunFilters, limit: int) -> dict[str, Any]:
    """Runs, newest first, with their scorer's name and type."""
    conditions = [EvalRun.org_id == caller.org_id]
    if filters.status:
        conditions.append(EvalRun.status == filters.status)
    with ctx.db.read() as session:
        page, next_cursor = RUNS_ORDER.read(session, select(EvalRun, EvalScorer).outerjoin(
            EvalScorer, (EvalScorer.org_id == EvalRun.org_id) & (EvalScorer.id == EvalRun.scorer_id)
        ).where(*conditions), filters.cursor, limit)
    return {"runs": [_run_dict(run, scorer) for run, scorer in page], "next_cursor": next_cursor}


def get_run(ctx: AppContext, caller: Principal, run_id: str) -> dict[str, Any]:
    """A run with its progress and the distribution of the scores it gave."""
    with ctx.db.read() as session:
        found = session.execute(select(EvalRun, EvalScorer).outerjoin(EvalScorer, (EvalScorer.org_id == EvalRun.org_id)
                                                                     & (EvalScorer.id == EvalRun.scorer_id))
                                .where(EvalRun.org_id == caller.org_id, EvalRun.id == run_id)).first()
        if found is None:
            raise not_found("Run")
        distribution = [{"bucket": name, "count": n, "avg_score": js_round(float(avg), 4)} for name, n, avg in session.execute(
            select(BUCKETS, func.count(), func.avg(EvalScore.score))
            .where(EvalScore.org_id == caller.org_id, EvalScore.run_id == run_id).group_by(BUCKETS).order_by(BUCKETS))]
    return {"run": _run_dict(*found), "distribution": distribution}


def stats(ctx: AppContext, caller: Principal, filters: StatsFilters) -> dict[str, Any]:
    """Score totals, per scorer, per day and per bucket over the last `days` (every given filter applying)."""
    days = max(1, min(filters.days, 365))
    conditions = [EvalScore.org_id == caller.org_id, EvalScore.created_at >= utcnow() - timedelta(days=days)]
    for name in ("agent_id", "scorer_name"):
        if getattr(filters, name):
            conditions.append(getattr(EvalScore, name) == getattr(filters, name))
    today = utcnow() - timedelta(days=1)
    with ctx.db.read() as session:
        total, avg, unique, today_count = session.execute(select(
            func.count(), func.avg(EvalScore.score), func.count(func.distinct(EvalScore.scorer_name)),
            func.sum(case((EvalScore.created_at >= today, 1), else_=0))).where(*conditions)).one()
        by_scorer = [{"scorer_name": name, "avg_score": js_round(float(a), 4), "total_scores": n} for name, a, n in session.execute(
            select(EvalScore.scorer_name, func.avg(EvalScore.score), func.count()).where(*conditions)
            .group_by(EvalScore.scorer_name).order_by(func.count().desc(), EvalScore.scorer_name))]
        dated = session.execute(select(EvalScore.created_at, EvalScore.score).where(*conditions)
                                .order_by(EvalScore.created_at.desc()).limit(10_000)).all()
        distribution = [{"bucket": name, "count": n} for name, n in session.execute(
            select(BUCKETS, func.count()).where(*conditions).group_by(BUCKETS).order_by(BUCKETS))]
    trends: dict[str, list[float]] = {}
    for at, value in dated:
        trends.setdefault(at.date().isoformat(), []).append(value)
    return {
        "overall": {"total_scores": total, "avg_score": js_round(float(avg), 4) if avg is not None else None,
                    "unique_scorers": unique, "today_count": int(today_count or 0)},
        "by_scorer": by_scorer,
        "trends": [{"date": day, "avg_score": js_round(sum(v) / len(v), 4), "count": len(v)} for day, v in sorted(trends.items())],
        "distribution": distribution,
    }


# --- the run worker's steps (called by flows.evaluations) -------------------------------------------------


def claim_run(db: Database) -> tuple[EvalRun, EvalScorer | None] | None:
    """Take the oldest pending run of any org (compare-and-set, so one worker wins), with its scorer."""
    now = utcnow()
    with db.write() as session:
        session.execute(update(EvalRun).where(EvalRun.status == "running", EvalRun.heartbeat_at < now - STALE_RUN)
                        .values(status="failed", error_message="The server running this evaluation stopped",
                                completed_at=now))
        candidate = session.scalar(select(EvalRun.id).where(EvalRun.status == "pending")
                                   .order_by(EvalRun.created_at, EvalRun.id).limit(1))
        if candidate is None:
            return None
        claimed = session.execute(update(EvalRun).where(EvalRun.id == candidate, EvalRun.status == "pending")
                                  .values(status="running", started_at=now, heartbeat_at=now))
        if claimed.rowcount != 1:
            return None
        run = session.scalar(select(EvalRun).where(EvalRun.id == candidate))
        scorer = session.scalar(select(EvalScorer).where(EvalScorer.org_id == run.org_id, EvalScorer.id == run.scorer_id))
        session.expunge_all()
        return run, scorer


def record_progress(session: Session, run_id: str, **fields: Any) -> None:
    """Update a running run's counters and heartbeat in the caller's transaction."""
    session.execute(update(EvalRun).where(EvalRun.id == run_id).values(heartbeat_at=utcnow(), **fields))


def finish_run(db: Database, run_id: str, scored: int, errors: int, total_score: float, error: str | None = None,
               at: datetime | None = None) -> None:
    """Mark a run completed (with its summary) or failed (with the reason)."""
    avg = js_round(total_score / scored, 4) if scored else None
    with db.write() as session:
        session.execute(update(EvalRun).where(EvalRun.id == run_id).values(
            status="failed" if error else "completed", scored_count=scored, error_count=errors, avg_score=avg,
            summary={"scored": scored, "errors": errors, "avg_score": avg}, error_message=error,
            completed_at=at or utcnow(), heartbeat_at=utcnow()))
