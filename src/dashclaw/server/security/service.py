"""Scanning text for secrets, personal data and prompt injection; the metadata of what was found; each
org's redaction mode. The scanned text itself is never stored, only its SHA-256 and what was found in it."""
from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any, Iterable

from sqlalchemy import Text, cast, select

from ..activity.service import log_activity
from ..core.auth import Principal
from ..core.clock import utcnow
from ..core.detectors import CRITICAL, DETECTORS, detect, replace
from ..core.errors import ApiError
from ..core.ids import hex_id
from ..core.pagination import NewestFirst, Page, count_up_to
from ..core.redaction import DEFAULT_MODE
from ..core.serialize import row_to_dict
from ..core.topics import REDACTION_CHANGED
from ..core.validation import json_value_problem
from ..db.engine import Database
from . import injection
from .models import PromptInjectionScan, SecurityFinding, SecuritySettings
from .schemas import MAX_SCAN_CHARS, SEVERITIES, FindingFilters, InjectionScanRequest, ScanRequest, SettingsUpdate

if TYPE_CHECKING:
    from ..deps import AppContext

PREVIEW_CHARS = 8
PATTERN_SEVERITY = {detector.name: detector.severity for detector in DETECTORS}


def _checked_text(text: Any) -> str:
    """The text to scan, or the reference's 400 for anything else."""
    if text is None or text == "":
        raise ApiError(400, "text is required")
    if not isinstance(text, str):
        raise ApiError(400, "text must be a string")
    if len(text) > MAX_SCAN_CHARS:
        raise ApiError(400, f"text exceeds max length of {MAX_SCAN_CHARS}")
    problem = json_value_problem(text)
    if problem:
        raise ApiError(400, f"text {problem}")
    return text


def _stores(store: Any) -> bool:
    return store is not False


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def scan_text(text: str) -> dict[str, Any]:
    """What `scan_content` answers for `text` (pure): findings with their spans, and the text redacted."""
    detections = detect(text)
    findings = [
        {
            "pattern": found.detector.name,
            "category": found.detector.category,
            "kind": found.detector.kind,
            "severity": found.detector.severity,
            "preview": text[found.start:found.start + PREVIEW_CHARS] + "***",
            "start": found.start,
            "end": found.end,
        }
        for found in detections
    ]
    redacted = replace(text, detections, lambda found, _: f"[REDACTED:{found.detector.name}]")
    return {
        "clean": not findings,
        "findings_count": len(findings),
        "critical_count": sum(1 for f in findings if f["severity"] == CRITICAL),
        "categories": list(dict.fromkeys(f["category"] for f in findings)),
        "findings": findings,
        "redacted_text": redacted,
        "redacted": redacted,
    }


def scan_content(ctx: AppContext, caller: Principal, body: ScanRequest) -> dict[str, Any]:
    """Scan for secrets and personal data; store the finding's metadata when asked and something was found."""
    text = _checked_text(body.text)
    result = scan_text(text)
    result["destination"] = body.destination
    result["finding_id"] = None
    if _stores(body.store) and not result["clean"]:
        patterns = list(dict.fromkeys(f["pattern"] for f in result["findings"]))
        finding = SecurityFinding(
            id=hex_id("sf"),
            org_id=caller.org_id,
            agent_id=body.agent_id,
            content_hash=_digest(text),
            findings_count=result["findings_count"],
            critical_count=result["critical_count"],
            categories=result["categories"],
            patterns=patterns,
            severity=severity_of(patterns),
            destination=body.destination,
        )
        with ctx.db.write() as session:
            session.add(finding)
        result["finding_id"] = finding.id
    return result


