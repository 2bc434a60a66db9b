"""The agent workspace's records: token usage, calendar events, ideas, memory health, and capabilities (by sync)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class TokenSnapshot(OrgScoped, Base):
    __tablename__ = "token_snapshots"
    __table_args__ = (Index("ix_token_snapshots_org_agent_created", "org_id", "agent_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agent_id: Mapped[str | None] = mapped_column(String(128))
    session_key: Mapped[str] = mapped_column(String(256))
    model: Mapped[str] = mapped_column(String(128))
    tokens_in: Mapped[int] = mapped_column(BigInteger)
    tokens_out: Mapped[int] = mapped_column(BigInteger)
    context_used: Mapped[int] = mapped_column(BigInteger, default=0)
    context_max: Mapped[int] = mapped_column(BigInteger)
    context_pct: Mapped[int] = mapped_column(Integer)
    hourly_pct_left: Mapped[float] = mapped_column(Float, default=100.0)
    weekly_pct_left: Mapped[float] = mapped_column(Float, default=100.0)
    compactions: Mapped[int] = mapped_column(Integer, default=0)
    estimated_cost: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CalendarEvent(OrgScoped, Base):
    __tablename__ = "calendar_events"
    __table_args__ = (Index("ix_calendar_events_org_start", "org_id", "start_time"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    summary: Mapped[str] = mapped_column(Text)
    start_time: Mapped[datetime]
    end_time: Mapped[datetime | None]
    location: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Idea(OrgScoped, Base):
    __tablename__ = "ideas"
    __table_args__ = (Index("ix_ideas_org_captured", "org_id", "captured_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(200))
    score: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(50), default="pending")
    source: Mapped[str | None] = mapped_column(Text)
    fun_factor: Mapped[int | None] = mapped_column(Integer)
    learning_potential: Mapped[int | None] = mapped_column(Integer)
    income_potential: Mapped[int | None] = mapped_column(Integer)
    captured_at: Mapped[datetime] = mapped_column(default=utcnow)


class MemoryHealthSnapshot(OrgScoped, Base):
    __tablename__ = "memory_health_snapshots"
    __table_args__ = (Index("ix_memory_health_snapshots_org_timestamp", "org_id", "timestamp"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    health_score: Mapped[float] = mapped_column(Float, default=0.0)
    total_files: Mapped[int] = mapped_column(BigInteger, default=0)
    total_lines: Mapped[int] = mapped_column(BigInteger, default=0)
    total_size_kb: Mapped[float] = mapped_column(Float, default=0.0)
    memory_md_lines: Mapped[int] = mapped_column(BigInteger, default=0)
    oldest_daily: Mapped[str | None] = mapped_column(String(64))
    newest_daily: Mapped[str | None] = mapped_column(String(64))
    days_with_notes: Mapped[int] = mapped_column(BigInteger, default=0)
    avg_lines_per_day: Mapped[float] = mapped_column(Float, default=0.0)
    potential_duplicates: Mapped[int] = mapped_column(BigInteger, default=0)
    stale_facts_count: Mapped[int] = mapped_column(BigInteger, default=0)
    timestamp: Mapped[datetime] = mapped_column(default=utcnow)


class MemoryEntity(OrgScoped, Base):
    __tablename__ = "memory_entities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(String(50), default="other")
    mention_count: Mapped[int] = mapped_column(BigInteger, default=1)


class MemoryTopic(OrgScoped, Base):
    __tablename__ = "memory_topics"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255))
    mention_count: Mapped[int] = mapped_column(BigInteger, default=1)


class AgentCapability(OrgScoped, Base):
    """What an agent says it can do (skills, tools), one row per (agent, name, type); reported through `/api/sync`."""

    __tablename__ = "agent_capabilities"
    __table_args__ = (Index("ix_agent_capabilities_org_agent_name", "org_id", "agent_id", "name"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    agent_id: Mapped[str | None] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(String(255))
    capability_type: Mapped[str] = mapped_column(String(50), default="skill")
    description: Mapped[str | None] = mapped_column(Text)
    source_path: Mapped[str | None] = mapped_column(Text)
    file_count: Mapped[int | None] = mapped_column(Integer)
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
