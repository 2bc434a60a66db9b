"""Evaluations: scores on actions (by hand or by a scorer), reusable scorers, and runs that score many actions."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class EvalScore(OrgScoped, Base):
    __tablename__ = "eval_scores"
    __table_args__ = (
        Index("ix_eval_scores_org_created", "org_id", "created_at", "id"),
        Index("ix_eval_scores_org_action", "org_id", "action_id"),
        Index("ix_eval_scores_org_scorer_created", "org_id", "scorer_name", "created_at"),
        Index("ix_eval_scores_org_run", "org_id", "run_id"),
        Index("ix_eval_scores_org_agent_created", "org_id", "agent_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    action_id: Mapped[str] = mapped_column(String(128))
    agent_id: Mapped[str | None] = mapped_column(String(128))  # the action's, so lists filter without a join
    scorer_id: Mapped[str | None] = mapped_column(String(64))
    run_id: Mapped[str | None] = mapped_column(String(64))
    scorer_name: Mapped[str] = mapped_column(String(256))
    score: Mapped[float] = mapped_column(Float)
    label: Mapped[str | None] = mapped_column(String(256))
    reasoning: Mapped[str | None] = mapped_column(Text)
    evaluated_by: Mapped[str] = mapped_column(String(128), default="human")
    metadata_: Mapped[Any] = mapped_column("metadata", JSON, nullable=True, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class EvalScorer(OrgScoped, Base):
    __tablename__ = "eval_scorers"
    __table_args__ = (UniqueConstraint("org_id", "name"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    scorer_type: Mapped[str] = mapped_column(String(32))
    config: Mapped[dict[str, Any]]
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class EvalRun(OrgScoped, Base):
    __tablename__ = "eval_runs"
    __table_args__ = (
        Index("ix_eval_runs_org_created", "org_id", "created_at", "id"),
        Index("ix_eval_runs_status_created", "status", "created_at"),  # the worker's queue, across orgs
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    scorer_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    filter_criteria: Mapped[dict[str, Any]]
    total_actions: Mapped[int] = mapped_column(Integer, default=0)
    scored_count: Mapped[int] = mapped_column(Integer, default=0)
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    avg_score: Mapped[float | None] = mapped_column(Float)
    summary: Mapped[dict[str, Any] | None]
    error_message: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    heartbeat_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
