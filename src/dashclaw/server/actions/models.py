"""The action record: one governed decision, from intent to outcome."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped, OrgScopedCounter


class Action(OrgScoped, Base):
    __tablename__ = "actions"
    __table_args__ = (
        UniqueConstraint("org_id", "action_id"),  # per org: a clash must not reveal another org's ids
        # Each list filter, then the list's order (newest first, insertion order breaking ties).
        Index("ix_actions_org_start", "org_id", "timestamp_start", "pk"),
        Index("ix_actions_org_agent_start", "org_id", "agent_id", "timestamp_start", "pk"),
        Index("ix_actions_org_status_start", "org_id", "status", "timestamp_start", "pk"),
        Index("ix_actions_org_type_start", "org_id", "action_type", "timestamp_start", "pk"),
        # The filters counters cannot answer: what `actions.stats` sums rides along, so a capped count reads
        # only the index (no row fetches).
        Index("ix_actions_org_swarm_start", "org_id", "swarm_id", "timestamp_start", "pk", "status", "cost_estimate",
              "risk_score"),
        Index("ix_actions_org_risk", "org_id", "risk_score", "status", "cost_estimate"),
        # The high_impact_low_oversight signal: running irreversible actions, riskiest first.
        Index("ix_actions_org_running_risk", "org_id", "status", "reversible", "risk_score"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action_id: Mapped[str] = mapped_column(String(128))
    agent_id: Mapped[str] = mapped_column(String(128))
    agent_name: Mapped[str | None] = mapped_column(String(256))
    swarm_id: Mapped[str | None] = mapped_column(String(128))
    parent_action_id: Mapped[str | None] = mapped_column(String(128), index=True)
    action_type: Mapped[str] = mapped_column(String(128))
    declared_goal: Mapped[str] = mapped_column(Text)
    reasoning: Mapped[str | None] = mapped_column(Text)
    authorization_scope: Mapped[str | None] = mapped_column(Text)
    trigger: Mapped[str | None] = mapped_column(Text)
    systems_touched: Mapped[list[Any]] = mapped_column(default=list)
    input_summary: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32), default="running")
    reversible: Mapped[int] = mapped_column(Integer, default=1)
    risk_score: Mapped[int] = mapped_column(Integer, default=0)
    agent_risk_score: Mapped[int | None] = mapped_column(Integer)
    risk_factors: Mapped[list[Any]] = mapped_column(default=list)
    confidence: Mapped[int] = mapped_column(Integer, default=50)
    recommendation_id: Mapped[str | None] = mapped_column(String(128))
    recommendation_applied: Mapped[int] = mapped_column(Integer, default=0)
    recommendation_override_reason: Mapped[str | None] = mapped_column(Text)
    output_summary: Mapped[str | None] = mapped_column(Text)
    side_effects: Mapped[list[Any]] = mapped_column(default=list)
    artifacts_created: Mapped[list[Any]] = mapped_column(default=list)
    error_message: Mapped[str | None] = mapped_column(Text)
    timestamp_start: Mapped[datetime] = mapped_column(default=utcnow)
    timestamp_end: Mapped[datetime | None]
    duration_ms: Mapped[int | None] = mapped_column(BigInteger)
    cost_estimate: Mapped[float] = mapped_column(default=0.0)
    tokens_in: Mapped[int] = mapped_column(BigInteger, default=0)
    tokens_out: Mapped[int] = mapped_column(BigInteger, default=0)
    signature: Mapped[str | None] = mapped_column(Text)
    verified: Mapped[bool] = mapped_column(default=False)
    guard_decision_id: Mapped[str | None] = mapped_column(String(64))
    approved_by: Mapped[str | None] = mapped_column(String(128))
    approved_at: Mapped[datetime | None]
    approval_decision: Mapped[str | None] = mapped_column(String(16))
    approval_reasoning: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(128))
    decided_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ActionCounter(OrgScopedCounter, Base):
    """How many of an org's actions have one agent, type and status, with their risk and cost sums: the list's
    `stats` without a scan (kept by `actions.stats` in each write's transaction)."""

    __tablename__ = "action_counters"

    agent_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    action_type: Mapped[str] = mapped_column(String(128), primary_key=True)
    status: Mapped[str] = mapped_column(String(32), primary_key=True)
    actions: Mapped[int] = mapped_column(BigInteger, default=0)
    high_risk: Mapped[int] = mapped_column(BigInteger, default=0)
    risk_sum: Mapped[int] = mapped_column(BigInteger, default=0)
    cost_sum: Mapped[float] = mapped_column(default=0.0)
