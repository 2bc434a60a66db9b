"""Agent messaging, the seed's "Agent Messaging" examples and the contract's rules (agents-collab-org.md 3),
against the real server: inboxes and read receipts, broadcasts, threads, shared docs, attachments, and
messages sent inside `action_context` showing up in the action's lineage."""
from __future__ import annotations

import base64
import secrets
from concurrent.futures import ThreadPoolExecutor

import pytest
from support.dashboard import create_user, signed_in
from support.database import DatabaseProbe, changed_tables
from support.sse import replay

from dashclaw import NotFoundError, PayloadTooLargeError, ValidationError

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + secrets.token_bytes(32)
MAX_ATTACHMENT = 1024 * 1024


def encoded(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.fixture
def agents(server, tenant):
    """Three agents of one org: `a`, `b` and `c` (each a client with its own agent_id)."""
    clients = {name: server.client(tenant.admin_key, agent_id=f"{name}-{secrets.token_hex(3)}") for name in "abc"}
    yield clients
    for client in clients.values():
        client.close()


def test_seed_messaging_examples(server, tenant, claw):
    ops = server.client(tenant.admin_key, agent_id="ops-agent")
    ops.send_message("Backlog is clear", to=claw.agent_id, message_type="info")
    ops.send_message("Rotate the logs", to=claw.agent_id, message_type="action")
    ops.send_message("Disk at 91%", to=claw.agent_id, message_type="status")

    # Send a message
    sent = claw.send_message("Deploy complete", to="ops-agent", message_type="status")
    assert sent["message_id"].startswith("msg_") and sent["message"]["id"] == sent["message_id"]
    assert sent["message"]["to_agent_id"] == "ops-agent" and sent["message"]["status"] == "sent"
    assert sent["message"]["attachments"] == [] and sent["message"]["read_by"] is None
    # Broadcast to all agents
    broadcast = claw.broadcast(body="Maintenance window starts in 5 minutes", message_type="status")
    assert broadcast["message"]["to_agent_id"] is None and broadcast["message"]["read_by"] == []
    # Inbox management
    inbox = claw.get_inbox(unread=True)
    assert inbox["unread_count"] == 3 and len(inbox["messages"]) == 3
    assert [m["body"] for m in inbox["messages"]] == ["Disk at 91%", "Rotate the logs", "Backlog is clear"]
    assert all(m["is_read"] is False for m in inbox["messages"])
    marked = claw.mark_read([msg["id"] for msg in inbox["messages"][:2]])
    assert marked == {"updated": 2}
    assert claw.archive_messages(["msg_abc", "msg_def"]) == {"updated": 0}
    assert [m["body"] for m in claw.get_inbox(unread=True)["messages"]] == ["Backlog is clear"]
    # Message threads
    msg_thread = claw.create_message_thread("Ops Coordination", participants=["agent-a", "agent-b"])
    assert msg_thread["thread_id"] == msg_thread["thread"]["id"] and msg_thread["thread_id"].startswith("mt_")
    assert msg_thread["thread"]["status"] == "open" and msg_thread["thread"]["participants"] == ["agent-a", "agent-b"]
    threads = claw.get_message_threads(status="active")  # the docs' name for open threads
    assert [t["id"] for t in threads["threads"]] == [msg_thread["thread_id"]] and threads["total"] == 1
    resolved = claw.resolve_message_thread(msg_thread["thread"]["id"], summary="Issue resolved")
    assert resolved["thread"]["status"] == "resolved" and resolved["thread"]["summary"] == "Issue resolved"
    assert resolved["thread"]["resolved_at"]
    # Shared docs
    doc = claw.save_shared_doc(name="Ops Runbook", content="Updated checklist")
    assert doc["doc_id"].startswith("sd_") and doc["doc"]["version"] == 1 and doc["security"]["clean"] is True

    sent_by_me = claw.get_sent_messages()
    assert [m["id"] for m in sent_by_me["messages"]] == [broadcast["message_id"], sent["message_id"]]
    assert claw.get_sent_messages(message_type="status", limit=1)["messages"][0]["id"] == broadcast["message_id"]
    single = claw.get_message(sent["message_id"])["message"]
    assert single["body"] == "Deploy complete" and single["is_read"] is False and single["attachments"] == []
    with pytest.raises(NotFoundError):
        claw.get_message("msg_000000000000000000000000")
    ops.close()


def test_direct_messages_are_read_by_their_recipient_only(agents):
    a, b, c = agents["a"], agents["b"], agents["c"]
    sent = a.send_message("Can you review PR 12?", to=b.agent_id, message_type="question", subject="Review")
    message_id = sent["message_id"]

    inbox = b.get_inbox()
    assert [m["id"] for m in inbox["messages"]] == [message_id]
    assert inbox["messages"][0]["is_read"] is False and inbox["unread_count"] == 1
    assert a.get_inbox()["messages"] == [] and a.get_inbox()["unread_count"] == 0
    assert c.get_inbox()["messages"] == []
    assert b.get_inbox(message_type="question")["messages"][0]["id"] == message_id
    assert b.get_inbox(message_type="info")["messages"] == []

    assert c.mark_read([message_id]) == {"updated": 0}  # not addressed to c
    assert b.mark_read([message_id]) == {"updated": 1}
    assert b.mark_read([message_id]) == {"updated": 0}
    read = b.get_inbox()
    assert read["messages"][0]["status"] == "read" and read["messages"][0]["is_read"] is True
    assert read["messages"][0]["read_at"] and read["unread_count"] == 0
    assert b.get_inbox(unread=True)["messages"] == []
    assert b.get_messages(direction="all")["messages"][0]["id"] == message_id
    assert [m["id"] for m in a.get_messages(direction="sent")["messages"]] == [message_id]


def test_a_broadcast_is_read_and_archived_per_reader(agents):
    a, b, c = agents["a"], agents["b"], agents["c"]
    message_id = a.broadcast("Deploy freeze until Monday", message_type="status")["message_id"]
    for reader in (b, c):
        inbox = reader.get_inbox()
        assert [m["id"] for m in inbox["messages"]] == [message_id] and inbox["unread_count"] == 1
    assert a.get_inbox()["messages"] == []  # the sender's own broadcast is not in its inbox

    assert b.mark_read([message_id]) == {"updated": 1}
    assert b.mark_read([message_id]) == {"updated": 0}
    seen_by_b = b.get_inbox()
    assert seen_by_b["messages"][0]["is_read"] is True and seen_by_b["unread_count"] == 0
    assert seen_by_b["messages"][0]["status"] == "sent" and seen_by_b["messages"][0]["read_by"] == [b.agent_id]
    assert b.get_inbox(unread=True)["messages"] == []
    assert c.get_inbox()["messages"][0]["is_read"] is False and c.get_inbox()["unread_count"] == 1
    assert [m["id"] for m in c.get_inbox(unread=True)["messages"]] == [message_id]

    assert b.archive_messages([message_id]) == {"updated": 1}  # only from b's inbox
    assert b.get_inbox()["messages"] == []
    assert [m["id"] for m in c.get_inbox()["messages"]] == [message_id]
    assert a.archive_messages([message_id]) == {"updated": 1}  # the sender archives it for everyone
    assert c.get_inbox()["messages"] == [] and c.get_inbox()["unread_count"] == 0
    assert a.get_message(message_id)["message"]["status"] == "archived"


def test_archiving_a_direct_message_needs_its_sender_or_recipient(agents):
    a, b, c = agents["a"], agents["b"], agents["c"]
    message_id = a.send_message("Rotate the keys", to=b.agent_id)["message_id"]
    assert c.archive_messages([message_id]) == {"updated": 0}
    assert [m["id"] for m in b.get_inbox()["messages"]] == [message_id]
    assert b.archive_messages([message_id]) == {"updated": 1}
    assert b.get_inbox()["messages"] == []
    sent = a.get_sent_messages()["messages"][0]
    assert sent["status"] == "archived" and sent["archived_at"]


def test_inbox_pages_newest_first_with_a_cursor(server, tenant, agents):
    a, b = agents["a"], agents["b"]
    ids = [a.send_message(f"note {n}", to=b.agent_id)["message_id"] for n in range(5)]
    path = f"/api/messages?agent_id={b.agent_id}&limit=2"
    seen, cursor = [], None
    while True:
        status, page, _ = server.request("GET", path + (f"&cursor={cursor}" if cursor else ""), tenant.admin_key)
        assert status == 200, page
        seen += [m["id"] for m in page["messages"]]
        assert page["total"] == len(page["messages"]) <= 2 and page["unread_count"] == 5
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == ids[::-1]
    status, body, _ = server.request("GET", path + "&cursor=bm90IGEgY3Vyc29y", tenant.admin_key)
    assert status == 400 and body["error"] == "Invalid cursor"


def test_all_of_an_agents_messages_are_those_it_sent_or_received(agents):
    a, b, c = agents["a"], agents["b"], agents["c"]
    sent = a.send_message("from a", to=b.agent_id)["message_id"]
    received = b.send_message("to a", to=a.agent_id)["message_id"]
    broadcast = c.broadcast("to everyone")["message_id"]
    c.send_message("between others", to=b.agent_id)

    shown = {m["id"]: m["body"] for m in a.get_messages(direction="all", limit=100)["messages"]}
    assert set(shown) == {sent, received, broadcast}, shown


def test_threads_list_by_latest_activity_and_count_concurrent_messages(agents):
    a, b = agents["a"], agents["b"]
    older, newer, quiet = (a.create_message_thread(name, participants=[b.agent_id])["thread_id"]
                           for name in ("older", "newer", "quiet"))
    a.send_message("first", to=b.agent_id, thread_id=newer)
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda n: a.send_message(f"busy {n}", to=b.agent_id, thread_id=older), range(12)))
    listed = {t["id"]: t for t in b.get_message_threads()["threads"]}
    assert [t for t in listed][:3] == [older, newer, quiet]  # the quiet one ranks by its creation
    assert (listed[older]["message_count"], listed[newer]["message_count"], listed[quiet]["message_count"]) == (12, 1, 0)
    assert listed[quiet]["last_message_at"] is None and listed[older]["last_message_at"] > listed[newer]["last_message_at"]


