"""Learning analytics: velocity per agent and period, learning curves per agent and action type."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class LearningVelocity(OrgScoped, Base):
    __tablename__ = "learning_velocity"
    __table_args__ = (
        UniqueConstraint("org_id", "agent_id", "period", "period_start"),  # a recompute replaces its window
        Index("ix_learning_velocity_org_created", "org_id", "created_at", "id"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(128))
    period: Mapped[str] = mapped_column(String(16))
    period_start: Mapped[datetime]
    period_end: Mapped[datetime]
    episode_count: Mapped[int] = mapped_column(Integer)
    avg_score: Mapped[float] = mapped_column(Float)
    success_rate: Mapped[float] = mapped_column(Float)
    score_delta: Mapped[float] = mapped_column(Float)
    velocity: Mapped[float] = mapped_column(Float)
    acceleration: Mapped[float | None] = mapped_column(Float)
    maturity_score: Mapped[float] = mapped_column(Float)
    maturity_level: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LearningCurve(OrgScoped, Base):
    __tablename__ = "learning_curves"
    __table_args__ = (UniqueConstraint("org_id", "agent_id", "action_type", "window_start"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(128))
    action_type: Mapped[str] = mapped_column(String(128))
    window_start: Mapped[datetime]
    window_end: Mapped[datetime]
    episode_count: Mapped[int] = mapped_column(Integer)
    avg_score: Mapped[float] = mapped_column(Float)
    success_rate: Mapped[float] = mapped_column(Float)
    avg_duration_ms: Mapped[float] = mapped_column(Float)
    avg_cost: Mapped[float] = mapped_column(Float)
    p25_score: Mapped[float] = mapped_column(Float)
    p75_score: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
