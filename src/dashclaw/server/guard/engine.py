"""The policy engine: a pure function of (policies, context, facts) to a decision. No I/O here.

Anything that needs the outside world (counting recent actions, an agent's history, an LLM verdict, a
webhook reply) is looked up by the caller and handed in as `Facts` or `WebhookReply`, so the same engine
can run anywhere the policies and the facts are at hand, with no server or database.

Policies are evaluated in a stable order (creation time, then id), so `reasons` are reproducible.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, fields, replace
from typing import Any, Iterable, Mapping, Sequence

SEVERITY = {"allow": 0, "warn": 1, "require_approval": 2, "block": 3}
DECISIONS = tuple(SEVERITY)
POLICY_TYPES = (
    "risk_threshold",
    "require_approval",
    "block_action_type",
    "rate_limit",
    "webhook_check",
    "behavioral_anomaly",
    "semantic_check",
)


@dataclass(frozen=True)
class PolicySpec:
    id: str
    name: str
    policy_type: str
    rules: Mapping[str, Any]
    shadow: bool = False
    """Evaluated and logged on every call ("would block"), never part of the decision."""


@dataclass(frozen=True)
class GuardContext:
    action_type: str
    risk_score: int
    """Authoritative score: the higher of the server's assessment and the agent's own."""
    agent_id: str | None = None
    systems_touched: tuple[Any, ...] = ()
    reversible: bool | None = None
    declared_goal: str | None = None
    reasoning: str | None = None

    @classmethod
    def from_fields(cls, action: Mapping[str, Any], risk_score: int) -> "GuardContext":
        """The engine's view of an action's (or a guard request's) fields, with the authoritative score."""
        return cls(
            action_type=action["action_type"],
            risk_score=risk_score,
            agent_id=action.get("agent_id"),
            systems_touched=tuple(action.get("systems_touched") or ()),
            reversible=action.get("reversible"),
            declared_goal=action.get("declared_goal"),
            reasoning=action.get("reasoning"),
        )

    def to_payload(self) -> dict[str, Any]:
        """The context as JSON, the one shape webhooks, the LLM and the decision log see."""
        payload = {f.name: getattr(self, f.name) for f in fields(self)}
        payload["systems_touched"] = list(self.systems_touched)
        return payload

    def describe(self) -> str:
        """The text behavioural similarity is measured on."""
        systems = " ".join(str(s) for s in self.systems_touched)
        return " ".join(p for p in (self.action_type, self.declared_goal or "", self.reasoning or "", systems) if p)


@dataclass(frozen=True)
class SemanticVerdict:
    allowed: bool
    reason: str = ""


@dataclass(frozen=True)
class Facts:
    """What the caller looked up for the policies that need it, keyed by policy id."""

    recent_action_counts: Mapping[str, int] = field(default_factory=dict)
    agent_history: Sequence[str] = ()
    semantic_verdicts: Mapping[str, SemanticVerdict | None] = field(default_factory=dict)
    semantic_fallback: str = "allow"


@dataclass(frozen=True)
class Evaluation:
    decision: str = "allow"
    reasons: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    matched_policies: tuple[str, ...] = ()

    def with_result(
        self, policy: PolicySpec, action: str, reason: str, extra_warnings: Iterable[str] = (), label: str = ""
    ) -> "Evaluation":
        text = f"{label or policy.name}: {reason}"
        reasons, warnings = self.reasons, self.warnings
        if action == "warn":
            warnings = warnings + (text,)
        elif action != "allow":
            reasons = reasons + (text,)
        warnings = warnings + tuple(extra_warnings)
        decision = action if SEVERITY[action] > SEVERITY[self.decision] else self.decision
        matched = self.matched_policies if policy.id in self.matched_policies else self.matched_policies + (policy.id,)
        return replace(self, decision=decision, reasons=reasons, warnings=warnings, matched_policies=matched)


@dataclass(frozen=True)
class WebhookReply:
    """The outcome of calling a `webhook_check` URL: a parsed JSON reply, or `failed` with why."""

    failed: bool = False
    failure: str = ""
    decision: str | None = None
    reasons: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ShadowResult:
    """What a shadow policy would have decided, had it been enforced."""

    policy_id: str
    policy_name: str
    would: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"policy_id": self.policy_id, "policy_name": self.policy_name, "would": self.would, "reason": self.reason}


