"""Adaptive recommendations: episodes (one scored outcome per action), recommendations rebuilt from them,
the events that say whether agents follow them, and the metrics that say whether following them helps.

Episodes are written by `flows.learning` in the transaction of the action change that scores them; this
module reads them and owns the recommendations and events.
"""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any, Iterable

from sqlalchemy import case, func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.errors import ApiError, not_found, validation_failed
from ..core.ids import hex_id
from ..core.numbers import clamp, js_round
from ..core.pagination import NewestFirst
from ..core.serialize import row_to_dict
from ..core.validation import validated_items
from . import formulas
from .models import LearningEpisode, LearningRecommendation, RecommendationEvent
from .schemas import (
    ActiveUpdate,
    LessonFilters,
    MetricsFilters,
    RebuildRequest,
    RecommendationEventItem,
    RecommendationEvents,
    RecommendationFilters,
)

if TYPE_CHECKING:
    from ..deps import AppContext

BY_CONFIDENCE = (LearningRecommendation.confidence.desc(), LearningRecommendation.sample_size.desc(),
                 LearningRecommendation.id)
LESSONS_ORDER = NewestFirst(LearningRecommendation.updated_at, LearningRecommendation.id)
EPISODE_FIELDS = (LearningEpisode.agent_id, LearningEpisode.action_type, LearningEpisode.score,
                  LearningEpisode.outcome_label, LearningEpisode.risk_score, LearningEpisode.reversible,
                  LearningEpisode.confidence, LearningEpisode.duration_ms, LearningEpisode.cost_estimate)


def episode_to_dict(episode: LearningEpisode) -> dict[str, Any]:
    """An episode as the API shows it."""
    return row_to_dict(episode)


def put_episode(session: Session, org_id: str, action_id: str, fields: dict[str, Any]) -> LearningEpisode:
    """Create or rescore the action's episode in the caller's transaction."""
    now = utcnow()
    episode = session.scalar(select(LearningEpisode).where(LearningEpisode.org_id == org_id,
                                                           LearningEpisode.action_id == action_id))
    if episode is None:
        episode = LearningEpisode(id=hex_id("lep"), org_id=org_id, action_id=action_id, created_at=now)
        session.add(episode)
    for name, value in fields.items():
        setattr(episode, name, value)
    episode.updated_at = now
    session.flush()
    return episode


def add_event(session: Session, org_id: str, item: RecommendationEventItem | dict[str, Any]) -> dict[str, Any] | None:
    """Store one event unless its `event_key` was seen before in the org (then None), race-free on both backends."""
    fields = item.model_dump() if isinstance(item, RecommendationEventItem) else item
    row = {"id": hex_id("lrev"), "org_id": org_id, "created_at": utcnow(), **fields}
    table = RecommendationEvent.__table__
    insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else postgresql_insert
    statement = insert(table).values(**row).on_conflict_do_nothing(index_elements=["org_id", "event_key"])
    inserted = session.execute(statement.returning(table.c.id)).scalar()
    if inserted is None:
        return None
    return {**row, "created_at": iso(row["created_at"])}


def _recommendation(row: LearningRecommendation) -> dict[str, Any]:
    return row_to_dict(row)


def _episode(row: Any) -> formulas.Episode:
    return formulas.Episode(score=row.score, outcome_label=row.outcome_label, risk_score=row.risk_score,
                            reversible=row.reversible, confidence=row.confidence, duration_ms=row.duration_ms,
                            cost_estimate=row.cost_estimate)


def _scope(model: Any, agent_id: str | None, action_type: str | None) -> list[Any]:
    conditions = []
    if agent_id:
        conditions.append(model.agent_id == agent_id)
    if action_type:
        conditions.append(model.action_type == action_type)
    return conditions


def rebuild(ctx: AppContext, caller: Principal, body: RebuildRequest) -> dict[str, Any]:
    """Rebuild the recommendations of the episodes in scope; a recommendation keeps its id and `active` flag."""
    org_id = caller.org_id
    now = utcnow()
    with ctx.db.write() as session:
        rows = session.execute(
            select(*EPISODE_FIELDS)
            .where(LearningEpisode.org_id == org_id, LearningEpisode.updated_at >= now - timedelta(days=body.lookback_days),
                   *_scope(LearningEpisode, body.agent_id, body.action_type))
            .order_by(LearningEpisode.updated_at.desc(), LearningEpisode.id.desc())
            .limit(body.episode_limit)
        ).all()
        groups: dict[tuple[str, str], list[formulas.Episode]] = {}
        for row in rows:
            groups.setdefault((row.agent_id, row.action_type), []).append(_episode(row))
        built = {key: formulas.recommend(episodes) for key, episodes in groups.items() if len(episodes) >= body.min_samples}
        existing = {(r.agent_id, r.action_type): r for r in session.scalars(select(LearningRecommendation).where(
            LearningRecommendation.org_id == org_id, *_scope(LearningRecommendation, body.agent_id, body.action_type)))}
        for key, row in existing.items():
            if key not in built:
                session.delete(row)
        for (agent_id, action_type), result in built.items():
            row = existing.get((agent_id, action_type))
            if row is None:
                row = LearningRecommendation(id=hex_id("lrec"), org_id=org_id, agent_id=agent_id,
                                             action_type=action_type, active=True)
                session.add(row)
            for name in ("confidence", "sample_size", "top_sample_size", "success_rate", "avg_score", "hints", "guidance"):
                setattr(row, name, getattr(result, name))
            row.computed_at = row.updated_at = now
        session.flush()
        recommendations = sorted((_recommendation(r) for r in session.scalars(select(LearningRecommendation).where(
            LearningRecommendation.org_id == org_id, *_scope(LearningRecommendation, body.agent_id, body.action_type)))),
            key=lambda r: (-r["confidence"], -r["sample_size"], r["id"]))
    return {"episodes_scanned": len(rows), "recommendations": recommendations, "total": len(recommendations),
            "rebuilt_at": iso(now)}