def scan_prompt_injection(ctx: AppContext, caller: Principal, body: InjectionScanRequest) -> dict[str, Any]:
    """Scan for prompt injection; store the scan's metadata unless told not to, when something was found."""
    text = _checked_text(body.text)
    scan = injection.scan(text)
    findings = [f.to_dict() for f in scan.findings]
    result = {
        "clean": not findings,
        "risk_level": scan.risk_level,
        "recommendation": scan.recommendation,
        "findings_count": len(findings),
        "critical_count": sum(1 for f in findings if f["severity"] == injection.CRITICAL),
        "categories": scan.categories(),
        "findings": findings,
        "source": body.source,
        "scan_id": None,
    }
    if _stores(body.store) and findings:
        record = PromptInjectionScan(
            id=hex_id("pi"),
            org_id=caller.org_id,
            agent_id=body.agent_id,
            content_hash=_digest(text),
            findings_count=result["findings_count"],
            critical_count=result["critical_count"],
            categories=result["categories"],
            risk_level=result["risk_level"],
            recommendation=result["recommendation"],
            source=body.source,
        )
        with ctx.db.write() as session:
            session.add(record)
        result["scan_id"] = record.id
    return result


def severity_of(patterns: Iterable[str]) -> str | None:
    """How severe a finding is: its most severe pattern's severity (None if no pattern is known)."""
    found = {PATTERN_SEVERITY.get(pattern) for pattern in patterns}
    return next((severity for severity in SEVERITIES if severity in found), None)


def _holds(column, value: str):
    """A JSON array column holding `value`, compared as text so SQLite and PostgreSQL read it alike."""
    return cast(column, Text).contains(json.dumps(value), autoescape=True)


def _listing(ctx: AppContext, caller: Principal, model, filters: FindingFilters, page: Page, key: str) -> dict[str, Any]:
    conditions = [model.org_id == caller.org_id]
    if filters.agent_id:
        conditions.append(model.agent_id == filters.agent_id)
    if filters.category:
        conditions.append(_holds(model.categories, filters.category))
    if filters.severity:
        severity = model.severity if model is SecurityFinding else model.risk_level
        conditions.append(severity.in_(SEVERITIES[:SEVERITIES.index(filters.severity) + 1]))
    order = NewestFirst(model.scanned_at, model.id)
    with ctx.db.read() as session:
        rows, next_cursor = order.read(session, select(model).where(*conditions), filters.cursor, page.limit, page.offset)
        total, exact = count_up_to(session, select(model.id).where(*conditions))
    return {key: [row_to_dict(row, exclude=("org_id",)) for row in rows], "total": total,
            "total_is_lower_bound": not exact, "limit": page.limit, "offset": page.offset, "next_cursor": next_cursor}


def list_findings(ctx: AppContext, caller: Principal, filters: FindingFilters, page: Page) -> dict[str, Any]:
    """Stored finding metadata of the caller's org, newest first, each with its severity."""
    return _listing(ctx, caller, SecurityFinding, filters, page, "findings")


def list_injection_scans(ctx: AppContext, caller: Principal, filters: FindingFilters, page: Page) -> dict[str, Any]:
    """Stored prompt-injection scans of the caller's org, newest first."""
    return _listing(ctx, caller, PromptInjectionScan, filters, page, "scans")


def redaction_mode(db: Database, org_id: str) -> str:
    """The org's redaction mode as stored (the default when it never chose)."""
    with db.read() as session:
        mode = session.scalar(select(SecuritySettings.redaction_mode).where(SecuritySettings.org_id == org_id))
    return mode or DEFAULT_MODE


def get_settings(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """The caller's org's security settings."""
    return {"redaction_mode": redaction_mode(ctx.db, caller.org_id)}


def update_settings(ctx: AppContext, caller: Principal, body: SettingsUpdate) -> dict[str, Any]:
    """Change how the org's stored text is redacted; every replica applies it to the next write."""
    with ctx.db.write() as session:
        settings = session.get(SecuritySettings, caller.org_id)
        before = {"redaction_mode": settings.redaction_mode if settings else DEFAULT_MODE}
        if settings is None:
            session.add(SecuritySettings(org_id=caller.org_id, redaction_mode=body.redaction_mode))
        else:
            settings.redaction_mode = body.redaction_mode
            settings.updated_at = utcnow()
        log_activity(session, caller, "settings.redaction_updated", resource_type="settings", resource_id="security",
                     before=before, after={"redaction_mode": body.redaction_mode})
    ctx.bus.publish(REDACTION_CHANGED, {"org_id": caller.org_id})
    return {"redaction_mode": body.redaction_mode}
