"""Decision integrity: assumptions, open loops, drift and signals (the seed's Loops & Assumptions example)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, text

from dashclaw import DashClawError


def test_seed_loops_and_assumptions_example(claw):
    action_id = claw.create_action("migrate", "Move users to the new schema")["action_id"]
    loop = claw.register_open_loop(action_id, "dependency", "Waiting for DB migration")
    assert loop["loop"]["id"] == loop["loop_id"] and loop["loop_id"].startswith("loop_")
    assert loop["loop"]["agent_id"] == claw.agent_id
    resolved = claw.resolve_open_loop(loop["loop"]["id"], status="resolved", resolution="Migration complete")
    assert resolved["loop"]["status"] == "resolved" and resolved["loop"]["resolved_at"]
    assert claw.get_open_loops(status="open")["total"] == 0

    assumption = claw.register_assumption(action_id, "API rate limit is 1000 req/min")
    assert assumption["assumption"]["id"] == assumption["assumption_id"]
    validated = claw.validate_assumption(assumption["assumption"]["id"], validated=True)
    assert validated["assumption"]["validated"] == 1
    fetched = claw.get_assumption(assumption["assumption_id"])["assumption"]
    assert fetched["action_status"] == "running" and fetched["agent_id"] == claw.agent_id

    drift = claw.get_drift_report(agent_id=claw.agent_id)
    assert drift["drift_summary"]["validated"] == 1
    assert drift["assumptions"][0]["drift_score"] == 0


def test_record_assumption_and_basis(claw):
    action_id = claw.create_action("database_write", "Drop legacy user table", reversible=False,
                                   authorization_scope="admin-approved")["action_id"]
    created = claw.register_assumption(
        action_id=action_id,
        assumption="Legacy table has zero active references",
        basis="Schema dependency scan completed 2h ago",
    )
    assert created["assumption"]["basis"] == "Schema dependency scan completed 2h ago"
    recorded = claw.record_assumption({"action_id": action_id, "assumption": "Backups are current"})
    assert recorded["assumption"]["action_id"] == action_id
    assert claw.get_action(action_id)["assumptions"][0]["assumption_id"] == recorded["assumption_id"]


def test_invalidation_rules(claw):
    action_id = claw.create_action("research", "Check a fact")["action_id"]
    asm = claw.register_assumption(action_id, "The sky is green")["assumption_id"]
    with pytest.raises(DashClawError) as excinfo:
        claw.validate_assumption(asm, validated=False)
    assert excinfo.value.status == 400
    result = claw.validate_assumption(asm, validated=False, invalidated_reason="It is blue")
    assert result["assumption"]["invalidated"] == 1 and result["assumption"]["invalidated_at"]
    with pytest.raises(DashClawError) as excinfo:
        claw.validate_assumption(asm, validated=True)
    assert excinfo.value.status == 409


def test_loop_rules_and_ordering(claw):
    action_id = claw.create_action("review", "Review a PR")["action_id"]
    low = claw.register_open_loop(action_id, "followup", "Later", priority="low")["loop_id"]
    critical = claw.register_open_loop(action_id, "question", "Now", priority="critical")["loop_id"]
    listing = claw.get_open_loops(agent_id=claw.agent_id)
    assert [l["loop_id"] for l in listing["loops"]] == [critical, low]
    assert listing["stats"]["critical_open"] == 1
    with pytest.raises(DashClawError) as excinfo:
        claw.resolve_open_loop(low, status="resolved")
    assert excinfo.value.status == 400
    claw.resolve_open_loop(low, status="cancelled")
    with pytest.raises(DashClawError) as excinfo:
        claw.resolve_open_loop(low, status="cancelled")
    assert excinfo.value.status == 409 and "already cancelled" in str(excinfo.value)
    assert claw.get_open_loops(agent_id="someone-else")["total"] == 0


def _sql(server, statement, **params):
    url = server.database_url.replace("postgresql://", "postgresql+psycopg://")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(statement), params)
    engine.dispose()


def test_all_signal_types(server, tenant, claw):
    agent = claw.agent_id
    long_ago = (datetime.now(timezone.utc) - timedelta(hours=30)).isoformat()
    old_action = claw.create_action("deploy", "Forgotten rollout", timestamp_start=long_ago)["action_id"]
    for i in range(11):
        claw.create_action("build", f"Burst {i}")
    for i in range(4):
        failing = claw.create_action("build", f"Flaky {i}")["action_id"]
        claw.update_outcome(failing, status="failed", error_message="boom")
    risky = claw.create_action("database_write", "Drop legacy user table", systems_touched=["production_db"], reversible=False)
    for i in range(2):
        asm = claw.register_assumption(old_action, f"Belief {i}")["assumption_id"]
        claw.validate_assumption(asm, validated=False, invalidated_reason="wrong")
    stale_asm = claw.register_assumption(old_action, "Nobody checked this")["assumption_id"]
    stale_loop = claw.register_open_loop(old_action, "followup", "Waiting forever")["loop_id"]
    claw.heartbeat(status="busy", current_task_id="task_123")

    old = datetime.now(timezone.utc).replace(tzinfo=None)
    _sql(server, "UPDATE assumptions SET created_at = :t WHERE assumption_id = :id", t=old - timedelta(days=40), id=stale_asm)
    _sql(server, "UPDATE open_loops SET created_at = :t WHERE loop_id = :id", t=old - timedelta(hours=100), id=stale_loop)
    _sql(server, "UPDATE agent_presence SET last_heartbeat_at = :t WHERE agent_id = :id", t=old - timedelta(minutes=30), id=agent)

    report = claw.get_signals()
    by_type = {s["type"]: s for s in report["signals"]}
    assert set(by_type) == {
        "agent_silent", "autonomy_spike", "high_impact_low_oversight", "repeated_failures", "stale_loop",
        "assumption_drift", "stale_assumption", "stale_running_action",
    }
    assert by_type["agent_silent"]["severity"] == "red"  # a task was in flight
    assert by_type["high_impact_low_oversight"]["action_id"] == risky["action_id"]
    assert by_type["high_impact_low_oversight"]["severity"] == "red"
    assert by_type["stale_loop"]["loop_id"] == stale_loop and by_type["stale_loop"]["severity"] == "red"
    assert by_type["stale_assumption"]["assumption_id"] == stale_asm and by_type["stale_assumption"]["severity"] == "red"
    assert by_type["stale_running_action"]["action_id"] == old_action and by_type["stale_running_action"]["severity"] == "red"
    assert by_type["repeated_failures"]["severity"] == "amber"
    severities = [s["severity"] for s in report["signals"]]
    assert severities == sorted(severities, key=lambda s: s != "red")
    assert report["counts"]["total"] == len(report["signals"])
    assert report["counts"]["red"] == severities.count("red")
    assert all(s["agent_id"] == agent for s in report["signals"])
