"""The agent workspace through our SDK against the real server: the seed's examples for learning records,
preferences, the daily digest, token usage, calendar, ideas, memory health, bulk sync, agent sessions and
agent schedules, with the shapes the seed and the contract document."""
from __future__ import annotations

import secrets
import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from dashclaw import DashClawError, ValidationError
from support.database import DatabaseProbe, changed_tables


def wait_for(condition, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


# ------------------------------------------------------------------------------------ learning records


def test_seed_learning_records(claw):
    decision = claw.record_decision("Chose retry strategy over circuit breaker", reasoning="Lower latency impact")
    assert decision["decision"]["decision"] == "Chose retry strategy over circuit breaker"
    assert decision["decision"]["reasoning"] == "Lower latency impact"
    assert decision["decision"]["outcome"] == "pending" and decision["decision"]["confidence"] == 50
    assert decision["decision"]["agent_id"] == claw.agent_id and isinstance(decision["decision"]["id"], int)

    goal = claw.create_goal("Reduce p99 latency to <200ms", priority="high")["goal"]
    assert goal["title"] == "Reduce p99 latency to <200ms" and goal["status"] == "active" and goal["progress"] == 0

    content = claw.record_content("Weekly Report", content_type="report", body="...")
    assert content["content"]["title"] == "Weekly Report" and content["content"]["status"] == "draft"
    assert content["security"]["clean"] is True

    interaction = claw.record_interaction("Collaborated with QA agent on test plan")["interaction"]
    assert interaction["summary"] == "Collaborated with QA agent on test plan"
    assert interaction["direction"] == "outbound" and interaction["type"] == "message" and interaction["contact_id"] is None


def test_secrets_in_free_text_are_redacted_before_storage(claw):
    secret = "sk-proj-" + "A1b2C3d4E5f6G7h8I9j0" * 2
    content = claw.record_content("Leaky draft", body=f"the key is {secret}")
    assert secret not in content["content"]["body"] and "[REDACTED:" in content["content"]["body"]
    assert content["security"]["clean"] is False and content["security"]["findings_count"] == 1
    decision = claw.record_decision(f"Rotate {secret}")["decision"]
    assert secret not in decision["decision"]


def test_interactions_link_an_existing_contact_by_name(claw):
    claw.sync_state({"relationships": [{"name": "Ana (QA)", "relationship_type": "colleague"}]})
    linked = claw.record_interaction("Paired on flaky tests", contact_name="Ana (QA)", direction="inbound")["interaction"]
    assert isinstance(linked["contact_id"], int) and linked["direction"] == "inbound"
    unknown = claw.record_interaction("Emailed a stranger", contact_name="Nobody")["interaction"]
    assert unknown["contact_id"] is None
    with pytest.raises(DashClawError) as missing:
        claw.record_interaction("Ghost", contact_id=999_999_999)
    assert missing.value.status == 404


# --------------------------------------------------------------------------------------------- preferences


def test_seed_preferences(claw):
    observation = claw.log_observation("User prefers concise answers over detailed explanations")
    assert observation["observation_id"].startswith("uo_") and observation["observation"]["importance"] == 5
    preference = claw.set_preference("code_style: functional over OOP")
    assert preference["preference_id"].startswith("up_") and preference["preference"]["confidence"] == 50
    mood = claw.log_mood("focused", energy="high", context="morning standup")
    assert mood["mood"]["energy"] == "high" and mood["mood"]["notes"] == "morning standup"
    first = claw.track_approach("Break large PRs into stacked diffs", succeeded=True)
    again = claw.track_approach("Break large PRs into stacked diffs", success=True)
    failed = claw.track_approach("Break large PRs into stacked diffs", success=False, context="too many conflicts")
    assert first["approach_id"] == again["approach_id"] == failed["approach_id"]
    assert (failed["approach"]["success_count"], failed["approach"]["fail_count"]) == (2, 1)
    assert failed["approach"]["context"] == "too many conflicts"

    summary = claw.get_preference_summary()["summary"]
    assert summary["observations_count"] == 1
    assert [p["preference"] for p in summary["preferences"]] == ["code_style: functional over OOP"]
    assert [m["mood"] for m in summary["recent_moods"]] == ["focused"]
    assert summary["top_approaches"][0]["success_count"] == 2

    approaches = claw.get_approaches(limit=10)
    assert approaches["total"] == 1 and approaches["approaches"][0]["fail_count"] == 1
    with pytest.raises(ValidationError):
        claw._post("/api/preferences", {"type": "mood", "agent_id": claw.agent_id})


def test_preferences_of_other_agents_stay_apart(server, tenant, claw):
    other = server.client(tenant.admin_key, agent_id=claw.agent_id + "-other")
    claw.track_approach("Same words", success=True)
    theirs = other.track_approach("Same words", success=False)["approach"]
    assert (theirs["success_count"], theirs["fail_count"]) == (0, 1)
    assert claw.get_approaches()["approaches"][0]["success_count"] == 1


# ------------------------------------------------------------------------------------------------ digest


def test_seed_daily_digest_today_and_a_given_date(claw):
    claw.create_goal("Ship the digest")
    claw.record_decision("Use keyset pagination")
    claw.record_idea("Use vector DB for context retrieval", category="architecture")
    digest = claw.get_daily_digest()
    assert digest["date"] == datetime.now(timezone.utc).date().isoformat()
    assert set(digest["digest"]) == {"actions", "decisions", "lessons", "content", "ideas", "interactions", "goals"}
    assert digest["summary"]["goal_count"] == 1 and digest["summary"]["decision_count"] == 1
    assert digest["summary"]["idea_count"] == 1
    assert digest["summary"]["total_activities"] == sum(v for k, v in digest["summary"].items() if k != "total_activities")
    assert digest["digest"]["goals"]["items"][0]["title"] == "Ship the digest"

    past = claw.get_daily_digest(date="2025-01-15")
    assert past["date"] == "2025-01-15" and past["summary"]["total_activities"] == 0


def test_digest_days_end_at_midnight_in_the_requested_timezone(claw):
    def act(when: str) -> str:
        return claw.create_action("deploy", f"at {when}", timestamp_start=when)["action_id"]

    # 2025-01-15 in New York (UTC-5 in January) runs from 05:00Z on the 15th to 05:00Z on the 16th
    before, first, last, after = (act(t) for t in ("2025-01-15T04:59:59.999Z", "2025-01-15T05:00:00.000Z",
                                                   "2025-01-16T04:59:59.999Z", "2025-01-16T05:00:00.000Z"))
    new_york = claw.get_daily_digest(date="2025-01-15", timezone="America/New_York")
    assert (new_york["starts_at"], new_york["ends_at"]) == ("2025-01-15T05:00:00.000Z", "2025-01-16T05:00:00.000Z")
    assert {a["action_id"] for a in new_york["digest"]["actions"]["items"]} == {first, last}
    in_utc = claw.get_daily_digest(date="2025-01-15")
    assert {a["action_id"] for a in in_utc["digest"]["actions"]["items"]} == {before, first}
    assert {a["action_id"] for a in claw.get_daily_digest(date="2025-01-16")["digest"]["actions"]["items"]} == {last, after}

    # "today" is the caller's today: at any moment Kiritimati (UTC+14) and Pago Pago (UTC-11) are on different days
    claw.create_goal("Written just now")
    east, west = "Pacific/Kiritimati", "Pacific/Pago_Pago"
    now = datetime.now(timezone.utc)
    east_today, west_today = (now.astimezone(ZoneInfo(name)).date().isoformat() for name in (east, west))
    assert east_today != west_today
    assert claw.get_daily_digest(timezone=east)["date"] == east_today
    assert claw.get_daily_digest(timezone=east)["summary"]["goal_count"] == 1
    assert claw.get_daily_digest(timezone=west)["summary"]["goal_count"] == 1
    assert claw.get_daily_digest(date=east_today, timezone=west)["summary"]["goal_count"] == 0
    with pytest.raises(ValidationError):
        claw.get_daily_digest(timezone="Mars/Olympus_Mons")
    with pytest.raises(ValidationError):
        claw.get_daily_digest(date="15/01/2025")


# ---------------------------------------------------------------------- tokens, calendar, ideas, memory


def test_seed_token_usage_calendar_ideas_and_memory(claw):
    snapshot = claw.report_token_usage(tokens_in=1200, tokens_out=350, model="gpt-4o", session_id="sess_abc")["snapshot"]
    assert (snapshot["tokens_in"], snapshot["tokens_out"], snapshot["session_key"]) == (1200, 350, "sess_abc")
    assert snapshot["estimated_cost"] == pytest.approx((1200 * 5 + 350 * 15) / 1e6)
    whole = claw.report_token_usage({"tokens_in": 10, "tokens_out": 5, "model": "claude-3-haiku"})["snapshot"]
    assert whole["model"] == "claude-3-haiku" and whole["agent_id"] == claw.agent_id
    usage = claw._get("/api/tokens", {"agent_id": claw.agent_id})
    assert usage["current"]["tokensIn"] == 10 and usage["today"]["tokensIn"] == 1210 and usage["today"]["snapshots"] == 2

    event = claw.create_calendar_event("Sprint Review", start_time="2025-01-15T10:00:00Z",
                                       end_time="2025-01-15T11:00:00Z")["event"]
    assert (event["start_time"], event["end_time"]) == ("2025-01-15T10:00:00.000Z", "2025-01-15T11:00:00.000Z")
    soon = (datetime.now(timezone.utc) + timedelta(hours=1)).isoformat()
    claw.create_calendar_event("Standup", start_time=soon, location="Room 4")
    assert [e["summary"] for e in claw._get("/api/calendar")["events"]] == ["Standup"]

    idea = claw.record_idea("Use vector DB for context retrieval", category="architecture", body="embeddings")["idea"]
    assert idea["description"] == "embeddings" and idea["score"] == 50 and idea["status"] == "pending"
    scored = claw.record_idea("Mean of sub-scores", fun_factor=80, learning_potential=90)["idea"]
    assert scored["score"] == 85

    healthy = claw.report_memory_health(health="healthy", entities=42, topics=8)
    assert healthy["snapshot"]["health_score"] == 0 and (healthy["entities_count"], healthy["topics_count"]) == (0, 0)
    report = claw.report_memory_health(
        {"score": 87, "total_files": 12, "duplicates": 3, "stale_facts_count": 2},
        entities=[{"name": "Postgres", "type": "tool", "mentions": 9}, {"name": "Ana"}], topics=[{"name": "latency"}],
    )
    assert report["snapshot"]["health_score"] == 87 and report["snapshot"]["potential_duplicates"] == 3
    assert (report["entities_count"], report["topics_count"]) == (2, 1)
    memory = claw._get("/api/memory")
    assert memory["health"]["health_score"] == 87 and len(memory["healthHistory"]) == 2
    assert memory["entities"] == [{"name": "Postgres", "type": "tool", "mentions": 9}, {"name": "Ana", "type": "other", "mentions": 1}]
    with pytest.raises(ValidationError):
        claw.report_memory_health({})


# ------------------------------------------------------------------------------------------------- sync


def test_sync_state_stores_each_section_and_counts_it(claw):
    result = claw.sync_state({
        "goals": [{"title": "g1"}, {"title": "g2", "progress": 40}],
        "learning": [{"decision": "Use retries", "confidence": 0}],
        "content": [],
        "inspiration": [{"title": "idea"}],
        "memory": {"health": {"score": 70}, "entities": [{"name": "Redis"}], "topics": [{"name": "caching"}]},
        "preferences": {"observations": [{"observation": "likes tables"}],
                        "approaches": [{"approach": "tdd", "success": True}, {"approach": "tdd", "success": True}]},
        "relationships": [{"name": "Ana"}, {"name": "Ana"}],
        "capabilities": [{"name": "sql", "metadata": {"dialects": ["postgres"]}}],
        "actions": [{"ignored": True}],
    })
    assert list(result["results"]) == ["memory", "goals", "learning", "content", "inspiration", "preferences",
                                       "relationships", "capabilities"]
    assert result["results"]["goals"] == {"synced": 2} and result["results"]["content"] == {"synced": 0}
    assert result["results"]["memory"] == {"synced": 3} and result["results"]["preferences"] == {"synced": 3}
    assert result["total_synced"] == 13 and result["total_errors"] == 0 and isinstance(result["duration_ms"], int)
    assert claw.get_approaches()["approaches"][0]["success_count"] == 2
    digest = claw.get_daily_digest()
    assert digest["summary"]["goal_count"] == 2 and digest["digest"]["decisions"]["items"][0]["outcome"] == "pending"
    assert claw.sync_state({"goals": [{"title": "g"}], "foo": [1]})["results"] == {"goals": {"synced": 1}}


def test_sync_state_refuses_bad_items_and_writes_nothing(server, claw):
    probe = DatabaseProbe(server.database_url)
    try:
        before = probe.snapshot()
        with pytest.raises(ValidationError) as refused:
            claw.sync_state({"goals": [{"title": "fine"}, {"title": "g", "progress": 150}],
                             "learning": "not a list", "preferences": {"moods": [{"energy": "low"}]},
                             "inspiration": [{"title": "x"}] * 2001})
        assert refused.value.status == 400
        details = refused.value.details if hasattr(refused.value, "details") else str(refused.value)
        for expected in ("goals[1].progress must be <= 100", "learning must be an array",
                         "preferences.moods[0].mood is required", "inspiration exceeds max items of 2000"):
            assert expected in str(details)
        changes = changed_tables(before, probe.snapshot())
        changes.pop("idempotency_keys", None)  # the refusal itself is kept for a retry with the same key
        assert changes == {}
    finally:
        probe.close()


# ---------------------------------------------------------------------------------------------- sessions


def test_agent_session_lifecycle(claw):
    session = claw.create_session(workspace="/repo", branch="main")["session"]
    assert session["id"].startswith("sess_") and len(session["id"]) == len("sess_") + 12
    assert session["status"] == "spawning" and session["agent_id"] == claw.agent_id
    blocked = claw.update_session(session["id"], status="blocked", blocked_reason="waiting for CI")["session"]
    assert blocked["status"] == "blocked" and blocked["blocked_reason"] == "waiting for CI"
    claw.update_session(session["id"], green_level="green", commits_behind=0)
    running = claw.update_session(session["id"], status="running")["session"]
    assert running["green_level"] == "green" and running["commits_behind"] == 0
    events = claw.get_session_events(session["id"])["events"]
    assert [(e["seq"], e["kind"], e["detail"]) for e in events] == [
        (1, "spawning", None), (2, "blocked", "waiting for CI"), (3, "running", None)]
    assert claw.get_session(session["id"])["session"]["status"] == "running"
    listed = claw.list_sessions(agent_id=claw.agent_id, status="running")["sessions"]
    assert [s["id"] for s in listed] == [session["id"]]
    with pytest.raises(ValidationError):
        claw.update_session(session["id"])
    claw.update_session(session["id"], status="closed")
    with pytest.raises(DashClawError) as closed:
        claw.update_session(session["id"], status="running")
    assert closed.value.status == 409
    with pytest.raises(DashClawError) as missing:
        claw.get_session("sess_000000000000")
    assert missing.value.status == 404


# --------------------------------------------------------------------------------------------- schedules


def test_seed_agent_schedules(claw):
    schedule = claw.create_agent_schedule(agent_id="forge", name="Build projects", cron_expression="0 */6 * * *",
                                          description="Check for pending builds every 6 hours")["schedule"]
    assert isinstance(schedule["id"], int) and schedule["enabled"] is True
    next_run = datetime.fromisoformat(schedule["next_run"].replace("Z", "+00:00"))
    now = datetime.now(timezone.utc)
    assert now < next_run <= now + timedelta(hours=6) and next_run.hour % 6 == 0 and next_run.minute == 0
    claw.create_agent_schedule(agent_id="other", name="Paused", cron_expression="* * * * *", enabled=False)
    schedules = claw.list_agent_schedules(agent_id="forge")["schedules"]
    assert [s["name"] for s in schedules] == ["Build projects"] and schedules[0]["next_run"] == schedule["next_run"]
    assert {s["name"]: s["next_run"] for s in claw.list_agent_schedules()["schedules"]}["Paused"] is None
    for bad in ("every six hours", "0 */6 * *", "0 0 30 2 *", "61 * * * *"):
        with pytest.raises(ValidationError):
            claw.create_agent_schedule(agent_id="forge", name="bad", cron_expression=bad)
    assert len(claw.list_agent_schedules(agent_id="forge")["schedules"]) == 1


def test_workspace_rows_belong_to_the_callers_org(server, claw):
    outsider = server.client(server.new_tenant().admin_key, agent_id=claw.agent_id)
    claw.create_goal("Private goal " + secrets.token_hex(3))
    claw.create_agent_schedule(agent_id=claw.agent_id, name="private", cron_expression="0 * * * *")
    claw.log_observation("private observation")
    session = claw.create_session()["session"]
    assert outsider.get_daily_digest()["summary"]["total_activities"] == 0
    assert outsider.list_agent_schedules()["schedules"] == []
    assert outsider.get_preference_summary()["summary"]["observations_count"] == 0
    assert outsider.list_sessions()["sessions"] == []
    with pytest.raises(DashClawError) as hidden:
        outsider.update_session(session["id"], status="hijacked")
    assert hidden.value.status == 404
    assert claw.get_session(session["id"])["session"]["status"] == "spawning"


def test_sync_state_carries_the_collaboration_sections_in_the_contract_order(claw):
    agent = claw.agent_id
    result = claw.sync_state({
        "snippets": [{"name": "retry", "code": "for _ in range(3): call()"}, {"name": "retry", "code": "backoff()"}],
        "handoffs": [{"summary": "Deployed v2; watch the error rate", "open_tasks": ["check alerts"]}],
        "context_threads": [{"name": "release", "summary": "v2 rollout"}, {"name": "release"}],
        "context_points": [{"content": "Customers prefer email", "importance": 8}, {"content": "no category"}],
        "connections": [{"provider": "openai"}, {"provider": "github", "auth_type": "oauth", "metadata": {"org": "x"}}],
    })
    assert list(result["results"]) == ["connections", "context_points", "context_threads", "handoffs", "snippets"]
    assert {name: r["synced"] for name, r in result["results"].items()} == {
        "connections": 2, "context_points": 2, "context_threads": 2, "handoffs": 1, "snippets": 2}
    connections = claw._request(f"/api/agents/connections?agent_id={agent}")["connections"]
    assert {c["provider"] for c in connections} == {"github", "openai"}
    points = claw.get_key_points()["points"]
    assert [(p["content"], p["importance"], p["category"]) for p in points] == [
        ("Customers prefer email", 8, "general"), ("no category", 5, "general")]
    threads = claw.get_threads()["threads"]
    assert [(t["name"], t["summary"], t["status"]) for t in threads] == [("release", "v2 rollout", "active")]
    assert claw.get_latest_handoff()["handoff"]["open_tasks"] == ["check alerts"]
    snippet = claw.get_snippets(search="retry")["snippets"]
    assert [(s["name"], s["code"], s["agent_id"]) for s in snippet] == [("retry", "backoff()", agent)]


def test_sync_state_refuses_bad_collaboration_items_before_writing(claw):
    with pytest.raises(ValidationError) as refused:
        claw.sync_state({"context_points": [{"content": "x", "session_date": "yesterday"}],
                         "handoffs": [{"summary": ""}], "snippets": [{"name": "n"}]})
    details = str(refused.value.details)
    for expected in ("context_points[0].session_date must be a date (YYYY-MM-DD)", "handoffs[0].summary cannot be empty",
                     "snippets[0].code is required"):
        assert expected in details
    assert claw.get_key_points()["points"] == []


def test_sync_state_needs_an_agent_for_connections(server, tenant):
    status, body, _ = server.request("POST", "/api/sync", tenant.admin_key, {"connections": [{"provider": "openai"}]})
    assert (status, body["details"]) == (400, ["agent_id is required to sync connections"])


def test_an_interaction_naming_a_contact_id_beyond_any_row_is_a_clear_400(server, tenant):
    status, body, _ = server.request("POST", "/api/relationships", tenant.admin_key,
                                     {"summary": "0", "contact_id": 9007199254740990})
    assert (status, body["error"]) == (400, "Validation failed")
    assert body["details"] == ["contact_id must be <= 2147483647"]
