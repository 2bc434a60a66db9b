"""Policies as code: packs and YAML import, policy tests and proof, simulation, and shadow mode."""
from __future__ import annotations

import json
import secrets

import pytest

from dashclaw import ForbiddenError, ValidationError


def add_policy(server, tenant, name, policy_type, rules, **extra):
    status, body, _ = server.request("POST", "/api/policies", tenant.admin_key,
                                     {"name": name, "policy_type": policy_type, "rules": json.dumps(rules), **extra})
    assert status == 201, body
    return body["policy"]


def test_seed_policy_testing_example(claw):
    """The seed's Policy Testing section, as written."""
    claw.import_policies(pack="enterprise-strict")
    report = claw.test_policies()
    lines = [f"{report['passed']}/{report['total']} policies passed"]
    for r in [r for r in report["results"] if not r["passed"]]:
        lines.append(f"FAIL: {r['policy']}: {r['reason']}")
    assert lines == ["6/6 policies passed"]
    assert report["total_tests"] == report["tests_passed"] == 12 and report["success"] is True
    proof = claw.get_proof_report(format="md")
    assert proof["format"] == "md" and proof["report"].startswith("# Policy Proof Report")
    assert "Shell command execution is completely blocked" in proof["report"]
    assert "Last test run" in proof["report"] and "6/6 policies passed" in proof["report"]


def test_packs_import_once_and_their_wildcards_and_allowlists_work_in_the_guard(claw):
    first = claw.import_policies(pack="smb-safe")
    assert first["imported"] == 4 and first["skipped"] == 0 and first["errors"] == []
    assert {p["policy_type"] for p in first["policies"]} == {"require_approval", "block_action_type"}
    again = claw.import_policies(pack="smb-safe")
    assert again["imported"] == 0 and again["skipped"] == 4

    assert claw.guard({"action_type": "exec.curl"})["decision"] == "block"  # exec.* at runtime, not only in tests
    assert claw.guard({"action_type": "exec.ls"})["decision"] == "allow"  # the allowlist at runtime
    assert claw.guard({"action_type": "email.send"})["decision"] == "require_approval"
    assert claw.guard({"action_type": "research"})["decision"] == "allow"


def test_yaml_import_validates_each_item_like_a_created_policy(claw):
    document = """
policies:
  - name: Humans approve payouts
    policy_type: require_approval
    rules: {action_types: [payout.send]}
  - name: Broken threshold
    policy_type: risk_threshold
    rules: {threshold: 250}
  - id: no_wipes
    description: Never wipe disks
    applies_to: {tools: ["disk.*"]}
    rule: {block: true}
    tests:
      - {name: blocks_wipe, input: {tool: disk.wipe}, expect: {allowed: false}}
"""
    result = claw.import_policies(yaml=document)
    assert result["imported"] == 2 and result["skipped"] == 0
    assert len(result["errors"]) == 1 and "rules.threshold must be a number between 0 and 100" in result["errors"][0]
    assert claw.guard({"action_type": "disk.wipe"})["decision"] == "block"
    assert claw.guard({"action_type": "payout.send"})["decision"] == "require_approval"


@pytest.mark.parametrize("body,error", [
    ({}, "pack or yaml is required"),
    ({"pack": "yolo"}, "Unknown pack: yolo"),
    ({"yaml": "policies: [unclosed"}, "Invalid YAML (line 1, column 20): ..."),
    ({"yaml": "rules: []"}, "YAML must be a document with a `policies` list"),
    ({"yaml": "a: &x [1]\npolicies: *x"}, "YAML aliases are not allowed"),
])
def test_import_refuses_what_it_cannot_read(server, tenant, body, error):
    status, payload, _ = server.request("POST", "/api/policies/import", tenant.admin_key, body)
    assert status == 400, payload
    assert payload["error"].startswith(error.rstrip(".")) if error.endswith("...") else payload["error"] == error
    assert server.request("GET", "/api/policies", tenant.admin_key)[1]["policies"] == []


def test_import_needs_an_admin_key(server, tenant):
    member = server.client(server.mint_key(tenant, "member"))
    with pytest.raises(ForbiddenError):
        member.import_policies(pack="development")
    assert member.test_policies()["total"] == 0  # any role may run the tests


def test_failing_policy_tests_say_what_was_expected(server, tenant, claw):
    add_policy(server, tenant, "approve deploys", "require_approval", {
        "action_types": ["deploy"],
        "tests": [{"name": "deploy is blocked", "input": {"tool": "deploy"}, "expect": {"decision": "block"}}],
    })
    add_policy(server, tenant, "risk ceiling", "risk_threshold", {"threshold": 75})
    report = claw.test_policies()
    assert (report["total"], report["passed"], report["failed"], report["success"]) == (2, 1, 1, False)
    failed = next(r for r in report["results"] if not r["passed"])
    assert failed["policy"] == "approve deploys"
    assert failed["reason"] == "deploy is blocked: expected {'decision': 'block'}, got require_approval"
    passed = next(r for r in report["results"] if r["passed"])
    assert [t["name"] for t in passed["tests"]] == ["at_threshold", "below_threshold"]


