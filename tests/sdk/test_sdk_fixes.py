"""Calls the 2.10.0 docs show that the published client got wrong, now doing what the docs say."""

from __future__ import annotations

import pytest
from conftest import Reply

from dashclaw import NotFoundError


@pytest.fixture
def accepting(server, claw):
    server.fallback = Reply(200, {})
    return claw


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
def test_documented_keyword_names_reach_the_server_field(server, accepting, call, field, value):
    call(accepting)
    assert server.requests[0].body[field] == value


def test_canonical_field_wins_over_its_documented_alias(server, accepting):
    accepting.track_approach("x", succeeded=False, success=True)
    assert server.requests[0].body["success"] is True


def test_get_inbox_sends_unread_and_type_the_way_the_server_reads_them(server, accepting):
    accepting.get_inbox(unread=True, message_type="status")
    assert server.requests[0].query == {"unread": "true", "type": "status", "agent_id": "agent-1", "direction": "inbox"}


def test_rebuild_recommendations_default_call_sends_no_nulls(server, accepting):
    accepting.rebuild_recommendations(lookback_days=30, min_samples=5)
    assert server.requests[0].body == {"agent_id": "agent-1", "lookback_days": 30, "min_samples": 5, "episode_limit": 5000}


def test_swapped_methods_reach_their_routes(server, accepting):
    accepting.submit_feedback(rating=5, comment="great")
    accepting.list_drift_alerts(acknowledged=False)
    accepting.auto_calibrate(lookback_days=7)
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/api/feedback"),
        ("GET", "/api/drift/alerts"),
        ("POST", "/api/scoring/calibrate"),
    ]


def test_download_compliance_export_returns_the_report_text(server, claw):
    report = "# SOC 2 report\n\nCoverage: 80%\n"
    server.on("GET", "/api/compliance/exports/ce_1/download", Reply(200, raw=report.encode(), headers={"Content-Type": "text/markdown"}))
    assert claw.download_compliance_export("ce_1") == report


def test_get_attachment_returns_bytes_and_raises_sdk_errors(server, claw):
    server.on(
        "GET",
        "/api/messages/attachments",
        lambda request: Reply(200, raw=b"\x00\x01data", headers={
            "Content-Type": "image/png",
            "Content-Disposition": 'attachment; filename="{}.png"'.format(request.query["id"]),
        })
        if request.query["id"] == "att_1"
        else Reply(404, {"error": "Attachment not found"}),
    )
    assert claw.get_attachment("att_1") == {"data": b"\x00\x01data", "filename": "att_1.png", "mime_type": "image/png"}
    assert claw.get_attachment_url("att_1") == server.url + "/api/messages/attachments?id=att_1"
    with pytest.raises(NotFoundError, match="Attachment not found"):
        claw.get_attachment("att_2")


def test_documented_agent_schedule_methods_exist(server, accepting):
    accepting.create_agent_schedule("forge", "Build projects", "0 */6 * * *", description="every 6 hours")
    accepting.list_agent_schedules(agent_id="forge")
    create, listing = server.requests
    assert (create.method, create.path) == ("POST", "/api/agent-schedules")
    assert create.body == {"agent_id": "forge", "name": "Build projects", "cron_expression": "0 */6 * * *", "description": "every 6 hours"}
    assert (listing.path, listing.query) == ("/api/agent-schedules", {"agent_id": "forge"})


def test_wrap_client_reports_token_usage_of_each_call(server, accepting):
    class Completions:
        def create(self, **kwargs):
            usage = type("Usage", (), {"prompt_tokens": 7, "completion_tokens": 2})()
            return type("Response", (), {"usage": usage, "model": kwargs["model"]})()

    openai_like = type("OpenAI", (), {})()
    openai_like.chat = type("Chat", (), {})()
    openai_like.chat.completions = Completions()

    wrapped = accepting.wrap_client(openai_like)
    wrapped.chat.completions.create(model="gpt-4o")
    assert server.requests[0].body == {"tokens_in": 7, "tokens_out": 2, "model": "gpt-4o", "agent_id": "agent-1"}
    with pytest.raises(ValueError):
        accepting.wrap_client(object(), provider="mistral")
