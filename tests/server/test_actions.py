"""Action recording, the seed's Quick Start and Action Recording examples, against the real server."""
from __future__ import annotations

import pytest

from dashclaw import GuardBlockedError


def test_create_update_and_query(claw):
    res = claw.create_action("deploy", "Ship v2.0", risk_score=60, systems_touched=["prod-api"])
    action_id = res["action_id"]
    assert action_id.startswith("act_")
    assert res["action"]["systems_touched"] == ["prod-api"]
    assert res["decision"]["decision"] == "allow"
    assert res["security"]["clean"] is True

    claw.update_outcome(action_id, status="completed", duration_ms=1200)
    completed = claw.get_actions(status="completed", agent_id=claw.agent_id)
    assert [a["action_id"] for a in completed["actions"]] == [action_id]
    assert completed["stats"]["completed"] == 1

    detail = claw.get_action(action_id)
    assert detail["action"]["status"] == "completed"
    assert detail["action"]["duration_ms"] == 1200
    assert detail["action"]["timestamp_end"].endswith("Z")
    assert detail["open_loops"] == [] and detail["assumptions"] == []

    trace = claw.get_action_trace(action_id)
    assert trace["action"]["action_id"] == action_id
    assert set(trace["trace"]) >= {"assumptions", "loops", "parent_chain", "sub_actions", "related_actions", "root_cause_indicators"}


def test_track_records_completion_and_failure(claw):
    with claw.track(action_type="research", declared_goal="Explore Python SDK capabilities") as tracked:
        pass
    done = claw.get_action(tracked["action_id"])["action"]
    assert done["status"] == "completed"
    assert isinstance(done["duration_ms"], int)

    with pytest.raises(RuntimeError):
        with claw.track(action_type="research", declared_goal="Try something that breaks") as tracked:
            raise RuntimeError("upstream timed out")
    failed = claw.get_action(tracked["action_id"])["action"]
    assert failed["status"] == "failed"
    assert failed["error_message"] == "upstream timed out"


def test_client_supplied_id_any_action_type_and_duplicate(claw):
    res = claw.create_action("customer_communication", "Send pricing update", action_id="my-own-id-1")
    assert res["action_id"] == "my-own-id-1"
    assert res["action"]["action_type"] == "customer_communication"
    with pytest.raises(Exception) as excinfo:
        claw.create_action("deploy", "Again", action_id="my-own-id-1")
    assert excinfo.value.status == 409


def test_risk_is_scored_server_side(claw):
    risky = claw.create_action(
        action_type="database_write",
        declared_goal="Drop legacy user table",
        risk_score=5,
        systems_touched=["production_db"],
        reversible=False,
    )
    assert risky["action"]["risk_score"] > 90
    assert risky["action"]["agent_risk_score"] == 5
    assert "irreversible" in risky["action"]["risk_factors"]

    mild = claw.create_action("research", "Read the docs", risk_score=40)
    assert mild["action"]["risk_score"] == 40  # the agent's higher estimate stands
    assert mild["decision"]["agent_risk_score"] == 40


def test_secrets_are_redacted_before_storage(claw):
    res = claw.create_action(
        "config",
        "Rotate key sk-ant-abcdefghijklmnopqrstuvwxyz012345",
        reasoning="password=hunter2secret found in the old config",
    )
    action = claw.get_action(res["action_id"])["action"]
    assert "sk-ant" not in action["declared_goal"]
    assert "[REDACTED:anthropic_key]" in action["declared_goal"]
    assert "[REDACTED:password_field]" in action["reasoning"]
    assert res["security"]["clean"] is False
    assert res["security"]["critical_count"] >= 1
    assert set(res["security"]["categories"]) >= {"anthropic_key", "password_field"}


