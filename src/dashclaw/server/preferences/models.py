"""What an agent learns about its user: observations, preferences, moods, and approaches with their track record."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class UserObservation(OrgScoped, Base):
    __tablename__ = "user_observations"
    __table_args__ = (Index("ix_user_observations_org_created", "org_id", "created_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str | None] = mapped_column(String(64))
    agent_id: Mapped[str | None] = mapped_column(String(128))
    observation: Mapped[str] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(200))
    importance: Mapped[int] = mapped_column(Integer, default=5)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class UserPreference(OrgScoped, Base):
    __tablename__ = "user_preferences"
    __table_args__ = (Index("ix_user_preferences_org_created", "org_id", "created_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str | None] = mapped_column(String(64))
    agent_id: Mapped[str | None] = mapped_column(String(128))
    preference: Mapped[str] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(200))
    confidence: Mapped[int] = mapped_column(Integer, default=50)
    last_validated: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class UserMood(OrgScoped, Base):
    __tablename__ = "user_moods"
    __table_args__ = (Index("ix_user_moods_org_created", "org_id", "created_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str | None] = mapped_column(String(64))
    agent_id: Mapped[str | None] = mapped_column(String(128))
    mood: Mapped[str] = mapped_column(String(200))
    energy: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class UserApproach(OrgScoped, Base):
    """One row per (org, agent, approach): `approach_key` is the SHA-256 of agent and text, so long texts stay unique."""

    __tablename__ = "user_approaches"
    __table_args__ = (UniqueConstraint("org_id", "approach_key"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    approach_key: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[str | None] = mapped_column(String(64))
    agent_id: Mapped[str | None] = mapped_column(String(128))
    approach: Mapped[str] = mapped_column(Text)
    context: Mapped[str | None] = mapped_column(Text)
    success_count: Mapped[int] = mapped_column(Integer, default=0)
    fail_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
