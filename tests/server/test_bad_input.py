"""Bad input, table-driven: every endpoint, every way a client can get a request wrong.

Each case states the exact status, the `error` text and (where the contract gives them) the `details`
messages, and proves that a rejected request wrote nothing: every table's rows are digested before and
after the call and must be identical. Contract: actions-guard-policies.md 1.3/1.7/2-7 and
agents-collab-org.md 1 and 10.
"""
from __future__ import annotations

import base64
import json
import secrets
import select
import socket
from dataclasses import dataclass, field
from typing import Any, Callable

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from dashclaw.server.events.log import EVENT_TYPES
from support.database import TABLES, DatabaseProbe
from support.raw_http import exchange

MAX_BODY = 2 * 1024 * 1024
PUBLIC_PEM = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key().public_bytes(
    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
ANY = object()  # "details must be a non-empty list of strings" (the contract gives no exact text)
NO_BODY = object()


# --------------------------------------------------------------------------------------------- helpers


def http(server, method: str, path: str, api_key: str | None, body: Any = NO_BODY, raw: bytes | None = None,
         headers: dict | None = None) -> tuple[int, Any, str]:
    """One HTTP call; returns (status, parsed JSON or None, raw text) and never raises on HTTP errors."""
    data = raw if raw is not None else (None if body is NO_BODY else json.dumps(body).encode())
    status, payload, _ = server.exchange(method, path, api_key, data, headers)
    return (status, *_parsed(payload))


def _parsed(payload: bytes) -> tuple[Any, str]:
    """(JSON value or None, text) of a response body that may not be JSON at all."""
    try:
        parsed = json.loads(payload) if payload else None
    except ValueError:
        parsed = None
    return parsed, payload.decode("utf-8", "replace")


def stream(server, method: str, path: str, api_key: str | None, body: bytes, *, chunked: bool = False) -> tuple[int, Any, str]:
    """Send a big body over a raw socket and stop as soon as the server answers.

    A server that refuses a body early closes the connection without reading the rest; a client that keeps
    writing then gets a broken pipe (or a reset that discards the answer). Sending the headers first and
    watching for the answer between chunks reads the 413 reliably.
    """
    host, port = server.url.split("//", 1)[1].split(":")
    sock = socket.create_connection((host, int(port)), timeout=30)
    try:
        head = [f"{method} {path} HTTP/1.1", f"Host: {host}:{port}", "Content-Type: application/json", "Connection: close"]
        head.append("Transfer-Encoding: chunked" if chunked else f"Content-Length: {len(body)}")
        if api_key:
            head.append(f"x-api-key: {api_key}")
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        step = 65536
        for start in range(0, len(body), step):
            if select.select([sock], [], [], 0.05 if start == 0 else 0)[0]:
                break  # the server has answered already
            piece = body[start:start + step]
            try:
                sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
            except OSError:
                break
        else:
            try:
                if chunked:
                    sock.sendall(b"0\r\n\r\n")
            except OSError:
                pass
        data = b""
        while True:
            try:
                part = sock.recv(65536)
            except OSError:
                break
            if not part:
                break
            data += part
    finally:
        sock.close()
    head_bytes, _, payload = data.partition(b"\r\n\r\n")
    lines = head_bytes.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines and lines[0].startswith("HTTP/") else 0
    if any(line.lower().startswith("transfer-encoding:") and "chunked" in line.lower() for line in lines[1:]):
        decoded, rest = b"", payload
        while rest:
            size_line, _, rest = rest.partition(b"\r\n")
            size = int(size_line.split(b";")[0] or b"0", 16)
            if size == 0:
                break
            decoded, rest = decoded + rest[:size], rest[size + 2:]
        payload = decoded
    return (status, *_parsed(payload))


def diff(before: dict, after: dict) -> dict[str, str]:
    return {
        table: f"rows {before[table][0]} -> {after[table][0]}" + ("" if before[table][0] != after[table][0] else " (contents changed)")
        for table in TABLES if before[table] != after[table]
    }


# ----------------------------------------------------------------------------------------------- world


@dataclass
class World:
    """Two orgs with one of everything. Cases run as org A's admin; org B's ids are the 'foreign' ones."""

    key: str
    ids: dict[str, str]

    def fill(self, value: Any) -> Any:
        if isinstance(value, str):
            for name, real in self.ids.items():
                value = value.replace("{" + name + "}", real)
            return value
        if isinstance(value, list):
            return [self.fill(v) for v in value]
        if isinstance(value, dict):
            return {k: self.fill(v) for k, v in value.items()}
        return value


def _ok(response: tuple[int, Any, str], expected: int) -> Any:
    status, body, raw = response
    assert status == expected, f"setup call failed: {status} {raw[:500]}"
    return body


def _populate(server, tenant, prefix: str, agent_id: str, ids: dict[str, str]) -> None:
    key = tenant.admin_key
    ids[prefix + "org"] = tenant.org_id
    action = _ok(http(server, "POST", "/api/actions", key, {"agent_id": agent_id, "action_type": "deploy",
                                                             "declared_goal": "Roll out the billing service"}), 201)
    ids[prefix + "action"] = action["action_id"]
    asm = _ok(http(server, "POST", "/api/actions/assumptions", key,
                   {"action_id": action["action_id"], "assumption": "Traffic is low at night"}), 201)
    ids[prefix + "assumption"] = asm["assumption_id"]
    gone = _ok(http(server, "POST", "/api/actions/assumptions", key,
                    {"action_id": action["action_id"], "assumption": "The cache is warm"}), 201)
    _ok(http(server, "PATCH", f"/api/actions/assumptions/{gone['assumption_id']}", key,
             {"validated": False, "invalidated_reason": "It was cold"}), 200)
    ids[prefix + "invalidated_assumption"] = gone["assumption_id"]
    for n in ("spare_assumption_1", "spare_assumption_2"):  # ids only ever reused by the other org's cases
        spare = _ok(http(server, "POST", "/api/actions/assumptions", key,
                         {"action_id": action["action_id"], "assumption": "Spare"}), 201)
        ids[prefix + n] = spare["assumption_id"]
    spare = _ok(http(server, "POST", "/api/actions/loops", key,
                     {"action_id": action["action_id"], "loop_type": "other", "description": "Spare"}), 201)
    ids[prefix + "spare_loop"] = spare["loop_id"]
    loop = _ok(http(server, "POST", "/api/actions/loops", key,
                    {"action_id": action["action_id"], "loop_type": "followup", "description": "Tell support"}), 201)
    ids[prefix + "loop"] = loop["loop_id"]
    closed = _ok(http(server, "POST", "/api/actions/loops", key,
                      {"action_id": action["action_id"], "loop_type": "review", "description": "Review the diff"}), 201)
    _ok(http(server, "PATCH", f"/api/actions/loops/{closed['loop_id']}", key,
             {"status": "resolved", "resolution": "Reviewed"}), 200)
    ids[prefix + "closed_loop"] = closed["loop_id"]
    for n in ("policy", "policy2"):
        name = f"{prefix}{n}-{secrets.token_hex(4)}"
        # inactive, so they never change a guard decision in the cases below
        policy = _ok(http(server, "POST", "/api/policies", key, {"name": name, "policy_type": "risk_threshold",
                                                                 "rules": json.dumps({"threshold": 90}), "active": 0}), 201)
        ids[prefix + n] = policy["policy_id"]
        ids[prefix + n + "_name"] = name
    minted = _ok(http(server, "POST", f"/api/orgs/{tenant.org_id}/keys", key, {"role": "member", "label": "m"}), 201)
    ids[prefix + "key_id"] = minted["key"]["id"]
    revoked = _ok(http(server, "POST", f"/api/orgs/{tenant.org_id}/keys", key, {"role": "member", "label": "r"}), 201)
    _ok(http(server, "DELETE", f"/api/orgs/{tenant.org_id}/keys?id={revoked['key']['id']}", key), 200)
    ids[prefix + "revoked_key_id"] = revoked["key"]["id"]
    org = _ok(http(server, "GET", f"/api/orgs/{tenant.org_id}", key), 200)
    ids[prefix + "slug"] = org["organization"]["slug"]
    for n in ("pairing", "approved_pairing"):
        pairing = _ok(http(server, "POST", "/api/pairings", key, {"agent_id": agent_id, "public_key": PUBLIC_PEM}), 200)
        ids[prefix + n] = pairing["pairing"]["id"]
    _ok(http(server, "POST", f"/api/pairings/{ids[prefix + 'approved_pairing']}/approve", key), 200)
    ids[prefix + "identity_agent"] = agent_id
    # subscribed to a signal the test server never looks for, so no delivery ever writes in the background
    webhook = _ok(http(server, "POST", "/api/webhooks", key, {"url": "http://127.0.0.1:9/never",
                                                             "events": ["stale_running_action"]}), 201)
    ids[prefix + "webhook"] = webhook["webhook"]["id"]
    session = _ok(http(server, "POST", "/api/sessions", key, {"agent_id": agent_id}), 201)
    ids[prefix + "session"] = session["session"]["id"]
    _populate_collaboration(server, key, prefix, agent_id, ids)


def _populate_collaboration(server, key: str, prefix: str, agent_id: str, ids: dict[str, str]) -> None:
    """A message with a file, an open and a resolved message thread, a shared doc, an active and a closed context
    thread, a snippet."""
    sent = _ok(http(server, "POST", "/api/messages", key, {"from_agent_id": agent_id, "to_agent_id": "peer", "body": "Ready",
                                                            "attachments": [TEXT_FILE]}), 201)
    ids[prefix + "message"], ids[prefix + "attachment"] = sent["message_id"], sent["message"]["attachments"][0]["id"]
    for n in ("message_thread", "resolved_thread"):
        ids[prefix + n] = _ok(http(server, "POST", "/api/messages/threads", key, {"name": n, "created_by": agent_id}), 201)["thread_id"]
    _ok(http(server, "PATCH", "/api/messages/threads", key, {"thread_id": ids[prefix + "resolved_thread"], "status": "resolved"}), 200)
    ids[prefix + "doc"] = _ok(http(server, "POST", "/api/messages/docs", key,
                                   {"name": "Runbook", "content": "Steps", "agent_id": agent_id}), 201)["doc_id"]
    for n in ("context_thread", "closed_context_thread"):
        ids[prefix + n] = _ok(http(server, "POST", "/api/context/threads", key, {"name": n, "agent_id": agent_id}), 201)["thread_id"]
    _ok(http(server, "PATCH", f"/api/context/threads/{ids[prefix + 'closed_context_thread']}", key, {"status": "closed"}), 200)
    ids[prefix + "snippet"] = _ok(http(server, "POST", "/api/snippets", key, {"name": "retry", "code": "retry()"}), 201)["snippet_id"]


@pytest.fixture(scope="module")
def world(server) -> World:
    ids: dict[str, str] = {}
    mine, theirs = server.new_tenant(), server.new_tenant()
    _populate(server, mine, "", "bad-input-agent", ids)
    _populate(server, theirs, "other_", "other-org-agent", ids)
    return World(key=mine.admin_key, ids=ids)


@pytest.fixture(scope="module")
def probe(server):
    database = DatabaseProbe(server.database_url)
    yield database
    database.close()


# ----------------------------------------------------------------------------------------------- cases


@dataclass(repr=False)
class Case:
    id: str
    method: str
    path: str
    body: Any = NO_BODY
    raw: bytes | None = None
    status: int = 400
    error: str | None = "Validation failed"  # exact `error`; None: any non-empty string
    details: Any = None  # exact list (an entry ending in "..." matches by prefix), ANY, or None (not checked)
    mentions: list[str] = field(default_factory=list)  # must appear in `error` or in `details`
    changes: dict[str, int] = field(default_factory=dict)  # tables allowed to change, with their row deltas
    check: Callable[[Any], Any] | None = None  # extra assertion on the response body
    forbidden: tuple[str, ...] = ()  # world ids that must not appear anywhere in the response
    platform_admin: bool = False  # sent with the server's bootstrap key (creating orgs needs one) instead of org A's

    def __repr__(self) -> str:
        return f"Case({self.id!r})"


def invalid(id: str, method: str, path: str, body: Any, *details: str) -> Case:
    return Case(f"{method} {path}: {id}", method, path, body, details=list(details))


NUL_IN_URL = "Request path or query contains a NUL character"


def missing(id: str, method: str, path: str, body: Any, what: str, foreign: bool = False) -> Case:
    forbidden = ("other_action", "other_assumption", "other_loop", "other_policy") if foreign else ()
    return Case(f"{method} {path}: {id}", method, path, body, status=404, error=f"{what} not found", forbidden=forbidden)


def refused(id: str, method: str, path: str, body: Any, status: int, error: str | None = None, **kw) -> Case:
    return Case(f"{method} {path}: {id}", method, path, body, status=status, error=error, **kw)


def accepted(id: str, method: str, path: str, body: Any, status: int, changes: dict[str, int], check=None) -> Case:
    return Case(f"{method} {path}: {id}", method, path, body, status=status, error=None, changes=changes, check=check)


ACTION = {"agent_id": "bad-input-agent", "action_type": "deploy", "declared_goal": "Ship the release"}
GUARD = {"action_type": "deploy", "agent_id": "bad-input-agent"}
POLICY = {"name": "bad-input-new-policy", "policy_type": "risk_threshold", "rules": json.dumps({"threshold": 80}), "active": 0}
ASSUMPTION = {"action_id": "{action}", "assumption": "The API is idempotent"}
LOOP = {"action_id": "{action}", "loop_type": "followup", "description": "Confirm with ops"}
HEARTBEAT = {"agent_id": "bad-input-agent"}
STATUSES = "running, completed, failed, cancelled, pending, pending_approval"
POLICY_TYPES = "risk_threshold, require_approval, block_action_type, rate_limit, webhook_check, behavioral_anomaly, semantic_check"
OUTCOME_REQUIRED = "At least one outcome field is required: ..."
EVENTS = {"stream_cursors": 0}  # the org's event counter moves; it gains no row
COUNTS = {"action_counters": "actions", "guard_decision_counters": "guard_decisions"}  # counter table: rows it counts
NEW_DECISION = {"guard_decisions": 1, "stream_events": 1, **EVENTS}
NEW_ACTION = {"actions": 1, "guard_decisions": 1, "stream_events": 2, "learning_episodes": 1, **EVENTS}  # guard.decision, action.created; its episode
AUDITED = {"activity_logs": 1, "activity_chain_heads": 0}  # one audit entry; the org's chain head moves on

# Every endpoint that takes a JSON body, and whether it has required fields (so an absent body is an error).
BODY_ENDPOINTS = [
    ("POST", "/api/actions", True),
    ("PATCH", "/api/actions/{action}", True),
    ("POST", "/api/actions/{action}/approve", True),
    ("POST", "/api/guard", True),
    ("POST", "/api/policies", True),
    ("PATCH", "/api/policies", True),
    ("POST", "/api/assumptions", True),
    ("POST", "/api/actions/assumptions", True),
    ("PATCH", "/api/actions/assumptions/{assumption}", True),
    ("POST", "/api/actions/loops", True),
    ("PATCH", "/api/actions/loops/{loop}", True),
    ("POST", "/api/agents/heartbeat", True),
    ("POST", "/api/orgs", True),
    ("PATCH", "/api/orgs/{org}", False),
    ("POST", "/api/orgs/{org}/keys", False),
    ("POST", "/api/pairings", True),
    ("POST", "/api/identities", True),
    ("POST", "/api/keys", False),
    ("POST", "/api/webhooks", True),
    ("POST", "/api/learning", True),
    ("POST", "/api/goals", True),
    ("POST", "/api/content", True),
    ("POST", "/api/relationships", True),
    ("POST", "/api/preferences", True),
    ("POST", "/api/tokens", False),
    ("POST", "/api/calendar", True),
    ("POST", "/api/inspiration", True),
    ("POST", "/api/memory", False),
    ("POST", "/api/sync", False),
    ("POST", "/api/sessions", True),
    ("PATCH", "/api/sessions/{session}", False),
    ("POST", "/api/agent-schedules", True),
    ("POST", "/api/agents/connections", True),
    ("POST", "/api/messages", True),
    ("PATCH", "/api/messages", True),
    ("POST", "/api/messages/threads", True),
    ("PATCH", "/api/messages/threads", True),
    ("POST", "/api/messages/docs", True),
    ("POST", "/api/context/points", True),
    ("POST", "/api/context/threads", True),
    ("PATCH", "/api/context/threads/{context_thread}", True),
    ("POST", "/api/context/threads/{context_thread}/entries", True),
    ("POST", "/api/handoffs", True),
    ("POST", "/api/snippets", True),
]
OVERSIZE = b'{"declared_goal": "' + b"x" * MAX_BODY + b'"}'


def _body_shape_cases() -> list[Case]:
    cases = []
    for method, path, required in BODY_ENDPOINTS:
        cases += [
            refused("malformed JSON", method, path, NO_BODY, 400, "Invalid JSON body", raw=b"{bad"),
            refused("truncated JSON", method, path, NO_BODY, 400, "Invalid JSON body", raw=b'{"agent_id": "a", '),
            refused("body is a JSON array", method, path, [{"agent_id": "a"}], 400),
            refused("body is a JSON string", method, path, "agent_id", 400),
            refused("body is a JSON number", method, path, 5, 400),
            Case(f"{method} {path}: body over 2 MiB", method, path, raw=OVERSIZE, status=413,
                 error="Request body too large", check=lambda b: b["maxBytes"] == MAX_BODY),
        ]
        if required:
            cases += [
                refused("empty body", method, path, NO_BODY, 400, raw=b""),
                refused("body is JSON null", method, path, None, 400),
            ]
        if (method, path) == ("POST", "/api/orgs"):
            for case in cases:
                case.platform_admin = True
    return cases


def _actions_cases() -> list[Case]:
    P = "/api/actions"
    return [
        invalid("empty object", "POST", P, {}, "agent_id is required", "action_type is required", "declared_goal is required"),
        invalid("agent_id null counts as absent", "POST", P, {**ACTION, "agent_id": None}, "agent_id is required"),
        invalid("declared_goal missing", "POST", P, {"agent_id": "a", "action_type": "deploy"}, "declared_goal is required"),
        invalid("agent_id empty", "POST", P, {**ACTION, "agent_id": ""}, "agent_id cannot be empty"),
        invalid("action_type empty", "POST", P, {**ACTION, "action_type": ""}, "action_type cannot be empty"),
        invalid("declared_goal empty", "POST", P, {**ACTION, "declared_goal": ""}, "declared_goal cannot be empty"),
        invalid("agent_id too long", "POST", P, {**ACTION, "agent_id": "a" * 129}, "agent_id exceeds max length of 128"),
        invalid("agent_id is a list", "POST", P, {**ACTION, "agent_id": ["a"]}, "agent_id must be a string"),
        invalid("action_type is a number", "POST", P, {**ACTION, "action_type": 5}, "action_type must be a string"),
        invalid("action_type too long", "POST", P, {**ACTION, "action_type": "t" * 129}, "action_type exceeds max length of 128"),
        invalid("declared_goal is a number", "POST", P, {**ACTION, "declared_goal": 123}, "declared_goal must be a string"),
        invalid("declared_goal too long", "POST", P, {**ACTION, "declared_goal": "g" * 2001}, "declared_goal exceeds max length of 2000"),
        # contract 1.7: length counts UTF-16 units, so 1001 emoji are 2002 units
        invalid("declared_goal too long in UTF-16 units", "POST", P, {**ACTION, "declared_goal": "\U0001F600" * 1001},
                "declared_goal exceeds max length of 2000"),
        invalid("risk_score true", "POST", P, {**ACTION, "risk_score": True}, "risk_score must be an integer"),
        invalid("risk_score string", "POST", P, {**ACTION, "risk_score": "5"}, "risk_score must be an integer"),
        invalid("risk_score fractional", "POST", P, {**ACTION, "risk_score": 50.5}, "risk_score must be an integer"),
        invalid("risk_score above 100", "POST", P, {**ACTION, "risk_score": 101}, "risk_score must be <= 100"),
        invalid("risk_score negative", "POST", P, {**ACTION, "risk_score": -1}, "risk_score must be >= 0"),
        invalid("risk_score huge", "POST", P, {**ACTION, "risk_score": 10 ** 30}, "risk_score must be <= 100"),
        refused("risk_score NaN", "POST", P, NO_BODY, 400,
                raw=b'{"agent_id": "a", "action_type": "deploy", "declared_goal": "g", "risk_score": NaN}'),
        invalid("confidence above 100", "POST", P, {**ACTION, "confidence": 101}, "confidence must be <= 100"),
        invalid("confidence false", "POST", P, {**ACTION, "confidence": False}, "confidence must be an integer"),
        invalid("systems_touched string", "POST", P, {**ACTION, "systems_touched": "x"}, "systems_touched must be an array"),
        invalid("systems_touched object", "POST", P, {**ACTION, "systems_touched": {"a": 1}}, "systems_touched must be an array"),
        invalid("systems_touched 51 items", "POST", P, {**ACTION, "systems_touched": ["s"] * 51}, "systems_touched exceeds max items of 50"),
        invalid("side_effects 51 items", "POST", P, {**ACTION, "side_effects": ["s"] * 51}, "side_effects exceeds max items of 50"),
        invalid("artifacts_created 101 items", "POST", P, {**ACTION, "artifacts_created": ["a"] * 101},
                "artifacts_created exceeds max items of 100"),
        invalid("reversible 'yes'", "POST", P, {**ACTION, "reversible": "yes"}, "reversible must be a boolean"),
        invalid("reversible 1", "POST", P, {**ACTION, "reversible": 1}, "reversible must be a boolean"),
        invalid("recommendation_applied 'true'", "POST", P, {**ACTION, "recommendation_applied": "true"},
                "recommendation_applied must be a boolean"),
        invalid("status unknown", "POST", P, {**ACTION, "status": "bogus"}, f"status must be one of: {STATUSES}"),
        invalid("duration_ms negative", "POST", P, {**ACTION, "duration_ms": -1}, "duration_ms must be >= 0"),
        invalid("duration_ms fractional", "POST", P, {**ACTION, "duration_ms": 1.5}, "duration_ms must be an integer"),
        invalid("cost_estimate negative", "POST", P, {**ACTION, "cost_estimate": -1}, "cost_estimate must be >= 0"),
        invalid("cost_estimate string", "POST", P, {**ACTION, "cost_estimate": "5"}, "cost_estimate must be a number"),
        invalid("reasoning too long", "POST", P, {**ACTION, "reasoning": "r" * 4001}, "reasoning exceeds max length of 4000"),
        invalid("authorization_scope too long", "POST", P, {**ACTION, "authorization_scope": "s" * 1001},
                "authorization_scope exceeds max length of 1000"),
        invalid("agent_name too long", "POST", P, {**ACTION, "agent_name": "n" * 257}, "agent_name exceeds max length of 256"),
        invalid("swarm_id too long", "POST", P, {**ACTION, "swarm_id": "s" * 129}, "swarm_id exceeds max length of 128"),
        invalid("parent_action_id too long", "POST", P, {**ACTION, "parent_action_id": "p" * 129},
                "parent_action_id exceeds max length of 128"),
        invalid("action_id too long", "POST", P, {**ACTION, "action_id": "a" * 129}, "action_id exceeds max length of 128"),
        invalid("recommendation_override_reason too long", "POST", P, {**ACTION, "recommendation_override_reason": "r" * 501},
                "recommendation_override_reason exceeds max length of 500"),
        invalid("timestamp_start too long", "POST", P, {**ACTION, "timestamp_start": "2" * 65},
                "timestamp_start exceeds max length of 64"),
        invalid("many errors at once, in schema order", "POST", P,
                {"agent_id": 5, "action_type": "", "declared_goal": "g" * 2001, "systems_touched": "x", "reversible": "yes",
                 "risk_score": True},
                "agent_id must be a string", "action_type cannot be empty", "declared_goal exceeds max length of 2000",
                "systems_touched must be an array", "reversible must be a boolean", "risk_score must be an integer"),
        refused("duplicate action_id", "POST", P, {**ACTION, "action_id": "{action}"}, 409),
        # reusing another org's action_id is allowed (ids are per org): see test_tenancy
        accepted("risk_score 50.0 is an integer", "POST", P, {**ACTION, "risk_score": 50.0}, 201, NEW_ACTION,
                 check=lambda b: isinstance(b["action"]["risk_score"], int) and b["action"]["risk_score"] >= 50),
        accepted("confidence 50.0 is an integer", "POST", P, {**ACTION, "confidence": 50.0}, 201, NEW_ACTION),
        accepted("null optional fields count as absent", "POST", P,
                 {**ACTION, "action_id": None, "risk_score": None, "systems_touched": None, "reversible": None,
                  "status": None, "confidence": None, "duration_ms": None, "cost_estimate": None},
                 201, NEW_ACTION, check=lambda b: b["action"]["status"] == "running"),
        accepted("unknown fields are dropped", "POST", P, {**ACTION, "nonsense": {"deep": [1, 2]}, "model": 5}, 201, NEW_ACTION),
    ]


def _action_id_cases() -> list[Case]:
    cases = []
    for label, ident, foreign in (("unknown id", "act_00000000-0000-4000-8000-000000000000", False),
                                  ("id of another org", "{other_action}", True)):
        cases += [
            missing(label, "GET", f"/api/actions/{ident}", NO_BODY, "Action", foreign),
            missing(label, "PATCH", f"/api/actions/{ident}", {"status": "completed"}, "Action", foreign),
            missing(label, "GET", f"/api/actions/{ident}/trace", NO_BODY, "Action", foreign),
            missing(label, "GET", f"/api/actions/{ident}/graph", NO_BODY, "Action", foreign),
            missing(label, "POST", f"/api/actions/{ident}/approve", {"decision": "allow"}, "Action", foreign),
        ]
    cases += [
        missing("very long id", "GET", "/api/actions/" + "a" * 5000, NO_BODY, "Action"),
        refused("id with a NUL character", "GET", "/api/actions/act_%00x", NO_BODY, 400, NUL_IN_URL),
        refused("id with a NUL character", "GET", "/api/actions/act_%00x/trace", NO_BODY, 400, NUL_IN_URL),
    ]
    P = "/api/actions/{action}"
    cases += [
        invalid("empty object", "PATCH", P, {}, OUTCOME_REQUIRED),
        invalid("only null fields", "PATCH", P, {"status": None, "output_summary": None}, OUTCOME_REQUIRED),
        invalid("only non-outcome fields", "PATCH", P, {"declared_goal": "new goal", "agent_id": "x"}, OUTCOME_REQUIRED),
        invalid("status unknown", "PATCH", P, {"status": "bogus"}, f"status must be one of: {STATUSES}"),
        invalid("duration_ms negative", "PATCH", P, {"duration_ms": -5}, "duration_ms must be >= 0"),
        invalid("duration_ms string", "PATCH", P, {"duration_ms": "5"}, "duration_ms must be an integer"),
        invalid("cost_estimate string", "PATCH", P, {"cost_estimate": "free"}, "cost_estimate must be a number"),
        invalid("side_effects string", "PATCH", P, {"side_effects": "x"}, "side_effects must be an array"),
        invalid("artifacts_created 101 items", "PATCH", P, {"artifacts_created": ["a"] * 101},
                "artifacts_created exceeds max items of 100"),
        invalid("output_summary too long", "PATCH", P, {"output_summary": "o" * 4001}, "output_summary exceeds max length of 4000"),
        invalid("error_message number", "PATCH", P, {"error_message": 5}, "error_message must be a string"),
        invalid("timestamp_end too long", "PATCH", P, {"timestamp_end": "2" * 65}, "timestamp_end exceeds max length of 64"),
        accepted("duration_ms 1200.0 is an integer", "PATCH", P, {"duration_ms": 1200.0}, 200,
                 {"actions": 0, "stream_events": 1, "learning_episodes": 0, **EVENTS},
                 check=lambda b: b["action"]["duration_ms"] == 1200),
        invalid("decision missing", "POST", P + "/approve", {}, "decision is required"),
        invalid("decision null", "POST", P + "/approve", {"decision": None}, "decision is required"),
        invalid("decision unknown", "POST", P + "/approve", {"decision": "maybe"}, "decision must be one of: allow, deny"),
        invalid("reasoning number", "POST", P + "/approve", {"decision": "deny", "reasoning": 5}, "reasoning must be a string"),
        refused("action not pending approval", "POST", P + "/approve", {"decision": "allow"}, 400, "Action is not pending approval"),
        refused("bulk delete without a filter", "DELETE", "/api/actions", NO_BODY, 400),
        accepted("bulk delete of an unknown action_id deletes nothing", "DELETE", "/api/actions?action_id=act_nope", NO_BODY,
                 200, {}, check=lambda b: b["deleted"] == 0),
        accepted("bulk delete of another org's action deletes nothing", "DELETE", "/api/actions?action_id={other_action}",
                 NO_BODY, 200, {}, check=lambda b: b["deleted"] == 0),
        accepted("bulk delete by another org's agent deletes nothing", "DELETE", "/api/actions?agent_id=other-org-agent",
                 NO_BODY, 200, {}, check=lambda b: b["deleted"] == 0),
    ]
    return cases


def _guard_cases() -> list[Case]:
    P = "/api/guard"
    return [
        invalid("empty object", "POST", P, {}, "action_type is required"),
        invalid("action_type null", "POST", P, {"action_type": None}, "action_type is required"),
        invalid("action_type empty", "POST", P, {"action_type": ""}, "action_type cannot be empty"),
        invalid("action_type number", "POST", P, {"action_type": 5}, "action_type must be a string"),
        invalid("action_type too long", "POST", P, {"action_type": "t" * 129}, "action_type exceeds max length of 128"),
        invalid("risk_score true", "POST", P, {**GUARD, "risk_score": True}, "risk_score must be an integer"),
        invalid("risk_score string", "POST", P, {**GUARD, "risk_score": "5"}, "risk_score must be an integer"),
        invalid("risk_score fractional", "POST", P, {**GUARD, "risk_score": 99.9}, "risk_score must be an integer"),
        invalid("risk_score above 100", "POST", P, {**GUARD, "risk_score": 101}, "risk_score must be <= 100"),
        invalid("risk_score negative", "POST", P, {**GUARD, "risk_score": -1}, "risk_score must be >= 0"),
        invalid("systems_touched string", "POST", P, {**GUARD, "systems_touched": "x"}, "systems_touched must be an array"),
        invalid("systems_touched 51 items", "POST", P, {**GUARD, "systems_touched": ["s"] * 51}, "systems_touched exceeds max items of 50"),
        invalid("reversible 'yes'", "POST", P, {**GUARD, "reversible": "yes"}, "reversible must be a boolean"),
        invalid("agent_id too long", "POST", P, {**GUARD, "agent_id": "a" * 129}, "agent_id exceeds max length of 128"),
        invalid("declared_goal too long", "POST", P, {**GUARD, "declared_goal": "g" * 2001}, "declared_goal exceeds max length of 2000"),
        invalid("many errors at once, in schema order", "POST", P,
                {"action_type": 5, "risk_score": "5", "agent_id": 5, "systems_touched": "x", "reversible": "yes", "declared_goal": 5},
                "action_type must be a string", "risk_score must be an integer", "agent_id must be a string",
                "systems_touched must be an array", "reversible must be a boolean", "declared_goal must be a string"),
        accepted("risk_score 50.0 is an integer", "POST", P, {**GUARD, "risk_score": 50.0}, 200, NEW_DECISION,
                 check=lambda b: b["decision"] == "allow"),
        accepted("null fields count as absent", "POST", P, {**GUARD, "risk_score": None, "systems_touched": None, "reversible": None},
                 200, NEW_DECISION),
    ]


def _policy_cases() -> list[Case]:
    P = "/api/policies"
    return [
        invalid("empty object", "POST", P, {}, "name is required", "policy_type is required", "rules is required"),
        invalid("name empty", "POST", P, {**POLICY, "name": ""}, "name cannot be empty"),
        invalid("name too long", "POST", P, {**POLICY, "name": "n" * 257}, "name exceeds max length of 256"),
        invalid("name number", "POST", P, {**POLICY, "name": 5}, "name must be a string"),
        invalid("policy_type unknown", "POST", P, {**POLICY, "policy_type": "bogus"}, f"policy_type must be one of: {POLICY_TYPES}"),
        invalid("rules not valid JSON", "POST", P, {**POLICY, "rules": "{bad"}, "rules must be valid JSON"),
        invalid("rules over 4000 chars", "POST", P, {**POLICY, "rules": json.dumps({"threshold": 80, "note": "x" * 4000})},
                "rules exceeds max length of 4000"),
        invalid("rules a number", "POST", P, {**POLICY, "rules": 5}, "rules must be a string"),
        invalid("active 2", "POST", P, {**POLICY, "active": 2}, "active must be <= 1"),
        invalid("active true", "POST", P, {**POLICY, "active": True}, "active must be an integer"),
        Case("POST /api/policies: risk_threshold threshold 150", "POST", P,
             {**POLICY, "rules": json.dumps({"threshold": 150})}, details=ANY),
        Case("POST /api/policies: require_approval without action_types", "POST", P,
             {**POLICY, "policy_type": "require_approval", "rules": json.dumps({"action_types": []})}, details=ANY),
        refused("duplicate name", "POST", P, {**POLICY, "name": "{policy_name}"}, 409, "A policy with that name already exists"),
        accepted("a name used only by another org", "POST", P, {**POLICY, "name": "{other_policy2_name}"}, 201,
                 {"policies": 1, "stream_events": 1, **EVENTS, **AUDITED}),
        refused("id missing", "PATCH", P, {"name": "x"}, 400, None, mentions=["Policy id is required"]),
        refused("nothing to update", "PATCH", P, {"id": "{policy}"}, 400, "No fields to update"),
        refused("only null fields", "PATCH", P, {"id": "{policy}", "name": None, "rules": None}, 400, "No fields to update"),
        invalid("id a number", "PATCH", P, {"id": 5, "name": "x"}, "id must be a string"),
        invalid("rules not valid JSON", "PATCH", P, {"id": "{policy}", "rules": "{bad"}, "rules must be valid JSON"),
        invalid("name empty", "PATCH", P, {"id": "{policy}", "name": ""}, "name cannot be empty"),
        refused("rename onto another policy's name", "PATCH", P, {"id": "{policy}", "name": "{policy2_name}"}, 409,
                "A policy with that name already exists"),
        missing("unknown id", "PATCH", P, {"id": "gp_000000000000000000000000", "name": "x"}, "Policy"),
        missing("id of another org", "PATCH", P, {"id": "{other_policy}", "name": "hijacked"}, "Policy", True),
        missing("id of another org, with rules", "PATCH", P, {"id": "{other_policy}", "active": 1,
                                                              "rules": json.dumps({"threshold": 1})}, "Policy", True),
        refused("id missing", "DELETE", P, NO_BODY, 400, "Policy id is required"),
        refused("id empty", "DELETE", P + "?id=", NO_BODY, 400, "Policy id is required"),
        missing("unknown id", "DELETE", P + "?id=gp_000000000000000000000000", NO_BODY, "Policy"),
        missing("id of another org", "DELETE", P + "?id={other_policy}", NO_BODY, "Policy", True),
        refused("id with a NUL character", "DELETE", P + "?id=gp_%00", NO_BODY, 400, NUL_IN_URL),
    ]


def _assumption_cases() -> list[Case]:
    cases = []
    for n, P in enumerate(("/api/assumptions", "/api/actions/assumptions"), 1):
        cases += [
            invalid("empty object", "POST", P, {}, "action_id is required", "assumption is required"),
            invalid("assumption empty", "POST", P, {**ASSUMPTION, "assumption": ""}, "assumption cannot be empty"),
            invalid("assumption null", "POST", P, {**ASSUMPTION, "assumption": None}, "assumption is required"),
            invalid("assumption number", "POST", P, {**ASSUMPTION, "assumption": 5}, "assumption must be a string"),
            invalid("assumption too long", "POST", P, {**ASSUMPTION, "assumption": "a" * 2001}, "assumption exceeds max length of 2000"),
            invalid("action_id empty", "POST", P, {**ASSUMPTION, "action_id": ""}, "action_id cannot be empty"),
            invalid("action_id too long", "POST", P, {**ASSUMPTION, "action_id": "a" * 129}, "action_id exceeds max length of 128"),
            invalid("basis too long", "POST", P, {**ASSUMPTION, "basis": "b" * 2001}, "basis exceeds max length of 2000"),
            invalid("validated 'yes'", "POST", P, {**ASSUMPTION, "validated": "yes"}, "validated must be a boolean"),
            invalid("invalidated 1", "POST", P, {**ASSUMPTION, "invalidated": 1}, "invalidated must be a boolean"),
            invalid("invalidated_reason too long", "POST", P, {**ASSUMPTION, "invalidated_reason": "r" * 2001},
                    "invalidated_reason exceeds max length of 2000"),
            invalid("assumption_id too long", "POST", P, {**ASSUMPTION, "assumption_id": "a" * 129},
                    "assumption_id exceeds max length of 128"),
            missing("unknown parent action", "POST", P, {**ASSUMPTION, "action_id": "act_nope"}, "Parent action"),
            missing("parent action of another org", "POST", P, {**ASSUMPTION, "action_id": "{other_action}"}, "Parent action", True),
            refused("duplicate assumption_id", "POST", P, {**ASSUMPTION, "assumption_id": "{assumption}"}, 409),
            accepted("assumption_id used only by another org", "POST", P, {**ASSUMPTION, "assumption_id": f"{{other_spare_assumption_{n}}}"},
                     201, {"assumptions": 1}),
        ]
    P = "/api/actions/assumptions/{assumption}"
    cases += [
        missing("unknown id", "GET", "/api/actions/assumptions/asm_nope", NO_BODY, "Assumption"),
        missing("id of another org", "GET", "/api/actions/assumptions/{other_assumption}", NO_BODY, "Assumption", True),
        refused("id with a NUL character", "GET", "/api/actions/assumptions/asm_%00", NO_BODY, 400, NUL_IN_URL),
        missing("unknown id", "PATCH", "/api/actions/assumptions/asm_nope", {"validated": True}, "Assumption"),
        missing("id of another org", "PATCH", "/api/actions/assumptions/{other_assumption}",
                {"validated": False, "invalidated_reason": "hijacked"}, "Assumption", True),
        invalid("validated missing", "PATCH", P, {}, "validated is required"),
        invalid("validated null", "PATCH", P, {"validated": None}, "validated is required"),
        invalid("validated 'yes'", "PATCH", P, {"validated": "yes"}, "validated must be a boolean"),
        invalid("validated 0", "PATCH", P, {"validated": 0}, "validated must be a boolean"),
        refused("invalidating without a reason", "PATCH", P, {"validated": False}, 400),
        invalid("invalidated_reason too long", "PATCH", P, {"validated": False, "invalidated_reason": "r" * 2001},
                "invalidated_reason exceeds max length of 2000"),
        invalid("invalidated_reason number", "PATCH", P, {"validated": False, "invalidated_reason": 5},
                "invalidated_reason must be a string"),
        refused("already invalidated", "PATCH", "/api/actions/assumptions/{invalidated_assumption}", {"validated": True}, 409),
    ]
    return cases


def _loop_cases() -> list[Case]:
    P = "/api/actions/loops"
    return [
        invalid("empty object", "POST", P, {}, "action_id is required", "loop_type is required", "description is required"),
        invalid("loop_type unknown", "POST", P, {**LOOP, "loop_type": "bogus"},
                "loop_type must be one of: followup, question, dependency, approval, review, handoff, other"),
        invalid("description empty", "POST", P, {**LOOP, "description": ""}, "description cannot be empty"),
        invalid("description too long", "POST", P, {**LOOP, "description": "d" * 2001}, "description exceeds max length of 2000"),
        invalid("description number", "POST", P, {**LOOP, "description": 5}, "description must be a string"),
        invalid("status unknown", "POST", P, {**LOOP, "status": "done"}, "status must be one of: open, resolved, cancelled"),
        invalid("priority unknown", "POST", P, {**LOOP, "priority": "urgent"}, "priority must be one of: low, medium, high, critical"),
        invalid("owner too long", "POST", P, {**LOOP, "owner": "o" * 257}, "owner exceeds max length of 256"),
        invalid("resolution too long", "POST", P, {**LOOP, "resolution": "r" * 2001}, "resolution exceeds max length of 2000"),
        missing("unknown parent action", "POST", P, {**LOOP, "action_id": "act_nope"}, "Parent action"),
        missing("parent action of another org", "POST", P, {**LOOP, "action_id": "{other_action}"}, "Parent action", True),
        refused("duplicate loop_id", "POST", P, {**LOOP, "loop_id": "{loop}"}, 409),
        accepted("loop_id used only by another org", "POST", P, {**LOOP, "loop_id": "{other_spare_loop}"}, 201, {"open_loops": 1}),
        missing("unknown id", "GET", P + "/loop_nope", NO_BODY, "Open loop"),
        missing("id of another org", "GET", P + "/{other_loop}", NO_BODY, "Open loop", True),
        refused("id with a NUL character", "GET", P + "/loop_%00", NO_BODY, 400, NUL_IN_URL),
        missing("unknown id", "PATCH", P + "/loop_nope", {"status": "cancelled"}, "Open loop"),
        missing("id of another org", "PATCH", P + "/{other_loop}", {"status": "resolved", "resolution": "hijacked"}, "Open loop", True),
        invalid("status missing", "PATCH", P + "/{loop}", {}, "status is required"),
        invalid("status open", "PATCH", P + "/{loop}", {"status": "open"}, "status must be one of: resolved, cancelled"),
        refused("resolved without a resolution", "PATCH", P + "/{loop}", {"status": "resolved"}, 400),
        refused("resolved with a null resolution", "PATCH", P + "/{loop}", {"status": "resolved", "resolution": None}, 400),
        invalid("resolution too long", "PATCH", P + "/{loop}", {"status": "resolved", "resolution": "r" * 2001},
                "resolution exceeds max length of 2000"),
        invalid("resolution number", "PATCH", P + "/{loop}", {"status": "cancelled", "resolution": 5}, "resolution must be a string"),
        refused("already closed", "PATCH", P + "/{closed_loop}", {"status": "cancelled"}, 409, "Loop is already resolved"),
    ]


def _pairing_identity_and_key_cases() -> list[Case]:
    P, I, K = "/api/pairings", "/api/identities", "/api/keys"
    PAIRING = {"agent_id": "bad-input-agent", "public_key": PUBLIC_PEM}
    return [
        invalid("empty object", "POST", P, {}, "agent_id is required", "public_key is required"),
        invalid("agent_id too long", "POST", P, {**PAIRING, "agent_id": "a" * 129}, "agent_id exceeds max length of 128"),
        invalid("public_key a number", "POST", P, {**PAIRING, "public_key": 5}, "public_key must be a string"),
        invalid("agent_name a list", "POST", P, {**PAIRING, "agent_name": ["x"]}, "agent_name must be a string"),
        invalid("algorithm unknown", "POST", P, {**PAIRING, "algorithm": "RSA-PSS"}, "algorithm must be one of: RSASSA-PKCS1-v1_5"),
        refused("public_key not PEM", "POST", P, {**PAIRING, "public_key": "-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----"},
                400, "public_key must be a PEM RSA public key"),
        accepted("a pending pairing", "POST", P, {**PAIRING, "agent_name": None}, 200, {"pairings": 1},
                 check=lambda b: b["pairing"]["status"] == "pending" and "/pair/pair_" in b["pairing_url"]),
        invalid("status unknown", "GET", P + "?status=maybe", NO_BODY, "status must be one of: pending, approved, denied, expired"),
        invalid("limit not a number", "GET", P + "?limit=abc", NO_BODY, "limit must be an integer"),
        missing("unknown id", "GET", P + "/pair_nope", NO_BODY, "Pairing"),
        missing("another org's pairing", "GET", P + "/{other_pairing}", NO_BODY, "Pairing"),
        missing("unknown id", "POST", P + "/pair_nope/approve", NO_BODY, "Pairing"),
        missing("another org's pairing", "POST", P + "/{other_pairing}/approve", NO_BODY, "Pairing"),
        missing("another org's pairing", "POST", P + "/{other_pairing}/deny", NO_BODY, "Pairing"),
        refused("already approved", "POST", P + "/{approved_pairing}/approve", NO_BODY, 409, "Pairing is not pending (status=approved)"),
        refused("already approved", "POST", P + "/{approved_pairing}/deny", NO_BODY, 409, "Pairing is not pending (status=approved)"),
        invalid("empty object", "POST", I, {}, "agent_id is required", "public_key is required"),
        invalid("algorithm unknown", "POST", I, {"agent_id": "a", "public_key": PUBLIC_PEM, "algorithm": "RSA-PSS"},
                "algorithm must be one of: RSASSA-PKCS1-v1_5"),
        refused("public_key not PEM", "POST", I, {"agent_id": "a", "public_key": "nope"}, 400, "public_key must be a PEM RSA public key"),
        missing("unknown agent", "DELETE", I + "/nobody", NO_BODY, "Identity"),
        missing("another org's agent", "DELETE", I + "/{other_identity_agent}", NO_BODY, "Identity"),
        refused("label a number", "POST", K, {"label": 5}, 400, "Label must be a string of 256 characters or fewer"),
        refused("label too long", "POST", K, {"label": "l" * 257}, 400, "Label must be a string of 256 characters or fewer"),
        refused("id missing", "DELETE", K, NO_BODY, 400, "Valid key id is required"),
        refused("id not a key id", "DELETE", K + "?id=nope", NO_BODY, 400, "Valid key id is required"),
        refused("unknown key", "DELETE", K + "?id=key_nope", NO_BODY, 404, "API key not found"),
        refused("key of another org", "DELETE", K + "?id={other_key_id}", NO_BODY, 404, "API key not found"),
        refused("key already revoked", "DELETE", K + "?id={revoked_key_id}", NO_BODY, 409, "API key is already revoked"),
    ]


def _heartbeat_and_org_cases() -> list[Case]:
    H = "/api/agents/heartbeat"
    return [
        invalid("empty object", "POST", H, {}, "agent_id is required"),
        invalid("agent_id null", "POST", H, {"agent_id": None, "status": "online"}, "agent_id is required"),
        invalid("agent_id empty", "POST", H, {"agent_id": ""}, "agent_id cannot be empty"),
        invalid("agent_id too long", "POST", H, {"agent_id": "a" * 129}, "agent_id exceeds max length of 128"),
        invalid("agent_id number", "POST", H, {"agent_id": 5}, "agent_id must be a string"),
        accepted("null fields count as absent", "POST", H,
                 {"agent_id": "hb-null-fields", "agent_name": None, "current_task_id": None, "metadata": None},
                 200, {"agent_presence": 1}, check=lambda b: b["status"] == "ok"),
        # agents contract 1.3: presence `status` is free text, never validated
        accepted("status is free text", "POST", H, {"agent_id": "hb-free-status", "status": "thinking-hard"},
                 200, {"agent_presence": 1}),
        refused("name missing", "POST", "/api/orgs", {"slug": "no-name"}, 400, None, mentions=["name is required"], platform_admin=True),
        refused("slug missing", "POST", "/api/orgs", {"name": "No slug"}, 400, None,
                mentions=["slug is required and must be lowercase alphanumeric with hyphens"], platform_admin=True),
        refused("slug with spaces and capitals", "POST", "/api/orgs", {"name": "x", "slug": "Bad Slug"}, 400, None,
                mentions=["slug is required and must be lowercase alphanumeric with hyphens"], platform_admin=True),
        refused("slug too long", "POST", "/api/orgs", {"name": "x", "slug": "a" * 65}, 400, None,
                mentions=["slug must be 64 characters or fewer"], platform_admin=True),
        refused("name too long", "POST", "/api/orgs", {"name": "n" * 257, "slug": "fine-slug-" + secrets.token_hex(3)}, 400, None,
                mentions=["name must be 256 characters or fewer"], platform_admin=True),
        refused("slug already taken", "POST", "/api/orgs", {"name": "Dup", "slug": "{slug}"}, 409,
                "An organization with this slug already exists", platform_admin=True),
        refused("an org admin creating an org", "POST", "/api/orgs", {"name": "x", "slug": "fine-slug-" + secrets.token_hex(3)},
                403, "Forbidden - creating organizations needs a platform admin key"),
        refused("name empty", "PATCH", "/api/orgs/{org}", {"name": ""}, 400, None, mentions=["name must be a non-empty string"]),
        refused("name a number", "PATCH", "/api/orgs/{org}", {"name": 5}, 400, None, mentions=["name must be a non-empty string"]),
        # another org's id is not found, like every other org's id (the reference answers 403)
        refused("another org", "GET", "/api/orgs/{other_org}", NO_BODY, 404, "Organization not found", forbidden=("other_slug",),
                check=lambda b: "organization" not in b),
        refused("another org", "PATCH", "/api/orgs/{other_org}", {"name": "hijacked"}, 404, "Organization not found",
                forbidden=("other_slug",)),
        refused("another org", "GET", "/api/orgs/{other_org}/keys", NO_BODY, 404, "Organization not found",
                forbidden=("other_key_id",)),
        refused("another org", "POST", "/api/orgs/{other_org}/keys", {"role": "admin"}, 404, "Organization not found"),
        refused("another org", "DELETE", "/api/orgs/{other_org}/keys?id={other_key_id}", NO_BODY, 404, "Organization not found"),
        invalid("role unknown", "POST", "/api/orgs/{org}/keys", {"role": "superuser"}, "role must be one of: admin, member, readonly"),
        invalid("label too long", "POST", "/api/orgs/{org}/keys", {"label": "l" * 257}, "label exceeds max length of 256"),
        invalid("label number", "POST", "/api/orgs/{org}/keys", {"label": 5}, "label must be a string"),
        refused("id missing", "DELETE", "/api/orgs/{org}/keys", NO_BODY, 400, "id query parameter is required"),
        refused("unknown key", "DELETE", "/api/orgs/{org}/keys?id=key_nope", NO_BODY, 404, "API key not found"),
        refused("key of another org", "DELETE", "/api/orgs/{org}/keys?id={other_key_id}", NO_BODY, 404, "API key not found"),
        refused("key already revoked", "DELETE", "/api/orgs/{org}/keys?id={revoked_key_id}", NO_BODY, 409,
                "API key is already revoked"),
        Case("POST /api/health: body over 2 MiB (public paths too)", "POST", "/api/health", raw=OVERSIZE, status=413,
             error="Request body too large", check=lambda b: b["maxBytes"] == MAX_BODY),
        refused("deeply nested, unterminated JSON", "POST", "/api/actions", NO_BODY, 400, "Invalid JSON body",
                raw=b'{"a":' * 100_000),
        refused("invalid UTF-8", "POST", "/api/actions", NO_BODY, 400, "Invalid JSON body",
                raw=b'{"agent_id": "\xff\xfe", "action_type": "deploy", "declared_goal": "g"}'),
        refused("invalid UTF-8", "POST", "/api/guard", NO_BODY, 400, "Invalid JSON body", raw=b'{"action_type": "\xc3\x28"}'),
    ]


def _stream_cases() -> list[Case]:
    P = "/api/stream"
    not_an_id = "Last-Event-ID must be an event id (a whole number up to 9223372036854775807)"
    return [
        invalid("unknown event type", "GET", P + "?types=action.created,action.exploded", NO_BODY,
                "types: unknown event type 'action.exploded'; known: " + ", ".join(EVENT_TYPES)),
        invalid("lastEventId not a number", "GET", P + "?lastEventId=evt_1", NO_BODY, not_an_id),
        invalid("lastEventId negative", "GET", P + "?lastEventId=-1", NO_BODY, not_an_id),
        invalid("lastEventId a fraction", "GET", P + "?lastEventId=1.5", NO_BODY, not_an_id),
        invalid("lastEventId past 64 bits", "GET", P + f"?lastEventId={2 ** 63}", NO_BODY, not_an_id),
        invalid("lastEventId in other digits", "GET", P + "?lastEventId=%D9%A3", NO_BODY, not_an_id),
        refused("NUL in types", "GET", P + "?types=action.created%00", NO_BODY, 400, NUL_IN_URL),
        refused("method not allowed", "POST", P, {}, 405, "Method not allowed"),
    ]


def _activity_cases() -> list[Case]:
    P = "/api/activity"
    timestamp_rule = "must be an ISO-8601 timestamp between years 1 and 9998"
    return [
        invalid("before not a timestamp", "GET", P + "?before=yesterday", NO_BODY, f"before {timestamp_rule}"),
        invalid("after and before not timestamps", "GET", P + "?before=soon&after=2026-13-45", NO_BODY,
                f"after {timestamp_rule}", f"before {timestamp_rule}"),
        invalid("after past year 9998", "GET", P + "?after=9999-12-31T23:59:59Z", NO_BODY, f"after {timestamp_rule}"),
        refused("cursor not ours", "GET", P + "?cursor=bm9wZQ", NO_BODY, 400, "Invalid cursor"),
        refused("cursor holding a string", "GET", P + "?cursor=WyI1Il0", NO_BODY, 400, "Invalid cursor"),
        refused("limit not a number", "GET", P + "?limit=many", NO_BODY, 400, None),
        refused("limit negative", "GET", P + "?limit=-1", NO_BODY, 400, None),
        refused("NUL in agent_id", "GET", P + "?agent_id=a%00b", NO_BODY, 400, NUL_IN_URL),
        refused("method not allowed", "POST", P, {}, 405, "Method not allowed"),
        refused("method not allowed", "DELETE", P + "/verify", NO_BODY, 405, "Method not allowed"),
        accepted("unknown type finds nothing", "GET", P + "?type=nothing.here", NO_BODY, 200, {},
                 check=lambda b: b["logs"] == [] and b["next_cursor"] is None),
        accepted("another org's agent finds nothing", "GET", P + "?agent_id=other-org-agent", NO_BODY, 200, {},
                 check=lambda b: b["logs"] == []),
        accepted("verify an intact chain", "GET", P + "/verify", NO_BODY, 200, {},
                 check=lambda b: b["valid"] is True and b["checked"] == b["head"]["sequence"] > 0),
    ]


def _webhook_cases() -> list[Case]:
    P = "/api/webhooks"
    hook = {"url": "https://hooks.example.com/dashclaw"}
    cases = [
        refused("url missing", "POST", P, {}, 400, "URL is required"),
        refused("url null counts as absent", "POST", P, {"url": None, "events": ["all"]}, 400, "URL is required"),
        refused("url empty", "POST", P, {"url": ""}, 400, "URL is required"),
        invalid("url a number", "POST", P, {"url": 5}, "url must be a string"),
        invalid("url too long", "POST", P, {"url": "https://h.example.com/" + "p" * 2048}, "url exceeds max length of 2048"),
        refused("url not a URL", "POST", P, {"url": "not a url"}, 400, "Invalid URL format"),
        refused("url with another scheme", "POST", P, {"url": "ftp://files.example.com/x"}, 400, "URL must use HTTP or HTTPS"),
        refused("events a string", "POST", P, {**hook, "events": "all"}, 400, "Events must be a non-empty array"),
        refused("events empty", "POST", P, {**hook, "events": []}, 400, "Events must be a non-empty array"),
        refused("events an object", "POST", P, {**hook, "events": {"all": True}}, 400, "Events must be a non-empty array"),
        refused("event unknown", "POST", P, {**hook, "events": ["all", "nope"]}, 400, "Invalid event type: nope"),
        refused("event a number", "POST", P, {**hook, "events": [5]}, 400, "Invalid event type: 5"),
        refused("agent_silent on its own", "POST", P, {**hook, "events": ["agent_silent"]}, 400,
                "Invalid event type: agent_silent"),
        refused("id missing", "DELETE", P, NO_BODY, 400, "Webhook id is required"),
        refused("id empty", "DELETE", P + "?id=", NO_BODY, 400, "Webhook id is required"),
        refused("id without the wh_ prefix", "DELETE", P + "?id=abc", NO_BODY, 400, "Invalid webhook id"),
        refused("id with a NUL character", "DELETE", P + "?id=wh_%00", NO_BODY, 400, NUL_IN_URL),
        missing("unknown id", "DELETE", P + "?id=wh_000000000000000000000000", NO_BODY, "Webhook"),
        refused("id of another org", "DELETE", P + "?id={other_webhook}", NO_BODY, 404, "Webhook not found",
                forbidden=("other_webhook",)),
        refused("method not allowed", "PATCH", P, {"id": "{webhook}"}, 405, "Method not allowed"),
    ]
    for method, suffix in (("POST", "test"), ("GET", "deliveries")):
        cases += [
            refused("id without the wh_ prefix", method, f"{P}/abc/{suffix}", NO_BODY, 400, "Invalid webhook id"),
            refused("id with a NUL character", method, f"{P}/wh_%00/{suffix}", NO_BODY, 400, NUL_IN_URL),
            missing("unknown id", method, f"{P}/wh_000000000000000000000000/{suffix}", NO_BODY, "Webhook"),
            refused("id of another org", method, f"{P}/{{other_webhook}}/{suffix}", NO_BODY, 404, "Webhook not found",
                    forbidden=("other_webhook",)),
        ]
    return cases


def _workspace_cases() -> list[Case]:
    """Learning records, preferences, tokens, calendar, ideas, memory, digest, sync, sessions, schedules."""
    timestamp = "start_time must be an ISO-8601 timestamp between years 1 and 9998"
    return [
        invalid("empty object", "POST", "/api/learning", {}, "decision is required"),
        invalid("decision too long", "POST", "/api/learning", {"decision": "d" * 2001}, "decision exceeds max length of 2000"),
        invalid("confidence above 100", "POST", "/api/learning", {"decision": "x", "confidence": 101},
                "confidence must be <= 100"),
        accepted("unknown fields are dropped", "POST", "/api/learning", {"decision": "x", "priority": "high"}, 201,
                 {"learning_decisions": 1}),
        invalid("empty object", "POST", "/api/goals", {}, "title is required"),
        invalid("progress above 100", "POST", "/api/goals", {"title": "g", "progress": 150}, "progress must be <= 100"),
        invalid("progress a string", "POST", "/api/goals", {"title": "g", "progress": "50"}, "progress must be an integer"),
        invalid("body too long", "POST", "/api/content", {"title": "t", "body": "b" * 50_001},
                "body exceeds max length of 50000"),
        invalid("empty object", "POST", "/api/relationships", {}, "summary is required"),
        refused("unknown contact", "POST", "/api/relationships", {"summary": "s", "contact_id": 999_999_999}, 404,
                "Contact not found"),
        invalid("empty object", "POST", "/api/preferences", {}, "type is required"),
        invalid("type unknown", "POST", "/api/preferences", {"type": "wish", "observation": "o"},
                "type must be one of: observation, preference, mood, approach"),
        invalid("record text missing", "POST", "/api/preferences", {"type": "mood", "energy": "low"}, "mood is required"),
        invalid("importance 11", "POST", "/api/preferences", {"type": "observation", "observation": "o", "importance": 11},
                "importance must be <= 10"),
        invalid("success 'yes'", "POST", "/api/preferences", {"type": "approach", "approach": "a", "success": "yes"},
                "success must be a boolean"),
        refused("no counts", "POST", "/api/tokens", {"model": "gpt-4o"}, 400, "tokens_in or tokens_out is required"),
        invalid("tokens_in negative", "POST", "/api/tokens", {"tokens_in": -1, "tokens_out": 1}, "tokens_in must be >= 0"),
        invalid("tokens_in a string", "POST", "/api/tokens", {"tokens_in": "5", "tokens_out": 1},
                "tokens_in must be an integer"),
        invalid("empty object", "POST", "/api/calendar", {}, "summary is required", "start_time is required"),
        invalid("start_time not a timestamp", "POST", "/api/calendar", {"summary": "s", "start_time": "tomorrow"}, timestamp),
        invalid("empty object", "POST", "/api/inspiration", {}, "title is required"),
        invalid("score above 100", "POST", "/api/inspiration", {"title": "t", "score": 101}, "score must be <= 100"),
        refused("health missing", "POST", "/api/memory", {}, 400, "health object is required"),
        invalid("health figure not a number", "POST", "/api/memory", {"health": {"score": "high"}},
                "health.score must be a number"),
        invalid("entity without a name", "POST", "/api/memory", {"health": {"score": 1}, "entities": [{"type": "tool"}]},
                "entities[0].name is required"),
        invalid("date not a day", "GET", "/api/digest?date=15/01/2025", NO_BODY,
                "date must be a day as YYYY-MM-DD between years 2 and 9997"),
        invalid("timezone unknown", "GET", "/api/digest?timezone=Mars/Olympus", NO_BODY,
                "timezone 'Mars/Olympus' is not a known IANA time zone"),
        invalid("timezone a path", "GET", "/api/digest?timezone=../../etc/passwd", NO_BODY,
                "timezone must be an IANA time zone name such as Europe/Berlin"),
        invalid("section not a list", "POST", "/api/sync", {"goals": "x"}, "goals must be an array"),
        invalid("bad items, every one named", "POST", "/api/sync",
                {"goals": [{"title": "ok"}, {"progress": 150}], "preferences": {"moods": [{}]}},
                "goals[1].title is required", "goals[1].progress must be <= 100", "preferences.moods[0].mood is required"),
        invalid("too many items", "POST", "/api/sync", {"relationships": [{"name": "n"}] * 1001},
                "relationships exceeds max items of 1000"),
        accepted("unknown sections are ignored", "POST", "/api/sync", {"goals": [{"title": "g"}], "actions": [1]}, 200,
                 {"goals": 1}, check=lambda b: b["results"] == {"goals": {"synced": 1}}),
        invalid("empty object", "POST", "/api/sessions", {}, "agent_id is required"),
        refused("nothing to update", "PATCH", "/api/sessions/{session}", {}, 400, "No update fields provided"),
        invalid("commits_behind negative", "PATCH", "/api/sessions/{session}", {"commits_behind": -1},
                "commits_behind must be >= 0"),
        refused("unknown id", "PATCH", "/api/sessions/sess_000000000000", {"status": "running"}, 404, "Session not found"),
        refused("id of another org", "PATCH", "/api/sessions/{other_session}", {"status": "hijacked"}, 404,
                "Session not found", forbidden=("other_session",)),
        refused("id of another org", "GET", "/api/sessions/{other_session}", NO_BODY, 404, "Session not found"),
        refused("id of another org", "GET", "/api/sessions/{other_session}/events", NO_BODY, 404, "Session not found"),
        accepted("a status is logged", "PATCH", "/api/sessions/{session}", {"status": "running"}, 200,
                 {"agent_sessions": 0, "agent_session_events": 1}),
        invalid("empty object", "POST", "/api/agent-schedules", {}, "agent_id is required", "name is required",
                "cron_expression is required"),
        refused("cron not five fields", "POST", "/api/agent-schedules", {"agent_id": "a", "name": "n", "cron_expression": "0 * *"},
                400, "cron_expression is not a valid five-field cron expression: '0 * *'"),
        refused("cron names no date", "POST", "/api/agent-schedules",
                {"agent_id": "a", "name": "n", "cron_expression": "0 0 30 2 *"}, 400,
                "cron_expression never names a time: '0 0 30 2 *'"),
    ]


TEXT_FILE = {"filename": "notes.txt", "mime_type": "text/plain", "data": "aGk="}
NEW_MESSAGE = {"messages": 1, "stream_events": 1, **EVENTS}  # message.created


def _collaboration_cases() -> list[Case]:
    """Presence connections, messaging (threads, docs, files), context, handoffs, snippets."""
    C, M, T, D, A = "/api/agents/connections", "/api/messages", "/api/messages/threads", "/api/messages/docs", "/api/messages/attachments"
    X, H, S = "/api/context", "/api/handoffs", "/api/snippets"
    message = {"from_agent_id": "bad-input-agent", "body": "hello"}
    big_file = {**TEXT_FILE, "data": base64.b64encode(b"x" * (1024 * 1024 + 1)).decode()}
    day = "session_date must be a date (YYYY-MM-DD)"
    return [
        invalid("empty object", "POST", C, {}, "agent_id is required", "connections is required"),
        invalid("no connections", "POST", C, {"agent_id": "a", "connections": []}, "connections cannot be empty"),
        invalid("51 connections", "POST", C, {"agent_id": "a", "connections": [{"provider": "p"}] * 51},
                "connections exceeds max items of 50"),
        invalid("connections an object", "POST", C, {"agent_id": "a", "connections": {"provider": "p"}},
                "connections must be an array"),
        accepted("a bad item is reported, the others stored", "POST", C,
                 {"agent_id": "bad-input-agent", "connections": [{"provider": "openai"}, {"auth_type": "magic"}, 5]},
                 200, {"agent_connections": 1},
                 check=lambda b: b["created"] == 1 and [e["provider"] for e in b["errors"]] == [None, None]),
        refused("limit not a number", "GET", "/api/agents?limit=many", NO_BODY, 400, None),
        invalid("empty object", "POST", M, {}, "from_agent_id is required", "body is required"),
        invalid("message_type unknown", "POST", M, {**message, "message_type": "gossip"},
                "message_type must be one of: action, info, lesson, question, status"),
        invalid("urgent a string", "POST", M, {**message, "urgent": "yes"}, "urgent must be a boolean"),
        invalid("body too long", "POST", M, {**message, "body": "b" * 2001}, "body exceeds max length of 2000"),
        invalid("four files", "POST", M, {**message, "attachments": [TEXT_FILE] * 4}, "attachments exceeds max items of 3"),
        refused("a file without data", "POST", M, {**message, "attachments": [{"filename": "a", "mime_type": "text/plain"}]},
                400, "Each attachment requires filename, mime_type, and data"),
        refused("an HTML file", "POST", M, {**message, "attachments": [{**TEXT_FILE, "mime_type": "text/html"}]}, 400, None),
        refused("a file that is not base64", "POST", M, {**message, "attachments": [{**TEXT_FILE, "data": "%%"}]}, 400,
                'Attachment "notes.txt" is not valid base64'),
        Case(f"POST {M}: a file over 1 MiB", "POST", M, {**message, "attachments": [TEXT_FILE, big_file]}, status=413,
             error='Attachment "notes.txt" exceeds 1MB limit', check=lambda b: b["maxBytes"] == 1024 * 1024),
        refused("a context thread", "POST", M, {**message, "thread_id": "{context_thread}"}, 400,
                "Context threads cannot carry messages"),
        missing("unknown thread", "POST", M, {**message, "thread_id": "mt_nope"}, "Thread"),
        refused("another org's thread", "POST", M, {**message, "thread_id": "{other_message_thread}"}, 404, "Thread not found"),
        refused("a resolved thread", "POST", M, {**message, "thread_id": "{resolved_thread}"}, 400, "Thread is not open"),
        accepted("a broadcast with a file", "POST", M, {**message, "attachments": [TEXT_FILE]}, 201,
                 {**NEW_MESSAGE, "message_attachments": 1}, check=lambda b: b["message"]["to_agent_id"] is None),
        invalid("direction unknown", "GET", M + "?direction=sideways", NO_BODY, "direction must be one of: inbox, sent, all"),
        refused("cursor not ours", "GET", M + "?cursor=bm9wZQ", NO_BODY, 400, "Invalid cursor"),
        refused("limit negative", "GET", M + "?limit=-1", NO_BODY, 400, None),
        missing("unknown id", "GET", M + "/msg_nope", NO_BODY, "Message"),
        refused("another org's message", "GET", M + "/{other_message}", NO_BODY, 404, "Message not found",
                forbidden=("other_message",)),
        invalid("empty object", "PATCH", M, {}, "message_ids is required", "action is required"),
        invalid("action unknown", "PATCH", M, {"message_ids": ["{message}"], "action": "delete"},
                "action must be one of: read, archive"),
        invalid("message_ids a string", "PATCH", M, {"message_ids": "{message}", "action": "read"}, "message_ids must be an array"),
        accepted("another org's message is skipped", "PATCH", M, {"message_ids": ["{other_message}"], "action": "archive"},
                 200, {}, check=lambda b: b == {"updated": 0}),
        invalid("empty object", "POST", T, {}, "name is required", "created_by is required"),
        invalid("participants a string", "POST", T, {"name": "n", "created_by": "a", "participants": "a,b"},
                "participants must be an array"),
        invalid("thread_id missing", "PATCH", T, {"status": "resolved"}, "thread_id is required"),
        invalid("status unknown", "PATCH", T, {"thread_id": "{message_thread}", "status": "done"},
                "status must be one of: open, resolved"),
        missing("unknown thread", "PATCH", T, {"thread_id": "mt_nope", "status": "resolved"}, "Thread"),
        refused("another org's thread", "PATCH", T, {"thread_id": "{other_message_thread}", "status": "resolved"}, 404,
                "Thread not found"),
        invalid("empty object", "POST", D, {}, "name is required", "content is required", "agent_id is required"),
        invalid("content too long", "POST", D, {"name": "n", "agent_id": "a", "content": "c" * 100_001},
                "content exceeds max length of 100000"),
        missing("unknown id", "GET", D + "?id=sd_nope", NO_BODY, "Document"),
        refused("another org's doc", "GET", D + "?id={other_doc}", NO_BODY, 404, "Document not found", forbidden=("other_doc",)),
        refused("id missing", "GET", A, NO_BODY, 400, "id query parameter is required"),
        missing("unknown id", "GET", A + "?id=att_nope", NO_BODY, "Attachment"),
        refused("another org's file", "GET", A + "?id={other_attachment}", NO_BODY, 404, "Attachment not found"),
        invalid("empty object", "POST", X + "/points", {}, "content is required"),
        invalid("importance 11", "POST", X + "/points", {"content": "c", "importance": 11}, "importance must be <= 10"),
        invalid("category unknown", "POST", X + "/points", {"content": "c", "category": "rumour"},
                "category must be one of: decision, task, insight, question, constraint, general"),
        invalid("session_date not a day", "POST", X + "/points", {"content": "c", "session_date": "Monday"}, day),
        invalid("empty object", "POST", X + "/threads", {}, "name is required"),
        invalid("name too long", "POST", X + "/threads", {"name": "n" * 501}, "name exceeds max length of 500"),
        refused("nothing to change", "PATCH", X + "/threads/{context_thread}", {}, 400,
                "At least one field (summary or status) is required"),
        invalid("status unknown", "PATCH", X + "/threads/{context_thread}", {"status": "paused"},
                "status must be one of: active, closed"),
        missing("unknown thread", "PATCH", X + "/threads/ct_nope", {"status": "closed"}, "Thread"),
        refused("another org's thread", "PATCH", X + "/threads/{other_context_thread}", {"status": "closed"}, 404,
                "Thread not found"),
        refused("another org's thread", "GET", X + "/threads/{other_context_thread}", NO_BODY, 404, "Thread not found"),
        invalid("empty object", "POST", X + "/threads/{context_thread}/entries", {}, "content is required"),
        refused("a closed thread", "POST", X + "/threads/{closed_context_thread}/entries", {"content": "c"}, 400,
                "Cannot add entries to a closed thread"),
        refused("another org's thread", "POST", X + "/threads/{other_context_thread}/entries", {"content": "c"}, 404,
                "Thread not found"),
        invalid("empty object", "POST", H, {}, "summary is required", "agent_id is required"),
        invalid("key_decisions a string", "POST", H, {"summary": "s", "agent_id": "a", "key_decisions": "ship it"},
                "key_decisions must be an array"),
        invalid("session_date not a day", "POST", H, {"summary": "s", "agent_id": "a", "session_date": "2025-13-01"}, day),
        refused("cursor not ours", "GET", H + "?cursor=WyJhIl0", NO_BODY, 400, "Invalid cursor"),
        invalid("empty object", "POST", S, {}, "name is required", "code is required"),
        invalid("tags a string", "POST", S, {"name": "n", "code": "c", "tags": "a,b"}, "tags must be an array"),
        refused("id missing", "DELETE", S, NO_BODY, 400, "id query param is required"),
        missing("unknown id", "DELETE", S + "?id=sn_nope", NO_BODY, "Snippet"),
        refused("another org's snippet", "DELETE", S + "?id={other_snippet}", NO_BODY, 404, "Snippet not found"),
        refused("another org's snippet", "GET", S + "/{other_snippet}", NO_BODY, 404, "Snippet not found",
                forbidden=("other_snippet",)),
        refused("another org's snippet", "POST", S + "/{other_snippet}/use", NO_BODY, 404, "Snippet not found"),
    ]


CASES = (
    _body_shape_cases() + _actions_cases() + _action_id_cases() + _guard_cases() + _policy_cases()
    + _assumption_cases() + _loop_cases() + _heartbeat_and_org_cases() + _stream_cases() + _activity_cases()
    + _pairing_identity_and_key_cases()
    + _webhook_cases()
    + _workspace_cases()
    + _collaboration_cases()
)
assert len({c.id for c in CASES}) == len(CASES), "case ids must be unique"


def _details_match(expected: list[str], actual: Any) -> bool:
    if not isinstance(actual, list) or len(actual) != len(expected):
        return False
    for want, got in zip(expected, actual):
        if want.endswith("..."):
            if not (isinstance(got, str) and got.startswith(want[:-3])):
                return False
        elif want != got:
            return False
    return True


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(server, world, probe, case: Case):
    path = world.fill(case.path)
    body = world.fill(case.body) if case.body is not NO_BODY else NO_BODY
    before = probe.snapshot(server, world.key)
    key = server.master_key if case.platform_admin else world.key
    if case.raw is not None and len(case.raw) > MAX_BODY:
        status, payload, raw = stream(server, case.method, path, key, case.raw)
    else:
        status, payload, raw = http(server, case.method, path, key, body, raw=case.raw)
    after = probe.snapshot(server, world.key)
    shown = f"{case.method} {path} -> {status} {raw[:600]}"

    assert status != 500, shown
    assert status == case.status, shown
    assert isinstance(payload, dict), f"response is not a JSON object: {shown}"
    if status >= 400:
        assert isinstance(payload.get("error"), str) and payload["error"], shown
        if case.error is not None:
            assert payload["error"] == case.error, shown
        if case.details is ANY:
            assert payload.get("details") and all(isinstance(d, str) for d in payload["details"]), shown
        elif case.details is not None:
            assert _details_match(case.details, payload.get("details")), f"expected details {case.details}; {shown}"
        said = [payload["error"], *(payload.get("details") or [])]
        for message in case.mentions:
            assert message in said, f"expected {message!r} in error/details; {shown}"
    if case.check is not None:
        assert case.check(payload), shown
    for name in case.forbidden:
        assert world.ids[name] not in raw, f"response leaks another org's {name}: {shown}"

    # The database: rejected requests change nothing at all; accepted ones change only what they should.
    for table in TABLES:
        if table in case.changes:
            assert after[table][0] - before[table][0] == case.changes[table], f"{table}: {diff(before, after)}; {shown}"
        elif COUNTS.get(table) in case.changes:
            continue  # a counter of rows this request wrote moves with them (tests/server/test_list_scale.py checks it)
        else:
            assert after[table] == before[table], f"unexpected writes {diff(before, after)}; {shown}"


# ------------------------------------------------------------------------- never a 500 (contract silent)

# The contract does not say what these should return; whatever it is, it must be a JSON answer from the
# API, not a crash, and a rejection must not leave anything behind.
ROBUSTNESS = [
    ("NUL in declared_goal", "POST", "/api/actions", {**ACTION, "declared_goal": "a\u0000b"}),
    ("NUL in agent_id", "POST", "/api/actions", {**ACTION, "agent_id": "a\u0000b"}),
    ("NUL inside systems_touched", "POST", "/api/actions", {**ACTION, "systems_touched": ["prod\u0000db"]}),
    ("duration_ms 1e20", "POST", "/api/actions", {**ACTION, "duration_ms": 10 ** 20}),
    ("duration_ms 2**63", "POST", "/api/actions", {**ACTION, "duration_ms": 2 ** 63}),
    ("cost_estimate 1e308", "POST", "/api/actions", {**ACTION, "cost_estimate": 1e308}),
    ("duration_ms 1e20", "PATCH", "/api/actions/{action}", {"duration_ms": 10 ** 20}),
    ("NUL in output_summary", "PATCH", "/api/actions/{action}", {"output_summary": "a\u0000b"}),
    ("NUL in action_type", "POST", "/api/guard", {"action_type": "a\u0000b"}),
    ("NUL in declared_goal", "POST", "/api/guard", {**GUARD, "declared_goal": "a\u0000b"}),
    ("NUL in assumption", "POST", "/api/actions/assumptions", {**ASSUMPTION, "assumption": "a\u0000b"}),
    ("NUL in description", "POST", "/api/actions/loops", {**LOOP, "description": "a\u0000b"}),
    ("NUL in agent_id", "POST", "/api/agents/heartbeat", {"agent_id": "a\u0000b"}),
    ("NUL in metadata", "POST", "/api/agents/heartbeat", {"agent_id": "hb-nul-meta", "metadata": {"k": "a\u0000b"}}),
    ("NUL in name", "POST", "/api/policies", {**POLICY, "name": "a\u0000b"}),
    ("NUL in agent_id filter", "GET", "/api/actions?agent_id=a%00b", NO_BODY),
    ("limit not a number", "GET", "/api/actions?limit=abc", NO_BODY),
    ("risk_min out of range", "GET", "/api/actions?risk_min=500", NO_BODY),
    ("offset 1e20", "GET", "/api/actions?offset=100000000000000000000", NO_BODY),
    ("offset 1e20", "GET", "/api/actions/loops?offset=100000000000000000000", NO_BODY),
    ("offset 1e20", "GET", "/api/actions/assumptions?offset=100000000000000000000", NO_BODY),
    ("offset 1e20", "GET", "/api/guard?offset=100000000000000000000", NO_BODY),
    ("limit negative", "GET", "/api/guard?limit=-1", NO_BODY),
    ("decision filter unknown", "GET", "/api/guard?decision=maybe", NO_BODY),
    ("cursor made up", "GET", "/api/actions?cursor=bm90IGEgY3Vyc29y", NO_BODY),
    ("cursor of another list", "GET", "/api/actions?cursor=WyIyMDI2LTAxLTAxVDAwOjAwOjAwKzAwOjAwIiwiZ2RfMSJd", NO_BODY),
    ("cursor with a bad time", "GET", "/api/guard?cursor=WyJub3QgYSB0aW1lIiwiZ2RfMSJd", NO_BODY),
    ("cursor made up", "GET", "/api/actions/loops?cursor=%00", NO_BODY),
    ("cursor made up", "GET", "/api/actions/assumptions?cursor=W10", NO_BODY),
    ("status filter unknown", "GET", "/api/actions/loops?status=done", NO_BODY),
    ("validated filter unknown", "GET", "/api/actions/assumptions?validated=maybe", NO_BODY),
    ("before not a timestamp", "DELETE", "/api/actions?before=yesterday", NO_BODY),
    ("method not allowed", "POST", "/api/actions/signals", {}),
    ("method not allowed", "PUT", "/api/actions", {}),
    ("method not allowed", "DELETE", "/api/actions/loops/{loop}", NO_BODY),
    ("NUL in title", "POST", "/api/goals", {"title": "a\u0000b"}),
    ("NUL in a sync item", "POST", "/api/sync", {"learning": [{"decision": "a\u0000b"}]}),
    ("NUL in health", "POST", "/api/memory", {"health": {"oldest_daily": "a\u0000b"}}),
    ("limit not a number", "GET", "/api/preferences?type=moods&limit=abc", NO_BODY),
    ("type unknown", "GET", "/api/preferences?type=everything", NO_BODY),
    ("timezone with a NUL", "GET", "/api/digest?timezone=UTC%00", NO_BODY),
    ("NUL in a message body", "POST", "/api/messages", {"from_agent_id": "a", "body": "a\u0000b"}),
    ("NUL in a file name", "POST", "/api/messages", {"from_agent_id": "a", "body": "b",
                                                     "attachments": [{**TEXT_FILE, "filename": "a\u0000b.txt"}]}),
    ("NUL in a snippet", "POST", "/api/snippets", {"name": "n", "code": "a\u0000b"}),
    ("offset 1e20", "GET", "/api/messages?offset=100000000000000000000", NO_BODY),
    ("offset 1e20", "GET", "/api/handoffs?offset=100000000000000000000", NO_BODY),
    ("unread not a boolean", "GET", "/api/messages?unread=maybe", NO_BODY),
]


@pytest.mark.parametrize("case", ROBUSTNESS, ids=[f"{m} {p}: {i}" for i, m, p, _ in ROBUSTNESS])
def test_never_a_server_error(server, world, probe, case):
    _, method, path, body = case
    path = world.fill(path)
    before = probe.snapshot(server, world.key)
    status, payload, raw = http(server, method, path, world.key, world.fill(body) if body is not NO_BODY else NO_BODY)
    after = probe.snapshot(server, world.key)
    shown = f"{method} {path} -> {status} {raw[:400]}"
    assert status < 500, shown
    assert isinstance(payload, dict), f"response is not a JSON object: {shown}"
    if status >= 400:
        assert isinstance(payload.get("error"), str) and payload["error"], shown
        assert after == before, f"rejected request wrote {diff(before, after)}; {shown}"


def test_server_error_leaves_no_partial_write(server, world, probe):
    """Even when the server fails, a create is all-or-nothing: no guard decision without its action."""
    before = probe.snapshot(server, world.key)
    status, _, raw = http(server, "POST", "/api/actions", world.key, {**ACTION, "duration_ms": 2 ** 63})
    after = probe.snapshot(server, world.key)
    if status == 201:
        assert after["actions"][0] == before["actions"][0] + 1
        assert after["guard_decisions"][0] == before["guard_decisions"][0] + 1
    else:
        assert after == before, f"status {status} {raw[:300]}: {diff(before, after)}"


def test_chunked_oversize_body_is_refused(server, world, probe):
    """Without a Content-Length the limit still holds: the body is counted as it streams."""
    before = probe.snapshot(server, world.key)
    status, payload, raw = stream(server, "POST", "/api/actions", world.key, OVERSIZE + b" " * 65536, chunked=True)
    assert status == 413, raw
    assert payload == {"error": "Request body too large", "maxBytes": MAX_BODY}
    assert probe.snapshot(server, world.key) == before


MALFORMED_HTTP = [
    ("unknown transfer coding", "Transfer-Encoding: P\\"),
    ("header name with a space", "Bad Header: x"),
    ("header value with a NUL", "X-Note: a\x00b"),
    ("content length not a number", "Content-Length: ten"),
    ("two content lengths", "Content-Length: 2\r\nContent-Length: 3"),
]


@pytest.mark.parametrize("header", [h for _, h in MALFORMED_HTTP], ids=[label for label, _ in MALFORMED_HTTP])
def test_malformed_http_is_refused_in_json(server, world, probe, header):
    """A request the HTTP layer cannot parse never reaches the app; its refusal is still the API's JSON."""
    before = probe.snapshot(server, world.key)
    host, port = server.url.split("//", 1)[1].split(":")
    head = f"POST /api/agents/heartbeat HTTP/1.1\r\nHost: {host}\r\nx-api-key: {world.key}\r\n" \
           f"Content-Type: application/json\r\n{header}\r\n\r\n{{}}"
    answer = exchange(host, int(port), head.encode("latin-1"))
    head_bytes, _, body = answer.partition(b"\r\n\r\n")
    lines = head_bytes.decode("latin-1").lower().split("\r\n")
    assert lines[0].startswith("http/1.1 400"), answer
    assert "content-type: application/json" in lines[1:], answer
    assert json.loads(body) == {"error": "Invalid HTTP request received.", "details": "the request is not valid HTTP/1.1"}
    assert probe.snapshot(server, world.key) == before
    assert http(server, "GET", "/api/health", None)[0] == 200  # refused alone: the server still answers

GUARD_ODDITIES = [
    ("NUL in action_type", {"action_type": "a\u0000b"}),
    ("NUL in declared_goal", {"action_type": "deploy", "declared_goal": "a\u0000b"}),
    ("NUL in systems_touched", {"action_type": "deploy", "systems_touched": ["prod\u0000db"]}),
    ("unpaired surrogate", {"action_type": "deploy", "declared_goal": "\ud800 half an emoji"}),
]


@pytest.mark.parametrize("label,body", GUARD_ODDITIES, ids=[label for label, _ in GUARD_ODDITIES])
def test_every_answered_guard_decision_is_logged(server, world, label, body):
    """Contract 6.5: every evaluation is logged. An answer with a decision_id that never reaches the log is a
    silent audit gap; the request must either be refused (4xx) or be findable afterwards."""
    agent = "odd-" + secrets.token_hex(4)
    status, payload, raw = http(server, "POST", "/api/guard", world.key, {**body, "agent_id": agent})
    assert status < 500, raw
    if status == 200:
        listed = http(server, "GET", f"/api/guard?agent_id={agent}", world.key)[1]
        assert [d["id"] for d in listed["decisions"]] == [payload["decision_id"]], \
            f"POST /api/guard {json.dumps(body)} answered {payload['decision']} but logged {listed['total']} decisions"
