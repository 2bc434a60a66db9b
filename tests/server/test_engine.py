"""The guard engine on its own: a pure function of policies, context and facts, checked table by table."""
from __future__ import annotations

from itertools import permutations

import pytest

from dashclaw.server.guard.engine import (
    DECISIONS,
    Evaluation,
    Facts,
    GuardContext,
    PolicySpec,
    SemanticVerdict,
    WebhookReply,
    add_signal_warnings,
    apply_webhook,
    evaluate,
    matches_action_type,
    max_similarity,
    rate_limit_window,
)

AGENT = "agent-1"


def policy(policy_type: str, rules: dict | None = None, name: str = "p", policy_id: str = "gp_1") -> PolicySpec:
    """One policy, named `name` so expected texts read `"<name>: <reason>"`."""
    return PolicySpec(id=policy_id, name=name, policy_type=policy_type, rules=rules or {})


def context(action_type: str = "deploy", risk_score: int = 0, agent_id: str | None = AGENT, **fields) -> GuardContext:
    """A guard request as the engine sees it (by default a `deploy` from `agent-1` at risk 0)."""
    return GuardContext(action_type=action_type, risk_score=risk_score, agent_id=agent_id, **fields)


def outcome(evaluation: Evaluation) -> tuple:
    """What a caller of the guard sees: decision, reasons, warnings."""
    return evaluation.decision, list(evaluation.reasons), list(evaluation.warnings)


ALLOWED = ("allow", [], [])


# --- risk_threshold ---------------------------------------------------------------------------------------------

RISK = "p: Risk score {} is at or above threshold {}"


@pytest.mark.parametrize("rules, risk_score, expected", [
    ({"threshold": 70}, 70, ("block", [RISK.format(70, 70)], [])),
    ({"threshold": 70}, 69, ALLOWED),
    ({"threshold": 70}, 100, ("block", [RISK.format(100, 70)], [])),
    ({"threshold": 100}, 100, ("block", [RISK.format(100, 100)], [])),
    ({"threshold": 100}, 99, ALLOWED),
    ({"threshold": 0}, 0, ("block", [RISK.format(0, 0)], [])),
    ({"threshold": 0}, -5, ("block", [RISK.format(0, 0)], [])),
    ({"threshold": 90}, 150, ("block", [RISK.format(100, 90)], [])),
    ({"threshold": 50.5}, 50, ALLOWED),
    ({"threshold": 50.5}, 51, ("block", [RISK.format(51, 50.5)], [])),
    ({"threshold": 50.0}, 50, ("block", [RISK.format(50, 50)], [])),
    ({}, 80, ("block", [RISK.format(80, 80)], [])),
    ({}, 79, ALLOWED),
    ({"threshold": "10"}, 79, ALLOWED),
    ({"threshold": True}, 79, ALLOWED),
    ({"threshold": None}, 80, ("block", [RISK.format(80, 80)], [])),
    ({"threshold": 50, "action": "warn"}, 50, ("warn", [], [RISK.format(50, 50)])),
    ({"threshold": 50, "action": "require_approval"}, 50, ("require_approval", [RISK.format(50, 50)], [])),
    ({"threshold": 50, "action": "allow"}, 50, ALLOWED),
    ({"threshold": 50, "action": None}, 50, ("block", [RISK.format(50, 50)], [])),
    ({"threshold": 50, "action": "explode"}, 50, ("block", [RISK.format(50, 50)], [])),
], ids=lambda value: repr(value) if not isinstance(value, tuple) else value[0])
def test_risk_threshold(rules, risk_score, expected):
    assert outcome(evaluate([policy("risk_threshold", rules)], context(risk_score=risk_score))) == expected


def test_a_matching_allow_policy_is_listed_but_changes_nothing():
    result = evaluate([policy("risk_threshold", {"threshold": 0, "action": "allow"})], context())
    assert outcome(result) == ALLOWED
    assert result.matched_policies == ("gp_1",)


# --- action-type matching: require_approval and block_action_type ----------------------------------------------

