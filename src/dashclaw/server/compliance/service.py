"""The compliance domain's own records: snapshots and trends, exports, and export schedules (cron checked and
the next run computed with `croniter`; each due run claimed by exactly one replica)."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ..activity.service import log_activity
from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.cron import checked_cron, next_run
from ..core.errors import ApiError, not_found
from ..core.ids import hex_id
from ..core.pagination import Page
from ..core.serialize import row_to_dict
from ..db.engine import Database
from .mapping import FRAMEWORK_IDS, UnknownFramework, framework
from .models import ComplianceExport, ComplianceSchedule, ComplianceSnapshot
from .schemas import MAX_FRAMEWORKS, ExportCreate, ScheduleCreate, ScheduleUpdate

if TYPE_CHECKING:
    from ..deps import AppContext

DEFAULT_WINDOW_DAYS = 30
MAX_WINDOW_DAYS = 365
TREND_LIMIT, MAX_TREND_LIMIT = 30, 100
EXPORT_LIST_FIELDS_HIDDEN = ("org_id", "report_content", "evidence_summary", "snapshot_ids", "include_evidence",
                             "include_remediation", "include_trends")
CLAIM_BATCH = 20


def checked_framework(framework_id: str | None) -> str:
    """A shipped framework's id, else the reference's 400 (missing) or 404 (unknown), listing what exists."""
    available = list(FRAMEWORK_IDS)
    if not framework_id:
        raise ApiError(400, "framework query parameter is required", available=available)
    try:
        framework(framework_id)
    except UnknownFramework:
        raise ApiError(404, f"Framework not found: {framework_id}. Available: {', '.join(available)}",
                       available=available) from None
    return framework_id


def window_days(window: str | None) -> int:
    """`30d` -> 30: the leading number of days (the reference's rule), 30 when there is none, at most 365."""
    digits = ""
    for char in (window or "").strip():
        if not char.isdigit():
            break
        digits += char
    return min(int(digits), MAX_WINDOW_DAYS) if digits and int(digits) > 0 else DEFAULT_WINDOW_DAYS


def checked_frameworks(value: Any) -> list[str]:
    """An export's framework ids: a non-empty array of strings (unknown ids are reported in the export)."""
    if not isinstance(value, list) or not value:
        raise ApiError(400, "frameworks array is required")
    if len(value) > MAX_FRAMEWORKS or not all(isinstance(f, str) and 0 < len(f) <= 64 for f in value):
        raise ApiError(400, f"frameworks must be an array of at most {MAX_FRAMEWORKS} framework ids",
                       available=list(FRAMEWORK_IDS))
    return list(dict.fromkeys(value))


# --- snapshots and trends --------------------------------------------------------------------------------


def add_snapshot(session: Session, org_id: str, framework_id: str, summary: dict[str, Any], risk_level: str,
                 full_report: str | None) -> str:
    """Record a framework's coverage now, inside the caller's transaction."""
    snapshot = ComplianceSnapshot(
        id=hex_id("cs"), org_id=org_id, framework=framework_id, total_controls=summary["total_controls"],
        covered=summary["covered"], partial=summary["partial"], gaps=summary["gaps"],
        coverage_percentage=summary["coverage_percentage"], risk_level=risk_level, full_report=full_report,
    )
    session.add(snapshot)
    return snapshot.id


def save_snapshot(ctx: AppContext, org_id: str, framework_id: str, summary: dict[str, Any], risk_level: str,
                  full_report: str | None) -> str:
    """Record a framework's coverage now."""
    with ctx.db.write() as session:
        return add_snapshot(session, org_id, framework_id, summary, risk_level, full_report)


def recent_snapshots(db: Database, org_id: str, framework_id: str | None, limit: int) -> list[dict[str, Any]]:
    """The org's newest snapshots (of one framework or all)."""
    conditions = [ComplianceSnapshot.org_id == org_id]
    if framework_id:
        conditions.append(ComplianceSnapshot.framework == framework_id)
    with db.read() as session:
        rows = session.scalars(
            select(ComplianceSnapshot).where(*conditions)
            .order_by(ComplianceSnapshot.created_at.desc(), ComplianceSnapshot.id).limit(limit)
        ).all()
    return [row_to_dict(row, exclude=("org_id", "full_report")) for row in rows]


def trends(ctx: AppContext, caller: Principal, framework_id: str | None, page: Page) -> dict[str, Any]:
    """Coverage over time, newest first."""
    rows = recent_snapshots(ctx.db, caller.org_id, framework_id, page.limit)
    return {"trends": [
        {key: row[key] for key in ("framework", "coverage_percentage", "covered", "partial", "gaps", "risk_level", "created_at")}
        for row in rows
    ]}


# --- exports ---------------------------------------------------------------------------------------------


def start_export(ctx: AppContext, org_id: str, body: ExportCreate, requested_by: str,
                 schedule_id: str | None = None) -> dict[str, Any]:
    """A new export row in `running` state; the flow generates its content and finishes it."""
    frameworks = checked_frameworks(body.frameworks)
    export = ComplianceExport(
        id=hex_id("ce"), org_id=org_id, name=body.name, frameworks=frameworks, format=body.format,
        window_days=body.window_days or DEFAULT_WINDOW_DAYS, include_evidence=body.include_evidence,
        include_remediation=body.include_remediation, include_trends=body.include_trends, status="running",
        requested_by=requested_by, schedule_id=schedule_id, started_at=utcnow(),
    )
    with ctx.db.write() as session:
        session.add(export)
    return row_to_dict(export)


def finish_export(ctx: AppContext, org_id: str, export_id: str, content: str, evidence_summary: dict[str, Any],
                  snapshots: list[tuple[str, dict[str, Any], str]]) -> None:
    """Store the generated report and the snapshots it took, in one transaction."""
    with ctx.db.write() as session:
        export = _export(session, org_id, export_id)
        export.snapshot_ids = [add_snapshot(session, org_id, fid, summary, risk, None) for fid, summary, risk in snapshots]
        export.report_content = content
        export.evidence_summary = evidence_summary
        export.file_size_bytes = len(content.encode("utf-8"))
        export.status = "completed"
        export.completed_at = utcnow()


def fail_export(ctx: AppContext, org_id: str, export_id: str, message: str) -> None:
    """Mark an export failed with why; its 201 still stands (the reference's rule)."""
    with ctx.db.write() as session:
        export = _export(session, org_id, export_id)
        export.status, export.error_message, export.completed_at = "failed", message, utcnow()


def _export(session: Session, org_id: str, export_id: str) -> ComplianceExport:
    export = session.scalar(select(ComplianceExport).where(ComplianceExport.org_id == org_id, ComplianceExport.id == export_id))
    if export is None:
        raise not_found("Export")
    return export


def list_exports(ctx: AppContext, caller: Principal, page: Page) -> dict[str, Any]:
    """The org's exports, newest first, without their content."""
    with ctx.db.read() as session:
        rows = session.scalars(
            select(ComplianceExport).where(ComplianceExport.org_id == caller.org_id)
            .order_by(ComplianceExport.created_at.desc(), ComplianceExport.id).limit(page.limit).offset(page.offset)
        ).all()
        return {"exports": [row_to_dict(row, exclude=EXPORT_LIST_FIELDS_HIDDEN) for row in rows]}


def get_export(ctx: AppContext, caller: Principal, export_id: str) -> dict[str, Any]:
    """One export with its content."""
    with ctx.db.read() as session:
        return row_to_dict(_export(session, caller.org_id, export_id), exclude=("org_id",))


def download_export(ctx: AppContext, caller: Principal, export_id: str) -> tuple[str, str, str]:
    """(content, media type, file name) of a completed export; 409 while it is not."""
    with ctx.db.read() as session:
        export = _export(session, caller.org_id, export_id)
    if export.status != "completed":
        raise ApiError(409, "Export not ready")
    safe_name = "".join(c if c.isalnum() or c in "-_" else "_" for c in export.name)[:64] or "export"
    extension, media = ("json", "application/json") if export.format == "json" else ("md", "text/markdown")
    return export.report_content, f"{media}; charset=utf-8", f"{safe_name}_{iso(export.created_at)[:10]}.{extension}"


def delete_export(ctx: AppContext, caller: Principal, export_id: str) -> dict[str, Any]:
    """Delete an export (an unknown id is not an error, as in the reference)."""
    with ctx.db.write() as session:
        session.execute(delete(ComplianceExport).where(ComplianceExport.org_id == caller.org_id, ComplianceExport.id == export_id))
    return {"deleted": True}


# --- schedules -------------------------------------------------------------------------------------------


def create_schedule(ctx: AppContext, caller: Principal, body: ScheduleCreate) -> dict[str, Any]:
    """Store a recurring export; its first run is the next time the cron expression names."""
    frameworks = checked_frameworks(body.frameworks)
    expression = checked_cron(body.cron_expression)
    schedule = ComplianceSchedule(
        id=hex_id("csch"), org_id=caller.org_id, name=body.name, frameworks=frameworks, format=body.format,
        window_days=body.window_days or DEFAULT_WINDOW_DAYS, cron_expression=expression,
        include_evidence=body.include_evidence, include_remediation=body.include_remediation,
        include_trends=body.include_trends, enabled=body.enabled, next_run_at=next_run(expression, utcnow()),
    )
    with ctx.db.write() as session:
        session.add(schedule)
        session.flush()
        data = row_to_dict(schedule, exclude=("org_id",))
        log_activity(session, caller, "compliance_schedule.created", resource_type="compliance_schedule",
                     resource_id=schedule.id, after=data)
    return {"id": schedule.id, "schedule": data}


def list_schedules(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """The org's schedules, newest first."""
    with ctx.db.read() as session:
        rows = session.scalars(
            select(ComplianceSchedule).where(ComplianceSchedule.org_id == caller.org_id)
            .order_by(ComplianceSchedule.created_at.desc(), ComplianceSchedule.id)
        ).all()
        return {"schedules": [row_to_dict(row, exclude=("org_id",)) for row in rows]}


def update_schedule(ctx: AppContext, caller: Principal, schedule_id: str, body: ScheduleUpdate) -> dict[str, Any]:
    """Rename, enable or disable a schedule, or change its cron expression (the next run is recomputed)."""
    changes = body.provided()
    expression = checked_cron(changes["cron_expression"]) if "cron_expression" in changes else None
    with ctx.db.write() as session:
        schedule = session.scalar(
            select(ComplianceSchedule).where(ComplianceSchedule.org_id == caller.org_id, ComplianceSchedule.id == schedule_id)
        )
        if schedule is None:
            raise not_found("Schedule")
        before = row_to_dict(schedule, exclude=("org_id",))
        if changes.get("name"):
            schedule.name = changes["name"]
        if "enabled" in changes:
            schedule.enabled = changes["enabled"]
        if expression:
            schedule.cron_expression = expression
            schedule.next_run_at = next_run(expression, utcnow())
        schedule.updated_at = utcnow()
        session.flush()
        data = row_to_dict(schedule, exclude=("org_id",))
        log_activity(session, caller, "compliance_schedule.updated", resource_type="compliance_schedule",
                     resource_id=schedule_id, before=before, after=data)
        return data


def delete_schedule(ctx: AppContext, caller: Principal, schedule_id: str) -> dict[str, Any]:
    """Delete a schedule (an unknown id is not an error, as in the reference)."""
    with ctx.db.write() as session:
        schedule = session.scalar(
            select(ComplianceSchedule).where(ComplianceSchedule.org_id == caller.org_id, ComplianceSchedule.id == schedule_id)
        )
        if schedule is not None:
            log_activity(session, caller, "compliance_schedule.deleted", resource_type="compliance_schedule",
                         resource_id=schedule_id, before=row_to_dict(schedule, exclude=("org_id",)))
            session.delete(schedule)
    return {"deleted": True}


def claim_due_schedules(db: Database, now: datetime | None = None) -> list[dict[str, Any]]:
    """The enabled schedules due now that this replica won. Each claim is a compare-and-set of `next_run_at`
    (to the next cron time): the row lock makes a racing replica's update match nothing, so every due run
    happens exactly once across the fleet."""
    now = now or utcnow()
    with db.read() as session:
        due = session.scalars(
            select(ComplianceSchedule)
            .where(ComplianceSchedule.enabled.is_(True), ComplianceSchedule.next_run_at <= now)
            .order_by(ComplianceSchedule.next_run_at).limit(CLAIM_BATCH)
        ).all()
    claimed = []
    for schedule in due:
        following = next_run(schedule.cron_expression, now)
        with db.write() as session:
            won = session.execute(
                update(ComplianceSchedule)
                .where(ComplianceSchedule.id == schedule.id, ComplianceSchedule.next_run_at == schedule.next_run_at,
                       ComplianceSchedule.enabled.is_(True))
                .values(next_run_at=following, last_run_at=now)
            ).rowcount == 1
        if won:
            claimed.append(row_to_dict(schedule))
    return claimed


def record_schedule_export(db: Database, schedule_id: str, export_id: str) -> None:
    """Point a schedule at the export its latest run produced."""
    with db.write() as session:
        session.execute(update(ComplianceSchedule).where(ComplianceSchedule.id == schedule_id).values(last_export_id=export_id))
