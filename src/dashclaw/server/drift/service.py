"""Drift alerts, baselines and snapshots as stored: lists, acknowledgement, statistics.

What computes them from actions and episodes is the `flows.drift` flow; it stores through the helpers here.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.clock import utcnow
from ..core.errors import not_found
from ..core.ids import hex_id
from ..core.pagination import NewestFirst
from ..core.serialize import row_to_dict
from . import formulas
from .models import DriftAlert, DriftBaseline, DriftSnapshot
from .schemas import AgentFilter, AlertFilters, SnapshotFilters

if TYPE_CHECKING:
    from ..deps import AppContext

NEWEST_FIRST = NewestFirst(DriftAlert.created_at, DriftAlert.id)
METRIC_LABELS = dict(formulas.METRICS)


def replace_baseline(session: Session, org_id: str, agent_id: str, metric: str, lookback_days: int,
                     stats: dict[str, Any]) -> None:
    """Store an agent's baseline of a metric, replacing the previous one."""
    session.execute(delete(DriftBaseline).where(DriftBaseline.org_id == org_id, DriftBaseline.agent_id == agent_id,
                                                DriftBaseline.metric == metric))
    session.add(DriftBaseline(id=hex_id("db"), org_id=org_id, agent_id=agent_id, metric=metric,
                              lookback_days=lookback_days, **stats))


def baselines(session: Session, org_id: str, agent_id: str | None) -> list[DriftBaseline]:
    """The org's baselines (of one agent when given) with enough samples to compare against."""
    return list(session.scalars(select(DriftBaseline).where(
        DriftBaseline.org_id == org_id, DriftBaseline.sample_count >= formulas.MIN_BASELINE_SAMPLES,
        *([DriftBaseline.agent_id == agent_id] if agent_id else [])).order_by(DriftBaseline.agent_id, DriftBaseline.metric)))


def add_alert(session: Session, base: DriftBaseline, found: formulas.Shift) -> dict[str, Any]:
    """Store an alert for a shift away from `base`."""
    alert = DriftAlert(
        id=hex_id("da"), org_id=base.org_id, agent_id=base.agent_id, metric=base.metric, severity=found.severity,
        drift_type="shift", baseline_mean=base.mean, baseline_stddev=base.stddev, current_mean=found.current_mean,
        current_stddev=found.current_stddev, z_score=found.z_score, pct_change=found.pct_change,
        sample_count=found.sample_count, direction=found.direction,
        description=formulas.describe(METRIC_LABELS[base.metric], base.agent_id, found, base.mean),
        acknowledged=False, created_at=utcnow(),
    )
    session.add(alert)
    session.flush()
    return row_to_dict(alert)


def add_snapshot(session: Session, org_id: str, agent_id: str, metric: str, period_start: datetime,
                 values: list[float]) -> dict[str, Any]:
    """Store a day's snapshot of a metric."""
    row = DriftSnapshot(id=hex_id("ds"), org_id=org_id, agent_id=agent_id, metric=metric, period="daily",
                        period_start=period_start, mean=formulas.js_round(sum(values) / len(values), 3),
                        stddev=formulas.js_round(formulas.sample_stddev(values), 3), sample_count=len(values))
    session.add(row)
    return {"agent_id": agent_id, "metric": metric, "mean": row.mean, "stddev": row.stddev, "sample_count": row.sample_count}


def list_alerts(ctx: AppContext, caller: Principal, filters: AlertFilters, limit: int) -> dict[str, Any]:
    """Alerts, newest first, every given filter applying; a keyset page at a time."""
    conditions = [DriftAlert.org_id == caller.org_id]
    for name in ("agent_id", "metric", "severity", "acknowledged"):
        if getattr(filters, name) is not None:
            conditions.append(getattr(DriftAlert, name) == getattr(filters, name))
    with ctx.db.read() as session:
        page, next_cursor = NEWEST_FIRST.read(session, select(DriftAlert).where(*conditions), filters.cursor, limit)
    return {"alerts": [row_to_dict(row) for row in page], "total": len(page), "next_cursor": next_cursor}