@pytest.mark.parametrize("patterns, action_type, matches", [
    (["deploy"], "deploy", True),
    (["deploy"], "Deploy", False),
    (["Deploy"], "deploy", False),
    (["deploy"], "deploy.prod", False),
    (["deploy"], " deploy", False),
    (["deploy.prod"], "deployXprod", False),
    (["email.send", "deploy"], "deploy", True),
    (["exec.*"], "exec.bash", True),
    (["exec.*"], "exec.", True),
    (["exec.*"], "exec", False),
    (["exec.*"], "EXEC.bash", False),
    (["exec.*"], "exec.rm\n-rf", True),
    (["exec.*"], "my.exec.bash", False),
    (["*.send"], "email.send", True),
    (["*.send"], "email.sender", False),
    (["a*c"], "abc", True),
    (["a*c"], "ac", True),
    (["a*c"], "ab", False),
    (["a**c"], "abbc", True),
    (["*"], "anything at all", True),
    (["*"], "", True),
    (["exec.?"], "exec.a", False),
    (["exec.?"], "exec.?", True),
    (["exec[a]*"], "execa", False),
    (["exec[a]*"], "exec[a]x", True),
    ([], "deploy", False),
    ([1, None, {"x": 1}], "deploy", False),
    ([1, None, "deploy"], "deploy", True),
])
def test_action_type_patterns(patterns, action_type, matches):
    assert matches_action_type(action_type, patterns) is matches


@pytest.mark.parametrize("policy_type, expected", [
    ("require_approval", ("require_approval", ["p: Action type 'exec.bash' requires human approval"], [])),
    ("block_action_type", ("block", ["p: Action type 'exec.bash' is blocked"], [])),
])
@pytest.mark.parametrize("action", [None, "warn", "allow"])
def test_action_type_policies_decide_for_themselves(policy_type, expected, action):
    rules = {"action_types": ["exec.*"], "action": action}
    assert outcome(evaluate([policy(policy_type, rules)], context("exec.bash"))) == expected


@pytest.mark.parametrize("policy_type", ["require_approval", "block_action_type"])
@pytest.mark.parametrize("rules", [{}, {"action_types": []}, {"action_types": None}, {"action_types": ["deploy"]}])
def test_action_type_policies_without_a_match_allow(policy_type, rules):
    result = evaluate([policy(policy_type, rules)], context("research", risk_score=100))
    assert outcome(result) == ALLOWED and result.matched_policies == ()


# --- rate_limit -------------------------------------------------------------------------------------------------

def rate_limited(rules: dict, count: int | None, agent_id: str | None = AGENT) -> tuple:
    """The outcome of one `rate_limit` policy when the agent has `count` recent actions (None: not counted)."""
    counts = {} if count is None else {"gp_1": count}
    result = evaluate([policy("rate_limit", rules)], context(agent_id=agent_id), Facts(recent_action_counts=counts))
    return outcome(result)


def over_limit(count: int, window: int, limit: int) -> str:
    """The text a matching `rate_limit` policy gives."""
    return f"p: Agent {AGENT} has {count} actions in the last {window} minutes (limit {limit})"


@pytest.mark.parametrize("rules, count, expected", [
    ({"max_actions": 3, "window_minutes": 60}, 0, ALLOWED),
    ({"max_actions": 3, "window_minutes": 60}, 2, ALLOWED),
    ({"max_actions": 3, "window_minutes": 60}, 3, ("warn", [], [over_limit(3, 60, 3)])),
    ({"max_actions": 3, "window_minutes": 60}, 4, ("warn", [], [over_limit(4, 60, 3)])),
    ({"max_actions": 3, "window_minutes": 5, "action": "block"}, 3, ("block", [over_limit(3, 5, 3)], [])),
    ({"max_actions": 3, "window_minutes": 5, "action": "require_approval"}, 9,
     ("require_approval", [over_limit(9, 5, 3)], [])),
    ({"max_actions": 3, "window_minutes": 5, "action": None}, 3, ("warn", [], [over_limit(3, 5, 3)])),
    ({}, 49, ALLOWED),
    ({}, 50, ("warn", [], [over_limit(50, 60, 50)])),
    ({"max_actions": 2.9, "window_minutes": 90.9}, 2, ("warn", [], [over_limit(2, 90, 2)])),
    ({"max_actions": 0.5, "window_minutes": 0.5}, 0, ALLOWED),
    ({"max_actions": 0.5, "window_minutes": 0.5}, 1, ("warn", [], [over_limit(1, 1, 1)])),
    ({"max_actions": 1, "window_minutes": 20000}, 1, ("warn", [], [over_limit(1, 10080, 1)])),
    ({"max_actions": 3, "window_minutes": 60}, None, ALLOWED),
])
def test_rate_limit(rules, count, expected):
    assert rate_limited(rules, count) == expected