def evaluate(policies: Sequence[PolicySpec], context: GuardContext, facts: Facts = Facts()) -> Evaluation:
    """Pass 1: every enforced policy except `webhook_check`."""
    result = Evaluation()
    for policy in policies:
        if policy.shadow or policy.policy_type == "webhook_check":
            continue
        outcome = _RULES.get(policy.policy_type, _never)(policy, context, facts)
        if outcome is not None:
            action, reason = outcome
            result = result.with_result(policy, action, reason)
    return result


def evaluate_shadow(policies: Sequence[PolicySpec], context: GuardContext, facts: Facts = Facts()) -> tuple[ShadowResult, ...]:
    """What each shadow policy would have done (allow omitted); `webhook_check` shadows are not called."""
    results = []
    for policy in policies:
        if not policy.shadow or policy.policy_type == "webhook_check":
            continue
        outcome = _RULES.get(policy.policy_type, _never)(policy, context, facts)
        if outcome is not None and outcome[0] != "allow":
            results.append(ShadowResult(policy.id, policy.name, *outcome))
    return tuple(results)


def apply_webhook(result: Evaluation, preliminary: Evaluation, policy: PolicySpec, reply: WebhookReply) -> Evaluation:
    """Pass 2 for one `webhook_check` policy; webhooks can escalate or warn, never downgrade."""
    label = f"{policy.name} (webhook)"
    if reply.failed:
        if policy.rules.get("on_timeout") == "block":
            return result.with_result(policy, "block", f"webhook failed or timed out ({reply.failure})", label=label)
        return result
    warnings = tuple(f"{label}: {w}" for w in reply.warnings)
    if reply.decision in SEVERITY and SEVERITY[reply.decision] > SEVERITY[preliminary.decision]:
        reason = "; ".join(reply.reasons) or f"escalated to {reply.decision}"
        return result.with_result(policy, reply.decision, reason, warnings, label=label)
    if reply.warnings:
        return result.with_result(policy, "warn", reply.warnings[0], warnings[1:], label=label)
    return result


def add_signal_warnings(result: Evaluation, signals: Iterable[Mapping[str, Any]]) -> Evaluation:
    """Signals inform, they never change the decision."""
    extra = tuple(f"Active signal: {s.get('type')} — {s.get('label')}" for s in signals)
    return replace(result, warnings=result.warnings + extra) if extra else result


def matches_action_type(action_type: str, patterns: Iterable[Any]) -> bool:
    """Exact, case-sensitive membership; `*` in a pattern matches any run of characters."""
    for pattern in patterns:
        if not isinstance(pattern, str):
            continue
        if pattern == action_type:
            return True
        if "*" in pattern and _wildcard_match(pattern, action_type):
            return True
    return False


def _wildcard_match(pattern: str, text: str) -> bool:
    """Whether `text` matches `pattern`, whose `*`s match any run of characters.

    Each piece between stars is found leftmost, in order (which is optimal for `*`-only patterns), so a
    check costs at most one scan of `text` per piece; a regex would backtrack exponentially on `*a*a*a*b`.
    """
    first, *middle, last = pattern.split("*")
    if len(text) < len(first) + len(last) or not (text.startswith(first) and text.endswith(last)):
        return False
    position, end = len(first), len(text) - len(last)
    for piece in middle:
        found = text.find(piece, position, end)
        if found < 0:
            return False
        position = found + len(piece)
    return True


def _risk_threshold(policy: PolicySpec, context: GuardContext, _: Facts):
    threshold = _number(policy.rules.get("threshold"), 80)
    score = max(0, min(100, context.risk_score))
    if score >= threshold:
        return _action(policy, "block"), f"Risk score {score} is at or above threshold {_fmt(threshold)}"
    return None


def _applies(policy: PolicySpec, action_type: str) -> bool:
    """The action type is one of the policy's (wildcards included) and not on its `allowlist`."""
    return matches_action_type(action_type, policy.rules.get("action_types") or ()) and not matches_action_type(
        action_type, policy.rules.get("allowlist") or ()
    )


