"""Prompt templates, their numbered versions (one active at a time), and recorded renders (runs)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class PromptTemplate(OrgScoped, Base):
    __tablename__ = "prompt_templates"
    __table_args__ = (Index("ix_prompt_templates_org_updated", "org_id", "updated_at"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(128), default="general")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class PromptVersion(OrgScoped, Base):
    __tablename__ = "prompt_versions"
    __table_args__ = (UniqueConstraint("org_id", "template_id", "version"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    template_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)
    model_hint: Mapped[str] = mapped_column(String(128), default="")
    parameters: Mapped[list[Any]] = mapped_column(default=list)
    changelog: Mapped[str] = mapped_column(Text, default="")
    is_active: Mapped[bool] = mapped_column(default=False)
    created_by: Mapped[str] = mapped_column(String(128), default="user")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PromptRun(OrgScoped, Base):
    __tablename__ = "prompt_runs"
    __table_args__ = (
        Index("ix_prompt_runs_org_created", "org_id", "created_at", "id"),
        Index("ix_prompt_runs_org_template_created", "org_id", "template_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    template_id: Mapped[str] = mapped_column(String(64))
    version_id: Mapped[str] = mapped_column(String(64))
    action_id: Mapped[str] = mapped_column(String(128), default="")
    agent_id: Mapped[str] = mapped_column(String(128), default="")
    input_vars: Mapped[dict[str, Any]] = mapped_column(default=dict)
    rendered: Mapped[str] = mapped_column(Text)
    tokens_used: Mapped[int | None] = mapped_column(Integer)
    latency_ms: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str | None] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