@pytest.mark.parametrize("agent_id", [None, ""])
def test_rate_limit_is_skipped_without_an_agent(agent_id):
    assert rate_limited({"max_actions": 1, "window_minutes": 60}, 1000, agent_id=agent_id) == ALLOWED


@pytest.mark.parametrize("rules, window", [
    ({}, (50, 60)),
    ({"max_actions": 10, "window_minutes": 15}, (10, 15)),
    ({"max_actions": -4, "window_minutes": -4}, (1, 1)),
    ({"max_actions": 7.8, "window_minutes": 10080.5}, (7, 10080)),
    ({"max_actions": "7", "window_minutes": False}, (50, 60)),
    ({"max_actions": float("inf"), "window_minutes": float("nan")}, (50, 60)),
])
def test_rate_limit_window_defaults_and_bounds(rules, window):
    assert rate_limit_window(rules) == window


# --- semantic_check ---------------------------------------------------------------------------------------------

FALLBACK_BLOCK = ("block", ["p: Semantic check unavailable; fallback is block"], [])
DENIED = "p: Semantic check failed: {}"


@pytest.mark.parametrize("rules, verdicts, server_fallback, expected", [
    ({}, {"gp_1": SemanticVerdict(False, "leaks data")}, "allow", ("block", [DENIED.format("leaks data")], [])),
    ({}, {"gp_1": SemanticVerdict(False)}, "allow", ("block", [DENIED.format("instruction violated")], [])),
    ({"action": "warn"}, {"gp_1": SemanticVerdict(False, "no")}, "allow", ("block", [DENIED.format("no")], [])),
    ({}, {"gp_1": SemanticVerdict(True, "fine")}, "block", ALLOWED),
    ({"fallback": "block"}, {"gp_1": SemanticVerdict(True)}, "block", ALLOWED),
    ({}, {"gp_1": None}, "allow", ALLOWED),
    ({}, {"gp_1": None}, "block", FALLBACK_BLOCK),
    ({}, {}, "allow", ALLOWED),
    ({}, {}, "block", FALLBACK_BLOCK),
    ({"fallback": "block"}, {"gp_1": None}, "allow", FALLBACK_BLOCK),
    ({"fallback": "block"}, {}, "allow", FALLBACK_BLOCK),
    ({"fallback": "allow"}, {"gp_1": None}, "block", ALLOWED),
    ({"fallback": "allow"}, {}, "block", ALLOWED),
    ({}, {"gp_2": SemanticVerdict(False, "someone else's")}, "allow", ALLOWED),
], ids=[
    "denied", "denied-without-reason", "action-ignored", "allowed", "allowed-beats-fallback",
    "no-verdict-server-allow", "no-verdict-server-block", "not-asked-server-allow", "not-asked-server-block",
    "no-verdict-rule-block", "not-asked-rule-block", "rule-allow-beats-server-block", "not-asked-rule-allow",
    "verdict-for-another-policy",
])
def test_semantic_check(rules, verdicts, server_fallback, expected):
    facts = Facts(semantic_verdicts=verdicts, semantic_fallback=server_fallback)
    assert outcome(evaluate([policy("semantic_check", {"instruction": "x", **rules})], context(), facts)) == expected


def test_semantic_check_with_default_facts_falls_back_to_allow():
    assert outcome(evaluate([policy("semantic_check", {"instruction": "x"})], context())) == ALLOWED


# --- behavioral_anomaly -----------------------------------------------------------------------------------------

