"""The context manager: an agent's key points and its context threads with their entries."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class ContextPoint(OrgScoped, Base):
    __tablename__ = "context_points"
    __table_args__ = (Index("ix_context_points_org_agent_day", "org_id", "agent_id", "session_date"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[str | None] = mapped_column(String(128))
    content: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(32), default="general")
    importance: Mapped[int] = mapped_column(Integer, default=5)
    session_date: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ContextThread(OrgScoped, Base):
    __tablename__ = "context_threads"
    __table_args__ = (
        UniqueConstraint("org_id", "agent_id", "name"),
        Index("ix_context_threads_org_updated", "org_id", "updated_at"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[str | None] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(String(512))
    summary: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active, closed
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ContextEntry(OrgScoped, Base):
    __tablename__ = "context_entries"
    __table_args__ = (Index("ix_context_entries_org_thread", "org_id", "thread_id"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    thread_id: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)
    entry_type: Mapped[str] = mapped_column(String(128), default="note")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
