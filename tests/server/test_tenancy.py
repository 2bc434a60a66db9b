"""Tenancy: an org never sees, changes or is affected by another org's data.

Org A builds a little history (actions, one waiting for approval, assumptions, loops, policies, guard
decisions, presence, signals). Org B, a different org with its own admin key, then tries every list and
every id-based endpoint. Lists must not show A's rows; id endpoints must answer 404 (never 403, never the
data) with the contract's error text; and A's data must be exactly as it was afterwards.
"""
from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from support.dashboard import create_user, signed_in
from support.sse import StreamReader, replay

A_PUBLIC_PEM = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key().public_bytes(
    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def call(server, method: str, path: str, key: str, body=None, headers: dict | None = None):
    status, payload, _ = server.request(method, path, key, body, headers=headers)
    return status, payload


def ok(server, method: str, path: str, key: str, body=None, expected: int = 200):
    status, payload = call(server, method, path, key, body)
    assert status == expected, f"{method} {path} -> {status} {payload}"
    return payload


@dataclass
class Orgs:
    a: object  # Tenant: org A, the owner of everything below
    b: object  # Tenant: org B, the outsider
    agent: str
    ids: dict[str, str] = field(default_factory=dict)
    goal: str = ""

    def fill(self, value):
        if isinstance(value, str):
            for name, real in {**self.ids, "agent": self.agent}.items():
                value = value.replace("{" + name + "}", real)
            return value
        if isinstance(value, dict):
            return {k: self.fill(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.fill(v) for v in value]
        return value


@pytest.fixture(scope="module")
def orgs(server) -> Orgs:
    a, b = server.new_tenant(), server.new_tenant()
    world = Orgs(a=a, b=b, agent="tenant-a-" + secrets.token_hex(4), goal="Migrate the A ledger " + secrets.token_hex(4))
    key, ids = a.admin_key, world.ids

    policy = ok(server, "POST", "/api/policies", key, {
        "name": "a-approval-" + secrets.token_hex(3), "policy_type": "require_approval",
        "rules": json.dumps({"action_types": ["hitl_review"]}),
    }, 201)
    ids["policy"] = policy["policy_id"]
    a1 = ok(server, "POST", "/api/actions", key, {
        "agent_id": world.agent, "action_type": "deploy", "declared_goal": world.goal, "risk_score": 95,
        "reversible": False, "systems_touched": ["a-ledger-db"],
    }, 201)
    ids["a1"] = a1["action_id"]
    pending = ok(server, "POST", "/api/actions", key, {
        "agent_id": world.agent, "action_type": "hitl_review", "declared_goal": "Needs a human",
    }, 202)
    assert pending["action"]["status"] == "pending_approval"
    ids["pending"] = pending["action_id"]
    for n in range(10):  # > 10 actions in the last hour: an autonomy_spike signal for A's agent
        ok(server, "POST", "/api/actions", key, {"agent_id": world.agent, "action_type": "sync",
                                                   "declared_goal": f"Sync batch {n}", "status": "completed"}, 201)
    ids["assumption"] = ok(server, "POST", "/api/actions/assumptions", key, {
        "action_id": ids["a1"], "assumption": "The A ledger is append-only",
    }, 201)["assumption_id"]
    ids["loop"] = ok(server, "POST", "/api/actions/loops", key, {
        "action_id": ids["a1"], "loop_type": "followup", "description": "Tell A's finance team", "priority": "critical",
    }, 201)["loop_id"]
    ids["decision"] = ok(server, "POST", "/api/guard", key, {"action_type": "deploy", "agent_id": world.agent})["decision_id"]
    ok(server, "POST", "/api/agents/heartbeat", key, {"agent_id": world.agent, "status": "busy", "current_task_id": "t-1"})
    keys = ok(server, "GET", f"/api/orgs/{a.org_id}/keys", key)["keys"]
    ids["a_key_id"] = keys[0]["id"]
    ids["session"] = ok(server, "POST", "/api/sessions", key, {"agent_id": world.agent}, 201)["session"]["id"]
    ids["schedule_name"] = "a-schedule-" + secrets.token_hex(4)
    ok(server, "POST", "/api/agent-schedules", key,
       {"agent_id": world.agent, "name": ids["schedule_name"], "cron_expression": "0 * * * *"}, 201)
    ids["observation"] = ok(server, "POST", "/api/preferences", key,
                            {"type": "observation", "agent_id": world.agent, "observation": "A's user"}, 201)["observation_id"]
    ids["idea_title"] = "A's idea " + secrets.token_hex(4)
    ok(server, "POST", "/api/inspiration", key, {"title": ids["idea_title"]}, 201)
    ids["event_summary"] = "A's meeting " + secrets.token_hex(4)
    ok(server, "POST", "/api/calendar", key, {"summary": ids["event_summary"], "start_time": "2999-01-01T00:00:00Z"}, 201)
    ids["pairing"] = ok(server, "POST", "/api/pairings", key, {"agent_id": world.agent, "public_key": A_PUBLIC_PEM})["pairing"]["id"]
    ok(server, "POST", "/api/identities", key, {"agent_id": world.agent, "public_key": A_PUBLIC_PEM})
    ids["identity_agent"] = world.agent
    ids["webhook"] = ok(server, "POST", "/api/webhooks", key, {"url": "http://127.0.0.1:9/a-hook",
                                                               "events": ["stale_running_action"]}, 201)["webhook"]["id"]
    _collaboration_history(server, key, world)
    return world


def _collaboration_history(server, key: str, world: Orgs) -> None:
    """A's messages (one with a file), message thread, shared doc, connection, key point, context thread,
    handoff and snippet."""
    ids, agent = world.ids, world.agent
    ids["message_thread"] = ok(server, "POST", "/api/messages/threads", key, {"name": "A's ops", "created_by": agent},
                               201)["thread_id"]
    sent = ok(server, "POST", "/api/messages", key, {
        "from_agent_id": agent, "to_agent_id": agent + "-peer", "body": "A's ledger is frozen",
        "thread_id": ids["message_thread"],
        "attachments": [{"filename": "ledger.csv", "mime_type": "text/csv", "data": "YSxiCjEsMgo="}],
    }, 201)
    ids["message"], ids["attachment"] = sent["message_id"], sent["message"]["attachments"][0]["id"]
    ids["broadcast"] = ok(server, "POST", "/api/messages", key, {"from_agent_id": agent, "body": "A's news"}, 201)["message_id"]
    ids["doc_name"] = "A's runbook " + secrets.token_hex(4)
    ids["doc"] = ok(server, "POST", "/api/messages/docs", key, {"name": ids["doc_name"], "content": "A's steps",
                                                                "agent_id": agent}, 201)["doc_id"]
    ids["connection"] = ok(server, "POST", "/api/agents/connections", key,
                           {"agent_id": agent, "connections": [{"provider": "a-ledger-api"}]})["connections"][0]["id"]
    ids["point"] = ok(server, "POST", "/api/context/points", key, {"content": "A's budget", "agent_id": agent}, 201)["point_id"]
    ids["context_thread_name"] = "A's plan " + secrets.token_hex(4)
    ids["context_thread"] = ok(server, "POST", "/api/context/threads", key,
                               {"name": ids["context_thread_name"], "agent_id": agent}, 201)["thread_id"]
    ok(server, "POST", f"/api/context/threads/{ids['context_thread']}/entries", key, {"content": "A's first step"}, 201)
    ids["handoff"] = ok(server, "POST", "/api/handoffs", key, {"summary": "A's session", "agent_id": agent}, 201)["handoff_id"]
    ids["snippet_name"] = "a-snippet-" + secrets.token_hex(4)
    ids["snippet"] = ok(server, "POST", "/api/snippets", key, {"name": ids["snippet_name"], "code": "a()", "tags": ["a"]},
                        201)["snippet_id"]
    ids["roster_agent"] = agent


def a_snapshot(server, orgs: Orgs) -> dict:
    """Everything org A can see about its own data, for before/after comparisons."""
    key = orgs.a.admin_key
    return {
        "a1": ok(server, "GET", f"/api/actions/{orgs.ids['a1']}", key),
        "pending": ok(server, "GET", f"/api/actions/{orgs.ids['pending']}", key),
        "assumption": ok(server, "GET", f"/api/actions/assumptions/{orgs.ids['assumption']}", key),
        "loop": ok(server, "GET", f"/api/actions/loops/{orgs.ids['loop']}", key),
        "policies": ok(server, "GET", "/api/policies", key),
        "pairing": ok(server, "GET", f"/api/pairings/{orgs.ids['pairing']}", key),
        "identities": ok(server, "GET", "/api/identities", key),
        "session": ok(server, "GET", f"/api/sessions/{orgs.ids['session']}", key),
        "keys": [{**k, "last_used_at": None, "usage_count": None}  # A's own reads count as use
                 for k in ok(server, "GET", f"/api/orgs/{orgs.a.org_id}/keys", key)["keys"]],
        "webhooks": ok(server, "GET", "/api/webhooks", key),
        "webhook_deliveries": ok(server, "GET", f"/api/webhooks/{orgs.ids['webhook']}/deliveries", key),
        "message": ok(server, "GET", f"/api/messages/{orgs.ids['message']}", key),
        "messages": ok(server, "GET", f"/api/messages?agent_id={orgs.agent}&direction=all", key)["messages"],
        "message_threads": ok(server, "GET", "/api/messages/threads", key),
        "doc": ok(server, "GET", f"/api/messages/docs?id={orgs.ids['doc']}", key),
        "context_thread": ok(server, "GET", f"/api/context/threads/{orgs.ids['context_thread']}", key),
        "snippet": ok(server, "GET", f"/api/snippets/{orgs.ids['snippet']}", key),
        "actions_total": ok(server, "GET", f"/api/actions?agent_id={orgs.agent}", key)["total"],
    }


# --------------------------------------------------------------------------------------------- lists

# (path, list key, id field, A's id that the owner must see there)
LISTS = [
    ("/api/actions", "actions", "action_id", "a1"),
    ("/api/actions?agent_id={agent}", "actions", "action_id", "a1"),
    ("/api/actions?status=pending_approval", "actions", "action_id", "pending"),
    ("/api/actions?risk_min=90", "actions", "action_id", "a1"),
    ("/api/actions?action_type=deploy", "actions", "action_id", "a1"),
    ("/api/guard?decision=allow", "decisions", "id", "decision"),
    ("/api/actions/assumptions", "assumptions", "assumption_id", "assumption"),
    ("/api/actions/assumptions?action_id={a1}", "assumptions", "assumption_id", "assumption"),
    ("/api/actions/assumptions?agent_id={agent}", "assumptions", "assumption_id", "assumption"),
    ("/api/actions/assumptions?drift=true", "assumptions", "assumption_id", "assumption"),
    ("/api/actions/loops", "loops", "loop_id", "loop"),
    ("/api/actions/loops?agent_id={agent}", "loops", "loop_id", "loop"),
    ("/api/actions/loops?priority=critical", "loops", "loop_id", "loop"),
    ("/api/policies", "policies", "id", "policy"),
    ("/api/guard", "decisions", "id", "decision"),
    ("/api/guard?agent_id={agent}", "decisions", "id", "decision"),
    ("/api/actions/signals", "signals", "action_id", "a1"),
    ("/api/actions/signals?agent_id={agent}", "signals", "action_id", "a1"),
    ("/api/sessions", "sessions", "id", "session"),
    ("/api/sessions?agent_id={agent}", "sessions", "id", "session"),
    ("/api/agent-schedules", "schedules", "name", "schedule_name"),
    ("/api/agent-schedules?agent_id={agent}", "schedules", "name", "schedule_name"),
    ("/api/preferences?type=observations", "observations", "id", "observation"),
    ("/api/preferences?type=observations&agent_id={agent}", "observations", "id", "observation"),
    ("/api/inspiration", "ideas", "title", "idea_title"),
    ("/api/calendar", "events", "summary", "event_summary"),
    ("/api/pairings", "pairings", "id", "pairing"),
    ("/api/pairings?status=pending", "pairings", "id", "pairing"),
    ("/api/identities", "identities", "agent_id", "identity_agent"),
    ("/api/webhooks", "webhooks", "id", "webhook"),
    ("/api/activity?type=policy", "logs", "resource_id", "policy"),
    ("/api/activity?resource_type=policy&limit=200", "logs", "resource_id", "policy"),
    ("/api/agents", "agents", "agent_id", "roster_agent"),
    ("/api/agents?include_connections=true", "agents", "agent_id", "roster_agent"),
    ("/api/agents/connections", "connections", "id", "connection"),
    ("/api/agents/connections?agent_id={agent}", "connections", "id", "connection"),
    ("/api/messages", "messages", "id", "message"),
    ("/api/messages?agent_id={agent}&direction=sent", "messages", "id", "message"),
    ("/api/messages?agent_id={agent}-peer", "messages", "id", "message"),
    ("/api/messages?thread_id={message_thread}&direction=all", "messages", "id", "message"),
    ("/api/messages/threads", "threads", "id", "message_thread"),
    ("/api/messages/threads?agent_id={agent}", "threads", "id", "message_thread"),
    ("/api/messages/docs", "docs", "id", "doc"),
    ("/api/context/points", "points", "id", "point"),
    ("/api/context/points?agent_id={agent}", "points", "id", "point"),
    ("/api/context/threads", "threads", "id", "context_thread"),
    ("/api/handoffs", "handoffs", "id", "handoff"),
    ("/api/handoffs?agent_id={agent}", "handoffs", "id", "handoff"),
    ("/api/snippets", "snippets", "id", "snippet"),
    ("/api/snippets?tag=a", "snippets", "id", "snippet"),
]


def _zero_stats(path: str, body: dict) -> None:
    if "total" in body:
        assert body["total"] == 0, body
    if path.startswith("/api/actions?") or path == "/api/actions":
        assert body["stats"]["total"] == 0 and body["stats"]["running"] == 0, body["stats"]
    if path.startswith("/api/actions/loops"):
        assert body["stats"]["open_count"] == 0 and body["stats"]["critical_open"] == 0, body["stats"]
    if path.startswith("/api/guard"):
        assert body["stats"]["total_24h"] == 0, body["stats"]
    if path.startswith("/api/actions/signals"):
        assert body["counts"]["total"] == 0, body["counts"]
    if "drift=true" in path:
        assert body["drift_summary"]["total"] == 0, body["drift_summary"]


@pytest.mark.parametrize("path,list_key,id_field,owned", LISTS, ids=[l[0] for l in LISTS])
def test_lists_never_show_another_orgs_rows(server, orgs, tenant, path, list_key, id_field, owned):
    path = orgs.fill(path)
    mine = ok(server, "GET", path, orgs.a.admin_key)
    assert orgs.ids[owned] in [row.get(id_field) for row in mine[list_key]], f"owner does not see its own row in {path}"

    outsider = ok(server, "GET", path, tenant.admin_key)  # a brand-new org: it must see exactly nothing
    assert outsider[list_key] == [], outsider
    _zero_stats(path, outsider)

    other = ok(server, "GET", path, orgs.b.admin_key)  # org B, which may have rows of its own by now
    text = json.dumps(other)
    for leaked in (orgs.agent, orgs.goal, *orgs.ids.values()):
        assert leaked not in text, f"{path} shows org A's {leaked!r} to org B"


def test_owner_sees_its_signals(server, orgs):
    """Positive control for the signal checks above: A's history really does raise signals."""
    signals = ok(server, "GET", "/api/actions/signals", orgs.a.admin_key)["signals"]
    kinds = {(s["type"], s.get("action_id")) for s in signals}
    assert ("high_impact_low_oversight", orgs.ids["a1"]) in kinds
    assert any(s["type"] == "autonomy_spike" and s["agent_id"] == orgs.agent for s in signals)


# ---------------------------------------------------------------------------------------- id endpoints

ID_ENDPOINTS = [
    ("GET", "/api/actions/{a1}", None, "Action not found"),
    ("PATCH", "/api/actions/{a1}", {"status": "failed", "error_message": "hijacked"}, "Action not found"),
    ("PATCH", "/api/actions/{pending}", {"status": "cancelled"}, "Action not found"),
    ("GET", "/api/actions/{a1}/trace", None, "Action not found"),
    ("GET", "/api/actions/{a1}/graph", None, "Action not found"),
    ("POST", "/api/actions/{pending}/approve", {"decision": "allow"}, "Action not found"),
    ("POST", "/api/actions/{pending}/approve", {"decision": "deny", "reasoning": "hijacked"}, "Action not found"),
    ("GET", "/api/actions/assumptions/{assumption}", None, "Assumption not found"),
    ("PATCH", "/api/actions/assumptions/{assumption}", {"validated": False, "invalidated_reason": "hijacked"}, "Assumption not found"),
    ("PATCH", "/api/actions/assumptions/{assumption}", {"validated": True}, "Assumption not found"),
    ("GET", "/api/actions/loops/{loop}", None, "Open loop not found"),
    ("PATCH", "/api/actions/loops/{loop}", {"status": "resolved", "resolution": "hijacked"}, "Open loop not found"),
    ("PATCH", "/api/actions/loops/{loop}", {"status": "cancelled"}, "Open loop not found"),
    ("PATCH", "/api/policies", {"id": "{policy}", "active": 0}, "Policy not found"),
    ("PATCH", "/api/policies", {"id": "{policy}", "name": "hijacked", "rules": json.dumps({"action_types": ["deploy"]})},
     "Policy not found"),
    ("DELETE", "/api/policies?id={policy}", None, "Policy not found"),
    ("GET", "/api/pairings/{pairing}", None, "Pairing not found"),
    ("POST", "/api/pairings/{pairing}/approve", None, "Pairing not found"),
    ("POST", "/api/pairings/{pairing}/deny", None, "Pairing not found"),
    ("DELETE", "/api/identities/{identity_agent}", None, "Identity not found"),
    ("DELETE", "/api/keys?id={a_key_id}", None, "API key not found"),
    ("DELETE", "/api/webhooks?id={webhook}", None, "Webhook not found"),
    ("POST", "/api/webhooks/{webhook}/test", None, "Webhook not found"),
    ("GET", "/api/webhooks/{webhook}/deliveries", None, "Webhook not found"),
    ("POST", "/api/assumptions", {"action_id": "{a1}", "assumption": "planted by B"}, "Parent action not found"),
    ("POST", "/api/actions/assumptions", {"action_id": "{a1}", "assumption": "planted by B"}, "Parent action not found"),
    ("POST", "/api/actions/loops", {"action_id": "{a1}", "loop_type": "followup", "description": "planted by B"},
     "Parent action not found"),
    ("GET", "/api/sessions/{session}", None, "Session not found"),
    ("PATCH", "/api/sessions/{session}", {"status": "closed"}, "Session not found"),
    ("GET", "/api/sessions/{session}/events", None, "Session not found"),
    ("GET", "/api/messages/{message}", None, "Message not found"),
    ("GET", "/api/messages/attachments?id={attachment}", None, "Attachment not found"),
    ("POST", "/api/messages", {"from_agent_id": "b", "body": "planted by B", "thread_id": "{message_thread}"}, "Thread not found"),
    ("PATCH", "/api/messages/threads", {"thread_id": "{message_thread}", "status": "resolved", "summary": "hijacked"},
     "Thread not found"),
    ("GET", "/api/messages/docs?id={doc}", None, "Document not found"),
    ("GET", "/api/context/threads/{context_thread}", None, "Thread not found"),
    ("PATCH", "/api/context/threads/{context_thread}", {"status": "closed", "summary": "hijacked"}, "Thread not found"),
    ("POST", "/api/context/threads/{context_thread}/entries", {"content": "planted by B"}, "Thread not found"),
    ("GET", "/api/snippets/{snippet}", None, "Snippet not found"),
    ("POST", "/api/snippets/{snippet}/use", None, "Snippet not found"),
    ("DELETE", "/api/snippets?id={snippet}", None, "Snippet not found"),
]


@pytest.mark.parametrize("method,path,body,error", ID_ENDPOINTS,
                         ids=[f"{m} {p} {json.dumps(b) if b else ''}".strip() for m, p, b, _ in ID_ENDPOINTS])
def test_another_orgs_ids_are_not_found(server, orgs, method, path, body, error):
    before = a_snapshot(server, orgs)
    status, payload = call(server, method, orgs.fill(path), orgs.b.admin_key, orgs.fill(body))
    assert status == 404, f"{method} {orgs.fill(path)} as org B -> {status} {payload}"
    assert payload["error"] == error
    text = json.dumps(payload)
    for leaked in (orgs.agent, orgs.goal, orgs.a.org_id):
        assert leaked not in text
    assert a_snapshot(server, orgs) == before, "org B's request changed org A's data"


def test_bulk_delete_never_reaches_another_org(server, orgs):
    before = a_snapshot(server, orgs)
    key = orgs.b.admin_key
    for query in (f"action_id={orgs.ids['a1']}", f"action_id={orgs.ids['pending']}", f"agent_id={orgs.agent}",
                  f"agent_id={orgs.agent}&before=2999-01-01T00:00:00.000Z", f"agent_id={orgs.agent}&status=pending_approval"):
        result = ok(server, "DELETE", f"/api/actions?{query}", key)
        assert result["deleted"] == 0, (query, result)
    after = a_snapshot(server, orgs)
    assert after == before
    assert after["actions_total"] == 12


def test_policies_of_one_org_never_affect_another(server, orgs, tenant):
    """A blocking org next door changes nothing for A; A's approval policy changes nothing next door."""
    blocker = tenant.admin_key
    blocks = [
        ok(server, "POST", "/api/policies", blocker, {"name": "block deploys", "policy_type": "block_action_type",
                                                       "rules": json.dumps({"action_types": ["deploy", "hitl_review", "sync"]})}, 201),
        ok(server, "POST", "/api/policies", blocker, {"name": "block everything", "policy_type": "risk_threshold",
                                                       "rules": json.dumps({"threshold": 0, "action": "block"})}, 201),
    ]
    block_ids = {p["policy_id"] for p in blocks}
    # sanity: the blocker org really is blocked
    own = ok(server, "POST", "/api/guard", blocker, {"action_type": "deploy", "agent_id": orgs.agent})
    assert own["decision"] == "block" and block_ids <= set(own["matched_policies"])
    assert orgs.ids["policy"] not in own["matched_policies"]
    status, refused = call(server, "POST", "/api/actions", blocker,
                           {"agent_id": orgs.agent, "action_type": "deploy", "declared_goal": "blocked next door"})
    assert status == 403 and refused["error"] == "Action blocked by policy"

    key = orgs.a.admin_key
    decision = ok(server, "POST", "/api/guard", key, {"action_type": "deploy", "agent_id": orgs.agent, "risk_score": 10})
    assert decision["decision"] in ("allow", "warn"), decision
    assert not block_ids & set(decision["matched_policies"])
    approval = ok(server, "POST", "/api/guard", key, {"action_type": "hitl_review", "agent_id": orgs.agent})
    assert approval["decision"] == "require_approval" and approval["matched_policies"] == [orgs.ids["policy"]]
    created = ok(server, "POST", "/api/actions", key, {"agent_id": orgs.agent + "-x", "action_type": "deploy",
                                                        "declared_goal": "A is not blocked"}, 201)
    assert created["action"]["status"] == "running"
    assert not block_ids & set(created["decision"]["matched_policies"])
    ok(server, "DELETE", f"/api/actions?action_id={created['action_id']}", key)


def test_client_ids_are_scoped_per_org(server, orgs):
    """Action, assumption and loop ids and policy names are unique per org, so B may reuse A's."""
    key = orgs.b.admin_key
    b1 = ok(server, "POST", "/api/actions", key, {"agent_id": "b-agent", "action_type": "review", "declared_goal": "B's own"}, 201)
    asm = ok(server, "POST", "/api/actions/assumptions", key,
             {"action_id": b1["action_id"], "assumption_id": orgs.ids["assumption"], "assumption": "B's assumption"}, 201)
    assert asm["assumption"]["action_id"] == b1["action_id"]
    loop = ok(server, "POST", "/api/actions/loops", key,
              {"action_id": b1["action_id"], "loop_id": orgs.ids["loop"], "loop_type": "question", "description": "B's loop"}, 201)
    assert loop["loop"]["action_id"] == b1["action_id"]
    a_policies = ok(server, "GET", "/api/policies", orgs.a.admin_key)["policies"]
    a_name = next(p["name"] for p in a_policies if p["id"] == orgs.ids["policy"])
    ok(server, "POST", "/api/policies", key, {"name": a_name, "policy_type": "risk_threshold",
                                               "rules": json.dumps({"threshold": 99}), "active": 0}, 201)

    # each org reads its own row under the shared id
    assert ok(server, "GET", f"/api/actions/assumptions/{orgs.ids['assumption']}", key)["assumption"]["assumption"] == "B's assumption"
    mine = ok(server, "GET", f"/api/actions/assumptions/{orgs.ids['assumption']}", orgs.a.admin_key)["assumption"]
    assert mine["action_id"] == orgs.ids["a1"] and mine["assumption"] == "The A ledger is append-only"
    assert ok(server, "GET", f"/api/actions/loops/{orgs.ids['loop']}", key)["loop"]["description"] == "B's loop"
    theirs = ok(server, "GET", f"/api/actions/loops/{orgs.ids['loop']}", orgs.a.admin_key)["loop"]
    assert theirs["action_id"] == orgs.ids["a1"] and theirs["description"] == "Tell A's finance team"

    # B closing its loop leaves A's loop with the same id open
    ok(server, "PATCH", f"/api/actions/loops/{orgs.ids['loop']}", key, {"status": "cancelled"})
    assert ok(server, "GET", f"/api/actions/loops/{orgs.ids['loop']}", orgs.a.admin_key)["loop"]["status"] == "open"

    # action ids are unique per org too (a global clash would reveal that A uses the id): B may reuse it
    status, payload = call(server, "POST", "/api/actions", key,
                           {"agent_id": "b-agent", "action_type": "review", "declared_goal": "B's twin", "action_id": orgs.ids["a1"]})
    assert status == 201, payload
    assert ok(server, "GET", f"/api/actions/{orgs.ids['a1']}", key)["action"]["declared_goal"] == "B's twin"
    assert ok(server, "GET", f"/api/actions/{orgs.ids['a1']}", orgs.a.admin_key)["action"]["declared_goal"] == orgs.goal
    status, payload = call(server, "POST", "/api/actions", key,
                           {"agent_id": "b-agent", "action_type": "review", "declared_goal": "again", "action_id": orgs.ids["a1"]})
    assert status == 409, payload
    # B deleting its twin leaves A's action alone (and the shared fixture as the other tests expect it)
    assert ok(server, "DELETE", f"/api/actions?action_id={orgs.ids['a1']}", key)["deleted"] == 1
    assert ok(server, "GET", f"/api/actions/{orgs.ids['a1']}", orgs.a.admin_key)["action"]["declared_goal"] == orgs.goal


def test_collaboration_writes_by_name_or_message_id_stay_inside_the_org(server, orgs):
    """Marking or archiving A's messages does nothing for B; a doc, snippet or context thread that B saves under
    A's name (and agent) is B's own; reporting A's agent and provider makes a connection of B's."""
    before = a_snapshot(server, orgs)
    key, ids = orgs.b.admin_key, orgs.ids
    for action in ("read", "archive"):
        for reader in ("dashboard", orgs.agent, orgs.agent + "-peer"):
            updated = ok(server, "PATCH", "/api/messages", key,
                         {"message_ids": [ids["message"], ids["broadcast"]], "action": action, "agent_id": reader})
            assert updated == {"updated": 0}
    doc = ok(server, "POST", "/api/messages/docs", key, {"name": ids["doc_name"], "content": "B's", "agent_id": "b"}, 201)
    assert doc["doc_id"] != ids["doc"] and doc["doc"]["version"] == 1
    snippet = ok(server, "POST", "/api/snippets", key, {"name": ids["snippet_name"], "code": "b()"}, 201)
    assert snippet["snippet_id"] != ids["snippet"] and snippet["snippet"]["use_count"] == 0
    thread = ok(server, "POST", "/api/context/threads", key, {"name": ids["context_thread_name"], "agent_id": orgs.agent}, 201)
    assert thread["thread_id"] != ids["context_thread"]
    connection = ok(server, "POST", "/api/agents/connections", key,
                    {"agent_id": orgs.agent, "connections": [{"provider": "a-ledger-api", "status": "error"}]})
    assert connection["connections"][0]["id"] != ids["connection"]
    assert a_snapshot(server, orgs) == before
    mine = ok(server, "GET", f"/api/agents/connections?agent_id={orgs.agent}", orgs.a.admin_key)["connections"]
    assert [(c["id"], c["status"]) for c in mine] == [(ids["connection"], "active")]


def test_parent_and_related_links_stay_inside_the_org(server, orgs, tenant):
    """Another org's action naming A's action as parent, with A's agent id and systems, traces only its own org."""
    key = tenant.admin_key
    child = ok(server, "POST", "/api/actions", key, {
        "agent_id": orgs.agent, "action_type": "deploy", "declared_goal": "B child", "parent_action_id": orgs.ids["a1"],
        "systems_touched": ["a-ledger-db"],
    }, 201)
    trace = ok(server, "GET", f"/api/actions/{child['action_id']}/trace", key)["trace"]
    assert trace["parent_chain"] == []
    assert trace["related_actions"] == []
    graph = ok(server, "GET", f"/api/actions/{child['action_id']}/graph", key)
    assert [n["id"] for n in graph["nodes"]] == [f"action:{child['action_id']}"]
    assert graph["edges"] == []

    a_trace = ok(server, "GET", f"/api/actions/{orgs.ids['a1']}/trace", orgs.a.admin_key)["trace"]
    assert child["action_id"] not in [s["action_id"] for s in a_trace["sub_actions"]]
    assert child["action_id"] not in [r["action_id"] for r in a_trace["related_actions"]]
    a_graph = ok(server, "GET", f"/api/actions/{orgs.ids['a1']}/graph", orgs.a.admin_key)
    assert f"action:{orgs.ids['a1']}" in [n["id"] for n in a_graph["nodes"]]
    assert child["action_id"] not in json.dumps(a_graph)


def test_client_supplied_org_headers_are_ignored(server, orgs):
    spoof = {"x-org-id": orgs.a.org_id, "x-org-role": "admin", "x-user-id": "usr_spoofed"}
    status, listing = call(server, "GET", "/api/actions", orgs.b.admin_key, headers=spoof)
    assert status == 200 and orgs.agent not in json.dumps(listing)
    status, payload = call(server, "GET", f"/api/actions/{orgs.ids['a1']}", orgs.b.admin_key, headers=spoof)
    assert status == 404 and payload["error"] == "Action not found"
    readonly = server.mint_key(orgs.b, "readonly")
    status, payload = call(server, "POST", "/api/guard", readonly, {"action_type": "deploy"}, headers=spoof)
    assert status == 403 and payload["error"] == "Forbidden - readonly API key"


def test_org_routes_are_scoped_to_the_callers_org(server, orgs):
    key = orgs.b.admin_key
    listing = ok(server, "GET", "/api/orgs", key)["organizations"]
    assert [o["id"] for o in listing] == [orgs.b.org_id]
    assert orgs.ids["a_key_id"] not in [k["id"] for k in ok(server, "GET", "/api/keys", key)["keys"]]
    # another org is not found, with none of its data (contract 10.1 answers 403; our rule for every id is 404)
    for method, path, body in (
        ("GET", f"/api/orgs/{orgs.a.org_id}", None),
        ("PATCH", f"/api/orgs/{orgs.a.org_id}", {"name": "hijacked"}),
        ("GET", f"/api/orgs/{orgs.a.org_id}/keys", None),
        ("POST", f"/api/orgs/{orgs.a.org_id}/keys", {"role": "admin", "label": "backdoor"}),
        ("DELETE", f"/api/orgs/{orgs.a.org_id}/keys?id={orgs.ids['a_key_id']}", None),
    ):
        status, payload = call(server, method, path, key, body)
        assert status == 404, f"{method} {path} -> {status} {payload}"
        assert payload == {"error": "Organization not found"}
        assert "organization" not in payload and "keys" not in payload and "key" not in payload
    own = ok(server, "GET", f"/api/orgs/{orgs.a.org_id}", orgs.a.admin_key)
    assert own["organization"]["name"] != "hijacked"
    assert [k["label"] for k in ok(server, "GET", f"/api/orgs/{orgs.a.org_id}/keys", orgs.a.admin_key)["keys"]].count("backdoor") == 0


def test_one_orgs_bad_input_never_loses_another_orgs_guard_decisions(server, orgs, tenant):
    """Guard decisions are group-committed: a row one org's request cannot store must not take the rows
    of other orgs' requests down with it. Org B sends strings with NUL characters while a clean org runs
    60 ordinary evaluations at the same time; all 60 must be in the clean org's log."""
    from concurrent.futures import ThreadPoolExecutor

    def clean(_):
        return call(server, "POST", "/api/guard", tenant.admin_key, {"action_type": "deploy", "agent_id": "victim"})[0]

    def odd(_):
        return call(server, "POST", "/api/guard", orgs.b.admin_key, {"action_type": "x\u0000y", "agent_id": "odd"})[0]

    with ThreadPoolExecutor(16) as pool:
        statuses = list(pool.map(lambda i: (clean if i % 4 else odd)(i), range(80)))
    assert all(status == 200 for i, status in enumerate(statuses) if i % 4), statuses  # the clean org is always answered
    logged = ok(server, "GET", "/api/guard?agent_id=victim&limit=1000", tenant.admin_key)
    assert logged["total"] == 60, f"only {logged['total']} of 60 guard decisions of the clean org were logged"


def test_the_stream_carries_only_the_callers_org(server, orgs, tenant):
    """Live and on resume (`Last-Event-ID: 0` replays everything kept): org B and a brand-new org hear nothing
    of org A, whose history (policy, actions, approvals, guard decisions) is all on A's own stream."""
    a_key, b_key = orgs.a.admin_key, orgs.b.admin_key
    with StreamReader(server.url, a_key) as a_live, StreamReader(server.url, b_key) as b_live:
        for reader in (a_live, b_live):
            reader.wait_until(lambda r: r.connected() is not None)
        a_action = ok(server, "POST", "/api/actions", a_key, {
            "agent_id": orgs.agent + "-live", "action_type": "deploy", "declared_goal": orgs.goal + " (live)"}, 201)
        ok(server, "POST", "/api/guard", a_key, {"action_type": "deploy", "agent_id": orgs.agent})
        b_action = ok(server, "POST", "/api/actions", b_key, {
            "agent_id": "b-agent", "action_type": "review", "declared_goal": "B's own news"}, 201)
        b_live.wait_until(lambda r: b_action["action_id"] in json.dumps([f.data for f in r.frames]))
        a_live.wait_until(lambda r: a_action["action_id"] in json.dumps([f.data for f in r.frames]))
    ok(server, "DELETE", f"/api/actions?action_id={a_action['action_id']}", a_key)

    a_history, _ = replay(server.url, a_key, after=0)
    assert {orgs.ids["a1"], orgs.ids["pending"], orgs.ids["decision"]} <= {
        e.data["data"].get("action_id") for e in a_history} | {e.data["data"].get("id") for e in a_history}
    for org_id, frames in ((orgs.b.org_id, b_live.frames), (orgs.b.org_id, replay(server.url, b_key, after=0)[0]),
                           (tenant.org_id, replay(server.url, tenant.admin_key, after=0)[0])):
        assert all(f.data["org_id"] == org_id for f in frames if f.id is not None)
        text = json.dumps([f.data for f in frames])
        # (B reuses some of A's ids for its own rows in an earlier test; these are A's alone)
        for leaked in (orgs.agent, orgs.goal, orgs.a.org_id, orgs.ids["pending"], orgs.ids["decision"], orgs.ids["policy"]):
            assert leaked not in text, f"org {org_id}'s stream shows org A's {leaked!r}"
    assert replay(server.url, tenant.admin_key, after=0)[0] == []


DASHBOARD_PAGES = ["/pairings", "/", "/approvals", "/approvals/queue", "/actions", "/actions?agent_id={agent}", "/guard",
                   "/guard?agent_id={agent}", "/policies", "/agents", "/signals", "/keys", "/policy-tests", "/shadow",
                   "/compliance", "/compliance/soc2", "/findings", "/findings?agent_id={agent}", "/routing", "/schedules",
                   "/templates", "/strategies", "/knowledge", "/capabilities", "/learning", "/evaluations", "/drift"]


def test_dashboard_users_see_nothing_of_another_org_on_pages_or_stream(server, orgs):
    """A signed-in user of org B, on every page and on the stream its session opens, sees none of org A."""
    a_user = signed_in(server, create_user(server, orgs.a.org_id, "admin"))
    b_user = signed_in(server, create_user(server, orgs.b.org_id, "admin"))
    assert orgs.goal in a_user.get("/actions").text and orgs.ids["pending"] in a_user.get("/approvals").text
    # (B reuses some of A's ids for its own rows in an earlier test; these are A's alone)
    leaked_values = (orgs.agent, orgs.goal, orgs.a.org_id, orgs.ids["pending"], orgs.ids["decision"], orgs.ids["policy"],
                     orgs.ids["a_key_id"], orgs.ids["pairing"], orgs.ids["schedule_name"])
    for path in DASHBOARD_PAGES:
        page = b_user.get(orgs.fill(path))
        assert page.status == 200, path
        shown = page.text.replace(f'value="{orgs.agent}"', "")  # B's own filter, echoed in its form
        for leaked in leaked_values:
            assert leaked not in shown, f"{path} shows org A's {leaked!r} to org B's user"
    for path in ("/decisions/{a1}", "/decisions/{pending}", "/policies/{policy}", "/pair/{pairing}", "/agents/{agent}"):
        page = b_user.get(orgs.fill(path))
        assert page.status == 404 and orgs.goal not in page.text, path
    before = a_snapshot(server, orgs)
    refused = b_user.post_from("/approvals", orgs.fill("/approvals/{pending}"), {"decision": "allow"})
    assert refused.status == 404
    assert b_user.post_from("/policies", orgs.fill("/policies/{policy}/active"), {"active": "0"}).status == 404
    assert a_snapshot(server, orgs) == before

    session = next(cookie.value for cookie in b_user.jar if cookie.name == "dashclaw_session")
    with StreamReader(server.url, None, headers={"Cookie": f"dashclaw_session={session}"}) as b_live:
        b_live.wait_until(lambda r: r.connected() is not None)
        a_action = ok(server, "POST", "/api/actions", orgs.a.admin_key, {
            "agent_id": orgs.agent, "action_type": "deploy", "declared_goal": orgs.goal + " (seen live?)"}, 201)
        b_action = ok(server, "POST", "/api/actions", orgs.b.admin_key, {
            "agent_id": "b-agent", "action_type": "review", "declared_goal": "B's news for B's user"}, 201)
        b_live.wait_until(lambda r: b_action["action_id"] in json.dumps([f.data for f in r.frames]))
    text = json.dumps([frame.data for frame in b_live.frames])
    assert a_action["action_id"] not in text and orgs.goal not in text
    ok(server, "DELETE", f"/api/actions?action_id={a_action['action_id']}", orgs.a.admin_key)
