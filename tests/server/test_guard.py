"""Behavior Guard: every policy type, decisions always 200, every evaluation logged."""
from __future__ import annotations

import json
import time

import pytest
from support.server import run_server
from support.stub import Reply, ScriptedServer


def add_policy(server, tenant, name, policy_type, rules, expect=201):
    status, body, _ = server.request(
        "POST", "/api/policies", tenant.admin_key, {"name": name, "policy_type": policy_type, "rules": json.dumps(rules)}
    )
    assert status == expect, body
    return body


def test_seed_guard_example(server, tenant, claw):
    add_policy(server, tenant, "high risk", "risk_threshold", {"threshold": 70})
    decision = claw.guard({"action_type": "deploy", "risk_score": 80}, include_signals=True)
    assert decision["decision"] == "block"
    assert decision["risk_score"] == 80
    assert decision["agent_risk_score"] == 80
    assert decision["reasons"] == ["high risk: Risk score 80 is at or above threshold 70"]
    decisions = claw.get_guard_decisions(decision="block", limit=50)
    assert decisions["total"] == 1
    assert decisions["decisions"][0]["decision"] == "block"
    assert decisions["decisions"][0]["agent_id"] == claw.agent_id


def test_soc2_example_server_risk_beats_agent_risk(server, tenant, claw):
    add_policy(server, tenant, "critical risk", "risk_threshold", {"threshold": 90})
    guard_result = claw.guard({
        "action_type": "database_write",
        "risk_score": 5,
        "systems_touched": ["production_db"],
        "reversible": False,
        "declared_goal": "Drop legacy user table",
    })
    assert guard_result["decision"] == "block"
    assert guard_result["risk_score"] > 90
    assert guard_result["agent_risk_score"] == 5
    assert guard_result.get("reasons")


def test_allow_with_no_policies_and_null_agent_risk(claw):
    decision = claw.guard({"action_type": "research"})
    assert decision["decision"] == "allow"
    assert decision["agent_risk_score"] is None
    assert decision["reasons"] == [] and decision["warnings"] == [] and decision["matched_policies"] == []
    assert decision["evaluated_at"].endswith("Z")


def test_action_type_policies_and_stable_order(server, tenant, claw):
    first = add_policy(server, tenant, "approve sends", "require_approval", {"action_types": ["email.send", "deploy"]})
    second = add_policy(server, tenant, "no exec", "block_action_type", {"action_types": ["exec.*"]})
    third = add_policy(server, tenant, "warn risky", "risk_threshold", {"threshold": 50, "action": "warn"})
    assert claw.guard({"action_type": "email.send"})["decision"] == "require_approval"
    blocked = claw.guard({"action_type": "exec.bash", "risk_score": 60})
    assert blocked["decision"] == "block"
    assert blocked["matched_policies"] == [second["policy_id"], third["policy_id"]]
    assert blocked["warnings"] == ["warn risky: Risk score 60 is at or above threshold 50"]
    both = claw.guard({"action_type": "deploy", "risk_score": 55})
    assert both["matched_policies"] == [first["policy_id"], third["policy_id"]]
    assert both["decision"] == "require_approval"
    assert claw.guard({"action_type": "Deploy"})["decision"] == "allow"  # case-sensitive


def test_null_action_means_the_default_and_wildcards_span_lines(server, tenant, claw):
    add_policy(server, tenant, "high risk", "risk_threshold", {"threshold": 70, "action": None})
    add_policy(server, tenant, "no exec", "block_action_type", {"action_types": ["exec.*"]})
    decision = claw.guard({"action_type": "research", "risk_score": 80})
    assert decision["decision"] == "block"
    assert decision["reasons"] == ["high risk: Risk score 80 is at or above threshold 70"]
    sneaky = claw.guard({"action_type": "exec.\nrm -rf /"})
    assert sneaky["decision"] == "block" and sneaky["reasons"] == ["no exec: Action type 'exec.\nrm -rf /' is blocked"]


def test_inactive_policy_is_ignored_and_patch_delete(server, tenant, claw):
    policy = add_policy(server, tenant, "block all deploys", "block_action_type", {"action_types": ["deploy"]})
    assert claw.guard({"action_type": "deploy"})["decision"] == "block"
    status, body, _ = server.request("PATCH", "/api/policies", tenant.admin_key, {"id": policy["policy_id"], "active": 0})
    assert status == 200 and body["policy"]["active"] == 0
    assert claw.guard({"action_type": "deploy"})["decision"] == "allow"
    status, body, _ = server.request("DELETE", f"/api/policies?id={policy['policy_id']}", tenant.admin_key)
    assert status == 200 and body == {"deleted": True, "id": policy["policy_id"]}
    assert server.request("GET", "/api/policies", tenant.admin_key)[1]["policies"] == []


