"""Drift from actions and episodes: each metric's values per agent gathered here, compared in `drift.formulas`,
stored by `drift.service` (POST /api/drift/alerts runs one of three commands)."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..actions.models import Action
from ..core.auth import Principal
from ..core.clock import utcnow
from ..drift import formulas
from ..drift import service as drift
from ..drift.schemas import DriftCommand
from ..recommendations.models import LearningEpisode

if TYPE_CHECKING:
    from ..deps import AppContext

MAX_AGENTS = 50


def _source(metric: str) -> tuple[Any, Any, Any, list[Any]]:
    """(value expression, agent column, time column, conditions) of a metric."""
    if metric == "learning_score":
        return LearningEpisode.score, LearningEpisode.agent_id, LearningEpisode.created_at, [LearningEpisode.org_id]
    value = {"risk_score": Action.risk_score, "confidence": Action.confidence, "duration_ms": Action.duration_ms,
             "cost_estimate": Action.cost_estimate, "tokens_total": Action.tokens_in + Action.tokens_out}[metric]
    positive = [] if metric in ("risk_score", "confidence") else [value > 0]
    return value, Action.agent_id, Action.timestamp_start, [Action.org_id, *positive]


def metric_values(session: Session, org_id: str, metric: str, agent_id: str | None, since: datetime) -> dict[str, list[float]]:
    """Each agent's values of `metric` since `since` (at most 50 agents)."""
    value, agent, at, (org_column, *conditions) = _source(metric)
    rows = session.execute(select(agent, value).where(org_column == org_id, at >= since, value.is_not(None), *conditions,
                                                      *([agent == agent_id] if agent_id else [])))
    values: dict[str, list[float]] = {}
    for agent_name, number in rows:
        if agent_name in values or len(values) < MAX_AGENTS:
            values.setdefault(agent_name, []).append(float(number))
    return values


def compute_baselines(ctx: AppContext, caller: Principal, body: DriftCommand) -> dict[str, Any]:
    """A baseline per agent and metric from the last `lookback_days` (skipping fewer than 5 values)."""
    since = utcnow() - timedelta(days=body.lookback_days)
    results = []
    with ctx.db.write() as session:
        for metric, _ in formulas.METRICS:
            for agent_id, values in metric_values(session, caller.org_id, metric, body.agent_id, since).items():
                stats = formulas.baseline(values)
                if stats is None:
                    continue
                drift.replace_baseline(session, caller.org_id, agent_id, metric, body.lookback_days, stats)
                results.append({"agent_id": agent_id, "metric": metric,
                                **{k: v for k, v in stats.items() if k != "distribution"}})
    return {"baselines_computed": len(results), "results": results}


def detect(ctx: AppContext, caller: Principal, body: DriftCommand) -> dict[str, Any]:
    """Compare each baseline with the last `window_days` and raise an alert where it moved 1.5 deviations or more."""
    since = utcnow() - timedelta(days=body.window_days)
    alerts = []
    with ctx.db.write() as session:
        by_metric: dict[str, dict[str, list[float]]] = {}
        for base in drift.baselines(session, caller.org_id, body.agent_id):
            if base.metric not in by_metric:
                by_metric[base.metric] = metric_values(session, caller.org_id, base.metric, body.agent_id, since)
            found = formulas.shift(base.mean, base.stddev, by_metric[base.metric].get(base.agent_id, []))
            if found is None or found.severity is None:
                continue
            alert = drift.add_alert(session, base, found)
            alerts.append({key: alert[key] for key in ("id", "agent_id", "metric", "severity", "z_score", "pct_change",
                                                       "direction", "description")})
    return {"alerts_generated": len(alerts), "alerts": alerts}


def record_snapshots(ctx: AppContext, caller: Principal, body: DriftCommand) -> dict[str, Any]:
    """A snapshot of every metric of every agent over the last 24 hours."""
    start = utcnow() - timedelta(days=1)
    results = []
    with ctx.db.write() as session:
        for metric, _ in formulas.METRICS:
            for agent_id, values in metric_values(session, caller.org_id, metric, body.agent_id, start).items():
                results.append(drift.add_snapshot(session, caller.org_id, agent_id, metric, start, values))
    return {"snapshots_recorded": len(results), "results": results}


COMMANDS = {"compute_baselines": compute_baselines, "record_snapshots": record_snapshots}


def run(ctx: AppContext, caller: Principal, body: DriftCommand) -> dict[str, Any]:
    """Run the body's command; an unknown or missing one detects, as the reference does."""
    return COMMANDS.get(body.action or "", detect)(ctx, caller, body)
