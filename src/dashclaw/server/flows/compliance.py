"""Compliance across domains: the org's policies and settings mapped to a framework, live evidence from guard
decisions, actions and scans, exports that combine them, and the runner that executes export schedules."""
from __future__ import annotations

import json
import logging
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..actions.models import Action
from ..assumptions.models import Assumption
from ..compliance import mapping
from ..compliance import service as compliance
from ..compliance.schemas import ExportCreate
from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.jobs import Poller
from ..core.redaction import KEEP
from ..guard.models import GuardDecision
from ..guard.engine import PolicySpec
from ..policies import service as policies
from ..policies.models import PolicyTestRun
from ..security.models import PromptInjectionScan, SecurityFinding

if TYPE_CHECKING:
    from ..deps import AppContext

log = logging.getLogger("dashclaw.server.compliance")
TREND_SNAPSHOTS = 50
TREND_ROWS_PER_FRAMEWORK = 10


def _inputs(ctx: AppContext, org_id: str) -> tuple[list[PolicySpec], dict[str, bool]]:
    """The org's active policies and the settings controls can rest on."""
    with ctx.db.read() as session:
        specs = policies.active_specs(session, org_id)
    settings = {
        "pii_redaction": ctx.redaction.mode(org_id) != KEEP,
        "agent_signatures_enforced": ctx.settings.enforce_signatures,
        "closed_enrollment": ctx.settings.closed_enrollment,
        "decision_log_sync": ctx.settings.guard_log_sync,
    }
    return specs, settings


def compliance_map(ctx: AppContext, org_id: str, framework_id: str) -> dict[str, Any]:
    """The ComplianceMap of the org for one framework."""
    specs, settings = _inputs(ctx, org_id)
    return mapping.map_framework(framework_id, specs, settings, org_id, iso(utcnow()))


def map_compliance(ctx: AppContext, caller: Principal, framework_id: str | None) -> dict[str, Any]:
    """GET /api/compliance/map."""
    return compliance_map(ctx, caller.org_id, compliance.checked_framework(framework_id))


def analyze_gaps(ctx: AppContext, caller: Principal, framework_id: str | None) -> dict[str, Any]:
    """GET /api/compliance/gaps: the remediation plan, naming the policies to add."""
    return coverage_with_gaps(ctx, caller, framework_id)["gaps"]


def coverage_overview(ctx: AppContext, caller: Principal) -> list[dict[str, Any]]:
    """Every shipped framework with the org's coverage summary of it."""
    specs, settings = _inputs(ctx, caller.org_id)
    now = iso(utcnow())
    return [{**listed, "summary": mapping.map_framework(listed["id"], specs, settings, caller.org_id, now)["summary"]}
            for listed in mapping.frameworks()]


def coverage_with_gaps(ctx: AppContext, caller: Principal, framework_id: str | None) -> dict[str, Any]:
    """One framework's map (`map`) and the remediation plan it implies (`gaps`)."""
    result = compliance_map(ctx, caller.org_id, compliance.checked_framework(framework_id))
    return {"map": result, "gaps": mapping.analyze_gaps(result, result["generated_at"])}


def compliance_report(ctx: AppContext, caller: Principal, framework_id: str | None, report_format: str) -> dict[str, Any]:
    """GET /api/compliance/report: the report as a string, and a snapshot for the trend line."""
    framework_id = compliance.checked_framework(framework_id)
    result = compliance_map(ctx, caller.org_id, framework_id)
    gaps = mapping.analyze_gaps(result, result["generated_at"])
    report = mapping.render_report(result, gaps, report_format)
    compliance.save_snapshot(ctx, caller.org_id, framework_id, result["summary"], gaps["risk_assessment"]["overall_risk"],
                             report if report_format == "json" else None)
    return {"report": report, "format": report_format, "generated_at": result["generated_at"]}