def test_list_filters_and_pagination(claw):
    ids = [claw.create_action("build", f"Build {i}", risk_score=10 * i)["action_id"] for i in range(5)]
    page = claw.get_actions(agent_id=claw.agent_id, limit=2, offset=0)
    assert page["total"] == 5 and len(page["actions"]) == 2
    assert [a["action_id"] for a in page["actions"]] == ids[::-1][:2]
    second = claw.get_actions(agent_id=claw.agent_id, limit=2, offset=2)
    assert [a["action_id"] for a in second["actions"]] == ids[::-1][2:4]
    risky = claw.get_actions(agent_id=claw.agent_id, risk_min=30)
    assert {a["action_id"] for a in risky["actions"]} == set(ids[3:])
    by_type = claw.get_actions(action_type="build")
    assert by_type["total"] == 5


def test_trace_links_parents_children_and_root_causes(claw):
    parent = claw.create_action("deploy", "Parent rollout")["action_id"]
    claw.update_outcome(parent, status="failed", error_message="canary failed")
    child = claw.create_action("deploy", "Child step", parent_action_id=parent)["action_id"]
    assumption = claw.register_assumption(child, "Canary is healthy")
    claw.validate_assumption(assumption["assumption"]["id"], validated=False, invalidated_reason="it was not")
    claw.register_open_loop(child, "dependency", "Wait for rollback")

    trace = claw.get_action_trace(child)["trace"]
    assert [p["action_id"] for p in trace["parent_chain"]] == [parent]
    assert trace["assumptions"]["invalidated"] == 1
    assert trace["loops"]["open"] == 1
    kinds = [i["type"] for i in trace["root_cause_indicators"]]
    # the parent is also "related" (same agent, within the hour), so it shows up twice
    assert kinds == ["invalidated_assumptions", "unresolved_loops", "parent_failures", "related_failures"]
    assert [s["action_id"] for s in claw.get_action_trace(parent)["trace"]["sub_actions"]] == [child]

    graph = claw.get_action_graph(child)
    node_ids = {n["id"] for n in graph["nodes"]}
    assert f"action:{child}" in node_ids and f"action:{parent}" in node_ids
    assert {e["kind"] for e in graph["edges"]} >= {"parent_child", "assumption_of", "loop_from"}


def test_pending_action_cannot_be_released_by_patch(server, tenant, claw):
    admin = server.client(tenant.admin_key)
    admin_policy = {"name": "approve deploys", "policy_type": "require_approval", "rules": '{"action_types": ["deploy"]}'}
    assert server.request("POST", "/api/policies", tenant.admin_key, admin_policy)[0] == 201
    pending = claw.create_action("deploy", "Ship to production")
    assert pending["action"]["status"] == "pending_approval"
    with pytest.raises(Exception) as excinfo:
        claw.update_outcome(pending["action_id"], status="completed")
    assert excinfo.value.status == 409
    claw.update_outcome(pending["action_id"], status="cancelled")
    assert admin.get_action(pending["action_id"])["action"]["status"] == "cancelled"


def test_delete_actions_is_admin_only_and_cascades(server, tenant, claw):
    action_id = claw.create_action("cleanup", "Tidy temp files")["action_id"]
    claw.register_open_loop(action_id, "followup", "Check disk")
    status, body, _ = server.request("DELETE", f"/api/actions?action_id={action_id}", tenant.admin_key)
    assert status == 200 and body == {"deleted": 1, "action_ids": [action_id]}
    assert claw.get_open_loops()["total"] == 0
    status, body, _ = server.request("DELETE", "/api/actions", tenant.admin_key)
    assert status == 400


def test_blocked_create_stores_nothing(server, tenant, claw):
    policy = {"name": "no deletes", "policy_type": "block_action_type", "rules": '{"action_types": ["delete"]}'}
    assert server.request("POST", "/api/policies", tenant.admin_key, policy)[0] == 201
    with pytest.raises(GuardBlockedError) as excinfo:
        claw.create_action("delete", "Remove the backups")
    assert excinfo.value.decision == "block"
    assert excinfo.value.reasons and "no deletes" in excinfo.value.reasons[0]
    assert claw.get_actions()["total"] == 0
    decisions = claw.get_guard_decisions(decision="block")
    assert decisions["total"] == 1
