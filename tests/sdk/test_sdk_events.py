"""``events()`` and the approval wait on the stream, against a scripted server: framing, resume, fallbacks."""

from __future__ import annotations

import json

import pytest

from dashclaw import AuthenticationError

from support.stub import Reply

SSE = {"Content-Type": "text/event-stream"}


def frames(*events, connected=True):
    """An SSE body: `(id, type, data)` events, a heartbeat comment, and the `connected` control frame."""
    body = ": heartbeat\r\n\r\n"
    for event_id, event_type, data in events:
        envelope = {"id": event_id, "type": event_type, "org_id": "org_1", "created_at": "2026-01-01T00:00:00.000Z", "data": data}
        body += "id: {}\r\nevent: {}\r\ndata: {}\r\n\r\n".format(event_id, event_type, json.dumps(envelope))
    if connected:
        body += 'event: connected\r\ndata: {"status": "ok"}\r\n\r\n'
    return Reply(200, raw=body.encode(), headers=SSE)


def test_events_yields_each_event_and_resumes_after_the_last_one_seen(api, client):
    api.on("GET", "/api/stream",
           frames((1, "action.created", {"action_id": "act_1"}), (2, "guard.decision", {"id": "gd_1"})),
           Reply(503, {"error": "Event stream unavailable"}),
           frames((3, "action.updated", {"action_id": "act_1"})))

    stream = client.events(types=["action.created", "action.updated", "guard.decision"])
    seen = [next(stream) for _ in range(3)]
    stream.close()

    assert [(e["id"], e["type"]) for e in seen] == [(1, "action.created"), (2, "guard.decision"), (3, "action.updated")]
    assert seen[0]["data"] == {"action_id": "act_1"} and seen[0]["org_id"] == "org_1"
    first, after_drop, after_error = api.to("GET", "/api/stream")
    assert first.query == {"types": "action.created,action.updated,guard.decision"}
    assert first.headers["Accept"] == "text/event-stream" and first.headers["x-api-key"] == "test-key"
    assert "Last-Event-ID" not in first.headers
    assert after_drop.headers["Last-Event-ID"] == "2" and after_error.headers["Last-Event-ID"] == "2"


def test_events_resumes_from_a_given_id_and_raises_what_the_server_refuses(api, client):
    api.on("GET", "/api/stream", Reply(401, {"error": "Unauthorized - Invalid or missing API key"}))
    with pytest.raises(AuthenticationError):
        next(client.events(last_event_id=41))
    assert api.to("GET", "/api/stream")[0].headers["Last-Event-ID"] == "41"


def pending_then(approved):
    return [{"action": {"action_id": "act_1", "status": "pending_approval"}}, {"action": approved}]


def test_wait_for_approval_polls_a_server_without_a_stream_and_stops_asking_for_one(api, client):
    approved = {"action_id": "act_1", "status": "running", "approved_by": "ops"}
    api.on("GET", "/api/actions/act_1", *pending_then(approved))
    assert client.wait_for_approval("act_1", timeout=5, interval=0.01)["action"] == approved
    api.on("GET", "/api/actions/act_1", *pending_then(approved))
    assert client.wait_for_approval("act_1", timeout=5, interval=0.01)["action"] == approved
    assert len(api.to("GET", "/api/stream")) == 1  # a 404 is remembered: the published polling, unchanged


def test_wait_for_approval_checks_again_as_soon_as_the_stream_names_the_action(api, client):
    """The poll interval is a minute; news on the stream (the decision, then the stream ending) triggers the next
    check at once. tests/server/test_stream.py shows the same against a stream that stays open."""
    approved = {"action_id": "act_1", "status": "running", "approved_by": "ops"}
    api.on("GET", "/api/actions/act_1", *pending_then(approved))
    api.on("GET", "/api/stream", frames((7, "approval.decided", approved)))
    assert client.wait_for_approval("act_1", timeout=5, interval=60)["action"] == approved
    assert api.to("GET", "/api/stream")[0].query == {"types": "approval.decided,action.updated"}
