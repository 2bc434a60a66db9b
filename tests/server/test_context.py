"""The context manager, session handoffs and automation snippets: the seed's examples of those sections and the
contract's rules (agents-collab-org.md 4), against the real server."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from dashclaw import NotFoundError, ValidationError


def today() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d")


# --- context manager ------------------------------------------------------------------------------------


def test_seed_context_manager_examples(claw):
    # Capture a key point
    point = claw.capture_key_point("User confirmed budget is $50k", category="constraint")
    assert point["point_id"].startswith("cp_") and point["point"]["category"] == "constraint"
    assert point["point"]["session_date"] == today() and point["point"]["importance"] == 5
    # Get key points
    claw.capture_key_point("Chose Postgres", category="decision", session_date="2025-01-15", importance=9)
    points = claw.get_key_points(session_date="2025-01-15")
    assert [p["content"] for p in points["points"]] == ["Chose Postgres"] and points["total"] == 1
    # Context threads
    thread = claw.create_thread("Release Planning")
    assert thread["thread_id"].startswith("ct_") and thread["thread"]["status"] == "active"
    entry = claw.add_thread_entry(thread["thread_id"], "Kickoff complete")
    assert entry["entry_id"].startswith("ce_") and entry["entry"]["entry_type"] == "note"
    closed = claw.close_thread(thread["thread_id"], summary="Done for today")
    assert closed["thread"]["status"] == "closed" and closed["thread"]["summary"] == "Done for today"
    other = claw.create_thread("Hiring")
    threads = claw.get_threads(status="active", limit=10)
    assert [t["id"] for t in threads["threads"]] == [other["thread_id"]] and threads["total"] == 1
    # Get combined context summary (today's points + active threads)
    summary = claw.get_context_summary()
    assert [p["content"] for p in summary["points"]] == ["User confirmed budget is $50k"]
    assert [t["name"] for t in summary["threads"]] == ["Hiring"]


def test_key_points_rank_by_importance_and_check_their_fields(claw):
    claw.capture_key_point("minor", importance=2)
    claw.capture_key_point("major", importance=10, category="insight")
    claw.capture_key_point("default")
    listed = claw.get_key_points()["points"]
    assert [p["content"] for p in listed] == ["major", "default", "minor"]
    assert listed[1]["category"] == "general"
    assert [p["content"] for p in claw.get_key_points(category="insight")["points"]] == ["major"]
    assert len(claw.get_key_points(limit=1)["points"]) == 1

    for fields, detail in (
        ({"importance": 11}, "importance must be <= 10"),
        ({"importance": 0}, "importance must be >= 1"),
        ({"importance": "5"}, "importance must be an integer"),
        ({"category": "rumour"}, "category must be one of: decision, task, insight, question, constraint, general"),
        ({"session_date": "15/01/2025"}, "session_date must be a date (YYYY-MM-DD)"),
        ({"session_date": "2025-02-30"}, "session_date must be a date (YYYY-MM-DD)"),
    ):
        with pytest.raises(ValidationError) as refused:
            claw.capture_key_point("x", **fields)
        assert refused.value.body["details"] == [detail]
    assert len(claw.get_key_points()["points"]) == 3


def test_a_context_thread_is_one_per_agent_and_name(server, tenant, claw):
    first = claw.create_thread("Release Planning", summary="Q3 release")
    again = claw.create_thread("Release Planning")
    assert again["thread_id"] == first["thread_id"] and again["thread"]["summary"] == "Q3 release"
    claw.add_thread_entry(first["thread_id"], "Kickoff complete")
    claw.add_thread_entry(first["thread_id"], "Scope frozen", entry_type="decision")
    claw.close_thread(first["thread_id"])

    with pytest.raises(ValidationError) as closed:
        claw.add_thread_entry(first["thread_id"], "Too late")
    assert closed.value.body["error"] == "Cannot add entries to a closed thread"
    reopened = claw.create_thread("Release Planning", summary="Q4 release")
    assert reopened["thread_id"] == first["thread_id"]
    assert reopened["thread"]["status"] == "active" and reopened["thread"]["summary"] == "Q4 release"
    claw.add_thread_entry(first["thread_id"], "Back on")

    status, detail, _ = server.request("GET", f"/api/context/threads/{first['thread_id']}", tenant.admin_key)
    assert status == 200 and detail["thread"]["name"] == "Release Planning"
    assert [(e["content"], e["entry_type"]) for e in detail["entries"]] == [
        ("Kickoff complete", "note"), ("Scope frozen", "decision"), ("Back on", "note")]

    other_agent = server.client(tenant.admin_key, agent_id=claw.agent_id + "-2")
    assert other_agent.create_thread("Release Planning")["thread_id"] != first["thread_id"]
    other_agent.close()

    status, body, _ = server.request("PATCH", f"/api/context/threads/{first['thread_id']}", tenant.admin_key, {})
    assert status == 400 and body["error"] == "At least one field (summary or status) is required"
    status, body, _ = server.request("PATCH", f"/api/context/threads/{first['thread_id']}", tenant.admin_key,
                                     {"status": "archived"})
    assert status == 400 and body["details"] == ["status must be one of: active, closed"]
    with pytest.raises(NotFoundError) as unknown:
        claw.add_thread_entry("ct_000000000000000000000000", "Nowhere")
    assert unknown.value.body["error"] == "Thread not found"
    with pytest.raises(NotFoundError):
        claw.close_thread("ct_000000000000000000000000")


# --- handoffs -------------------------------------------------------------------------------------------


def test_seed_handoff_examples(claw):
    assert claw.get_latest_handoff() == {"handoff": None}
    # Create a handoff
    created = claw.create_handoff("Finished data pipeline setup. Next: add signal checks.", context={"pipeline_id": "p_123"})
    assert created["handoff_id"].startswith("ho_") and created["handoff"]["session_date"] == today()
    assert created["handoff"]["agent_id"] == claw.agent_id
    second = claw.create_handoff("Signal checks added.", key_decisions=["Use z-scores"], open_tasks=["Tune thresholds"],
                                 next_priorities=["Ship"], mood_notes="Focused", session_date="2025-01-15")
    assert second["handoff"]["key_decisions"] == ["Use z-scores"] and second["handoff"]["mood_notes"] == "Focused"
    # Get handoffs
    handoffs = claw.get_handoffs(limit=5)
    assert [h["id"] for h in handoffs["handoffs"]] == [second["handoff_id"], created["handoff_id"]]
    assert handoffs["total"] == 2
    assert [h["id"] for h in claw.get_handoffs(date="2025-01-15")["handoffs"]] == [second["handoff_id"]]
    # Get the latest handoff
    latest = claw.get_latest_handoff()
    assert latest["handoff"]["id"] == second["handoff_id"]


def test_handoffs_page_with_a_cursor_and_stay_with_their_agent(server, tenant, claw):
    ids = [claw.create_handoff(f"Session {n}")["handoff_id"] for n in range(3)]
    other = server.client(tenant.admin_key, agent_id=claw.agent_id + "-other")
    other.create_handoff("Someone else's session")
    first = claw.get_handoffs(limit=2)
    assert [h["id"] for h in first["handoffs"]] == ids[:0:-1] and first["next_cursor"]
    rest = claw.get_handoffs(limit=2, cursor=first["next_cursor"])
    assert [h["id"] for h in rest["handoffs"]] == [ids[0]] and rest["next_cursor"] is None
    assert other.get_latest_handoff()["handoff"]["summary"] == "Someone else's session"
    other.close()
    with pytest.raises(ValidationError) as refused:
        claw.create_handoff("s" * 5001, mood_notes="m" * 2001)
    assert refused.value.body["details"] == ["summary exceeds max length of 5000", "mood_notes exceeds max length of 2000"]


# --- snippets -------------------------------------------------------------------------------------------


def test_seed_snippet_examples(claw):
    # Save a snippet (upserts by name)
    saved = claw.save_snippet("fetch-with-retry", code="async def fetch_retry(url, n=3): ...", language="python")
    snippet_id = saved["snippet_id"]
    assert snippet_id.startswith("sn_") and saved["snippet"]["use_count"] == 0 and saved["security"]["clean"] is True
    # Fetch a single snippet by ID
    snippet = claw.get_snippet(snippet_id)
    assert snippet["snippet"]["code"] == "async def fetch_retry(url, n=3): ..."
    # Search snippets
    results = claw.get_snippets(language="python", search="retry")
    assert [s["id"] for s in results["snippets"]] == [snippet_id] and results["total"] == 1
    # Mark as used (increments use_count)
    used = claw.use_snippet(snippet_id)
    assert used["snippet"]["use_count"] == 1 and used["snippet"]["last_used"]
    # Delete
    assert claw.delete_snippet(snippet_id) == {"deleted": True, "id": snippet_id}
    with pytest.raises(NotFoundError):
        claw.delete_snippet(snippet_id)
    with pytest.raises(NotFoundError):
        claw.get_snippet(snippet_id)


def test_saving_a_snippet_again_replaces_its_code_and_keeps_its_count(claw):
    first = claw.save_snippet("parse-dates", code="v1", description="Parse ISO dates", tags=["time", "Parsing"])
    claw.use_snippet(first["snippet_id"])
    second = claw.save_snippet("parse-dates", code="v2")
    assert second["snippet_id"] == first["snippet_id"]
    assert second["snippet"]["code"] == "v2" and second["snippet"]["use_count"] == 1
    assert second["snippet"]["description"] == "Parse ISO dates" and second["snippet"]["tags"] == ["time", "Parsing"]
    popular = claw.save_snippet("retry-100%_of_calls", code="retry()", language="python")
    claw.use_snippet(popular["snippet_id"])
    claw.use_snippet(popular["snippet_id"])

    assert [s["name"] for s in claw.get_snippets()["snippets"]] == ["retry-100%_of_calls", "parse-dates"]
    assert [s["name"] for s in claw.get_snippets(search="ISO")["snippets"]] == ["parse-dates"]
    assert [s["name"] for s in claw.get_snippets(search="100%_")["snippets"]] == ["retry-100%_of_calls"]
    assert claw.get_snippets(search="1000")["snippets"] == []  # `%` and `_` are not wildcards
    assert [s["name"] for s in claw.get_snippets(tag="parsing")["snippets"]] == ["parse-dates"]
    assert claw.get_snippets(tag="pars")["snippets"] == []  # a tag matches whole
    assert [s["name"] for s in claw.get_snippets(language="python")["snippets"]] == ["retry-100%_of_calls"]

    leaked = claw.save_snippet("deploy-key", code="TOKEN = 'ghp_" + "b" * 36 + "'")
    assert "ghp_" not in leaked["snippet"]["code"] and leaked["security"]["findings_count"] == 1


def test_snippet_mistakes_are_refused(server, tenant, claw):
    status, body, _ = server.request("DELETE", "/api/snippets", tenant.admin_key)
    assert status == 400 and body["error"] == "id query param is required"
    with pytest.raises(NotFoundError):
        claw.use_snippet("sn_000000000000000000000000")
    with pytest.raises(ValidationError) as refused:
        claw.save_snippet("n" * 201, code="c" * 50_001, language="l" * 51)
    assert refused.value.body["details"] == ["name exceeds max length of 200", "code exceeds max length of 50000",
                                             "language exceeds max length of 50"]