def acknowledge(ctx: AppContext, caller: Principal, alert_id: str) -> dict[str, Any]:
    """Mark an alert as seen."""
    with ctx.db.write() as session:
        alert = session.scalar(select(DriftAlert).where(DriftAlert.org_id == caller.org_id, DriftAlert.id == alert_id))
        if alert is None:
            raise not_found("Alert")
        alert.acknowledged = True
        alert.acknowledged_by = caller.actor_id or "user"
        alert.acknowledged_at = utcnow()
        session.flush()
        return row_to_dict(alert)


def delete_alert(ctx: AppContext, caller: Principal, alert_id: str) -> dict[str, Any]:
    """Delete an alert (unknown ids too, as the reference answers)."""
    with ctx.db.write() as session:
        session.execute(delete(DriftAlert).where(DriftAlert.org_id == caller.org_id, DriftAlert.id == alert_id))
    return {"deleted": True}


def stats(ctx: AppContext, caller: Principal, filters: AgentFilter) -> dict[str, Any]:
    """Alert counts overall (of one agent when given), by metric and by agent, and the newest baselines."""
    a = DriftAlert
    org = a.org_id == caller.org_id
    counts = [func.count(), *(func.sum(case((a.severity == s, 1), else_=0)) for s in ("critical", "warning", "info")),
              func.sum(case((a.acknowledged.is_(False), 1), else_=0)),
              func.sum(case((a.created_at >= utcnow() - timedelta(days=1), 1), else_=0))]
    with ctx.db.read() as session:
        total, critical, warning, info, open_count, today = session.execute(
            select(*counts).where(org, *([a.agent_id == filters.agent_id] if filters.agent_id else []))).one()
        by_metric = [{"metric": metric, "count": n, "critical": int(c or 0), "avg_z_score": formulas.js_round(float(z), 3)}
                     for metric, n, c, z in session.execute(
                         select(a.metric, func.count(), func.sum(case((a.severity == "critical", 1), else_=0)),
                                func.avg(func.abs(a.z_score))).where(org).group_by(a.metric).order_by(func.count().desc(), a.metric))]
        by_agent = [{"agent_id": agent_id, "count": n, "unacknowledged": int(u or 0)}
                    for agent_id, n, u in session.execute(
                        select(a.agent_id, func.count(), func.sum(case((a.acknowledged.is_(False), 1), else_=0)))
                        .where(org).group_by(a.agent_id).order_by(func.count().desc(), a.agent_id).limit(10))]
        recent = [row_to_dict(row, exclude=("distribution",)) for row in session.scalars(
            select(DriftBaseline).where(DriftBaseline.org_id == caller.org_id)
            .order_by(DriftBaseline.created_at.desc(), DriftBaseline.id).limit(20))]
    return {
        "overall": {"total_alerts": total, "critical_count": int(critical or 0), "warning_count": int(warning or 0),
                    "info_count": int(info or 0), "unacknowledged": int(open_count or 0), "today_count": int(today or 0)},
        "by_metric": by_metric, "by_agent": by_agent, "recent_baselines": recent,
    }


def snapshots(ctx: AppContext, caller: Principal, filters: SnapshotFilters, limit: int) -> dict[str, Any]:
    """Snapshots, newest day first."""
    conditions = [DriftSnapshot.org_id == caller.org_id]
    if filters.agent_id:
        conditions.append(DriftSnapshot.agent_id == filters.agent_id)
    if filters.metric:
        conditions.append(DriftSnapshot.metric == filters.metric)
    with ctx.db.read() as session:
        rows = session.scalars(select(DriftSnapshot).where(*conditions)
                               .order_by(DriftSnapshot.period_start.desc(), DriftSnapshot.id).limit(limit))
        return {"snapshots": [row_to_dict(row) for row in rows]}


def metrics(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """The metrics drift detection tracks, in order."""
    return {"metrics": [{"id": metric, "label": label} for metric, label in formulas.METRICS]}
