"""Scoring profiles (weighted dimensions with scales), the scores they gave, and risk templates."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class ScoringProfile(OrgScoped, Base):
    __tablename__ = "scoring_profiles"
    __table_args__ = (Index("ix_scoring_profiles_org_updated", "org_id", "updated_at", "id"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    description: Mapped[str] = mapped_column(Text, default="")
    action_type: Mapped[str | None] = mapped_column(String(128))
    composite_method: Mapped[str] = mapped_column(String(32), default="weighted_average")
    metadata_: Mapped[dict[str, Any]] = mapped_column("metadata", default=dict)
    status: Mapped[str] = mapped_column(String(16), default="active")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ScoringDimension(OrgScoped, Base):
    __tablename__ = "scoring_dimensions"
    __table_args__ = (Index("ix_scoring_dimensions_org_profile", "org_id", "profile_id", "sort_order"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    profile_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(256))
    description: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    data_source: Mapped[str] = mapped_column(String(64))
    data_config: Mapped[dict[str, Any]] = mapped_column(default=dict)
    scale: Mapped[list[Any]] = mapped_column(default=list)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ProfileScore(OrgScoped, Base):
    __tablename__ = "profile_scores"
    __table_args__ = (
        Index("ix_profile_scores_org_scored", "org_id", "scored_at", "id"),
        Index("ix_profile_scores_org_profile_scored", "org_id", "profile_id", "scored_at", "id"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    profile_id: Mapped[str] = mapped_column(String(64))
    action_id: Mapped[str | None] = mapped_column(String(128))
    agent_id: Mapped[str | None] = mapped_column(String(128))
    composite_score: Mapped[float] = mapped_column(Float)
    dimension_scores: Mapped[list[Any]]
    metadata_: Mapped[dict[str, Any]] = mapped_column("metadata", default=dict)
    scored_at: Mapped[datetime] = mapped_column(default=utcnow)


class RiskTemplate(OrgScoped, Base):
    __tablename__ = "risk_templates"
    __table_args__ = (Index("ix_risk_templates_org_updated", "org_id", "updated_at", "id"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    description: Mapped[str] = mapped_column(Text, default="")
    action_type: Mapped[str | None] = mapped_column(String(128))
    base_risk: Mapped[float] = mapped_column(Float, default=0)
    rules: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(16), default="active")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
