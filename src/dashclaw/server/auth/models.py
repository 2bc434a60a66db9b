"""Organisations and their API keys (stored only as SHA-256 hashes)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base


class Org(Base):
    __tablename__ = "orgs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    plan: Mapped[str] = mapped_column(String(32), default="free")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("orgs.id"), index=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    key_prefix: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(256), default="API Key")
    role: Mapped[str] = mapped_column(String(16), default="member")
    platform_admin: Mapped[bool] = mapped_column(default=False)
    """May create orgs. Only the operator's CLI mints such keys (`dashclaw keys create --platform-admin`)."""
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]


class ApiKeyUsage(Base):
    """How much a key is used: a running request count and when it was last used, added to by each replica
    about once a second (`core/usage.py`), so counting never costs a request a write."""

    __tablename__ = "api_key_usage"

    key_id: Mapped[str] = mapped_column(ForeignKey("api_keys.id"), primary_key=True)
    request_count: Mapped[int] = mapped_column(BigInteger, default=0)
    last_used_at: Mapped[datetime]
