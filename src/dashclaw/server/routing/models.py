"""Task routing: a pool of agents with skills and capacity, the tasks matched to them, and how that went."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class RoutingAgent(OrgScoped, Base):
    __tablename__ = "routing_agents"
    __table_args__ = (UniqueConstraint("org_id", "name"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    capabilities: Mapped[list[Any]] = mapped_column(default=list)
    max_concurrent: Mapped[int] = mapped_column(Integer, default=3)
    current_load: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="available")
    endpoint: Mapped[str | None] = mapped_column(String(2048))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class RoutingTask(OrgScoped, Base):
    __tablename__ = "routing_tasks"
    __table_args__ = (
        Index("ix_routing_tasks_org_status", "org_id", "status", "created_at"),
        Index("ix_routing_tasks_status_deadline", "status", "deadline_at"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(512))
    description: Mapped[str] = mapped_column(Text, default="")
    required_skills: Mapped[list[Any]] = mapped_column(default=list)
    urgency: Mapped[str] = mapped_column(String(16), default="normal")
    assigned_to: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    result: Mapped[Any | None] = mapped_column(JSON)
    error: Mapped[str | None] = mapped_column(Text)
    timeout_seconds: Mapped[int] = mapped_column(Integer, default=3600)
    max_retries: Mapped[int] = mapped_column(Integer, default=2)
    retry_count: Mapped[int] = mapped_column(Integer, default=0)
    callback_url: Mapped[str | None] = mapped_column(String(2048))
    last_failed_agent: Mapped[str | None] = mapped_column(String(64))
    assigned_at: Mapped[datetime | None]
    deadline_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class RoutingDecision(OrgScoped, Base):
    __tablename__ = "routing_decisions"
    __table_args__ = (Index("ix_routing_decisions_org_task", "org_id", "task_id"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    task_id: Mapped[str] = mapped_column(String(64))
    selected_agent_id: Mapped[str | None] = mapped_column(String(64))
    score: Mapped[float] = mapped_column(Float, default=0.0)
    reason: Mapped[str] = mapped_column(Text, default="")
    candidates: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class RoutingAgentMetric(OrgScoped, Base):
    """How an agent has done at one skill: completions, failures and mean duration from assignment."""

    __tablename__ = "routing_agent_metrics"
    __table_args__ = (UniqueConstraint("org_id", "agent_id", "skill"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(64))
    skill: Mapped[str] = mapped_column(String(128))
    completed: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    avg_duration_ms: Mapped[float] = mapped_column(Float, default=0.0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