SALES = "research Summarise Q1 quarterly sales report crm"
USUAL = context("research", declared_goal="Summarise Q4 quarterly sales report", systems_touched=("crm",))
ODD = context("iam_change", declared_goal="Grant root on payroll cluster", systems_touched=("payroll",))
IDENTICAL = context("research", declared_goal="Summarise Q1 quarterly sales report", systems_touched=("crm",))


def not_enough(have: int, need: int) -> tuple:
    """The outcome when the agent's history is shorter than `min_history`."""
    return "warn", [], [f"p: Not enough history to judge behaviour ({have} of {need} actions)"]


def differs(similarity: str, threshold: str, decision: str = "require_approval") -> tuple:
    """The outcome when the candidate is less similar to the history than the threshold."""
    text = f"p: Behaviour differs from this agent's history (similarity {similarity} below {threshold})"
    return (decision, [], [text]) if decision == "warn" else (decision, [text], [])


@pytest.mark.parametrize("rules, history, candidate, expected", [
    ({}, [], USUAL, not_enough(0, 1)),
    ({"min_history": 0}, [], USUAL, not_enough(0, 1)),
    ({"min_history": 3}, [SALES] * 2, USUAL, not_enough(2, 3)),
    ({"min_history": 3, "action": "block"}, [SALES] * 2, ODD, not_enough(2, 3)),
    ({"min_history": 2.9}, [SALES], USUAL, not_enough(1, 2)),
    ({"min_history": 3}, [SALES] * 3, USUAL, ALLOWED),
    ({"min_history": 3}, [SALES] * 3, ODD, differs("0.02", "0.75")),
    ({}, [SALES], ODD, differs("0.02", "0.75")),
    ({"similarity_threshold": 0.5}, [SALES], USUAL, ALLOWED),
    ({"similarity_threshold": 0.95}, [SALES], USUAL, differs("0.94", "0.95")),
    ({"similarity_threshold": 1}, [SALES], IDENTICAL, ALLOWED),
    ({"similarity_threshold": 0}, [SALES], ODD, ALLOWED),
    ({"action": "warn"}, [SALES], ODD, differs("0.02", "0.75", "warn")),
    ({"action": "block"}, [SALES], ODD, differs("0.02", "0.75", "block")),
    ({"action": None}, [SALES], ODD, differs("0.02", "0.75")),
    ({}, ["zzz", SALES], USUAL, ALLOWED),
    ({}, [""], USUAL, differs("0.00", "0.75")),
], ids=[
    "no-history", "min-history-zero-still-needs-one", "below-min-history", "min-history-warns-whatever-action",
    "fractional-min-history", "usual", "odd", "odd-default-min-history", "usual-low-threshold",
    "usual-high-threshold", "identical-at-threshold-one", "threshold-zero", "action-warn", "action-block",
    "action-null", "best-match-counts", "empty-history-text",
])
def test_behavioral_anomaly(rules, history, candidate, expected):
    result = evaluate([policy("behavioral_anomaly", rules)], candidate, Facts(agent_history=history))
    assert outcome(result) == expected


def test_behavioral_anomaly_is_skipped_without_an_agent():
    odd_without_agent = context("iam_change", agent_id=None, declared_goal="Grant root on payroll cluster")
    assert outcome(evaluate([policy("behavioral_anomaly")], odd_without_agent, Facts(agent_history=[SALES]))) == ALLOWED


def test_similarity_at_the_threshold_is_not_an_anomaly():
    history = [SALES]
    similarity = max_similarity(USUAL.describe(), history)
    at = policy("behavioral_anomaly", {"similarity_threshold": similarity})
    assert outcome(evaluate([at], USUAL, Facts(agent_history=history))) == ALLOWED
    above = policy("behavioral_anomaly", {"similarity_threshold": similarity + 1e-9})
    assert evaluate([above], USUAL, Facts(agent_history=history)).decision == "require_approval"


@pytest.mark.parametrize("candidate, described", [
    (context("deploy"), "deploy"),
    (context("deploy", declared_goal="Ship it", reasoning="tests pass", systems_touched=("api", 3)),
     "deploy Ship it tests pass api 3"),
    (context("deploy", declared_goal="", reasoning=None, systems_touched=("db",)), "deploy db"),
])
def test_what_similarity_is_measured_on(candidate, described):
    assert candidate.describe() == described


