"""Agent presence: the seed's "Agent Presence & Health" examples, presence derived from heartbeats and actions
(online, stale, offline), reported connections (agents-collab-org.md 1), and the heartbeat thread, which
never crashes or blocks its host, even with the server down."""
from __future__ import annotations

import secrets
import threading
import time
from datetime import datetime, timedelta, timezone

import pytest
from support.database import DatabaseProbe
from support.server import free_port

from dashclaw import DashClaw


def agents_by_id(server, key: str, query: str = "") -> dict[str, dict]:
    status, body, _ = server.request("GET", "/api/agents" + query, key)
    assert status == 200, body
    return {agent["agent_id"]: agent for agent in body["agents"]}


def test_seed_presence_examples(server, tenant, claw):
    # Report presence manually
    beat = claw.heartbeat(status="busy", current_task_id="task_123")
    assert beat["status"] == "ok" and beat["timestamp"].endswith("Z")
    agent = agents_by_id(server, tenant.admin_key)[claw.agent_id]
    assert (agent["presence_state"], agent["reported_status"], agent["current_task_id"]) == ("online", "busy", "task_123")

    # Start reporting presence automatically in a background thread
    claw.start_heartbeat(interval=60)
    deadline = time.monotonic() + 10
    while agents_by_id(server, tenant.admin_key)[claw.agent_id]["reported_status"] != "online":
        assert time.monotonic() < deadline, "the heartbeat thread never reported"
        time.sleep(0.05)
    # Stop reporting
    started = time.monotonic()
    claw.stop_heartbeat()
    assert time.monotonic() - started < 1.5
    assert not any(t.name == "dashclaw-heartbeat" and t.is_alive() for t in threading.enumerate())


def test_presence_is_derived_from_the_last_sign_of_life(server, tenant):
    key = tenant.admin_key
    suffix = secrets.token_hex(3)
    names = {state: f"{state}-{suffix}" for state in ("fresh", "stale", "gone", "signed-off", "acting", "planning")}
    for name in ("fresh", "stale", "gone"):
        server.request("POST", "/api/agents/heartbeat", key, {"agent_id": names[name], "agent_name": f"Agent {name}"})
    server.request("POST", "/api/agents/heartbeat", key, {"agent_id": names["signed-off"], "status": "offline"})
    status, _, _ = server.request("POST", "/api/actions", key, {"agent_id": names["acting"], "action_type": "sync",
                                                                "declared_goal": "Sync the ledger"})
    assert status == 201
    for path, body in (("/api/goals", {"title": "Cut costs"}), ("/api/learning", {"decision": "Use spot instances"})):
        status, _, _ = server.request("POST", path, key, {**body, "agent_id": names["planning"]})
        assert status == 201
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    probe = DatabaseProbe(server.database_url)
    try:
        for name, age in (("stale", timedelta(minutes=20)), ("gone", timedelta(hours=2))):
            probe.execute("UPDATE agent_presence SET last_heartbeat_at = :at WHERE org_id = :org AND agent_id = :agent",
                          at=now - age, org=tenant.org_id, agent=names[name])
    finally:
        probe.close()

    agents = agents_by_id(server, key)
    states = {name: agents[agent_id]["presence_state"] for name, agent_id in names.items()}
    assert states == {"fresh": "online", "stale": "stale", "gone": "offline", "signed-off": "offline", "acting": "online",
                      "planning": "online"}
    planning = agents[names["planning"]]
    assert (planning["goal_count"], planning["decision_count"], planning["action_count"]) == (1, 1, 0)
    assert 20 * 60 <= agents[names["stale"]]["seconds_since_seen"] < 21 * 60
    assert agents[names["stale"]]["status"] == "stale" and agents[names["stale"]]["agent_name"] == "Agent stale"
    acting = agents[names["acting"]]
    assert acting["reported_status"] == "unknown" and acting["action_count"] == 1 and "last_heartbeat_at" not in acting
    fresh = agents[names["fresh"]]
    assert fresh["action_count"] == 0 and fresh["presence_metadata"] == {} and fresh["last_seen_at"] == fresh["last_heartbeat_at"]
    status, listed, _ = server.request("GET", "/api/agents", key)
    # online agents first, then the most recently seen (signing off is a sign of life too)
    assert {a["agent_id"] for a in listed["agents"][:3]} == {names["fresh"], names["acting"], names["planning"]}
    assert [a["agent_id"] for a in listed["agents"][3:]] == [names["signed-off"], names["stale"], names["gone"]]

