"""The org's audit trail of operator and system activity, hash-chained per org (see `chain.py`)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from ..db.base import Base, OrgScoped


class ActivityLog(OrgScoped, Base):
    """One audited change: who (`actor_*`), what (`action`), to what (`resource_*`, `agent_id`), the target's
    state before and after, and when. `sequence` counts 1, 2, 3, ... per org in commit order; `hash` commits
    to the entry and, through `prev_hash`, to every entry before it."""

    __tablename__ = "activity_logs"
    __table_args__ = (
        Index("ix_activity_logs_org_created", "org_id", "created_at"),
        Index("ix_activity_logs_org_sequence", "org_id", "sequence", unique=True),
        Index("ix_activity_logs_org_agent", "org_id", "agent_id", "sequence"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    actor_id: Mapped[str] = mapped_column(String(320), default="")
    """The signed-in user's email, the API key's id, or `system:<cli|startup>`."""
    actor_type: Mapped[str] = mapped_column(String(16), default="api_key")
    action: Mapped[str] = mapped_column(String(64))
    resource_type: Mapped[str | None] = mapped_column(String(64))
    resource_id: Mapped[str | None] = mapped_column(String(128))
    agent_id: Mapped[str | None] = mapped_column(String(128))
    """The agent the change concerns (an approved action's agent, a registered identity's), if any."""
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    ip_address: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    sequence: Mapped[int] = mapped_column(BigInteger)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ActivityChainHead(OrgScoped, Base):
    """The last entry of each org's chain. Its row lock, taken just before a transaction with audit entries
    commits, orders one org's entries by commit on every replica; it also shows when the newest entries of
    a chain were deleted."""

    __tablename__ = "activity_chain_heads"

    org_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_sequence: Mapped[int] = mapped_column(BigInteger, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
