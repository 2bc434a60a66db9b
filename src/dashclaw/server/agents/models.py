"""Agent presence, refreshed by heartbeats."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class AgentPresence(OrgScoped, Base):
    __tablename__ = "agent_presence"
    __table_args__ = (UniqueConstraint("org_id", "agent_id"),)

    pk: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    agent_id: Mapped[str] = mapped_column(String(128))
    agent_name: Mapped[str | None] = mapped_column(String(256))
    status: Mapped[str] = mapped_column(String(32), default="online")
    current_task_id: Mapped[str | None] = mapped_column(String(256))
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata")
    last_heartbeat_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class AgentConnection(OrgScoped, Base):
    """An external service an agent reports it is connected to, one row per (org, agent, provider)."""

    __tablename__ = "agent_connections"
    __table_args__ = (UniqueConstraint("org_id", "agent_id", "provider"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(128))
    provider: Mapped[str] = mapped_column(String(128))
    auth_type: Mapped[str] = mapped_column(String(32))
    plan_name: Mapped[str | None] = mapped_column(String(256))
    status: Mapped[str] = mapped_column(String(16))
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata")
    reported_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
