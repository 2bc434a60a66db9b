"""Assumptions: what an agent believed when it decided, and whether that held."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class Assumption(OrgScoped, Base):
    __tablename__ = "assumptions"
    __table_args__ = (
        UniqueConstraint("org_id", "assumption_id"),
        Index("ix_assumptions_org_action", "org_id", "action_id"),
        Index("ix_assumptions_org_created", "org_id", "created_at", "pk"),  # the list's order
        Index("ix_assumptions_org_invalidated", "org_id", "invalidated", "invalidated_at"),  # the assumption_drift signal
        Index("ix_assumptions_org_unchecked_created", "org_id", "validated", "invalidated", "created_at"),  # stale_assumption
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    assumption_id: Mapped[str] = mapped_column(String(128))
    action_id: Mapped[str] = mapped_column(String(128))
    assumption: Mapped[str] = mapped_column(Text)
    basis: Mapped[str | None] = mapped_column(Text)
    validated: Mapped[int] = mapped_column(Integer, default=0)
    validated_at: Mapped[datetime | None]
    invalidated: Mapped[int] = mapped_column(Integer, default=0)
    invalidated_reason: Mapped[str | None] = mapped_column(Text)
    invalidated_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
