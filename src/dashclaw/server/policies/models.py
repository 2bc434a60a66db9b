"""Guard policies, one row per rule an org enforces."""
from __future__ import annotations

from datetime import datetime

from typing import Any

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class Policy(OrgScoped, Base):
    __tablename__ = "policies"
    __table_args__ = (UniqueConstraint("org_id", "name"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    policy_type: Mapped[str] = mapped_column(String(64))
    rules: Mapped[str] = mapped_column(Text)
    active: Mapped[int] = mapped_column(Integer, default=1)
    shadow: Mapped[int] = mapped_column(Integer, default=0)
    """1: evaluated and logged on every guard call, never part of the decision."""
    created_by: Mapped[str | None] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class PolicyTestRun(OrgScoped, Base):
    """One run of an org's policy tests, kept so the proof report can cite the latest."""

    __tablename__ = "policy_test_runs"
    __table_args__ = (Index("ix_policy_test_runs_org_created", "org_id", "created_at"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    total_policies: Mapped[int] = mapped_column(Integer)
    passed: Mapped[int] = mapped_column(Integer)
    failed: Mapped[int] = mapped_column(Integer)
    total_tests: Mapped[int] = mapped_column(Integer)
    tests_passed: Mapped[int] = mapped_column(Integer)
    tests_failed: Mapped[int] = mapped_column(Integer)
    details: Mapped[list[Any]] = mapped_column(default=list)
    triggered_by: Mapped[str] = mapped_column(String(32), default="manual")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
