"""The proof report: what an org's policies enforce, how each is tested, and how the last test run went.
Pure: it renders data it is given, as a JSON string or as Markdown (both strings, as the reference sends)."""
from __future__ import annotations

import json
from typing import Any, Mapping, Sequence

from ..guard.engine import PolicySpec
from .testing import tests_for

RULE_LABEL = {"block_action_type": "BLOCK", "require_approval": "REQUIRE APPROVAL"}


def proof_data(org_id: str, policies: Sequence[PolicySpec], last_run: Mapping[str, Any] | None, generated_at: str) -> dict:
    """The report as data: one entry per active policy, with the tests that prove it."""
    entries = []
    for policy in policies:
        tests = [t for t in tests_for(policy) if t is not None]
        entries.append({
            "id": policy.id,
            "description": policy.name,
            "policy_type": policy.policy_type,
            "mode": "shadow" if policy.shadow else "enforced",
            "applies_to": {"tools": list(policy.rules.get("action_types") or ["*"])},
            "rule": _rule(policy),
            "test_count": len(tests),
            "tests": [{"name": t.get("name"), "expect": t.get("expect")} for t in tests],
        })
    return {
        "project": f"org-{org_id}",
        "generated_at": generated_at,
        "summary": {
            "total_policies": len(entries),
            "enforced": sum(1 for e in entries if e["mode"] == "enforced"),
            "shadow": sum(1 for e in entries if e["mode"] == "shadow"),
            "total_tests": sum(e["test_count"] for e in entries),
            "test_results": dict(last_run) if last_run else None,
        },
        "policies": entries,
    }


def _rule(policy: PolicySpec) -> dict[str, Any]:
    rule = {key: value for key, value in policy.rules.items() if key not in ("tests", "action_types", "guardrail_id")}
    rule["effect"] = RULE_LABEL.get(policy.policy_type) or policy.policy_type.replace("_", " ").upper()
    return rule


def render(data: Mapping[str, Any], report_format: str) -> str:
    """`json`: the data as a pretty-printed JSON string; anything else: Markdown."""
    if report_format == "json":
        return json.dumps(data, indent=2)
    summary = data["summary"]
    lines = [
        "# Policy Proof Report",
        "",
        f"- Project: {data['project']}",
        f"- Generated: {data['generated_at']}",
        f"- Policies: {summary['total_policies']} ({summary['enforced']} enforced, {summary['shadow']} in shadow mode)",
        f"- Tests: {summary['total_tests']}",
    ]
    run = summary["test_results"]
    if run:
        lines.append(f"- Last test run ({run.get('created_at')}): {run.get('passed')}/{run.get('total')} policies passed, "
                     f"{run.get('tests_passed')}/{run.get('total_tests')} tests passed")
    for entry in data["policies"]:
        rule = entry["rule"]
        lines += ["", f"## {entry['description']}", "", f"- Id: `{entry['id']}`", f"- Type: {entry['policy_type']}",
                  f"- Mode: {entry['mode']}", f"- Applies to: {', '.join(entry['applies_to']['tools'])}",
                  f"- Effect: {rule['effect']}"]
        if rule.get("allowlist"):
            lines.append(f"- Allowlist: {', '.join(rule['allowlist'])}")
        lines.append(f"- Tests: {entry['test_count']}")
        for test in entry["tests"]:
            lines.append(f"  - {test['name']}: expects {json.dumps(test['expect'], sort_keys=True)}")
    lines += [
        "",
        "## Attestation",
        "",
        "Every guard decision is evaluated against the enforced policies above by the same engine that ran these "
        "tests; shadow-mode policies are evaluated and logged but never change a decision. Each decision is kept "
        "in the guard decision log with the policies it matched.",
    ]
    return "\n".join(lines) + "\n"
