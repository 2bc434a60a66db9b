"""Agent sessions: one working session of an agent (workspace, branch, state, health hints) and its status log."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class AgentSession(OrgScoped, Base):
    __tablename__ = "agent_sessions"
    __table_args__ = (Index("ix_agent_sessions_org_updated", "org_id", "updated_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(128))
    workspace: Mapped[str | None] = mapped_column(Text)
    branch: Mapped[str | None] = mapped_column(String(256))
    status: Mapped[str] = mapped_column(String(64))
    status_since: Mapped[datetime] = mapped_column(default=utcnow)
    blocked_reason: Mapped[str | None] = mapped_column(Text)
    green_level: Mapped[str | None] = mapped_column(String(64))
    branch_freshness: Mapped[str | None] = mapped_column(String(64))
    commits_behind: Mapped[int | None] = mapped_column(Integer)
    last_activity: Mapped[datetime] = mapped_column(default=utcnow)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class SessionEvent(OrgScoped, Base):
    __tablename__ = "agent_session_events"
    __table_args__ = (UniqueConstraint("session_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
