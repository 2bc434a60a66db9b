"""Calls the 2.10.0 docs show that the published client got wrong, now doing what the docs say."""

from __future__ import annotations

import time

import pytest

from dashclaw import NotFoundError

from support.stub import Reply


@pytest.fixture
def accepting(api, client):
    api.fallback = Reply(200, {})
    return client


@pytest.mark.parametrize(
    "call, field, value",
    [
        (lambda c: c.track_approach("Stacked diffs", succeeded=True), "success", True),
        (lambda c: c.log_mood("focused", energy="high", context="standup"), "notes", "standup"),
        (lambda c: c.record_idea("Vector DB", body="details"), "description", "details"),
        (lambda c: c.create_goal("p99 < 200ms", deadline="2025-03-01"), "target_date", "2025-03-01"),
        (lambda c: c.report_token_usage(1200, 350, session_id="sess_abc"), "session_key", "sess_abc"),
    ],
)
def test_documented_keyword_names_reach_the_server_field(api, accepting, call, field, value):
    call(accepting)
    assert api.requests[0].body[field] == value


def test_canonical_field_wins_over_its_documented_alias(api, accepting):
    accepting.track_approach("x", succeeded=False, success=True)
    assert api.requests[0].body["success"] is True


def test_get_inbox_sends_unread_and_type_the_way_the_server_reads_them(api, accepting):
    accepting.get_inbox(unread=True, message_type="status")
    assert api.requests[0].query == {"unread": "true", "type": "status", "agent_id": "agent-1", "direction": "inbox"}


def test_rebuild_recommendations_default_call_sends_no_nulls(api, accepting):
    accepting.rebuild_recommendations(lookback_days=30, min_samples=5)
    expected = {"agent_id": "agent-1", "lookback_days": 30, "min_samples": 5, "episode_limit": 5000}
    assert api.requests[0].body == expected


def test_swapped_methods_reach_their_routes(api, accepting):
    accepting.submit_feedback(rating=5, comment="great")
    accepting.list_drift_alerts(acknowledged=False)
    accepting.auto_calibrate(lookback_days=7)
    assert [(r.method, r.path) for r in api.requests] == [
        ("POST", "/api/feedback"),
        ("GET", "/api/drift/alerts"),
        ("POST", "/api/scoring/calibrate"),
    ]


def test_download_compliance_export_returns_the_report_text(api, client):
    report = "# SOC 2 report\n\nCoverage: 80%\n"
    markdown = Reply(200, raw=report.encode(), headers={"Content-Type": "text/markdown"})
    api.on("GET", "/api/compliance/exports/ce_1/download", markdown)
    assert client.download_compliance_export("ce_1") == report


def test_get_attachment_returns_bytes_and_raises_sdk_errors(api, client):
    def serve_attachment(request):
        if request.query["id"] != "att_1":
            return Reply(404, {"error": "Attachment not found"})
        disposition = 'attachment; filename="{}.png"'.format(request.query["id"])
        return Reply(200, raw=b"\x00\x01data", headers={"Content-Type": "image/png", "Content-Disposition": disposition})

    api.on("GET", "/api/messages/attachments", serve_attachment)
    expected = {"data": b"\x00\x01data", "filename": "att_1.png", "mime_type": "image/png"}
    assert client.get_attachment("att_1") == expected
    assert client.get_attachment_url("att_1") == api.url + "/api/messages/attachments?id=att_1"
    with pytest.raises(NotFoundError, match="Attachment not found"):
        client.get_attachment("att_2")


def test_documented_agent_schedule_methods_exist(api, accepting):
    accepting.create_agent_schedule("forge", "Build projects", "0 */6 * * *", description="every 6 hours")
    accepting.list_agent_schedules(agent_id="forge")
    create, listing = api.requests
    assert (create.method, create.path) == ("POST", "/api/agent-schedules")
    assert create.body == {
        "agent_id": "forge",
        "name": "Build projects",
        "cron_expression": "0 */6 * * *",
        "description": "every 6 hours",
    }
    assert (listing.path, listing.query) == ("/api/agent-schedules", {"agent_id": "forge"})


def test_wrap_client_reports_token_usage_of_each_call(api, accepting):
    class Completions:
        def create(self, **kwargs):
            usage = type("Usage", (), {"prompt_tokens": 7, "completion_tokens": 2})()
            return type("Response", (), {"usage": usage, "model": kwargs["model"]})()

    openai_like = type("OpenAI", (), {})()
    openai_like.chat = type("Chat", (), {})()
    openai_like.chat.completions = Completions()

    wrapped = accepting.wrap_client(openai_like)
    wrapped.chat.completions.create(model="gpt-4o")
    deadline = time.monotonic() + 5  # reported from a background thread
    while not api.requests and time.monotonic() < deadline:
        time.sleep(0.01)
    assert api.requests[0].body == {"tokens_in": 7, "tokens_out": 2, "model": "gpt-4o", "agent_id": "agent-1"}
    with pytest.raises(ValueError):
        accepting.wrap_client(object(), provider="mistral")
