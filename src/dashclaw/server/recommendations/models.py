"""Learning episodes (one scored outcome per action), the recommendations built from them, and their events."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Float, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class LearningEpisode(OrgScoped, Base):
    __tablename__ = "learning_episodes"
    __table_args__ = (
        UniqueConstraint("org_id", "action_id"),
        Index("ix_learning_episodes_org_updated", "org_id", "updated_at", "id"),
        Index("ix_learning_episodes_org_agent_type_updated", "org_id", "agent_id", "action_type", "updated_at"),
        Index("ix_learning_episodes_org_agent_created", "org_id", "agent_id", "created_at"),
        Index("ix_learning_episodes_org_recommendation", "org_id", "recommendation_id"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    action_id: Mapped[str] = mapped_column(String(128))
    agent_id: Mapped[str] = mapped_column(String(128))
    action_type: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(32))
    outcome_label: Mapped[str] = mapped_column(String(16))
    score: Mapped[int] = mapped_column(Integer)
    score_breakdown: Mapped[dict[str, Any]]
    risk_score: Mapped[int] = mapped_column(Integer)
    reversible: Mapped[bool]
    confidence: Mapped[int | None] = mapped_column(Integer)
    duration_ms: Mapped[int | None] = mapped_column(BigInteger)
    cost_estimate: Mapped[float | None] = mapped_column(Float)
    invalidated_assumptions: Mapped[int] = mapped_column(Integer, default=0)
    open_loops: Mapped[int] = mapped_column(Integer, default=0)
    recommendation_id: Mapped[str | None] = mapped_column(String(128))
    recommendation_applied: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class LearningRecommendation(OrgScoped, Base):
    __tablename__ = "learning_recommendations"
    __table_args__ = (
        UniqueConstraint("org_id", "agent_id", "action_type"),
        Index("ix_learning_recommendations_org_confidence", "org_id", "confidence", "sample_size"),
        Index("ix_learning_recommendations_org_updated", "org_id", "updated_at", "id"),  # lessons, newest first
        Index("ix_learning_recommendations_org_agent_updated", "org_id", "agent_id", "updated_at"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(128))
    action_type: Mapped[str] = mapped_column(String(128))
    confidence: Mapped[int] = mapped_column(Integer)
    sample_size: Mapped[int] = mapped_column(Integer)
    top_sample_size: Mapped[int] = mapped_column(Integer)
    success_rate: Mapped[float] = mapped_column(Float)
    avg_score: Mapped[float] = mapped_column(Float)
    hints: Mapped[dict[str, Any]]
    guidance: Mapped[list[Any]]
    active: Mapped[bool] = mapped_column(default=True)
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class RecommendationEvent(OrgScoped, Base):
    __tablename__ = "learning_recommendation_events"
    __table_args__ = (
        UniqueConstraint("org_id", "event_key"),  # NULL keys are never duplicates
        Index("ix_learning_recommendation_events_org_rec_created", "org_id", "recommendation_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    recommendation_id: Mapped[str | None] = mapped_column(String(128))
    agent_id: Mapped[str | None] = mapped_column(String(128))
    action_id: Mapped[str | None] = mapped_column(String(128))
    event_type: Mapped[str] = mapped_column(String(16))
    event_key: Mapped[str | None] = mapped_column(String(200))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
