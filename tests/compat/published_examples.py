"""The seed's examples, unchanged, run by the *published* dashclaw 2.10.0 client (not our SDK).

Usage: python published_examples.py SCENARIO BASE_URL API_KEY AGENT_ID
"""
import sys

from dashclaw import ApprovalDeniedError, DashClaw, GuardBlockedError

scenario, base_url, api_key, agent_id = sys.argv[1:5]


def quick_start_and_actions():
    claw = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id)
    claw_full = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id, agent_name="My Python Agent",
                         auto_recommend="warn", hitl_mode="wait")
    with claw_full.track(action_type="research", declared_goal="Explore Python SDK capabilities"):
        print("Working...")

    res = claw.create_action("deploy", "Ship v2.0", risk_score=60, systems_touched=["prod-api"])
    action_id = res["action_id"]
    claw.update_outcome(action_id, status="completed", duration_ms=1200)
    actions = claw.get_actions(status="completed", agent_id=agent_id)
    assert action_id in [a["action_id"] for a in actions["actions"]], actions
    action = claw.get_action(action_id)
    assert action["action"]["status"] == "completed" and action["action"]["duration_ms"] == 1200
    trace = claw.get_action_trace(action_id)
    assert trace["action"]["action_id"] == action_id and "trace" in trace
    signals = claw.get_signals()
    assert "signals" in signals and "counts" in signals

    loop = claw.register_open_loop(action_id, "dependency", "Waiting for DB migration")
    claw.resolve_open_loop(loop["loop"]["id"], status="resolved", resolution="Migration complete")
    loops = claw.get_open_loops(status="open")
    assert loops["total"] == 0, loops
    assumption = claw.register_assumption(action_id, "API rate limit is 1000 req/min")
    claw.validate_assumption(assumption["assumption"]["id"], validated=True)
    drift = claw.get_drift_report(agent_id=agent_id)
    assert drift["drift_summary"]["validated"] == 1, drift

    with claw.action_context(action["action"]["action_id"]) as ctx:
        ctx.record_assumption({"assumption": "Staging tests passed"})
        ctx.update_outcome(status="completed", output_summary="Deployed")
    assert len(claw.get_action(action_id)["assumptions"]) == 2


def behavior_guard():
    claw = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id)
    decision = claw.guard({"action_type": "deploy", "risk_score": 80})
    print(decision["decision"])
    print(decision["risk_score"])
    print(decision["agent_risk_score"])
    assert decision["decision"] == "block" and decision["risk_score"] == 80 and decision["agent_risk_score"] == 80
    decisions = claw.get_guard_decisions(decision="block", limit=50)
    assert decisions["decisions"] and decisions["decisions"][0]["decision"] == "block"

    def soc2():
        guard_result = claw.guard({
            "action_type": "database_write",
            "risk_score": 85,
            "systems_touched": ["production_db"],
            "reversible": False,
            "declared_goal": "Drop legacy user table",
        })
        if guard_result["decision"] == "block":
            print("Policy blocked:", guard_result.get("reasons"))
            return "blocked"
        return "not blocked"

    assert soc2() == "blocked"
    try:
        claw.create_action(action_type="database_write", declared_goal="Drop legacy user table", risk_score=85,
                           reversible=False, authorization_scope="admin-approved")
    except GuardBlockedError as error:
        assert error.decision == "block" and error.reasons
    else:
        raise AssertionError("create_action should have been blocked")


def hitl():
    claw = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id, hitl_mode="wait")
    try:
        created = claw.create_action(action_type="deploy", declared_goal="Ship to production")
    except ApprovalDeniedError:
        print("Human operator denied the action!")
        raise
    action_id = created["action_id"]
    assert created["action"]["status"] == "pending_approval"
    pending = claw.get_pending_approvals(limit=25)
    assert action_id in [a["action_id"] for a in pending["actions"]]
    claw.approve_action(action_id, decision="allow", reasoning="Change window approved")
    approved = claw.wait_for_approval(action_id, timeout=10, interval=1)
    assert approved["action"]["approved_by"]

    denied = claw.create_action(action_type="deploy", declared_goal="Ship on Friday night")["action_id"]
    claw.approve_action(denied, decision="deny", reasoning="Not tonight")
    try:
        claw.wait_for_approval(denied, timeout=10, interval=1)
    except ApprovalDeniedError as error:
        assert "Not tonight" in str(error)
    else:
        raise AssertionError("deny should raise ApprovalDeniedError")

    result = claw.guard({"action_type": "customer_communication", "risk_score": 60,
                         "declared_goal": "Send pricing update to 500 customers"})
    if result["decision"] == "require_approval":
        action = claw.create_action(action_type="customer_communication",
                                    declared_goal="Send pricing update to 500 customers", status="pending")
        assert action["action"]["status"] == "pending_approval"
    else:
        raise AssertionError(result)


def decision_integrity():
    claw = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id)
    result = claw.create_action(action_type="data_processing", declared_goal="Rebuild customer segmentation model",
                                risk_score=45, systems_touched=["ml-pipeline", "customer-db"])
    action_id = result["action_id"]
    created = claw.register_assumption(action_id=action_id, assumption="Customer data is current as of today",
                                       basis="CRM sync completed at 09:00 UTC")
    assumption_id = created["assumption"]["id"]
    claw.validate_assumption(assumption_id, validated=True)
    for belief in ("Feature store is fresh", "Labels are unbiased"):
        other = claw.register_assumption(action_id=action_id, assumption=belief)
        claw.validate_assumption(other["assumption"]["id"], validated=False, invalidated_reason="It was not")
    signals = claw.get_signals()
    assert "assumption_drift" in [s["type"] for s in signals["signals"]], signals


{"actions": quick_start_and_actions, "guard": behavior_guard, "hitl": hitl, "integrity": decision_integrity}[scenario]()
print("OK", scenario)