def rebuild_all(ctx: AppContext) -> int:
    """Rebuild every org's recommendations with the default window (the scheduled job); how many orgs had episodes."""
    since = utcnow() - timedelta(days=30)
    with ctx.db.read() as session:
        orgs = list(session.scalars(select(LearningEpisode.org_id).where(LearningEpisode.updated_at >= since).distinct()))
    for org_id in orgs:
        rebuild(ctx, Principal(org_id=org_id, role="admin", key_id="scheduled-rebuild"),
                RebuildRequest(episode_limit=10_000))
    return len(orgs)


def _visible(caller: Principal, include_inactive: bool) -> list[Any]:
    return [] if include_inactive and caller.is_admin else [LearningRecommendation.active.is_(True)]


def list_recommendations(ctx: AppContext, caller: Principal, filters: RecommendationFilters) -> dict[str, Any]:
    """The org's recommendations, most confident first; `fetched` events for an agent's fetch, metrics on request."""
    limit = int(clamp(filters.limit, 1, 200))
    lookback = int(clamp(filters.lookback_days, 1, 365))
    with ctx.db.read() as session:
        rows = list(session.scalars(select(LearningRecommendation).where(
            LearningRecommendation.org_id == caller.org_id, *_scope(LearningRecommendation, filters.agent_id, filters.action_type),
            *_visible(caller, filters.include_inactive)).order_by(*BY_CONFIDENCE).limit(limit)))
        recommendations = [_recommendation(r) for r in rows]
        metrics = _metrics(session, caller.org_id, rows, filters.agent_id, lookback) if filters.include_metrics else None
    if filters.track_events and filters.agent_id and rows:
        with ctx.db.write() as session:
            for row in rows:
                add_event(session, caller.org_id, {"recommendation_id": row.id, "agent_id": filters.agent_id,
                                                   "event_type": "fetched", "details": {"source": "get_recommendations"}})
    answer: dict[str, Any] = {"recommendations": recommendations, "lookback_days": lookback,
                              "total": len(recommendations), "lastUpdated": iso(utcnow())}
    if metrics is not None:
        answer["metrics"] = metrics
    return answer


def recommendation_metrics(ctx: AppContext, caller: Principal, filters: MetricsFilters) -> dict[str, Any]:
    """Adoption and outcome lift of the org's recommendations over the lookback window."""
    limit = int(clamp(filters.limit, 1, 200))
    lookback = int(clamp(filters.lookback_days, 1, 365))
    with ctx.db.read() as session:
        rows = list(session.scalars(select(LearningRecommendation).where(
            LearningRecommendation.org_id == caller.org_id, *_scope(LearningRecommendation, filters.agent_id, filters.action_type),
            *_visible(caller, filters.include_inactive)).order_by(*BY_CONFIDENCE).limit(limit)))
        metrics = _metrics(session, caller.org_id, rows, filters.agent_id, lookback)
    return {**metrics, "lookback_days": lookback, "lastUpdated": iso(utcnow())}


def _outcomes(session: Session, key: tuple[Any, ...], conditions: Iterable[Any]) -> dict[tuple[Any, ...], dict[str, Any]]:
    """Outcome summaries of the episodes matching `conditions`, one per value of the `key` columns (one grouped scan)."""
    e = LearningEpisode
    rows = session.execute(select(
        *key, func.count(), func.sum(case((e.outcome_label == "success", 1), else_=0)),
        func.sum(case((e.outcome_label == "failure", 1), else_=0)), func.avg(e.score), func.avg(e.duration_ms),
        func.avg(e.cost_estimate),
    ).where(*conditions).group_by(*key))
    summaries = {}
    for row in rows:
        *group, total, successes, failures, score, duration, cost = row
        summaries[tuple(group)] = formulas.outcome_summary(total, int(successes or 0), int(failures or 0), *(
            None if value is None else float(value) for value in (score, duration, cost)))
    return summaries


