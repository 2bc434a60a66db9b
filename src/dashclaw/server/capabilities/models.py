"""The capability registry: what agents can call (APIs, webhooks, humans), how risky it is, whether a human
must approve each use."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class Capability(OrgScoped, Base):
    __tablename__ = "capabilities"
    __table_args__ = (
        UniqueConstraint("org_id", "capability_id"),
        UniqueConstraint("org_id", "slug"),
        Index("ix_capabilities_org_updated", "org_id", "updated_at", "pk"),
        Index("ix_capabilities_org_gated", "org_id", "requires_approval"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    capability_id: Mapped[str] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(String(256))
    slug: Mapped[str] = mapped_column(String(80))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(128))
    source_type: Mapped[str] = mapped_column(String(32), default="internal_sdk")
    auth_type: Mapped[str] = mapped_column(String(64), default="none")
    risk_level: Mapped[str] = mapped_column(String(16), default="medium")
    requires_approval: Mapped[bool] = mapped_column(default=False)
    tags: Mapped[list[Any]] = mapped_column(default=list)
    pricing: Mapped[dict[str, Any]] = mapped_column(default=dict)
    health_status: Mapped[str] = mapped_column(String(64), default="unknown")
    docs_url: Mapped[str | None] = mapped_column(String(2048))
    invocation_schema: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
