"""Open loops: work a decision still depends on."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class OpenLoop(OrgScoped, Base):
    __tablename__ = "open_loops"
    __table_args__ = (
        UniqueConstraint("org_id", "loop_id"),
        Index("ix_open_loops_org_action", "org_id", "action_id"),
        Index("ix_open_loops_org_status_priority", "org_id", "status", "priority"),  # the list's counts stop early
        Index("ix_open_loops_org_priority_created", "org_id", "priority", "created_at", "pk"),  # the list, rank by rank
        Index("ix_open_loops_org_status_created", "org_id", "status", "created_at"),  # the stale_loop signal
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    loop_id: Mapped[str] = mapped_column(String(128))
    action_id: Mapped[str] = mapped_column(String(128))
    loop_type: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open")
    priority: Mapped[str] = mapped_column(String(16), default="medium")
    owner: Mapped[str | None] = mapped_column(String(256))
    resolution: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
