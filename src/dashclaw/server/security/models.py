"""What the security domain keeps: metadata of scans (never the text), and each org's redaction setting."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class SecurityFinding(OrgScoped, Base):
    """One scan that found something: counts, categories and the text's SHA-256, never the text."""

    __tablename__ = "security_findings"
    __table_args__ = (
        Index("ix_security_findings_org_scanned", "org_id", "scanned_at"),
        Index("ix_security_findings_org_agent_scanned", "org_id", "agent_id", "scanned_at"),
        Index("ix_security_findings_org_severity_scanned", "org_id", "severity", "scanned_at"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[str | None] = mapped_column(String(128))
    content_hash: Mapped[str] = mapped_column(String(64))
    findings_count: Mapped[int] = mapped_column(Integer)
    critical_count: Mapped[int] = mapped_column(Integer)
    categories: Mapped[list[Any]] = mapped_column(default=list)
    patterns: Mapped[list[Any]] = mapped_column(default=list)
    severity: Mapped[str | None] = mapped_column(String(16))  # its most severe pattern's, as that was when found
    destination: Mapped[str | None] = mapped_column(String(256))
    scanned_at: Mapped[datetime] = mapped_column(default=utcnow)


class PromptInjectionScan(OrgScoped, Base):
    """One prompt-injection scan that found something, as metadata."""

    __tablename__ = "prompt_injection_scans"
    __table_args__ = (
        Index("ix_prompt_injection_scans_org_scanned", "org_id", "scanned_at"),
        Index("ix_prompt_injection_scans_org_agent_scanned", "org_id", "agent_id", "scanned_at"),
        Index("ix_prompt_injection_scans_org_risk_scanned", "org_id", "risk_level", "scanned_at"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[str | None] = mapped_column(String(128))
    content_hash: Mapped[str] = mapped_column(String(64))
    findings_count: Mapped[int] = mapped_column(Integer)
    critical_count: Mapped[int] = mapped_column(Integer)
    categories: Mapped[list[Any]] = mapped_column(default=list)
    risk_level: Mapped[str] = mapped_column(String(16))
    recommendation: Mapped[str] = mapped_column(String(16))
    source: Mapped[str | None] = mapped_column(String(128))
    scanned_at: Mapped[datetime] = mapped_column(default=utcnow)


class SecuritySettings(Base):
    """An org's choices for the redaction pipeline (one row per org; absent means the defaults)."""

    __tablename__ = "security_settings"

    org_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    redaction_mode: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