def test_policy_validation_and_duplicates(server, tenant):
    add_policy(server, tenant, "t", "risk_threshold", {"threshold": 101}, expect=400)
    add_policy(server, tenant, "r", "rate_limit", {"max_actions": 0, "window_minutes": 5}, expect=400)
    add_policy(server, tenant, "b", "block_action_type", {"action_types": []}, expect=400)
    add_policy(server, tenant, "s", "semantic_check", {}, expect=400)
    status, body, _ = server.request(
        "POST", "/api/policies", tenant.admin_key, {"name": "x", "policy_type": "risk_threshold", "rules": "{nope"}
    )
    assert status == 400 and body["details"] == ["rules must be valid JSON"]
    add_policy(server, tenant, "dup", "risk_threshold", {"threshold": 50})
    status, body, _ = server.request(
        "POST", "/api/policies", tenant.admin_key, {"name": "dup", "policy_type": "risk_threshold", "rules": '{"threshold": 60}'}
    )
    assert status == 409 and body["error"] == "A policy with that name already exists"


def test_rate_limit_policy_counts_recent_actions(server, tenant, claw):
    add_policy(server, tenant, "slow down", "rate_limit", {"max_actions": 3, "window_minutes": 60})
    for i in range(3):
        assert claw.create_action("build", f"Build {i}")["decision"]["decision"] == "allow"
    decision = claw.guard({"action_type": "build"})
    assert decision["decision"] == "warn"
    assert "3 actions in the last 60 minutes (limit 3)" in decision["warnings"][0]
    other_agent = claw.guard({"action_type": "build", "agent_id": "someone-else"})
    assert other_agent["decision"] == "allow"


def test_behavioral_anomaly_uses_local_similarity(server, tenant, claw):
    add_policy(server, tenant, "stay in character", "behavioral_anomaly", {"similarity_threshold": 0.5, "min_history": 3})
    first = claw.guard({"action_type": "research", "declared_goal": "Summarise quarterly sales report"})
    assert first["decision"] == "warn" and "Not enough history" in first["warnings"][0]
    for quarter in ("Q1", "Q2", "Q3"):
        claw.create_action("research", f"Summarise {quarter} quarterly sales report", systems_touched=["crm"])
    usual = claw.guard({"action_type": "research", "declared_goal": "Summarise Q4 quarterly sales report", "systems_touched": ["crm"]})
    assert usual["decision"] == "allow"
    odd = claw.guard({"action_type": "iam_change", "declared_goal": "Grant root on payroll cluster", "systems_touched": ["payroll"]})
    assert odd["decision"] == "require_approval"
    assert "similarity" in odd["reasons"][0]


def test_semantic_check_asks_the_llm_and_falls_back(server, tenant, claw, fake_llm):
    add_policy(server, tenant, "no forbidden things", "semantic_check", {"instruction": "Never do forbidden things"})
    assert claw.guard({"action_type": "deploy", "declared_goal": "Ship the forbidden feature"})["decision"] == "block"
    assert claw.guard({"action_type": "deploy", "declared_goal": "Ship the approved feature"})["decision"] == "allow"
    assert any("Never do forbidden things" in r.body["messages"][0]["content"] for r in fake_llm.requests)

    add_policy(server, tenant, "broken llm, fail closed", "semantic_check", {"instruction": "MALFORMED", "fallback": "block"})
    decision = claw.guard({"action_type": "deploy", "declared_goal": "Ship the approved feature"})
    assert decision["decision"] == "block"
    assert "fallback is block" in decision["reasons"][0]


@pytest.fixture
def webhook():
    """A guard webhook endpoint at `webhook.url + "/check"`; each test scripts its replies."""
    with ScriptedServer() as hook:
        yield hook


