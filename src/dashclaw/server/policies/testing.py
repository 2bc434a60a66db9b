"""Policy tests on the real guard engine: each test is a guard request, evaluated exactly as `/api/guard`
would evaluate it (wildcards and allowlists included), with the facts a live call would look up given by
the test. Pure, no I/O: the API and the offline CLI run the same code.

A test (in a policy's `rules.tests`, or a case in a `--cases` file):

    name: blocks_unknown_exec
    input:
      tool: exec.curl                 # the action_type
      approval: false                 # a human approved it (require_approval then passes)
      context: {risk_score: 90, agent_id: bot-1, declared_goal: ..., systems_touched: [...], reversible: false}
      facts: {recent_actions: 12, history: ["..."], semantic_allowed: false}
    expect: {allowed: false}          # and/or {decision: block}

`allowed` is true for allow and warn, and for require_approval when the test says a human approved.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any, Mapping, Sequence

from ..guard.engine import Facts, GuardContext, PolicySpec, SemanticVerdict, evaluate, matches_action_type

UNTESTABLE_OFFLINE = ("webhook_check",)


@dataclass(frozen=True)
class CaseOutcome:
    name: str
    passed: bool
    expected: dict[str, Any]
    actual: dict[str, Any]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "passed": self.passed, "expected": self.expected, "actual": self.actual,
                "reason": self.reason}

    def diff(self) -> str:
        """Expected against actual, one line each, for a terminal."""
        expected = ", ".join(f"{k}={v}" for k, v in self.expected.items())
        actual = ", ".join(f"{k}={v}" for k, v in self.actual.items() if k in self.expected or k == "matched")
        return f"    expected: {expected}\n    actual:   {actual}  ({self.reason})"


def run_case(policies: Sequence[PolicySpec], test: Mapping[str, Any], name: str = "") -> CaseOutcome:
    """Evaluate one test against `policies` (shadow policies count as enforced here) and compare."""
    test_input = test.get("input") or {}
    expect = test.get("expect") or {}
    enforced = [replace(p, shadow=False) for p in policies]
    context = _context(test_input)
    result = evaluate(enforced, context, _facts(enforced, test_input.get("facts") or {}))
    approved = test_input.get("approval") is True or (test_input.get("context") or {}).get("approved") is True
    allowed = result.decision in ("allow", "warn") or (result.decision == "require_approval" and approved)
    actual = {"allowed": allowed, "decision": result.decision, "matched": list(result.matched_policies)}
    expected = {key: expect[key] for key in ("allowed", "decision") if key in expect}
    passed = all(actual[key] == value for key, value in expected.items())
    return CaseOutcome(name or str(test.get("name") or test_input.get("tool")), passed, expected, actual,
                       _reason(result.decision, approved, result.reasons + result.warnings))


def _reason(decision: str, approved: bool, texts: Sequence[str]) -> str:
    if decision == "allow":
        return "policy does not apply"
    if decision == "require_approval":
        return "approved" if approved else "approval required: " + "; ".join(texts)
    return f"{decision}: " + "; ".join(texts)


def _context(test_input: Mapping[str, Any]) -> GuardContext:
    given = test_input.get("context") or {}
    risk = given.get("risk_score")
    risk = int(risk) if isinstance(risk, (int, float)) and not isinstance(risk, bool) and math.isfinite(risk) else 0
    fields = {
        "action_type": str(test_input.get("tool") or given.get("action_type") or ""),
        "agent_id": given.get("agent_id") or "policy-test",
        "systems_touched": given.get("systems_touched") if isinstance(given.get("systems_touched"), list) else [],
        "reversible": given.get("reversible") if isinstance(given.get("reversible"), bool) else None,
        "declared_goal": given.get("declared_goal") if isinstance(given.get("declared_goal"), str) else None,
        "reasoning": given.get("reasoning") if isinstance(given.get("reasoning"), str) else None,
    }
    return GuardContext.from_fields(fields, max(0, min(100, risk)))


def _facts(policies: Sequence[PolicySpec], given: Mapping[str, Any]) -> Facts:
    recent = given.get("recent_actions")
    semantic = given.get("semantic_allowed")
    history = given.get("history")
    return Facts(
        recent_action_counts={p.id: int(recent) for p in policies if p.policy_type == "rate_limit"}
        if isinstance(recent, int) and not isinstance(recent, bool) else {},
        agent_history=tuple(str(h) for h in history) if isinstance(history, list) else (),
        semantic_verdicts={p.id: SemanticVerdict(bool(semantic), "stated by the test") for p in policies
                           if p.policy_type == "semantic_check"} if isinstance(semantic, bool) else {},
    )


def tests_for(policy: PolicySpec) -> list[dict[str, Any]]:
    """The policy's own `rules.tests`, else tests derived from its rules (none for a webhook check, whose
    answer only its endpoint knows)."""
    given = policy.rules.get("tests")
    if isinstance(given, list) and given:
        return [t for t in given if isinstance(t, dict)]
    rules = policy.rules
    if policy.policy_type in ("block_action_type", "require_approval"):
        tool = _example_tool(rules.get("action_types") or [], rules.get("allowlist") or [])
        if policy.policy_type == "require_approval":
            return [_test("needs_approval", tool, {"allowed": False}),
                    _test("passes_with_approval", tool, {"allowed": True}, approval=True)]
        tests = [_test("blocks_listed_type", tool, {"decision": "block"})]
        for allowed in (rules.get("allowlist") or [])[:1]:
            tests.append(_test("allows_allowlisted_type", allowed.replace("*", "x"), {"allowed": True}))
        return tests
    if policy.policy_type == "risk_threshold":
        threshold = _number(rules.get("threshold"), 80)
        return [_test("at_threshold", "example_tool", {"decision": _action(rules, "block")},
                      context={"risk_score": min(100, math.ceil(threshold))}),
                _test("below_threshold", "example_tool", {"decision": "allow"}, context={"risk_score": 0})
                if threshold > 10 else None]
    if policy.policy_type == "rate_limit":
        limit = int(_number(rules.get("max_actions"), 50))
        return [_test("at_limit", "example_tool", {"decision": _action(rules, "warn")}, facts={"recent_actions": limit}),
                _test("under_limit", "example_tool", {"decision": "allow"}, facts={"recent_actions": max(0, limit - 1)})]
    if policy.policy_type == "semantic_check":
        return [_test("fails_the_instruction", "example_tool", {"decision": "block"}, facts={"semantic_allowed": False}),
                _test("passes_the_instruction", "example_tool", {"decision": "allow"}, facts={"semantic_allowed": True})]
    if policy.policy_type == "behavioral_anomaly":
        return [_test("unlike_history", "wire_transfer", {"decision": _action(rules, "require_approval")},
                      facts={"history": ["summarise the weekly sales report"]})]
    return []


def _test(name, tool, expect, approval=False, context=None, facts=None) -> dict[str, Any]:
    test_input: dict[str, Any] = {"tool": tool, "approval": approval}
    if context:
        test_input["context"] = context
    if facts:
        test_input["facts"] = facts
    return {"name": name, "input": test_input, "expect": expect}


def _example_tool(action_types: list[Any], allowlist: list[Any]) -> str:
    """A concrete action type the policy covers (a wildcard filled in) that its allowlist does not exempt."""
    for pattern in action_types:
        if isinstance(pattern, str):
            tool = pattern.replace("*", "example")
            if not matches_action_type(tool, allowlist):
                return tool
    return "example_tool"


def _action(rules: Mapping[str, Any], default: str) -> str:
    return rules.get("action") if rules.get("action") in ("allow", "warn", "require_approval", "block") else default


def _number(value: Any, default: float) -> float:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    return value if ok else default


@dataclass(frozen=True)
class PolicyReport:
    policy: PolicySpec
    outcomes: tuple[CaseOutcome, ...]

    @property
    def passed(self) -> bool:
        return all(o.passed for o in self.outcomes)

    def to_dict(self) -> dict[str, Any]:
        failed = [o for o in self.outcomes if not o.passed]
        if not self.outcomes:
            reason = f"no tests ({self.policy.policy_type} needs its live endpoint)"
        elif failed:
            reason = f"{failed[0].name}: expected {failed[0].expected}, got {failed[0].actual['decision']}"
        else:
            reason = f"all {len(self.outcomes)} tests passed"
        return {
            "policy_id": self.policy.id,
            "policy": self.policy.name,
            "policy_name": self.policy.name,
            "policy_type": self.policy.policy_type,
            "shadow": self.policy.shadow,
            "passed": self.passed,
            "reason": reason,
            "tests": [o.to_dict() for o in self.outcomes],
        }


def run_policy_tests(policies: Sequence[PolicySpec]) -> list[PolicyReport]:
    """Each policy's tests, each run against that policy alone."""
    return [
        PolicyReport(policy, tuple(run_case([policy], test) for test in tests_for(policy) if test is not None))
        for policy in policies
    ]


def summary(reports: Sequence[PolicyReport]) -> dict[str, Any]:
    """The counts `test_policies` answers with (per policy and per test)."""
    tests = [o for r in reports for o in r.outcomes]
    return {
        "total": len(reports),
        "passed": sum(1 for r in reports if r.passed),
        "failed": sum(1 for r in reports if not r.passed),
        "total_policies": len(reports),
        "total_tests": len(tests),
        "tests_passed": sum(1 for o in tests if o.passed),
        "tests_failed": sum(1 for o in tests if not o.passed),
        "success": all(r.passed for r in reports),
    }
