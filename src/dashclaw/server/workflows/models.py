"""Workflow templates (reusable, versioned plans an agent launches) and the model strategies they link to."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped

LINKED_FIELDS = (
    "linked_prompt_template_ids", "linked_policy_ids", "linked_knowledge_collection_ids", "linked_capability_ids",
    "linked_capability_tags",
)


class WorkflowTemplate(OrgScoped, Base):
    __tablename__ = "workflow_templates"
    __table_args__ = (
        UniqueConstraint("org_id", "template_id"),  # per org: a clash must not reveal another org's ids
        UniqueConstraint("org_id", "slug"),
        Index("ix_workflow_templates_org_updated", "org_id", "updated_at", "pk"),
        Index("ix_workflow_templates_org_status_updated", "org_id", "status", "updated_at", "pk"),
        Index("ix_workflow_templates_org_strategy", "org_id", "model_strategy_id"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    template_id: Mapped[str] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(String(256))
    slug: Mapped[str] = mapped_column(String(80))
    description: Mapped[str | None] = mapped_column(Text)
    objective: Mapped[str | None] = mapped_column(Text)
    steps: Mapped[list[Any]] = mapped_column(default=list)
    model_strategy_id: Mapped[str | None] = mapped_column(String(128))
    model_strategy_snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    linked_prompt_template_ids: Mapped[list[Any]] = mapped_column(default=list)
    linked_policy_ids: Mapped[list[Any]] = mapped_column(default=list)
    linked_knowledge_collection_ids: Mapped[list[Any]] = mapped_column(default=list)
    linked_capability_ids: Mapped[list[Any]] = mapped_column(default=list)
    linked_capability_tags: Mapped[list[Any]] = mapped_column(default=list)
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(32), default="draft")
    created_by: Mapped[str | None] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ModelStrategy(OrgScoped, Base):
    """Which model a workflow uses, with fallbacks and budgets (`config`, checked by `strategy_config_problem`)."""

    __tablename__ = "model_strategies"
    __table_args__ = (
        UniqueConstraint("org_id", "strategy_id"),
        Index("ix_model_strategies_org_updated", "org_id", "updated_at", "pk"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    strategy_id: Mapped[str] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(String(256))
    description: Mapped[str | None] = mapped_column(Text)
    config: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_by: Mapped[str | None] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