def test_threads_carry_messages_while_open(agents):
    a, b = agents["a"], agents["b"]
    thread_id = a.create_message_thread("Incident 7", participants=[b.agent_id])["thread_id"]
    first = a.send_message("Looking into it", to=b.agent_id, thread_id=thread_id)
    assert first["message"]["thread_id"] == thread_id
    b.send_message("Thanks", to=a.agent_id, thread_id=thread_id)

    listed = b.get_message_threads()["threads"]  # b takes part as a participant
    assert [t["id"] for t in listed] == [thread_id]
    assert listed[0]["message_count"] == 2 and listed[0]["last_message_at"]
    assert [m["body"] for m in a.get_messages(direction="all", thread_id=thread_id)["messages"]] == ["Thanks", "Looking into it"]

    a.resolve_message_thread(thread_id, summary="Fixed by a restart")
    kept = a.resolve_message_thread(thread_id)  # the SDK sends summary null: the summary stays
    assert kept["thread"]["summary"] == "Fixed by a restart"
    with pytest.raises(ValidationError) as closed:
        a.send_message("One more thing", to=b.agent_id, thread_id=thread_id)
    assert closed.value.body["error"] == "Thread is not open"
    with pytest.raises(ValidationError) as context_thread:
        a.send_message("Wrong kind of thread", thread_id="ct_0123456789abcdef01234567")
    assert context_thread.value.body["error"] == "Context threads cannot carry messages"
    with pytest.raises(NotFoundError) as unknown:
        a.send_message("Nowhere", thread_id="mt_0123456789abcdef01234567")
    assert unknown.value.body["error"] == "Thread not found"
    with pytest.raises(NotFoundError):
        a.resolve_message_thread("mt_0123456789abcdef01234567")
    assert a.get_message_threads(status="resolved")["threads"][0]["id"] == thread_id
    assert a.get_message_threads(status="open")["threads"] == []


