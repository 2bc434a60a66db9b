"""Compliance mapping: which controls of a framework an org's policies and settings satisfy, what is missing,
and the reports that say so. Pure: frameworks are data files in this package, everything else is given.

A control lists `policy_mappings` (a policy pattern, optional action-type globs, `full` or `partial`
coverage), `settings` that satisfy it (`pii_redaction`, `agent_signatures_enforced`, `closed_enrollment`,
`decision_log_sync`) and the `evidence` an auditor can ask for. A control is `covered` when a `full`
mapping matches, `partial` when only partial ones do, else a `gap`. Shadow policies never count: they do
not enforce anything yet.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping, Sequence

import yaml

from ..guard.engine import PolicySpec, matches_action_type

FRAMEWORK_IDS = ("eu-ai-act", "gdpr", "imda-agentic", "iso27001", "iso42001", "nist-ai-rmf", "soc2")
"""Looked up by name, never used as a path."""
RELEVANCE_ORDER = {"critical": 0, "high": 1, "medium": 2, "low": 3}
SETTINGS = ("pii_redaction", "agent_signatures_enforced", "closed_enrollment", "decision_log_sync")
BLOCKING_TYPES = ("semantic_check", "block_action_type")
"""Types whose match always blocks, whatever `rules.action` says."""


class UnknownFramework(KeyError):
    pass


@lru_cache(maxsize=None)
def framework(framework_id: str) -> dict[str, Any]:
    """A framework's definition (UnknownFramework for an id not shipped)."""
    if framework_id not in FRAMEWORK_IDS:
        raise UnknownFramework(framework_id)
    text = resources.files(__package__).joinpath("frameworks", f"{framework_id}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def frameworks() -> list[dict[str, Any]]:
    """Every shipped framework, sorted by id."""
    return [
        {"id": fid, "name": data["framework"], "version": str(data["version"]), "description": data["description"],
         "control_count": len(data["controls"])}
        for fid in FRAMEWORK_IDS for data in [framework(fid)]
    ]


# --- policies as guardrails ------------------------------------------------------------------------------


def _effect(policy: PolicySpec) -> str:
    """What the policy does when it matches: block, require_approval or warn."""
    rules = policy.rules
    if policy.policy_type == "require_approval" or policy.policy_type == "webhook_check":
        return "require_approval"
    default = {"rate_limit": "warn", "behavioral_anomaly": "require_approval"}.get(policy.policy_type, "block")
    if policy.policy_type in BLOCKING_TYPES:
        return "block"
    action = rules.get("action")
    return action if action in ("block", "require_approval", "warn") else default


def _tools(policy: PolicySpec) -> list[str]:
    if policy.policy_type in ("block_action_type", "require_approval"):
        return [t for t in policy.rules.get("action_types") or [] if isinstance(t, str)] or ["*"]
    return ["*"]


def _tool_match(patterns: Sequence[str], tools: Sequence[str]) -> bool:
    """A mapping's action-type globs against a policy's tools, both ways (a policy on `*` covers everything)."""
    if not patterns:
        return True
    return any(p == "*" or t == "*" or matches_action_type(t, [p]) or matches_action_type(p, [t])
               for p in patterns for t in tools)


def _pattern_match(pattern: str, policy: PolicySpec) -> bool:
    effect = _effect(policy)
    if pattern == "block":
        return effect == "block"
    if pattern == "require_approval":
        return effect == "require_approval"
    if pattern == "allowlist":
        return bool(policy.rules.get("allowlist"))
    if pattern == "any_active_policy":
        return True
    return policy.policy_type == pattern


# --- mapping ---------------------------------------------------------------------------------------------


def map_framework(framework_id: str, policies: Sequence[PolicySpec], settings: Mapping[str, bool], org_id: str,
                  generated_at: str) -> dict[str, Any]:
    """The ComplianceMap: each control's status and what satisfies it."""
    data = framework(framework_id)
    enforced = [p for p in policies if not p.shadow]
    controls = [_control(control, enforced, settings) for control in data["controls"]]
    covered = sum(1 for c in controls if c["status"] == "covered")
    partial = sum(1 for c in controls if c["status"] == "partial")
    percentage = _half_up((covered + 0.5 * partial) / len(controls) * 100) if controls else 0
    return {
        "framework": data["framework"],
        "framework_id": framework_id,
        "framework_version": str(data["version"]),
        "project": f"org-{org_id}",
        "generated_at": generated_at,
        "summary": {"total_controls": len(controls), "covered": covered, "partial": partial,
                    "gaps": len(controls) - covered - partial, "coverage_percentage": percentage},
        "coverage_pct": percentage,
        "shadow_policies_ignored": sum(1 for p in policies if p.shadow),
        "controls": controls,
    }


def _control(control: Mapping[str, Any], policies: Sequence[PolicySpec], settings: Mapping[str, bool]) -> dict[str, Any]:
    matched = []
    for mapping in control.get("policy_mappings") or []:
        for policy in policies:
            if _pattern_match(mapping["policy_pattern"], policy) and _tool_match(mapping.get("tool_patterns") or [], _tools(policy)):
                matched.append({"policy_id": policy.id, "policy_description": policy.name,
                                "mapping_coverage": mapping["coverage"], "rationale": mapping["rationale"]})
    met_settings = [
        {"setting": s["setting"], "mapping_coverage": s["coverage"], "rationale": s["rationale"]}
        for s in control.get("settings") or [] if settings.get(s["setting"])
    ]
    coverages = {m["mapping_coverage"] for m in matched + met_settings}
    status = "covered" if "full" in coverages else "partial" if coverages else "gap"
    return {
        "control_id": control["id"],
        "id": control["id"],
        "title": control["title"],
        "name": control["title"],
        "category": control["category"],
        "description": control["description"],
        "agent_relevance": control["agent_relevance"],
        "status": status,
        "covered": status == "covered",
        "matched_policies": matched,
        "matched_settings": met_settings,
        "evidence": list(control.get("evidence") or []),
        "gap_recommendations": [] if status == "covered" else list(control.get("gap_recommendations") or []),
        "policies_to_add": [] if status == "covered" else suggested_policies(control),
    }


def _half_up(value: float) -> int:
    return int(math.floor(value + 0.5))


def suggested_policies(control: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Concrete policies (importable as they are) that would satisfy the control's mappings."""
    suggestions: list[dict[str, Any]] = []
    for mapping in control.get("policy_mappings") or []:
        tools = [t for t in mapping.get("tool_patterns") or [] if t != "*"] or None
        pattern = mapping["policy_pattern"]
        if pattern == "block":
            policy = ("block_action_type", {"action_types": tools}) if tools else ("risk_threshold", {"threshold": 80, "action": "block"})
        elif pattern == "require_approval":
            policy = ("require_approval", {"action_types": tools}) if tools else ("risk_threshold", {"threshold": 70, "action": "require_approval"})
        elif pattern == "allowlist":
            policy = ("block_action_type", {"action_types": ["exec.*"], "allowlist": ["exec.ls", "exec.cat", "exec.grep"]})
        elif pattern == "rate_limit":
            policy = ("rate_limit", {"max_actions": 100, "window_minutes": 60})
        elif pattern in ("risk_threshold", "any_active_policy"):
            policy = ("risk_threshold", {"threshold": 80, "action": "require_approval"})
        elif pattern == "behavioral_anomaly":
            policy = ("behavioral_anomaly", {"similarity_threshold": 0.3, "min_history": 5})
        elif pattern == "semantic_check":
            policy = ("semantic_check", {"instruction": f"Only allow actions consistent with: {control['title']}"})
        else:
            continue
        entry = {"name": f"{control['id']}: {pattern.replace('_', ' ')}", "policy_type": policy[0], "rules": policy[1],
                 "coverage": mapping["coverage"]}
        if entry not in suggestions:
            suggestions.append(entry)
    return suggestions


# --- gap analysis ----------------------------------------------------------------------------------------

EFFORT = ((1, "1-2 hours"), (2, "2-4 hours"), (3, "4-8 hours"))


def _effort(recommendations: Sequence[str]) -> str:
    for limit, label in EFFORT:
        if len(recommendations) <= limit:
            return label
    return "8-16 hours"


def analyze_gaps(compliance_map: Mapping[str, Any], analysis_date: str) -> dict[str, Any]:
    """The GapAnalysis: a remediation plan (gaps before partials, most relevant first) naming policies to add."""
    controls = compliance_map["controls"]
    ordered = [c for c in controls if c["status"] == "gap"] + [c for c in controls if c["status"] == "partial"]
    ordered.sort(key=lambda c: RELEVANCE_ORDER.get(c["agent_relevance"], 3))
    plan = []
    for priority, control in enumerate(ordered, start=1):
        plan.append({
            "priority": priority, "control_id": control["control_id"], "title": control["title"],
            "status": control["status"], "agent_relevance": control["agent_relevance"],
            "recommendations": control["gap_recommendations"], "estimated_effort": _effort(control["gap_recommendations"]),
            "policies_to_add": control["policies_to_add"],
        })
    hours = sum(int(item["estimated_effort"].split("-")[0]) for item in plan)
    summary = dict(compliance_map["summary"])
    summary.update({
        "critical_gaps": sum(1 for c in controls if c["status"] == "gap" and c["agent_relevance"] == "critical"),
        "high_gaps": sum(1 for c in controls if c["status"] == "gap" and c["agent_relevance"] == "high"),
        "total_remediation_items": len(plan),
        "estimated_total_effort": f"{hours}-{_half_up(hours * 1.5)} hours",
    })
    coverage = summary["coverage_percentage"]
    overall = "LOW" if coverage >= 80 else "MEDIUM" if coverage >= 60 else "HIGH" if coverage >= 40 else "CRITICAL"
    return {
        "framework": compliance_map["framework"],
        "framework_id": compliance_map["framework_id"],
        "analysis_date": analysis_date,
        "summary": summary,
        "remediation_plan": plan,
        "quick_wins": [item for item in plan if int(item["estimated_effort"].split("-")[0]) <= 2],
        "risk_assessment": {
            "overall_risk": overall,
            "narrative": f"{compliance_map['framework']} coverage is {coverage}%: {summary['covered']} controls covered, "
                         f"{summary['partial']} partial and {summary['gaps']} open ({summary['critical_gaps']} of them critical).",
            "immediate_actions": [
                f"Address {c['control_id']} ({c['title']}): {(c['gap_recommendations'] or ['Review and remediate'])[0]}"
                for c in controls if c["status"] == "gap" and c["agent_relevance"] == "critical"
            ],
        },
    }


# --- reports ---------------------------------------------------------------------------------------------

STATUS_LABEL = {"covered": "COVERED", "partial": "PARTIAL", "gap": "GAP"}


def render_report(compliance_map: Mapping[str, Any], gaps: Mapping[str, Any], report_format: str) -> str:
    """`json`: the ComplianceMap as a JSON string; anything else: the Markdown report."""
    if report_format == "json":
        return json.dumps(compliance_map, indent=2)
    return markdown_report(compliance_map, gaps)


def markdown_report(compliance_map: Mapping[str, Any], gaps: Mapping[str, Any]) -> str:
    """The framework report: summary, coverage bar, controls by category, remediation plan, attestation."""
    summary = compliance_map["summary"]
    filled = _half_up(summary["coverage_percentage"] / 5)
    lines = [
        f"# {compliance_map['framework']} Compliance Report",
        "",
        f"- Project: {compliance_map['project']}",
        f"- Framework version: {compliance_map['framework_version']}",
        f"- Generated: {compliance_map['generated_at']}",
        "",
        "## Executive summary",
        "",
        "| Controls | Covered | Partial | Gaps | Coverage | Risk |",
        "|---|---|---|---|---|---|",
        f"| {summary['total_controls']} | {summary['covered']} | {summary['partial']} | {summary['gaps']} | "
        f"{summary['coverage_percentage']}% | {gaps['risk_assessment']['overall_risk']} |",
        "",
        f"`[{'#' * filled}{'.' * (20 - filled)}]` {summary['coverage_percentage']}%",
    ]
    categories: dict[str, list[Mapping[str, Any]]] = {}
    for control in compliance_map["controls"]:
        categories.setdefault(control["category"], []).append(control)
    for category, controls in categories.items():
        lines += ["", f"## {category}"]
        for control in controls:
            lines += ["", f"### {control['control_id']}: {control['title']} ({STATUS_LABEL[control['status']]})", "",
                      control["description"]]
            for match in control["matched_policies"]:
                lines.append(f"- Policy {match['policy_description']} ({match['mapping_coverage']}): {match['rationale']}")
            for setting in control["matched_settings"]:
                lines.append(f"- Setting {setting['setting']} ({setting['mapping_coverage']}): {setting['rationale']}")
            for recommendation in control["gap_recommendations"]:
                lines.append(f"- Recommendation: {recommendation}")
    lines += remediation_table(gaps)
    lines += ["", "## Attestation", "",
              "Coverage is computed from the policies active when this report was generated (shadow-mode policies "
              "excluded) and the deployment's settings. Every guard decision is logged with the policies it matched."]
    return "\n".join(lines) + "\n"


def remediation_table(gaps: Mapping[str, Any]) -> list[str]:
    """The remediation priority matrix, as Markdown lines (none when nothing is left to do)."""
    plan = gaps["remediation_plan"]
    if not plan:
        return []
    lines = ["", "## Remediation plan", "", "| Priority | Control | Status | Relevance | Effort | Policies to add |",
             "|---|---|---|---|---|---|"]
    for item in plan:
        names = ", ".join(p["policy_type"] for p in item["policies_to_add"]) or "-"
        lines.append(f"| {item['priority']} | {item['control_id']} | {item['status']} | {item['agent_relevance']} | "
                     f"{item['estimated_effort']} | {names} |")
    lines += ["", f"Estimated total effort: {gaps['summary']['estimated_total_effort']}"]
    return lines