def test_proof_report_as_json_is_a_json_string(server, tenant, claw):
    add_policy(server, tenant, "no drops", "block_action_type", {"action_types": ["db.drop"], "allowlist": []})
    proof = claw.get_proof_report()
    assert proof["format"] == "json"
    data = json.loads(proof["report"])
    assert data["project"] == f"org-{tenant.org_id}"
    assert data["summary"]["total_policies"] == 1 and data["summary"]["test_results"] is None
    assert data["policies"][0]["applies_to"] == {"tools": ["db.drop"]} and data["policies"][0]["rule"]["effect"] == "BLOCK"


def test_shadow_policy_is_logged_as_would_block_while_the_decision_stays_allow(server, tenant, claw):
    """Acceptance 3."""
    shadow = add_policy(server, tenant, "try: no exports", "block_action_type", {"action_types": ["data.export"]}, shadow=True)
    assert shadow["shadow"] == 1
    decision = claw.guard({"action_type": "data.export", "declared_goal": "Nightly export"})
    assert decision["decision"] == "allow" and decision["matched_policies"] == []
    created = claw.create_action(action_type="data.export", declared_goal="Export again")
    assert created["action"]["status"] == "running"

    logged = claw.get_guard_decisions(limit=10)["decisions"]
    assert len(logged) == 2
    for row in logged:
        assert row["decision"] == "allow"
        assert row["shadow_results"] == [{"policy_id": shadow["id"], "policy_name": "try: no exports", "would": "block",
                                          "reason": "Action type 'data.export' is blocked"}]
    assert claw.guard({"action_type": "research"})["decision"] == "allow"

    status, report, _ = server.request("GET", "/api/policies/shadow?window=7d", tenant.admin_key)
    assert status == 200 and report["window_days"] == 7 and report["evaluations"] == 3
    entry = next(p for p in report["policies"] if p["policy_id"] == shadow["id"])
    assert (entry["would_block"], entry["would_require_approval"], entry["would_change"]) == (2, 0, 2)
    assert {e["action_type"] for e in entry["examples"]} == {"data.export"}

    server.request("PATCH", "/api/policies", tenant.admin_key, {"id": shadow["id"], "shadow": False})
    assert claw.guard({"action_type": "data.export"})["decision"] == "block"


def test_a_whole_pack_can_be_tried_in_shadow_mode_first(server, tenant, claw):
    status, result, _ = server.request("POST", "/api/policies/import", tenant.admin_key, {"pack": "development", "shadow": True})
    assert status == 201 and result["imported"] == 2 and {p["shadow"] for p in result["policies"]} == {1}
    assert claw.guard({"action_type": "db.query.production"})["decision"] == "allow"
    report = server.request("GET", "/api/policies/shadow", tenant.admin_key)[1]
    assert sorted(p["would_block"] for p in report["policies"]) == [0, 1]


def test_simulation_replays_recent_actions(server, tenant, claw):
    for goal, risk in (("Rotate logs", 10), ("Drop the staging schema", 90), ("Refund order 42", 60)):
        claw.create_action(action_type="ops", declared_goal=goal, risk_score=risk)
    status, result, _ = server.request("POST", "/api/policies/simulate", tenant.admin_key,
                                       {"policy_type": "risk_threshold", "rules": {"threshold": 70}})
    assert status == 200, result
    assert result["summary"]["total"] == 3 and result["summary"]["block"] == 1
    assert [m["goal"] for m in result["matches"]] == ["Drop the staging schema"]
    status, result, _ = server.request("POST", "/api/policies/simulate", tenant.admin_key, {"policies": [
        {"name": "ask above 50", "policy_type": "risk_threshold", "rules": {"threshold": 50, "action": "require_approval"}},
        {"name": "block ops", "policy_type": "block_action_type", "rules": {"action_types": ["o*"]}},
    ], "days": 1})
    assert result["summary"]["block"] == 3 and [p["matches"] for p in result["by_policy"]] == [2, 3]
    status, result, _ = server.request("POST", "/api/policies/simulate", tenant.admin_key,
                                       {"policy_type": "risk_threshold", "rules": {"threshold": 101}})
    assert status == 400 and result["details"] == ["rules.threshold must be a number between 0 and 100"]


def test_packs_are_listed(server, tenant):
    packs = server.request("GET", "/api/policies/packs", tenant.admin_key)[1]["packs"]
    assert [p["id"] for p in packs] == ["enterprise-strict", "smb-safe", "startup-growth", "development"]


def test_member_cannot_import_but_the_sdk_error_is_readable(server, tenant):
    readonly = server.client(server.mint_key(tenant, "readonly"))
    with pytest.raises(ForbiddenError):
        readonly.import_policies(yaml="policies: []")
    with pytest.raises(ValidationError):
        server.client(tenant.admin_key, agent_id="a-" + secrets.token_hex(2)).import_policies(yaml="policies: 5")