def _require_approval(policy: PolicySpec, context: GuardContext, _: Facts):
    if _applies(policy, context.action_type):
        return "require_approval", f"Action type '{context.action_type}' requires human approval"
    return None


def _block_action_type(policy: PolicySpec, context: GuardContext, _: Facts):
    if _applies(policy, context.action_type):
        return "block", f"Action type '{context.action_type}' is blocked"
    return None


def _rate_limit(policy: PolicySpec, context: GuardContext, facts: Facts):
    if not context.agent_id or policy.id not in facts.recent_action_counts:
        return None
    limit, window = rate_limit_window(policy.rules)
    count = facts.recent_action_counts[policy.id]
    if count >= limit:
        return (
            _action(policy, "warn"),
            f"Agent {context.agent_id} has {count} actions in the last {window} minutes (limit {limit})",
        )
    return None


def rate_limit_window(rules: Mapping[str, Any]) -> tuple[int, int]:
    """(max actions, window minutes) with the documented defaults and bounds."""
    limit = int(_number(rules.get("max_actions"), 50))
    window = int(_number(rules.get("window_minutes"), 60))
    return max(limit, 1), max(1, min(window, 10080))


def _behavioral_anomaly(policy: PolicySpec, context: GuardContext, facts: Facts):
    if not context.agent_id:
        return None
    min_history = int(_number(policy.rules.get("min_history"), 1))
    if len(facts.agent_history) < max(min_history, 1):
        return "warn", f"Not enough history to judge behaviour ({len(facts.agent_history)} of {max(min_history, 1)} actions)"
    threshold = _number(policy.rules.get("similarity_threshold"), 0.75)
    best = max_similarity(context.describe(), facts.agent_history)
    if best < threshold:
        return (
            _action(policy, "require_approval"),
            f"Behaviour differs from this agent's history (similarity {best:.2f} below {_fmt(threshold)})",
        )
    return None


def _semantic_check(policy: PolicySpec, context: GuardContext, facts: Facts):
    verdict = facts.semantic_verdicts.get(policy.id)
    if verdict is None:
        fallback = policy.rules.get("fallback") or facts.semantic_fallback
        if fallback == "block":
            return "block", "Semantic check unavailable; fallback is block"
        return None
    if verdict.allowed is False:
        return "block", f"Semantic check failed: {verdict.reason or 'instruction violated'}"
    return None


def _capability_approval(policy: PolicySpec, context: GuardContext, _: Facts):
    """A registered capability that needs a human, named by the action as its type or among its systems."""
    names = policy.rules.get("names") or ()
    if context.action_type in names or any(system in names for system in context.systems_touched):
        return "require_approval", "this capability requires human approval"
    return None


def _never(policy: PolicySpec, context: GuardContext, facts: Facts):
    return None


_RULES = {
    "risk_threshold": _risk_threshold,
    "require_approval": _require_approval,
    "block_action_type": _block_action_type,
    "rate_limit": _rate_limit,
    "behavioral_anomaly": _behavioral_anomaly,
    "semantic_check": _semantic_check,
    "capability_approval": _capability_approval,  # not a policy type: built from the capability registry
}


# --- behavioural similarity: cosine over word and character-trigram counts, no external service ---

_TOKEN = re.compile(r"[a-z0-9]+")


def _features(text: str) -> Counter:
    lowered = text.lower()
    words = _TOKEN.findall(lowered)
    features: Counter = Counter(f"w:{w}" for w in words)
    for word in words:
        padded = f" {word} "
        features.update(f"c:{padded[i:i + 3]}" for i in range(len(padded) - 2))
    return features


def _cosine(a: Counter, b: Counter) -> float:
    if not a or not b:
        return 0.0
    dot = sum(value * b.get(key, 0) for key, value in a.items())
    # one square root of the product, so identical texts score exactly 1.0
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def max_similarity(text: str, history: Iterable[str]) -> float:
    candidate = _features(text)
    return max((_cosine(candidate, _features(past)) for past in history), default=0.0)


def _action(policy: PolicySpec, default: str) -> str:
    """The policy's `rules.action` when it names a decision (JSON null counts as absent), else `default`."""
    action = policy.rules.get("action")
    return action if action in DECISIONS else default


def _number(value: Any, default: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return default
    return value


def _fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)
