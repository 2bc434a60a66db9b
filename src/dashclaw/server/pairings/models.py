"""Agents asking to be paired: a public key an operator approves (it then becomes the agent's identity) or denies."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class Pairing(OrgScoped, Base):
    __tablename__ = "pairings"
    __table_args__ = (Index("ix_pairings_org_created", "org_id", "created_at"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(128))
    agent_name: Mapped[str | None] = mapped_column(String(256))
    public_key: Mapped[str] = mapped_column(Text)
    algorithm: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    """`pending`, `approved` or `denied`; a pending pairing past `expires_at` reads as `expired`."""
    decided_by: Mapped[str | None] = mapped_column(String(256))
    decided_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    expires_at: Mapped[datetime]
