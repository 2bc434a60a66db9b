def test_quick_start_round_trip(claw):
    res = claw.create_action("deploy", "Ship v2.0", risk_score=60, systems_touched=["prod-api"])
    action_id = res["action_id"]
    assert res["action"]["status"] == "running"
    claw.update_outcome(action_id, status="completed", duration_ms=1200)
    action = claw.get_action(action_id)["action"]
    assert action["status"] == "completed" and action["duration_ms"] == 1200