def evidence(ctx: AppContext, org_id: str, days: int) -> dict[str, Any]:
    """Counts an auditor asks for, from the live decision log, actions, assumptions, tests and scans."""
    ctx.decision_log.flush()
    since = utcnow() - timedelta(days=days)
    with ctx.db.read() as session:
        decisions = session.execute(
            select(GuardDecision.action_type, GuardDecision.decision, func.count())
            .where(GuardDecision.org_id == org_id, GuardDecision.created_at >= since)
            .group_by(GuardDecision.action_type, GuardDecision.decision)
        ).all()
        actions = session.execute(
            select(Action.action_type, func.count())
            .where(Action.org_id == org_id, Action.timestamp_start >= since).group_by(Action.action_type)
        ).all()
        signed = _count(session, Action, org_id, since, Action.timestamp_start, Action.verified.is_(True))
        assumptions = _count(session, Assumption, org_id, since, Assumption.created_at)
        findings = _count(session, SecurityFinding, org_id, since, SecurityFinding.scanned_at)
        scans = _count(session, PromptInjectionScan, org_id, since, PromptInjectionScan.scanned_at)
        last_run = session.scalars(
            select(PolicyTestRun).where(PolicyTestRun.org_id == org_id)
            .order_by(PolicyTestRun.created_at.desc(), PolicyTestRun.id).limit(1)
        ).first()
    breakdown = sorted(({"action_type": t, "decision": d, "count": n} for t, d, n in decisions),
                       key=lambda row: (-row["count"], row["action_type"] or "", row["decision"]))
    return {
        "guard_decisions_total": sum(n for _, _, n in decisions),
        "guard_decisions_blocked": sum(n for _, d, n in decisions if d == "block"),
        "approval_requests": sum(n for _, d, n in decisions if d in ("require_approval", "warn")),
        "action_records_total": sum(n for _, n in actions),
        "signed_actions": signed,
        "assumptions_recorded": assumptions,
        "security_findings": findings,
        "prompt_injection_scans": scans,
        "latest_policy_test_run": {"id": last_run.id, "passed": last_run.passed, "total": last_run.total_policies,
                                   "created_at": iso(last_run.created_at)} if last_run else None,
        "breakdown": breakdown,
        "action_breakdown": sorted(({"action_type": t, "count": n} for t, n in actions),
                                   key=lambda row: (-row["count"], row["action_type"] or "")),
    }


def _count(session: Session, model, org_id: str, since, column, *extra) -> int:
    return session.scalar(select(func.count()).select_from(model).where(model.org_id == org_id, column >= since, *extra)) or 0


def compliance_evidence(ctx: AppContext, caller: Principal, window: str | None) -> dict[str, Any]:
    """GET /api/compliance/evidence."""
    days = compliance.window_days(window)
    return {"window": window or f"{days}d", "window_days": days, "evidence": evidence(ctx, caller.org_id, days),
            "generated_at": iso(utcnow())}


# --- exports ---------------------------------------------------------------------------------------------


def create_export(ctx: AppContext, caller: Principal, body: ExportCreate) -> dict[str, Any]:
    """POST /api/compliance/exports: generate now; a failure marks the export failed, the answer is still 201."""
    export = compliance.start_export(ctx, caller.org_id, body, "user")
    _generate(ctx, caller.org_id, export)
    return {"id": export["id"]}


def _generate(ctx: AppContext, org_id: str, export: dict[str, Any]) -> None:
    try:
        content, summary, snapshots = _export_content(ctx, org_id, export)
    except Exception as exc:  # the export records why; the caller's request still succeeds
        log.exception("compliance export %s failed", export["id"])
        compliance.fail_export(ctx, org_id, export["id"], f"{type(exc).__name__}: {exc}")
        return
    compliance.finish_export(ctx, org_id, export["id"], content, summary, snapshots)