@pytest.mark.parametrize("text, history, similarity", [
    (SALES, [SALES], 1.0),
    (SALES, [SALES.upper()], 1.0),
    (SALES, [], 0.0),
    ("", [SALES], 0.0),
    ("zzz", [SALES], 0.0),
    (SALES, ["zzz", SALES], 1.0),
])
def test_max_similarity(text, history, similarity):
    assert max_similarity(text, history) == similarity


# --- policies that pass 1 never matches -------------------------------------------------------------------------

@pytest.mark.parametrize("policy_type", ["webhook_check", "no_such_type", ""])
def test_webhook_and_unknown_policies_never_match_in_pass_one(policy_type):
    rules = {"url": "https://hooks.example.com/x", "threshold": 0, "action_types": ["*"]}
    result = evaluate([policy(policy_type, rules)], context(risk_score=100))
    assert outcome(result) == ALLOWED and result.matched_policies == ()


@pytest.mark.parametrize("policies", [[], ()])
def test_no_policies_allow(policies):
    assert evaluate(policies, context(risk_score=100)) == Evaluation()


# --- decision precedence and ordering ---------------------------------------------------------------------------

def deciding(decision: str) -> PolicySpec:
    """A policy that always matches with `decision` (its id and name are the decision too)."""
    return policy("risk_threshold", {"threshold": 0, "action": decision}, name=decision, policy_id=f"gp_{decision}")


SUBSETS = [combo for size in range(1, 5) for combo in permutations(DECISIONS, size)]


@pytest.mark.parametrize("decisions", SUBSETS, ids=["+".join(combo) for combo in SUBSETS])
def test_the_most_severe_decision_wins_and_order_is_kept(decisions):
    result = evaluate([deciding(d) for d in decisions], context())
    expected = max(decisions, key=DECISIONS.index)
    assert result.decision == expected
    assert result.matched_policies == tuple(f"gp_{d}" for d in decisions)
    text = "{0}: Risk score 0 is at or above threshold 0"
    assert result.reasons == tuple(text.format(d) for d in decisions if d in ("require_approval", "block"))
    assert result.warnings == tuple(text.format(d) for d in decisions if d == "warn")


def test_precedence_is_block_then_approval_then_warn_then_allow():
    assert DECISIONS == ("allow", "warn", "require_approval", "block")


def test_matched_policies_follow_the_given_order_and_skip_non_matches():
    policies = [
        policy("block_action_type", {"action_types": ["deploy"]}, name="c", policy_id="gp_c"),
        policy("risk_threshold", {"threshold": 90}, name="quiet", policy_id="gp_quiet"),
        policy("require_approval", {"action_types": ["*"]}, name="a", policy_id="gp_a"),
        policy("risk_threshold", {"threshold": 10, "action": "warn"}, name="b", policy_id="gp_b"),
    ]
    forward = evaluate(policies, context("deploy", risk_score=50))
    assert forward.matched_policies == ("gp_c", "gp_a", "gp_b")
    assert forward.reasons == ("c: Action type 'deploy' is blocked", "a: Action type 'deploy' requires human approval")
    backward = evaluate(policies[::-1], context("deploy", risk_score=50))
    assert backward.matched_policies == ("gp_b", "gp_a", "gp_c")
    assert backward.reasons == forward.reasons[::-1]
    assert evaluate(policies, context("deploy", risk_score=50)) == forward


def test_a_missing_agent_skips_only_the_agent_policies():
    policies = [
        policy("rate_limit", {"max_actions": 1, "window_minutes": 60}, policy_id="gp_rate"),
        policy("behavioral_anomaly", {}, policy_id="gp_anomaly"),
        policy("risk_threshold", {"threshold": 50, "action": "warn"}, name="risky", policy_id="gp_risk"),
    ]
    facts = Facts(recent_action_counts={"gp_rate": 5}, agent_history=[])
    result = evaluate(policies, context(agent_id=None, risk_score=60), facts)
    assert outcome(result) == ("warn", [], ["risky: Risk score 60 is at or above threshold 50"])
    assert result.matched_policies == ("gp_risk",)