def test_shared_docs_are_versioned_by_name(server, tenant, claw):
    first = claw.save_shared_doc(name="Ops Runbook", content="Step 1")
    second = claw.save_shared_doc(name="Ops Runbook", content="Step 1\nStep 2")
    assert second["doc_id"] == first["doc_id"]
    assert second["doc"]["version"] == 2 and second["doc"]["content"] == "Step 1\nStep 2"
    assert second["doc"]["created_at"] == first["doc"]["created_at"]
    status, found, _ = server.request("GET", f"/api/messages/docs?id={first['doc_id']}", tenant.admin_key)
    assert status == 200 and found["doc"]["version"] == 2
    status, listed, _ = server.request("GET", "/api/messages/docs?search=runbook", tenant.admin_key)
    assert [d["id"] for d in listed["docs"]] == [first["doc_id"]]
    status, missing, _ = server.request("GET", "/api/messages/docs?id=sd_nope", tenant.admin_key)
    assert status == 404 and missing["error"] == "Document not found"

    secret = claw.save_shared_doc(name="Keys", content="use AKIAIOSFODNN7EXAMPLE for the bucket")
    assert "AKIAIOSFODNN7EXAMPLE" not in secret["doc"]["content"] and secret["security"]["clean"] is False


def test_free_text_is_redacted_before_storage(agents):
    a, b = agents["a"], agents["b"]
    sent = a.send_message("the key is AKIAIOSFODNN7EXAMPLE", to=b.agent_id, subject="token ghp_" + "a" * 36)
    stored = b.get_inbox()["messages"][0]
    assert "AKIAIOSFODNN7EXAMPLE" not in stored["body"] and "[REDACTED:" in stored["body"]
    assert "ghp_" + "a" * 36 not in stored["subject"]
    assert sent["security"]["findings_count"] == 2


