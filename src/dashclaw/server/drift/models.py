"""Drift detection: per agent and metric, a baseline, alerts when a recent window moves away from it, and
daily snapshots for trend charts."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class DriftBaseline(OrgScoped, Base):
    __tablename__ = "drift_baselines"
    __table_args__ = (UniqueConstraint("org_id", "agent_id", "metric"),)  # the latest baseline replaces the last

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(128))
    metric: Mapped[str] = mapped_column(String(32))
    lookback_days: Mapped[int] = mapped_column(Integer)
    sample_count: Mapped[int] = mapped_column(Integer)
    mean: Mapped[float] = mapped_column(Float)
    stddev: Mapped[float] = mapped_column(Float)
    median: Mapped[float] = mapped_column(Float)
    p5: Mapped[float] = mapped_column(Float)
    p25: Mapped[float] = mapped_column(Float)
    p75: Mapped[float] = mapped_column(Float)
    p95: Mapped[float] = mapped_column(Float)
    min_val: Mapped[float] = mapped_column(Float)
    max_val: Mapped[float] = mapped_column(Float)
    distribution: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class DriftAlert(OrgScoped, Base):
    __tablename__ = "drift_alerts"
    __table_args__ = (
        Index("ix_drift_alerts_org_created", "org_id", "created_at", "id"),
        Index("ix_drift_alerts_org_agent_created", "org_id", "agent_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(128))
    metric: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    drift_type: Mapped[str] = mapped_column(String(16), default="shift")
    baseline_mean: Mapped[float] = mapped_column(Float)
    baseline_stddev: Mapped[float] = mapped_column(Float)
    current_mean: Mapped[float] = mapped_column(Float)
    current_stddev: Mapped[float] = mapped_column(Float)
    z_score: Mapped[float] = mapped_column(Float)
    pct_change: Mapped[float] = mapped_column(Float)
    sample_count: Mapped[int] = mapped_column(Integer)
    direction: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text)
    acknowledged: Mapped[bool] = mapped_column(default=False)
    acknowledged_by: Mapped[str | None] = mapped_column(String(128))
    acknowledged_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class DriftSnapshot(OrgScoped, Base):
    __tablename__ = "drift_snapshots"
    __table_args__ = (Index("ix_drift_snapshots_org_agent_metric_start", "org_id", "agent_id", "metric", "period_start"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(128))
    metric: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(16), default="daily")
    period_start: Mapped[datetime]
    mean: Mapped[float] = mapped_column(Float)
    stddev: Mapped[float] = mapped_column(Float)
    sample_count: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
