"""Agent schedules: recurring work an agent is meant to do, as a five-field cron expression."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class AgentSchedule(OrgScoped, Base):
    __tablename__ = "agent_schedules"
    __table_args__ = (Index("ix_agent_schedules_org_agent", "org_id", "agent_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agent_id: Mapped[str] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    cron_expression: Mapped[str] = mapped_column(String(200))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    last_run: Mapped[datetime | None]
    next_run: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