def _metrics(session: Session, org_id: str, rows: list[LearningRecommendation], agent_id: str | None,
             lookback_days: int) -> dict[str, Any]:
    since = utcnow() - timedelta(days=lookback_days)
    counts: dict[tuple[str, str], int] = {}
    applied: dict[tuple[Any, ...], dict[str, Any]] = {}
    baseline: dict[tuple[Any, ...], dict[str, Any]] = {}
    if rows:
        event, e = RecommendationEvent, LearningEpisode
        counted = session.execute(
            select(event.recommendation_id, event.event_type, func.count())
            .where(event.org_id == org_id, event.created_at >= since, event.recommendation_id.in_([r.id for r in rows]),
                   *([event.agent_id == agent_id] if agent_id else []))
            .group_by(event.recommendation_id, event.event_type))
        counts = {(rec_id, kind): n for rec_id, kind, n in counted}
        window = [e.org_id == org_id, e.updated_at >= since]
        applied = _outcomes(session, (e.recommendation_id,), [
            *window, e.recommendation_applied.is_(True), e.recommendation_id.in_([r.id for r in rows])])
        baseline = _outcomes(session, (e.agent_id, e.action_type), [
            *window, e.recommendation_applied.is_(False), e.agent_id.in_({r.agent_id for r in rows}),
            e.action_type.in_({r.action_type for r in rows})])
    empty = formulas.outcome_summary(0, 0, 0, None, None, None)
    metrics = []
    for row in rows:
        telemetry = {kind: counts.get((row.id, kind), 0) for kind in ("fetched", "applied", "overridden")}
        telemetry["outcomes"] = counts.get((row.id, "outcome"), 0)
        telemetry["adoption_rate"] = formulas.adoption_rate(telemetry["fetched"], telemetry["applied"], telemetry["overridden"])
        followed = applied.get((row.id,), empty)
        usual = baseline.get((row.agent_id, row.action_type), empty)
        metrics.append({"recommendation_id": row.id, "agent_id": row.agent_id, "action_type": row.action_type,
                        "active": row.active, "confidence": row.confidence, "sample_size": row.sample_size,
                        "telemetry": telemetry, "outcomes": {"applied": followed, "baseline": usual},
                        "deltas": formulas.deltas(followed, usual)})
    adoption = [m["telemetry"]["adoption_rate"] for m in metrics]
    lifts = [m["deltas"]["success_lift"] for m in metrics]
    summary = {
        "total_recommendations": len(metrics),
        "active_recommendations": sum(1 for m in metrics if m["active"]),
        "avg_adoption_rate": js_round(sum(adoption) / len(adoption), 4) if adoption else 0,
        "avg_success_lift": js_round(sum(lifts) / len(lifts), 4) if lifts else 0,
    }
    return {"metrics": metrics, "summary": summary}


def record_events(ctx: AppContext, caller: Principal, body: RecommendationEvents, raw: dict[str, Any]) -> dict[str, Any]:
    """Store recommendation events (a batch, or one event as the whole body); repeated `event_key`s are skipped."""
    if body.events is not None:
        items = body.events
    else:
        items = [raw] if raw else []
    if not items:
        raise ApiError(400, "At least one event is required")
    valid, details = validated_items(RecommendationEventItem, items, "events")
    if details:
        raise validation_failed([detail.replace("].", "]: ", 1) for detail in details])
    with ctx.db.write() as session:
        created = [event for item in valid if (event := add_event(session, caller.org_id, item)) is not None]
    return {"created": created, "created_count": len(created)}


def set_active(ctx: AppContext, caller: Principal, recommendation_id: str, body: ActiveUpdate) -> dict[str, Any]:
    """Switch a recommendation on or off; rebuilds keep the choice."""
    with ctx.db.write() as session:
        row = session.scalar(select(LearningRecommendation).where(LearningRecommendation.org_id == caller.org_id,
                                                                  LearningRecommendation.id == recommendation_id))
        if row is None:
            raise not_found("Recommendation")
        row.active = body.active
        row.updated_at = utcnow()
        session.flush()
        return {"recommendation": _recommendation(row)}


def lessons(ctx: AppContext, caller: Principal, filters: LessonFilters, limit: int) -> dict[str, Any]:
    """What the org's history has taught, one lesson per active recommendation, most recently learned first."""
    with ctx.db.read() as session:
        page, next_cursor = LESSONS_ORDER.read(session, select(LearningRecommendation).where(
            LearningRecommendation.org_id == caller.org_id, LearningRecommendation.active.is_(True),
            *_scope(LearningRecommendation, filters.agent_id, filters.action_type),
        ), filters.cursor, limit)
    return {
        "lessons": [{
            "id": row.id, "agent_id": row.agent_id, "action_type": row.action_type,
            "lesson": " ".join(row.guidance), "guidance": row.guidance, "hints": row.hints,
            "confidence": row.confidence, "sample_size": row.sample_size, "success_rate": row.success_rate,
            "avg_score": row.avg_score, "learned_at": iso(row.updated_at),
        } for row in page],
        "next_cursor": next_cursor,
    }
