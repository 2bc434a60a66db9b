"""Every guard evaluation, kept for audit."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..db.base import Base, OrgScoped, OrgScopedCounter


class GuardDecision(OrgScoped, Base):
    __tablename__ = "guard_decisions"
    __table_args__ = (
        # Each list filter, then the list's order (newest first, id breaking ties).
        Index("ix_guard_decisions_org_created", "org_id", "created_at", "id"),
        Index("ix_guard_decisions_org_agent_created", "org_id", "agent_id", "created_at", "id"),
        Index("ix_guard_decisions_org_decision_created", "org_id", "decision", "created_at", "id"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[str | None] = mapped_column(String(128))
    action_id: Mapped[str | None] = mapped_column(String(128))
    action_type: Mapped[str | None] = mapped_column(String(128))
    decision: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(Text)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    warnings: Mapped[list[Any]] = mapped_column(default=list)
    matched_policies: Mapped[list[Any]] = mapped_column(default=list)
    context: Mapped[dict[str, Any]] = mapped_column(default=dict)
    risk_score: Mapped[int | None] = mapped_column(Integer)
    agent_risk_score: Mapped[int | None] = mapped_column(Integer)
    shadow_results: Mapped[list[Any]] = mapped_column(default=list)
    """What shadow policies would have decided: [{policy_id, policy_name, would, reason}]."""
    shadow_matches: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]


class GuardDecisionCounter(OrgScopedCounter, Base):
    """How many decisions of each kind the log holds per agent (`''` for none): the list's `total` without a
    scan (kept by `guard.stats` in the transaction that logs them)."""

    __tablename__ = "guard_decision_counters"

    agent_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    decision: Mapped[str] = mapped_column(String(32), primary_key=True)
    decisions: Mapped[int] = mapped_column(BigInteger, default=0)