def _export_content(ctx: AppContext, org_id: str, export: dict[str, Any]):
    """(report text, evidence summary, snapshots to record) for an export's settings."""
    frameworks, sections, snapshots = [], [], []
    for framework_id in export["frameworks"]:
        if framework_id not in mapping.FRAMEWORK_IDS:
            sections.append(f"## {framework_id}\n\nFramework not found. Skipping.")
            frameworks.append({"framework_id": framework_id, "error": "Framework not found"})
            continue
        result = compliance_map(ctx, org_id, framework_id)
        gaps = mapping.analyze_gaps(result, result["generated_at"])
        snapshots.append((framework_id, result["summary"], gaps["risk_assessment"]["overall_risk"]))
        text = mapping.markdown_report(result, gaps)
        if not export["include_remediation"]:
            text = text.split("\n## Remediation plan\n")[0] + "\n"
        sections.append(text)
        frameworks.append({"map": result, **({"remediation": gaps} if export["include_remediation"] else {})})
    summary: dict[str, Any] = {}
    if export["include_evidence"]:
        found = evidence(ctx, org_id, export["window_days"])
        summary = {"window_days": export["window_days"], "guard_decisions_total": found["guard_decisions_total"],
                   "guard_decisions_blocked": found["guard_decisions_blocked"],
                   "action_records_total": found["action_records_total"], "guard_breakdown": found["breakdown"],
                   "action_breakdown": found["action_breakdown"]}
        sections.append(_evidence_markdown(summary))
    trends = _trends(ctx, org_id) if export["include_trends"] else {}
    if trends:
        sections.append(_trends_markdown(trends))
    if export["format"] == "json":
        document = {"name": export["name"], "project": f"org-{org_id}", "generated_at": iso(utcnow()),
                    "frameworks": frameworks}
        if summary:
            document["evidence"] = summary
        if trends:
            document["trends"] = trends
        return json.dumps(document, indent=2), summary, snapshots
    header = (f"# {export['name']}\n\n- Project: org-{org_id}\n- Generated: {iso(utcnow())}\n"
              f"- Frameworks: {', '.join(export['frameworks'])}\n- Evidence window: {export['window_days']} days\n")
    return "\n---\n\n".join([header, *sections]), summary, snapshots


def _evidence_markdown(summary: dict[str, Any]) -> str:
    lines = [f"## Enforcement Evidence (last {summary['window_days']} days)", "",
             f"- Guard decisions: {summary['guard_decisions_total']} ({summary['guard_decisions_blocked']} blocked)",
             f"- Action records: {summary['action_records_total']}", "",
             "| Action type | Decision | Count |", "|---|---|---|"]
    lines += [f"| {row['action_type']} | {row['decision']} | {row['count']} |" for row in summary["guard_breakdown"]]
    return "\n".join(lines) + "\n"


def _trends(ctx: AppContext, org_id: str) -> dict[str, list[dict[str, Any]]]:
    snapshots = compliance.recent_snapshots(ctx.db, org_id, None, TREND_SNAPSHOTS)
    if len(snapshots) < 2:
        return {}
    by_framework: dict[str, list[dict[str, Any]]] = {}
    for row in snapshots:
        rows = by_framework.setdefault(row["framework"], [])
        if len(rows) < TREND_ROWS_PER_FRAMEWORK:
            rows.append(row)
    return by_framework


def _trends_markdown(trends: dict[str, list[dict[str, Any]]]) -> str:
    lines = ["## Compliance Trends"]
    for framework_id, rows in trends.items():
        delta = rows[0]["coverage_percentage"] - rows[1]["coverage_percentage"] if len(rows) > 1 else 0
        word = "Improving" if delta > 0 else "Declining" if delta < 0 else "Stable"
        lines += ["", f"### {framework_id}: {word} ({delta:+d}%)", "", "| Date | Coverage | Covered | Partial | Gaps | Risk |",
                  "|---|---|---|---|---|---|"]
        lines += [f"| {r['created_at'][:10]} | {r['coverage_percentage']}% | {r['covered']} | {r['partial']} | {r['gaps']} | "
                  f"{r['risk_level']} |" for r in rows]
    return "\n".join(lines) + "\n"


# --- schedules -------------------------------------------------------------------------------------------


def run_due_schedules(ctx: AppContext) -> list[str]:
    """Run every schedule that is due and that this replica claims; the ids of the exports made."""
    made = []
    for schedule in compliance.claim_due_schedules(ctx.db):
        body = ExportCreate.model_validate({key: schedule[key] for key in (
            "name", "frameworks", "format", "window_days", "include_evidence", "include_remediation", "include_trends")})
        export = compliance.start_export(ctx, schedule["org_id"], body, "schedule", schedule_id=schedule["id"])
        _generate(ctx, schedule["org_id"], export)
        compliance.record_schedule_export(ctx.db, schedule["id"], export["id"])
        made.append(export["id"])
    return made


def schedule_runner(ctx: AppContext) -> Poller:
    """Polls for due schedules every `compliance_schedule_poll_seconds` (the app's lifespan starts it)."""
    return Poller("compliance-schedules", lambda: ctx.settings.compliance_schedule_poll_seconds,
                  lambda: run_due_schedules(ctx))
