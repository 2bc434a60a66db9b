"""Human-in-the-loop: require_approval parks an action until an operator decides."""
from __future__ import annotations

import json
import threading
import time

import pytest

from dashclaw import ApprovalDeniedError, DashClawError, GuardBlockedError


@pytest.fixture
def approval_policy(server, tenant):
    body = {"name": "deploys need a human", "policy_type": "require_approval",
            "rules": json.dumps({"action_types": ["deploy", "customer_communication"]})}
    assert server.request("POST", "/api/policies", tenant.admin_key, body)[0] == 201


def test_require_approval_parks_the_action(server, tenant, claw, approval_policy):
    status, body, _ = server.request(
        "POST", "/api/actions", tenant.admin_key,
        {"agent_id": claw.agent_id, "action_type": "deploy", "declared_goal": "Ship to production"},
    )
    assert status == 202
    assert body["action"]["status"] == "pending_approval"
    assert body["decision"]["decision"] == "require_approval"
    pending = claw.get_pending_approvals(limit=25)
    assert [a["action_id"] for a in pending["actions"]] == [body["action_id"]]


def test_approve_allow_then_wait_returns(server, tenant, claw, approval_policy):
    action_id = claw.create_action("deploy", "Ship to production")["action_id"]
    approved = claw.approve_action(action_id, decision="allow", reasoning="Change window approved")
    assert approved["success"] is True
    action = approved["action"]
    assert action["status"] == "running"
    assert action["approved_by"] and action["approved_at"].endswith("Z")
    assert action["approval_decision"] == "allow"
    assert "[HITL Decision: ALLOW by" in action["reasoning"] and "Reason: Change window approved" in action["reasoning"]
    waited = claw.wait_for_approval(action_id, timeout=5, interval=0.1)
    assert waited["action"]["approved_by"] == action["approved_by"]
    assert claw.get_pending_approvals()["total"] == 0


def test_deny_raises_approval_denied(server, tenant, claw, approval_policy):
    action_id = claw.create_action("deploy", "Ship on a Friday")["action_id"]
    claw.approve_action(action_id, decision="deny", reasoning="Not on a Friday")
    with pytest.raises(ApprovalDeniedError) as excinfo:
        claw.wait_for_approval(action_id, timeout=5, interval=0.1)
    assert "Not on a Friday" in str(excinfo.value)
    action = claw.get_action(action_id)["action"]
    assert action["status"] == "failed" and action["approved_by"] is None


def test_only_admins_approve_and_only_pending_actions(server, tenant, claw, approval_policy):
    member = server.client(server.mint_key(tenant, "member"), agent_id=claw.agent_id)
    action_id = member.create_action("deploy", "Ship it")["action_id"]
    with pytest.raises(DashClawError) as excinfo:
        member.approve_action(action_id, decision="allow")
    assert excinfo.value.status == 403
    claw.approve_action(action_id, decision="allow")
    with pytest.raises(DashClawError) as excinfo:
        claw.approve_action(action_id, decision="allow")
    assert excinfo.value.status == 400 and str(excinfo.value) == "Action is not pending approval"


def test_wait_for_approval_times_out_clearly(server, tenant, claw, approval_policy):
    action_id = claw.create_action("deploy", "Ship slowly")["action_id"]
    with pytest.raises(TimeoutError) as excinfo:
        claw.wait_for_approval(action_id, timeout=0.3, interval=0.1)
    assert isinstance(excinfo.value, DashClawError)
    assert action_id in str(excinfo.value)


def _decide_when_pending(admin, agent_id, decision, reasoning=None):
    def run():
        for _ in range(100):
            pending = admin.get_actions(status="pending_approval", agent_id=agent_id)["actions"]
            if pending:
                admin.approve_action(pending[0]["action_id"], decision=decision, reasoning=reasoning)
                return
            time.sleep(0.05)

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_hitl_mode_wait_blocks_until_approved(server, tenant, approval_policy):
    agent = server.client(tenant.admin_key, agent_id="hitl-agent", hitl_mode="wait", approval_poll_interval=0.05)
    operator = server.client(tenant.admin_key, agent_id="operator")
    thread = _decide_when_pending(operator, "hitl-agent", "allow")
    result = agent.create_action(action_type="deploy", declared_goal="Ship to production")
    thread.join()
    assert result["action"]["status"] == "running"
    assert result["action"]["approved_by"]


def test_hitl_mode_wait_raises_on_deny(server, tenant, approval_policy):
    agent = server.client(tenant.admin_key, agent_id="hitl-agent-2", hitl_mode="wait", approval_poll_interval=0.05)
    operator = server.client(tenant.admin_key, agent_id="operator")
    thread = _decide_when_pending(operator, "hitl-agent-2", "deny", "Human operator denied the action!")
    with pytest.raises(ApprovalDeniedError):
        agent.create_action(action_type="deploy", declared_goal="Ship to production")
    thread.join()


def test_guard_mode_enforce_blocks_before_recording(server, tenant):
    body = {"name": "risk", "policy_type": "risk_threshold", "rules": json.dumps({"threshold": 80})}
    assert server.request("POST", "/api/policies", tenant.admin_key, body)[0] == 201
    seen = []
    agent = server.client(tenant.admin_key, agent_id="enforcer", guard_mode="enforce", guard_callback=seen.append)
    with pytest.raises(GuardBlockedError) as excinfo:
        agent.create_action("deploy", "Risky deploy", risk_score=95)
    assert excinfo.value.decision == "block"
    assert seen and seen[0]["decision"] == "block"
    assert agent.get_actions(agent_id="enforcer")["total"] == 0
    # the pre-check is itself a logged evaluation; the action was never attempted
    assert agent.get_guard_decisions(agent_id="enforcer")["total"] == 1


def test_guard_mode_warn_proceeds(server, tenant, caplog):
    body = {"name": "warn me", "policy_type": "require_approval", "rules": json.dumps({"action_types": ["notify"]})}
    assert server.request("POST", "/api/policies", tenant.admin_key, body)[0] == 201
    agent = server.client(tenant.admin_key, agent_id="warner", guard_mode="warn")
    with caplog.at_level("WARNING", logger="dashclaw"):
        result = agent.create_action("notify", "Tell the team")
    assert result["action"]["status"] == "pending_approval"  # the server still parks it
    assert any("require_approval" in r.getMessage() for r in caplog.records)


def test_eu_ai_act_example(server, tenant, claw, approval_policy):
    result = claw.guard({"action_type": "customer_communication", "risk_score": 60,
                         "declared_goal": "Send pricing update to 500 customers"})
    assert result["decision"] == "require_approval"
    action = claw.create_action(
        action_type="customer_communication", declared_goal="Send pricing update to 500 customers", status="pending"
    )
    assert action["action"]["status"] == "pending_approval"
