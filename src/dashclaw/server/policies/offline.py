"""`dashclaw policies test | lint`: policies as code, checked on a laptop or in CI with no server and no
database. The same document reader, validation and guard engine the server uses."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from ..core.http import check_target_url
from ..guard.engine import PolicySpec, matches_action_type
from .packs import DocumentError, PolicyDraft, case_errors, drafts, load_document
from .testing import CaseOutcome, run_case, run_policy_tests


@dataclass
class Lint:
    drafts: list[PolicyDraft] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def lint(text: str) -> Lint:
    """Every problem that would keep the document from importing (errors), and likely mistakes (warnings)."""
    result = Lint()
    try:
        items = load_document(text)
    except DocumentError as exc:
        result.errors.append(str(exc))
        return result
    result.drafts = drafts(items, check_target_url)
    seen: set[str] = set()
    for draft in result.drafts:
        result.errors += draft.errors
        if draft.name in seen:
            result.errors.append(f"{draft.name}: a second policy with the same name would be skipped on import")
        seen.add(draft.name)
        result.warnings += _warnings(draft)
    return result


def _warnings(draft: PolicyDraft) -> list[str]:
    rules, warnings = draft.rules, []
    patterns = [p for p in rules.get("action_types") or [] if isinstance(p, str)]
    for allowed in rules.get("allowlist") or []:
        if isinstance(allowed, str) and not any(matches_action_type(allowed.replace("*", "x"), [p]) for p in patterns):
            warnings.append(f"{draft.name}: allowlist entry {allowed!r} is not covered by action_types, so it changes nothing")
    for test in rules.get("tests") or []:
        tool = (test.get("input") or {}).get("tool") if isinstance(test, dict) else None
        if patterns and isinstance(tool, str) and not matches_action_type(tool, patterns):
            warnings.append(f"{draft.name}: test {test.get('name')!r} uses {tool!r}, which the policy does not cover")
    if draft.shadow:
        warnings.append(f"{draft.name}: shadow mode, so it is logged but never enforced")
    return warnings


def specs(lint_result: Lint) -> list[PolicySpec]:
    """The document's valid policies as the engine sees them, in document order."""
    return [
        PolicySpec(id=f"policies[{index}]", name=draft.name, policy_type=draft.policy_type, rules=draft.rules, shadow=draft.shadow)
        for index, draft in enumerate(lint_result.drafts) if not draft.errors
    ]


def load_cases(text: str) -> list[dict[str, Any]]:
    """A cases file: a `cases` list (or a bare list) of tests run against the whole policy set."""
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DocumentError(f"Invalid YAML in cases: {exc}") from None
    cases = document.get("cases") if isinstance(document, dict) else document
    if not isinstance(cases, list):
        raise DocumentError("A cases file holds a `cases` list")
    problems = case_errors(cases)
    if problems:
        raise DocumentError("; ".join(problems))
    return cases


@dataclass
class CaseRun:
    lines: list[str] = field(default_factory=list)
    passed: int = 0
    failed: int = 0

    def add(self, label: str, outcome: CaseOutcome) -> None:
        if outcome.passed:
            self.passed += 1
            self.lines.append(f"PASS {label}")
        else:
            self.failed += 1
            self.lines.append(f"FAIL {label}\n{outcome.diff()}")


def run(policy_specs: list[PolicySpec], cases: list[dict[str, Any]]) -> CaseRun:
    """Each policy's own tests against that policy, then every case against the whole set."""
    result = CaseRun()
    for report in run_policy_tests(policy_specs):
        for outcome in report.outcomes:
            result.add(f"{report.policy.name} :: {outcome.name}", outcome)
    for index, case in enumerate(cases):
        result.add(f"case {case.get('name') or index}", run_case(policy_specs, case))
    return result