def test_webhook_check_escalates_warns_and_fails_closed(server, tenant, claw, webhook):
    add_policy(server, tenant, "risky", "risk_threshold", {"threshold": 50, "action": "warn"})
    add_policy(server, tenant, "ext", "webhook_check", {"url": f"{webhook.url}/check", "timeout_ms": 1000, "on_timeout": "block"})

    webhook.on("POST", "/check", {"decision": "require_approval", "reasons": ["change freeze"]})
    escalated = claw.guard({"action_type": "deploy", "risk_score": 60})
    assert escalated["decision"] == "require_approval"
    assert escalated["reasons"] == ["ext (webhook): change freeze"]
    sent = webhook.to("POST", "/check")[-1]
    assert sent.headers["X-DashClaw-Event"] == "guard.evaluation"
    assert sent.body["preliminary_decision"] == "warn"
    assert sent.body["context"]["risk_score"] == 60

    webhook.on("POST", "/check", {"decision": "allow"})  # webhooks never downgrade
    assert claw.guard({"action_type": "deploy", "risk_score": 60})["decision"] == "warn"

    webhook.on("POST", "/check", {"warnings": ["heads up"]})
    warned = claw.guard({"action_type": "research"})
    assert warned["decision"] == "warn" and warned["warnings"] == ["ext (webhook): heads up"]

    webhook.on("POST", "/check", Reply(raw=b"not json"))
    assert claw.guard({"action_type": "research"})["decision"] == "block"

    webhook.on("POST", "/check", Reply(delay=1.5))
    started = time.monotonic()
    timed_out = claw.guard({"action_type": "research"})
    assert timed_out["decision"] == "block" and "timed out" in timed_out["reasons"][0]
    assert time.monotonic() - started < 3


def test_webhook_urls_are_checked_for_ssrf(tmp_path):
    from dashclaw.server.core.http import check_target_url, post

    assert check_target_url("http://example.com/x") == "URL must use HTTPS"
    assert check_target_url("https://localhost/x").startswith("URL cannot point to localhost")
    assert check_target_url("https://10.1.2.3/x").startswith("URL cannot point to localhost")
    assert check_target_url("https://[::1]/x").startswith("URL cannot point to localhost")
    assert check_target_url("https://svc.internal/x").startswith("URL cannot point to localhost")
    assert check_target_url("https://hooks.example.com/x", ("example.org",)) == "URL domain is not on the trusted allowlist"
    assert check_target_url("https://hooks.example.com/x", ("example.com",)) is None
    # a name that passes the text check but resolves to a private address is refused at connect time
    with pytest.raises(OSError, match="private address"):
        post("https://localhost:9/x", b"{}", {}, 1.0, allow_private=False)

    with run_server(f"sqlite:///{tmp_path / 'db.sqlite'}", tmp_path, "sqlite", DASHCLAW_ALLOW_PRIVATE_WEBHOOKS="") as strict:
        tenant = strict.new_tenant()
        status, body, _ = strict.request(
            "POST", "/api/policies", tenant.admin_key,
            {"name": "hook", "policy_type": "webhook_check", "rules": json.dumps({"url": "https://127.0.0.1/x"})},
        )
        assert status == 400
        assert body["details"] == ["rules.url: URL cannot point to localhost, private networks, or invalid domains"]


def test_include_signals_in_query_or_body(server, tenant, claw):
    for i in range(11):
        claw.create_action("build", f"Busy build {i}")
    with_signals = claw.guard({"action_type": "build"}, include_signals=True)
    assert any(w.startswith("Active signal: autonomy_spike") for w in with_signals["warnings"])
    assert with_signals["decision"] == "allow"
    status, body, _ = server.request(
        "POST", "/api/guard?include_signals=true", tenant.admin_key, {"action_type": "build", "agent_id": claw.agent_id}
    )
    assert status == 200 and any("autonomy_spike" in w for w in body["warnings"])
    assert claw.guard({"action_type": "build"})["warnings"] == []


def test_every_evaluation_is_logged_with_filters(server, tenant, claw):
    add_policy(server, tenant, "no deletes", "block_action_type", {"action_types": ["delete"]})
    claw.guard({"action_type": "delete"})
    claw.guard({"action_type": "read"})
    claw.create_action("read", "Read a file")
    mine = claw.get_guard_decisions()
    assert mine["total"] == 3
    assert mine["stats"]["total_24h"] == 3 and mine["stats"]["blocks_24h"] == 1
    assert claw.get_guard_decisions(decision="block")["total"] == 1
    assert claw.get_guard_decisions(agent_id="nobody")["total"] == 0
    linked = [d for d in mine["decisions"] if d["action_id"]]
    assert len(linked) == 1 and linked[0]["action_type"] == "read"


def test_answered_decisions_survive_a_restart(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    with run_server(url, tmp_path, "sqlite") as first:
        tenant = first.new_tenant()
        claw = first.client(tenant.admin_key, agent_id="shutdown-agent")
        for _ in range(50):
            claw.guard({"action_type": "deploy"})
        claw.close()
    # the server was stopped right after the last answer; everything it answered is in the log
    with run_server(url, tmp_path, "sqlite") as second:
        decisions = second.client(tenant.admin_key, agent_id="shutdown-agent").get_guard_decisions(limit=100)
        assert decisions["total"] == 50