# --- pass 2: webhook_check --------------------------------------------------------------------------------------

HOOK = policy("webhook_check", {"url": "https://hooks.example.com/x"}, name="ext", policy_id="gp_hook")
STRICT_HOOK = policy("webhook_check", {"url": "https://hooks.example.com/x", "on_timeout": "block"}, name="ext",
                     policy_id="gp_hook")
WARNED = Evaluation(decision="warn", warnings=("risky: Risk score 60 is at or above threshold 50",),
                    matched_policies=("gp_risk",))


@pytest.mark.parametrize("hook, reply, expected", [
    (HOOK, WebhookReply(), WARNED),
    (HOOK, WebhookReply(failed=True, failure="timeout"), WARNED),
    (policy("webhook_check", {"on_timeout": "allow"}, name="ext", policy_id="gp_hook"),
     WebhookReply(failed=True, failure="timeout"), WARNED),
    (STRICT_HOOK, WebhookReply(failed=True, failure="timeout"), Evaluation(
        "block", ("ext (webhook): webhook failed or timed out (timeout)",), WARNED.warnings, ("gp_risk", "gp_hook"))),
    (HOOK, WebhookReply(decision="allow"), WARNED),
    (HOOK, WebhookReply(decision="warn", reasons=("same level",)), WARNED),
    (HOOK, WebhookReply(decision="block", reasons=("freeze", "audit")), Evaluation(
        "block", ("ext (webhook): freeze; audit",), WARNED.warnings, ("gp_risk", "gp_hook"))),
    (HOOK, WebhookReply(decision="require_approval"), Evaluation(
        "require_approval", ("ext (webhook): escalated to require_approval",), WARNED.warnings,
        ("gp_risk", "gp_hook"))),
    (HOOK, WebhookReply(decision="block", warnings=("one", "two")), Evaluation(
        "block", ("ext (webhook): escalated to block",),
        WARNED.warnings + ("ext (webhook): one", "ext (webhook): two"), ("gp_risk", "gp_hook"))),
    (HOOK, WebhookReply(warnings=("one", "two")), Evaluation(
        "warn", (), WARNED.warnings + ("ext (webhook): one", "ext (webhook): two"), ("gp_risk", "gp_hook"))),
    (HOOK, WebhookReply(decision="allow", warnings=("fyi",)), Evaluation(
        "warn", (), WARNED.warnings + ("ext (webhook): fyi",), ("gp_risk", "gp_hook"))),
], ids=[
    "empty-reply", "failed-fails-open", "failed-on-timeout-allow", "failed-on-timeout-block", "no-downgrade",
    "same-level", "escalates-with-reasons", "escalates-without-reasons", "escalation-with-warnings",
    "warnings-only", "allow-with-warnings",
])
def test_webhook_reply(hook, reply, expected):
    assert apply_webhook(WARNED, WARNED, hook, reply) == expected


def test_every_webhook_is_judged_against_the_same_preliminary_decision():
    preliminary = evaluate([], context())
    first = policy("webhook_check", {}, name="one", policy_id="gp_one")
    second = policy("webhook_check", {}, name="two", policy_id="gp_two")
    result = apply_webhook(preliminary, preliminary, first, WebhookReply(decision="block", reasons=("no",)))
    result = apply_webhook(result, preliminary, second, WebhookReply(decision="warn", reasons=("careful",)))
    assert outcome(result) == ("block", ["one (webhook): no"], ["two (webhook): careful"])
    assert result.matched_policies == ("gp_one", "gp_two")


# --- signals ----------------------------------------------------------------------------------------------------

def test_signals_add_warnings_and_never_change_the_decision():
    blocked = evaluate([deciding("block")], context())
    signals = [{"type": "autonomy_spike", "label": "Busy"}, {"type": "stale_loop", "label": "Old loop"}]
    result = add_signal_warnings(blocked, signals)
    assert result.decision == "block" and result.reasons == blocked.reasons
    assert result.warnings == ("Active signal: autonomy_spike — Busy", "Active signal: stale_loop — Old loop")
    assert add_signal_warnings(blocked, []) is blocked
