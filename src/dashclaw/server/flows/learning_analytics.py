"""Learning analytics over episodes: velocity and curves computed from `recommendations` episodes into the
`analytics` tables, and the summary that joins episodes, recommendations and velocity."""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..analytics import service as analytics
from ..analytics.formulas import Point, curve, velocity
from ..analytics.schemas import CurvesCompute, SummaryFilters, VelocityCompute
from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.numbers import js_round
from ..recommendations.models import LearningEpisode, LearningRecommendation

if TYPE_CHECKING:
    from ..deps import AppContext

MAX_AGENTS = 50
MAX_ACTION_TYPES = 20


def _agents(session: Session, org_id: str, agent_id: str | None, since: Any) -> list[str]:
    if agent_id:
        return [agent_id]
    return list(session.scalars(select(LearningEpisode.agent_id).where(
        LearningEpisode.org_id == org_id, LearningEpisode.created_at >= since).distinct()
        .order_by(LearningEpisode.agent_id).limit(MAX_AGENTS)))


def _points(session: Session, org_id: str, agent_id: str, since: Any, action_type: str | None = None) -> list[Point]:
    e = LearningEpisode
    rows = session.execute(select(e.created_at, e.score, e.outcome_label, e.duration_ms, e.cost_estimate).where(
        e.org_id == org_id, e.agent_id == agent_id, e.created_at >= since,
        *([e.action_type == action_type] if action_type else [])).order_by(e.created_at))
    return [Point(at, score, label, duration, cost) for at, score, label, duration, cost in rows]


def compute_velocity(ctx: AppContext, caller: Principal, body: VelocityCompute) -> dict[str, Any]:
    """Velocity per agent over the lookback window, stored (replacing the same window's row)."""
    now = utcnow()
    since = now - timedelta(days=body.lookback_days)
    results = []
    with ctx.db.write() as session:
        for agent_id in _agents(session, caller.org_id, body.agent_id, since):
            result = velocity(_points(session, caller.org_id, agent_id, since), body.period, now)
            if result is None:
                continue
            analytics.replace_velocity(session, caller.org_id, agent_id, body.period, result)
            results.append({
                "agent_id": agent_id, **{k: result[k] for k in (
                    "episode_count", "avg_score", "success_rate", "score_delta", "velocity", "acceleration")},
                "maturity": {"level": result["maturity_level"], "score": result["maturity_score"]},
                "windows": result["windows"],
            })
    return {"agents_computed": len(results), "results": results}


def compute_curves(ctx: AppContext, caller: Principal, body: CurvesCompute) -> dict[str, Any]:
    """7-day learning-curve windows per agent and action type, stored (replacing the same windows)."""
    now = utcnow()
    since = now - timedelta(days=body.lookback_days)
    results = []
    with ctx.db.write() as session:
        for agent_id in _agents(session, caller.org_id, body.agent_id, since):
            types = session.scalars(select(LearningEpisode.action_type).where(
                LearningEpisode.org_id == caller.org_id, LearningEpisode.agent_id == agent_id,
                LearningEpisode.created_at >= since).distinct().order_by(LearningEpisode.action_type).limit(MAX_ACTION_TYPES))
            for action_type in list(types):
                windows = curve(_points(session, caller.org_id, agent_id, since, action_type), now)
                analytics.replace_curve(session, caller.org_id, agent_id, action_type, windows)
                results += [{"agent_id": agent_id, "action_type": action_type, "window_start": iso(window["window_start"]),
                             "count": window["episode_count"]} for window in windows]
    return {"curves_computed": len(results), "results": results}


def _rate(successes: int, failures: int) -> float:
    return js_round(successes / (successes + failures), 3) if successes + failures else 0


def _number(value: Any, digits: int = 3) -> float:
    return js_round(float(value), digits) if value is not None else 0


def summary(ctx: AppContext, caller: Principal, filters: SummaryFilters) -> dict[str, Any]:
    """Episode totals overall, per agent and per action type, recommendation totals and each agent's latest velocity."""
    e = LearningEpisode
    success = func.sum(case((e.outcome_label == "success", 1), else_=0))
    failure = func.sum(case((e.outcome_label == "failure", 1), else_=0))
    pending = func.sum(case((e.outcome_label == "pending", 1), else_=0))
    org = e.org_id == caller.org_id
    with ctx.db.read() as session:
        total, avg, ok, bad, waiting, duration, cost = session.execute(select(
            func.count(), func.avg(e.score), success, failure, pending, func.avg(e.duration_ms), func.sum(e.cost_estimate),
        ).where(org, *([e.agent_id == filters.agent_id] if filters.agent_id else []))).one()
        latest = analytics.latest_velocity(session, caller.org_id)
        by_agent = []
        for agent_id, count, agent_avg, agent_ok, agent_bad, agent_duration, agent_cost in session.execute(
            select(e.agent_id, func.count(), func.avg(e.score), success, failure, func.avg(e.duration_ms),
                   func.sum(e.cost_estimate)).where(org).group_by(e.agent_id).order_by(func.count().desc(), e.agent_id).limit(10)
        ):
            row = latest.get(agent_id)
            by_agent.append({
                "agent_id": agent_id, "episode_count": count, "avg_score": _number(agent_avg, 2),
                "success_count": int(agent_ok or 0), "failure_count": int(agent_bad or 0),
                "avg_duration_ms": _number(agent_duration, 0), "total_cost": _number(agent_cost, 4),
                "success_rate": _rate(int(agent_ok or 0), int(agent_bad or 0)),
                "velocity": row.velocity if row else None, "acceleration": row.acceleration if row else None,
                "maturity_level": row.maturity_level if row else "unknown", "maturity_score": row.maturity_score if row else 0,
            })
        by_type = [{
            "action_type": action_type, "episode_count": count, "avg_score": _number(type_avg, 2),
            "success_count": int(type_ok or 0), "failure_count": int(type_bad or 0),
            "success_rate": _rate(int(type_ok or 0), int(type_bad or 0)),
        } for action_type, count, type_avg, type_ok, type_bad in session.execute(
            select(e.action_type, func.count(), func.avg(e.score), success, failure).where(org)
            .group_by(e.action_type).order_by(func.count().desc(), e.action_type).limit(15))]
        r = LearningRecommendation
        recs, active, rec_rate, rec_score, rec_confidence = session.execute(select(
            func.count(), func.sum(case((r.active.is_(True), 1), else_=0)), func.avg(r.success_rate), func.avg(r.avg_score),
            func.avg(r.confidence)).where(r.org_id == caller.org_id)).one()
    return {
        "overall": {
            "total_episodes": total, "avg_score": _number(avg, 2), "success_count": int(ok or 0),
            "failure_count": int(bad or 0), "pending_count": int(waiting or 0), "avg_duration_ms": _number(duration, 0),
            "total_cost": _number(cost, 4), "success_rate": _rate(int(ok or 0), int(bad or 0)),
        },
        "by_agent": by_agent,
        "by_action_type": by_type,
        "recommendations": {
            "total_recommendations": recs, "active_recommendations": int(active or 0),
            "avg_success_rate": _number(rec_rate, 4), "avg_rec_score": _number(rec_score, 2),
            "avg_confidence": _number(rec_confidence, 2),
        },
        "velocity": [{"agent_id": agent_id, "velocity": row.velocity, "acceleration": row.acceleration,
                      "maturity_score": row.maturity_score, "maturity_level": row.maturity_level,
                      "score_delta": row.score_delta, "created_at": iso(row.created_at)} for agent_id, row in latest.items()],
    }
