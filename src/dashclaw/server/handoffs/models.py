"""Session handoffs: what one session (or agent) leaves for the next."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class Handoff(OrgScoped, Base):
    __tablename__ = "handoffs"
    __table_args__ = (
        Index("ix_handoffs_org_created", "org_id", "created_at"),
        Index("ix_handoffs_org_agent_created", "org_id", "agent_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(128))
    session_date: Mapped[str] = mapped_column(String(10))
    summary: Mapped[str] = mapped_column(Text)
    key_decisions: Mapped[list[Any] | None]
    open_tasks: Mapped[list[Any] | None]
    next_priorities: Mapped[list[Any] | None]
    mood_notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