def test_attachments_are_stored_and_downloaded_as_sent(server, tenant, agents):
    a, b = agents["a"], agents["b"]
    notes = "Deploy notes: é ✓\n".encode()
    sent = a.send_message("Screenshot and notes", to=b.agent_id, attachments=[
        {"filename": "screen.png", "mime_type": "image/png", "data": encoded(PNG)},
        {"filename": "../../notes ✓.txt", "mime_type": "text/plain", "data": encoded(notes)},
    ])
    shown = sent["message"]["attachments"]
    assert [(x["filename"], x["mime_type"], x["size_bytes"]) for x in shown] == [
        ("screen.png", "image/png", len(PNG)), ("notes ✓.txt", "text/plain", len(notes))]
    assert all(x["id"].startswith("att_") and "data" not in x for x in shown)

    # the seed's download loop
    inbox = b.get_inbox()
    downloaded = {}
    for msg in inbox["messages"]:
        for att in msg.get("attachments", []):
            result = b.get_attachment(att["id"])
            downloaded[result["filename"]] = result
    assert downloaded["screen.png"] == {"data": PNG, "filename": "screen.png", "mime_type": "image/png"}
    assert downloaded["notes ✓.txt"]["data"] == notes and downloaded["notes ✓.txt"]["mime_type"] == "text/plain"
    assert b.get_attachment_url(shown[0]["id"]) == f"{server.url}/api/messages/attachments?id={shown[0]['id']}"

    status, data, raw_headers = server.exchange("GET", f"/api/messages/attachments?id={shown[1]['id']}", tenant.admin_key, None)
    headers = {name.lower(): value for name, value in raw_headers.items()}
    assert status == 200 and data == notes
    assert headers["content-type"] == "text/plain"
    assert headers["content-disposition"] == "attachment; filename=\"notes _.txt\"; filename*=UTF-8''notes%20%E2%9C%93.txt"
    assert headers["x-content-type-options"] == "nosniff" and headers["cache-control"] == "private, max-age=3600"
    status, body, _ = server.request("GET", "/api/messages/attachments", tenant.admin_key)
    assert status == 400 and body["error"] == "id query parameter is required"
    with pytest.raises(NotFoundError):
        b.get_attachment("att_000000000000000000000000")


ATTACHMENT_REFUSALS = [
    ("four files", [{"filename": f"{n}.txt", "mime_type": "text/plain", "data": encoded(b"x")} for n in range(4)],
     400, "Validation failed"),
    ("no data", [{"filename": "a.txt", "mime_type": "text/plain"}], 400,
     "Each attachment requires filename, mime_type, and data"),
    ("not an object", ["a.txt"], 400, "Each attachment requires filename, mime_type, and data"),
    ("html", [{"filename": "a.html", "mime_type": "text/html", "data": encoded(b"<script>")}], 400,
     ("Unsupported MIME type: text/html. Allowed: image/png, image/jpeg, image/gif, image/webp, application/pdf, "
      "text/plain, text/markdown, text/csv, application/json")),
    ("not base64", [{"filename": "a.txt", "mime_type": "text/plain", "data": "%%%"}], 400,
     'Attachment "a.txt" is not valid base64'),
    ("a PNG that is not one", [{"filename": "a.png", "mime_type": "image/png", "data": encoded(b"GIF89a...")}], 400,
     'Attachment "a.png" is not a valid image/png file'),
    ("JSON that does not parse", [{"filename": "a.json", "mime_type": "application/json", "data": encoded(b"{oops")}],
     400, 'Attachment "a.json" is not a valid application/json file'),
    ("text that is not UTF-8", [{"filename": "a.csv", "mime_type": "text/csv", "data": encoded(b"\xff\xfe")}], 400,
     'Attachment "a.csv" is not a valid text/csv file'),
    ("one byte over the limit", [
        {"filename": "ok.png", "mime_type": "image/png", "data": encoded(PNG)},
        {"filename": "big.txt", "mime_type": "text/plain", "data": encoded(b"x" * (MAX_ATTACHMENT + 1))},
    ], 413, 'Attachment "big.txt" exceeds 1MB limit'),
]


