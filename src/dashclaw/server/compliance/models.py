"""Compliance records: coverage snapshots (the trend line), generated exports, and export schedules."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class ComplianceSnapshot(OrgScoped, Base):
    """A framework's coverage at one moment (every report and export adds one)."""

    __tablename__ = "compliance_snapshots"
    __table_args__ = (Index("ix_compliance_snapshots_org_created", "org_id", "created_at"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    framework: Mapped[str] = mapped_column(String(64))
    total_controls: Mapped[int] = mapped_column(Integer)
    covered: Mapped[int] = mapped_column(Integer)
    partial: Mapped[int] = mapped_column(Integer)
    gaps: Mapped[int] = mapped_column(Integer)
    coverage_percentage: Mapped[int] = mapped_column(Integer)
    risk_level: Mapped[str] = mapped_column(String(16))
    full_report: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ComplianceExport(OrgScoped, Base):
    """A report over one or more frameworks, generated when requested (by a person or a schedule)."""

    __tablename__ = "compliance_exports"
    __table_args__ = (Index("ix_compliance_exports_org_created", "org_id", "created_at"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    frameworks: Mapped[list[Any]] = mapped_column(default=list)
    format: Mapped[str] = mapped_column(String(16))
    window_days: Mapped[int] = mapped_column(Integer)
    include_evidence: Mapped[bool]
    include_remediation: Mapped[bool]
    include_trends: Mapped[bool]
    status: Mapped[str] = mapped_column(String(16))
    report_content: Mapped[str] = mapped_column(Text, default="")
    evidence_summary: Mapped[dict[str, Any]] = mapped_column(default=dict)
    snapshot_ids: Mapped[list[Any]] = mapped_column(default=list)
    file_size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    error_message: Mapped[str] = mapped_column(Text, default="")
    requested_by: Mapped[str] = mapped_column(String(32))
    schedule_id: Mapped[str | None] = mapped_column(String(64))
    started_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ComplianceSchedule(OrgScoped, Base):
    """A recurring export; `next_run_at` is advanced by the replica that claims each run."""

    __tablename__ = "compliance_schedules"
    __table_args__ = (Index("ix_compliance_schedules_due", "enabled", "next_run_at"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    frameworks: Mapped[list[Any]] = mapped_column(default=list)
    format: Mapped[str] = mapped_column(String(16))
    window_days: Mapped[int] = mapped_column(Integer)
    cron_expression: Mapped[str] = mapped_column(String(128))
    include_evidence: Mapped[bool]
    include_remediation: Mapped[bool]
    include_trends: Mapped[bool]
    enabled: Mapped[bool]
    last_run_at: Mapped[datetime | None]
    next_run_at: Mapped[datetime | None]
    last_export_id: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