def test_seed_report_connections_example(server, tenant, claw):
    reported = claw.report_connections([
        {"provider": "openai", "auth_type": "api_key", "status": "active"},
        {"provider": "slack", "auth_type": "oauth", "plan_name": "pro", "status": "active"},
    ])
    assert reported["created"] == 2 and "errors" not in reported
    assert [(c["provider"], c["auth_type"], c["plan_name"]) for c in reported["connections"]] == [
        ("openai", "api_key", None), ("slack", "oauth", "pro")]
    assert all(c["id"].startswith("conn_") for c in reported["connections"])

    again = claw.report_connections([{"provider": "openai", "planName": "team", "status": "error",
                                      "metadata": {"region": "eu"}}, {"provider": "x", "status": "bogus"}])
    assert again["created"] == 1
    assert again["errors"] == [{"provider": "x", "error": "status must be one of: active, inactive, error"}]
    openai = again["connections"][0]
    first = reported["connections"][0]
    assert (openai["id"], openai["reported_at"]) == (first["id"], first["reported_at"])
    assert (openai["plan_name"], openai["status"], openai["metadata"]) == ("team", "error", {"region": "eu"})

    status, listed, _ = server.request("GET", f"/api/agents/connections?agent_id={claw.agent_id}", tenant.admin_key)
    assert status == 200 and [c["provider"] for c in listed["connections"]] == ["openai", "slack"]
    status, listed, _ = server.request("GET", "/api/agents/connections?provider=slack", tenant.admin_key)
    assert [c["provider"] for c in listed["connections"]] == ["slack"] and listed["total"] == 1
    claw.heartbeat()
    agent = agents_by_id(server, tenant.admin_key, "?include_connections=true")[claw.agent_id]
    assert [c["provider"] for c in agent["connections"]] == ["openai", "slack"]
    assert "connections" not in agents_by_id(server, tenant.admin_key)[claw.agent_id]


@pytest.mark.parametrize("connections,details", [
    ([], ["connections cannot be empty"]),
    ([{"provider": "p"}] * 51, ["connections exceeds max items of 50"]),
    ("openai", ["connections must be an array"]),
])
def test_a_bad_connections_report_is_refused_whole(server, tenant, connections, details):
    status, body, _ = server.request("POST", "/api/agents/connections", tenant.admin_key,
                                     {"agent_id": "a", "connections": connections})
    assert (status, body) == (400, {"error": "Validation failed", "details": details})
    status, listed, _ = server.request("GET", "/api/agents/connections", tenant.admin_key)
    assert listed["connections"] == []


def test_the_heartbeat_thread_survives_a_server_that_is_down_and_stops_promptly():
    unhandled = []
    previous_hook, threading.excepthook = threading.excepthook, unhandled.append
    client = DashClaw(base_url=f"http://127.0.0.1:{free_port()}", api_key="oc_live_nobody", agent_id="lonely")
    try:
        client.start_heartbeat(interval=0.05)
        time.sleep(1.0)  # several failed beats, each retried by the transport
        beating = client._heartbeat_thread
        assert beating is not None and beating.is_alive() and beating.daemon
        started = time.monotonic()
        client.stop_heartbeat()
        assert time.monotonic() - started < 1.5
        beating.join(timeout=2)
        assert not beating.is_alive()
    finally:
        client.close()
        threading.excepthook = previous_hook
    assert unhandled == []