@pytest.mark.parametrize("attachments,status,error", [case[1:] for case in ATTACHMENT_REFUSALS],
                         ids=[case[0] for case in ATTACHMENT_REFUSALS])
def test_refused_attachments_write_nothing(server, tenant, attachments, status, error):
    probe = DatabaseProbe(server.database_url)
    try:
        before = probe.snapshot(server, tenant.admin_key)
        code, body, _ = server.request("POST", "/api/messages", tenant.admin_key, {
            "from_agent_id": "a", "to_agent_id": "b", "body": "files", "attachments": attachments})
        assert (code, body["error"]) == (status, error), body
        assert changed_tables(before, probe.snapshot(server, tenant.admin_key)) == {}
    finally:
        probe.close()


def test_an_attachment_at_the_limit_is_accepted(agents):
    a, b = agents["a"], agents["b"]
    data = b"x" * MAX_ATTACHMENT
    sent = a.send_message("big", to=b.agent_id, attachments=[{"filename": "big.txt", "mime_type": "text/plain",
                                                              "data": encoded(data)}])
    assert b.get_attachment(sent["message"]["attachments"][0]["id"])["data"] == data
    with pytest.raises(PayloadTooLargeError):
        a.send_message("bigger", to=b.agent_id, attachments=[{"filename": "big.txt", "mime_type": "text/plain",
                                                              "data": encoded(data + b"x")}])


def test_messages_sent_in_an_action_context_join_its_lineage(server, tenant, claw):
    action = claw.create_action(action_type="deploy", declared_goal="Deploy v2")
    with claw.action_context(action["action_id"]) as ctx:
        sent = ctx.send_message("Starting deploy", to="ops-agent")
        ctx.record_assumption({"assumption": "Staging tests passed"})
        ctx.update_outcome(status="completed", output_summary="Deployed")
    assert sent["message"]["action_id"] == action["action_id"]

    detail = claw.get_action(action["action_id"])
    assert detail["action"]["status"] == "completed" and detail["action"]["output_summary"] == "Deployed"
    assert [a["assumption"] for a in detail["assumptions"]] == ["Staging tests passed"]
    assert [m["id"] for m in detail["messages"]] == [sent["message_id"]]
    trace = claw.get_action_trace(action["action_id"])["trace"]
    assert trace["messages"]["total"] == 1 and trace["messages"]["items"][0]["body"] == "Starting deploy"
    assert trace["assumptions"]["total"] == 1
    other = claw.create_action(action_type="deploy", declared_goal="Unrelated")
    assert claw.get_action_trace(other["action_id"])["trace"]["messages"] == {"total": 0, "items": []}
    operator = signed_in(server, create_user(server, tenant.org_id, "admin"))
    assert "Message to ops-agent: Starting deploy" in operator.get(f"/decisions/{action['action_id']}").text


def test_a_new_message_is_on_the_stream(server, tenant, agents):
    sent = agents["a"].send_message("Heads up", to=agents["b"].agent_id)
    events, _ = replay(server.url, tenant.admin_key, after=0, types="message.created")
    assert [e.data["data"]["id"] for e in events] == [sent["message_id"]]
    assert events[0].data["data"]["body"] == "Heads up"


def test_bad_message_bodies_are_refused(server, tenant):
    def send(body):
        return server.request("POST", "/api/messages", tenant.admin_key, body)[:2]

    assert send({"from_agent_id": "a"}) == (400, {"error": "Validation failed", "details": ["body is required"]})
    assert send({"body": "hi"}) == (400, {"error": "Validation failed", "details": ["from_agent_id is required"]})
    status, body = send({"from_agent_id": "a", "body": "hi", "message_type": "gossip"})
    assert status == 400 and body["details"] == ["message_type must be one of: action, info, lesson, question, status"]
    status, body = send({"from_agent_id": "a", "body": "b" * 2001, "subject": "s" * 201})
    assert body["details"] == ["subject exceeds max length of 200", "body exceeds max length of 2000"]
    status, body, _ = server.request("PATCH", "/api/messages", tenant.admin_key, {"message_ids": ["x"], "action": "delete"})
    assert status == 400 and body["details"] == ["action must be one of: read, archive"]
