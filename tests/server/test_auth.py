"""Authentication, roles, key storage, public routes, rate limits and idempotency (contract 1.1-1.3, 10)."""
from __future__ import annotations

import hashlib
import json
import secrets
import urllib.error
import urllib.request

import pytest
from sqlalchemy import text

from support.database import DatabaseProbe, changed_tables
from support.server import database_for, run_server

UNAUTHORIZED = "Unauthorized - Invalid or missing API key"
READONLY = "Forbidden - readonly API key"
@pytest.fixture(scope="module")
def db(server):
    probe = DatabaseProbe(server.database_url)
    yield probe
    probe.close()


def get(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def header(headers: dict, name: str) -> str | None:
    return next((v for k, v in headers.items() if k.lower() == name.lower()), None)


def new_action(agent: str = "auth-agent", **extra) -> dict:
    return {"agent_id": agent, "action_type": "deploy", "declared_goal": "Ship " + secrets.token_hex(3), **extra}


def pending_action(server, tenant) -> str:
    """An action waiting for approval (the tenant gets a require_approval policy for `needs_human`)."""
    server.request("POST", "/api/policies", tenant.admin_key, {
        "name": "needs a human", "policy_type": "require_approval", "rules": json.dumps({"action_types": ["needs_human"]}),
    })
    status, body, _ = server.request("POST", "/api/actions", tenant.admin_key,
                                     {"agent_id": "auth-agent", "action_type": "needs_human", "declared_goal": "Wait for me"})
    assert status == 202 and body["action"]["status"] == "pending_approval", body
    return body["action_id"]


def mint(server, tenant, role: str) -> dict:
    status, body, _ = server.request("POST", f"/api/orgs/{tenant.org_id}/keys", tenant.admin_key, {"role": role, "label": role})
    assert status == 201, body
    return body["key"]


# --------------------------------------------------------------------------------------- missing keys

PROTECTED = [
    ("GET", "/api/actions", None),
    ("POST", "/api/actions", new_action()),
    ("GET", "/api/actions/act_anything", None),
    ("PATCH", "/api/actions/act_anything", {"status": "completed"}),
    ("DELETE", "/api/actions?action_id=act_anything", None),
    ("POST", "/api/guard", {"action_type": "deploy"}),
    ("GET", "/api/guard", None),
    ("GET", "/api/policies", None),
    ("POST", "/api/policies", {"name": "x", "policy_type": "risk_threshold", "rules": "{\"threshold\": 5}"}),
    ("POST", "/api/assumptions", {"action_id": "a", "assumption": "b"}),
    ("GET", "/api/actions/assumptions", None),
    ("GET", "/api/actions/loops", None),
    ("GET", "/api/actions/signals", None),
    ("POST", "/api/agents/heartbeat", {"agent_id": "a"}),
    ("GET", "/api/orgs", None),
    ("POST", "/api/orgs", {"name": "x", "slug": "x"}),
    ("GET", "/api/nope", None),
]


@pytest.mark.parametrize("method,path,body", PROTECTED, ids=[f"{m} {p}" for m, p, _ in PROTECTED])
def test_missing_key_is_401(server, db, method, path, body):
    before = db.snapshot(server, server.master_key)
    status, payload, headers = server.request(method, path, None, body)
    assert status == 401
    assert payload == {"error": UNAUTHORIZED}
    assert "json" in header(headers, "content-type")
    assert changed_tables(before, db.snapshot(server, server.master_key)) == {}


@pytest.mark.parametrize("bad_key", [
    "oc_live_" + "0" * 32,
    "oc_live_" + secrets.token_hex(16),
    "not-a-key",
    "x" * 5000,
], ids=["zeros", "random", "garbage", "very long"])
def test_unknown_key_is_401(server, bad_key):
    status, payload, _ = server.request("GET", "/api/actions", bad_key)
    assert status == 401 and payload == {"error": UNAUTHORIZED}


def test_near_miss_keys_are_401(server, tenant):
    key = tenant.admin_key
    for wrong in (key[:-1], key + "0", key.upper(), " " + key + "x", server.master_key + "x", server.master_key[:-1]):
        status, payload, _ = server.request("GET", "/api/actions", wrong)
        assert status == 401 and payload == {"error": UNAUTHORIZED}, wrong
    assert server.request("GET", "/api/actions", key)[0] == 200


def test_key_outside_the_x_api_key_header_is_not_accepted(server, tenant):
    key = tenant.admin_key
    for query in ("api_key", "apiKey", "key", "x-api-key", "x_api_key", "token"):
        status, payload, _ = server.request("GET", f"/api/actions?{query}={key}")
        assert status == 401 and payload == {"error": UNAUTHORIZED}, query
    for name, value in (("Authorization", f"Bearer {key}"), ("Authorization", key), ("x-api-token", key)):
        status, payload, _ = server.request("GET", "/api/actions", headers={name: value})
        assert status == 401 and payload == {"error": UNAUTHORIZED}, name


# ------------------------------------------------------------------------------------------------ roles


def test_readonly_key_reads_but_never_writes(server, tenant, db):
    action = server.request("POST", "/api/actions", tenant.admin_key, new_action())[1]["action_id"]
    policy = server.request("POST", "/api/policies", tenant.admin_key, {
        "name": "ro-policy", "policy_type": "risk_threshold", "rules": json.dumps({"threshold": 99}), "active": 0,
    })[1]["policy_id"]
    readonly = mint(server, tenant, "readonly")["key"]

    for path in ("/api/actions", f"/api/actions/{action}", f"/api/actions/{action}/trace", "/api/guard", "/api/policies",
                 "/api/actions/assumptions", "/api/actions/loops", "/api/actions/signals"):
        status, payload, _ = server.request("GET", path, readonly)
        assert status == 200, (path, payload)
    assert server.request("GET", "/api/actions", readonly)[1]["actions"][0]["action_id"] == action

    before = db.snapshot(server, tenant.admin_key)
    for method, path, body in (
        ("POST", "/api/actions", new_action()),
        ("PATCH", f"/api/actions/{action}", {"status": "completed"}),
        ("DELETE", f"/api/actions?action_id={action}", None),
        ("POST", "/api/guard", {"action_type": "deploy"}),
        ("POST", "/api/actions/assumptions", {"action_id": action, "assumption": "x"}),
        ("POST", "/api/assumptions", {"action_id": action, "assumption": "x"}),
        ("POST", "/api/actions/loops", {"action_id": action, "loop_type": "other", "description": "x"}),
        ("POST", "/api/agents/heartbeat", {"agent_id": "ro-agent"}),
        ("POST", "/api/policies", {"name": "x", "policy_type": "risk_threshold", "rules": json.dumps({"threshold": 5})}),
        ("PATCH", "/api/policies", {"id": policy, "active": 1}),
        ("DELETE", f"/api/policies?id={policy}", None),
        ("POST", f"/api/orgs/{tenant.org_id}/keys", {"role": "admin"}),
    ):
        status, payload, _ = server.request(method, path, readonly, body)
        assert status == 403, (method, path, status, payload)
        assert payload == {"error": READONLY}, (method, path, payload)
    assert changed_tables(before, db.snapshot(server, tenant.admin_key)) == {}


def test_member_key_is_refused_admin_routes(server, tenant, db):
    pending = pending_action(server, tenant)
    policy = server.request("POST", "/api/policies", tenant.admin_key, {
        "name": "member-policy", "policy_type": "risk_threshold", "rules": json.dumps({"threshold": 99}), "active": 0,
    })[1]["policy_id"]
    member = mint(server, tenant, "member")["key"]
    assert server.request("GET", "/api/actions", member)[0] == 200  # first use stamps last_used_at

    before = db.snapshot(server, tenant.admin_key)
    for method, path, body, error in (
        ("POST", "/api/policies", {"name": "m", "policy_type": "risk_threshold", "rules": json.dumps({"threshold": 5})},
         "Admin access required"),
        ("PATCH", "/api/policies", {"id": policy, "active": 1}, "Admin access required"),
        ("DELETE", f"/api/policies?id={policy}", None, "Admin access required"),
        ("DELETE", f"/api/actions?action_id={pending}", None, "Admin access required"),
        ("DELETE", "/api/actions?agent_id=auth-agent", None, "Admin access required"),
        ("POST", f"/api/actions/{pending}/approve", {"decision": "allow"}, "Admin access required for approvals"),
        ("POST", f"/api/actions/{pending}/approve", {"decision": "deny"}, "Admin access required for approvals"),
    ):
        status, payload, _ = server.request(method, path, member, body)
        assert status == 403, (method, path, status, payload)
        assert payload["error"] == error, (method, path, payload)
    assert changed_tables(before, db.snapshot(server, tenant.admin_key)) == {}
    assert server.request("GET", f"/api/actions/{pending}", member)[1]["action"]["status"] == "pending_approval"

    # what a member may do (contract 1.1: everything else needs only authentication)
    created = server.request("POST", "/api/actions", member, new_action())
    assert created[0] == 201, created[1]
    assert server.request("POST", "/api/guard", member, {"action_type": "deploy"})[0] == 200
    assert server.request("PATCH", f"/api/actions/{created[1]['action_id']}", member, {"status": "completed"})[0] == 200
    assert server.request("GET", "/api/policies", member)[0] == 200
    assert server.request("POST", "/api/actions/loops", member, {
        "action_id": created[1]["action_id"], "loop_type": "other", "description": "member loop"})[0] == 201


def test_member_key_cannot_manage_the_org(server, tenant):
    member = mint(server, tenant, "member")["key"]
    status, payload, _ = server.request("POST", f"/api/orgs/{tenant.org_id}/keys", member, {"role": "admin"})
    assert status == 403 and isinstance(payload["error"], str)
    status, payload, _ = server.request("GET", f"/api/orgs/{tenant.org_id}/keys", member)
    assert status == 403 and "keys" not in payload
    status, payload, _ = server.request("GET", "/api/orgs", member)
    assert status == 403
    assert payload == {"error": "Forbidden - admin role required"}  # contract 10.1 wording


def test_admin_key_can_use_admin_routes(server, tenant):
    key = tenant.admin_key
    pending = pending_action(server, tenant)
    status, created, _ = server.request("POST", "/api/policies", key, {
        "name": "admin-policy", "policy_type": "risk_threshold", "rules": json.dumps({"threshold": 95})})
    assert status == 201 and created["policy"]["active"] == 1
    status, patched, _ = server.request("PATCH", "/api/policies", key, {"id": created["policy_id"], "active": 0})
    assert status == 200 and patched["policy"]["active"] == 0
    status, deleted, _ = server.request("DELETE", f"/api/policies?id={created['policy_id']}", key)
    assert status == 200 and deleted == {"deleted": True, "id": created["policy_id"]}

    status, approved, _ = server.request("POST", f"/api/actions/{pending}/approve", key, {"decision": "allow"})
    assert status == 200 and approved["success"] is True and approved["action"]["status"] == "running"

    status, removed, _ = server.request("DELETE", f"/api/actions?action_id={pending}", key)
    assert status == 200 and removed["deleted"] == 1 and removed["action_ids"] == [pending]
    assert server.request("GET", f"/api/actions/{pending}", key)[0] == 404


# ------------------------------------------------------------------------------------------------- keys


def test_revoked_key_fails_on_the_very_next_request(server, tenant):
    minted = mint(server, tenant, "member")
    key = minted["key"]
    for _ in range(3):  # warm any lookup cache
        assert server.request("GET", "/api/actions", key)[0] == 200
    status, body, _ = server.request("DELETE", f"/api/orgs/{tenant.org_id}/keys?id={minted['id']}", tenant.admin_key)
    assert status == 200 and body == {"success": True, "revoked": minted["id"]}
    status, payload, _ = server.request("GET", "/api/actions", key)
    assert status == 401 and payload == {"error": UNAUTHORIZED}
    assert server.request("POST", "/api/guard", key, {"action_type": "deploy"})[0] == 401

    status, payload, _ = server.request("DELETE", f"/api/orgs/{tenant.org_id}/keys?id={minted['id']}", tenant.admin_key)
    assert status == 409 and payload["error"] == "API key is already revoked"
    listed = server.request("GET", f"/api/orgs/{tenant.org_id}/keys", tenant.admin_key)[1]["keys"]
    assert next(k for k in listed if k["id"] == minted["id"])["revoked_at"]
    assert server.request("GET", "/api/actions", tenant.admin_key)[0] == 200  # the other keys are untouched


def test_api_keys_are_stored_hashed(server, tenant, db):
    minted = mint(server, tenant, "readonly")
    raw_keys = [minted["key"], tenant.admin_key]
    assert minted["key"].startswith("oc_live_") and len(minted["key"]) == len("oc_live_") + 32
    with db.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(text("SELECT * FROM api_keys"))]
    for raw in raw_keys:
        for row in rows:
            for column, value in row.items():
                assert raw not in str(value), f"raw key stored in api_keys.{column}"
    row = next(r for r in rows if r["id"] == minted["id"])
    assert row["key_hash"] == hashlib.sha256(minted["key"].encode()).hexdigest()
    assert row["org_id"] == tenant.org_id and row["role"] == "readonly"
    assert any(r["key_hash"] == hashlib.sha256(tenant.admin_key.encode()).hexdigest() for r in rows)

    listed = server.request("GET", f"/api/orgs/{tenant.org_id}/keys", tenant.admin_key)[1]
    text_listed = json.dumps(listed)
    assert minted["key"] not in text_listed and row["key_hash"] not in text_listed


# ------------------------------------------------------------------------------------------ public routes


def test_health_is_public_and_reports_the_database(server):
    for key in (None, "oc_live_" + "f" * 32):
        status, body, _ = server.request("GET", "/api/health", key)
        assert status == 200
        assert body["status"] == "healthy"
        assert body["checks"]["database"]["status"] == "ok"
        assert isinstance(body["timestamp"], str) and body["timestamp"].endswith("Z")


def test_docs_and_openapi_are_served(server):
    status, headers, page = get(server.url + "/docs")
    assert status == 200 and "text/html" in header(headers, "content-type")
    assert b"swagger" in page.lower() and b"openapi.json" in page
    status, headers, raw = get(server.url + "/openapi.json")
    assert status == 200 and "json" in header(headers, "content-type")
    spec = json.loads(raw)
    for path in ("/api/actions", "/api/actions/{action_id}", "/api/guard", "/api/policies", "/api/health"):
        assert path in spec["paths"], path


@pytest.mark.parametrize("path", ["/api/nope", "/api/actions/x/y/z", "/nope", "/api"])
def test_unknown_path_is_a_json_404(server, tenant, path):
    status, payload, headers = server.request("GET", path, tenant.admin_key)
    assert status == 404 and payload == {"error": "Not found"}
    assert "json" in header(headers, "content-type")


def test_cors_preflight(server):
    """Contract 1.2: preflight OPTIONS answers 204 and allows the headers the SDK sends."""
    status, headers, _ = get_options(server.url + "/api/actions")
    assert status == 204
    assert "x-api-key" in (header(headers, "access-control-allow-headers") or "").lower()
    allowed = (header(headers, "access-control-allow-methods") or "").upper()
    for method in ("GET", "POST", "PATCH", "DELETE"):
        assert method in allowed


def get_options(url: str) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, method="OPTIONS", headers={
        "Origin": "https://dashboard.example.com", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type,x-api-key",
    })
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


# ------------------------------------------------------------------------------------------ rate limits


@pytest.fixture(scope="module")
def limited(server, tmp_path_factory):
    """A second server allowing 5 requests per minute."""
    directory = tmp_path_factory.mktemp("rate-limited")
    with database_for(server.backend, directory) as url:
        with run_server(url, directory, server.backend, DASHCLAW_RATE_LIMIT_MAX="5",
                        DASHCLAW_RATE_LIMIT_WINDOW_MS="60000") as running:
            yield running


def test_rate_limit_answers_429_with_retry_after(limited):
    first, second = limited.new_tenant(), limited.new_tenant()
    probe = DatabaseProbe(limited.database_url)
    try:
        for n in range(5):
            status, body, _ = limited.request("POST", "/api/guard", first.admin_key, {"action_type": "deploy", "agent_id": "rl"})
            assert status == 200, (n, body)
        status, body, headers = limited.request("POST", "/api/guard", first.admin_key, {"action_type": "deploy", "agent_id": "rl"})
        assert status == 429
        assert body["error"] == "Rate limit exceeded. Please slow down."
        retry_after = header(headers, "retry-after")
        assert retry_after is not None and 1 <= int(retry_after) <= 60
        assert "json" in header(headers, "content-type")
        assert limited.request("GET", "/api/guard?limit=1", limited.master_key)[0] == 200  # flushes the decision log
        with probe.engine.connect() as conn:
            logged = conn.execute(text("SELECT COUNT(*) FROM guard_decisions WHERE org_id = :org"), {"org": first.org_id}).scalar()
        assert logged == 5, "a rate-limited request must not be evaluated"

        assert limited.request("GET", "/api/actions", first.admin_key)[0] == 429  # still limited
        status, body, _ = limited.request("GET", "/api/actions", second.admin_key)  # another key is not affected
        assert status == 200 and body["actions"] == []
    finally:
        probe.close()


def test_rate_limit_covers_unauthenticated_calls(limited):
    """Contract 1.2: the limit applies to every /api path, public ones included, and to calls with bad keys."""
    statuses = [limited.request("GET", "/api/health")[0] for _ in range(6)]
    assert statuses[-1] == 429, statuses
    status, body, _ = limited.request("GET", "/api/health")
    assert status == 429 and body["error"] == "Rate limit exceeded. Please slow down."
    # a key-guessing client from the same address is throttled too, instead of getting unlimited 401s
    statuses = [limited.request("GET", "/api/actions", "oc_live_" + secrets.token_hex(16))[0] for _ in range(6)]
    assert statuses[-1] == 429, statuses


# ------------------------------------------------------------------------------------------ idempotency


def _action_rows(db, org_id: str) -> list[str]:
    with db.engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT action_id FROM actions WHERE org_id = :org"), {"org": org_id})]


def test_idempotency_key_replays_the_first_response(server, tenant, db):
    key, body = tenant.admin_key, new_action("idem-agent")
    idem = {"Idempotency-Key": "idem-" + secrets.token_hex(8)}
    status1, first, headers1 = server.request("POST", "/api/actions", key, body, headers=idem)
    status2, second, headers2 = server.request("POST", "/api/actions", key, body, headers=idem)
    assert status1 == 201 and status2 == 201
    assert second == first
    assert header(headers2, "idempotent-replayed") == "true"
    assert header(headers1, "idempotent-replayed") is None
    assert _action_rows(db, tenant.org_id) == [first["action_id"]]

    status, conflict, _ = server.request("POST", "/api/actions", key, {**body, "declared_goal": "Something else"}, headers=idem)
    assert status == 409 and isinstance(conflict["error"], str) and conflict["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert _action_rows(db, tenant.org_id) == [first["action_id"]]


def test_different_idempotency_keys_create_separate_actions(server, tenant, db):
    key, body = tenant.admin_key, new_action("idem-agent")
    ids = set()
    for _ in range(2):
        status, created, headers = server.request("POST", "/api/actions", key, body,
                                                  headers={"Idempotency-Key": secrets.token_hex(8)})
        assert status == 201 and header(headers, "idempotent-replayed") is None
        ids.add(created["action_id"])
    assert len(ids) == 2
    assert sorted(_action_rows(db, tenant.org_id)) == sorted(ids)


def test_idempotency_keys_are_scoped_per_org(server, tenant, db):
    other = server.new_tenant()
    idem = {"Idempotency-Key": "shared-" + secrets.token_hex(6)}
    status, mine, _ = server.request("POST", "/api/actions", tenant.admin_key, new_action("idem-agent"), headers=idem)
    assert status == 201
    status, theirs, headers = server.request("POST", "/api/actions", other.admin_key, new_action("idem-agent"), headers=idem)
    assert status == 201 and header(headers, "idempotent-replayed") is None
    assert theirs["action_id"] != mine["action_id"] and theirs["action"]["declared_goal"] != mine["action"]["declared_goal"]
    assert _action_rows(db, other.org_id) == [theirs["action_id"]]


def test_key_use_is_recorded(server, tenant):
    member = server.mint_key(tenant, "member")
    keys = server.request("GET", f"/api/orgs/{tenant.org_id}/keys", tenant.admin_key)[1]["keys"]
    assert next(k for k in keys if k["role"] == "member")["last_used_at"] is None
    assert server.request("GET", "/api/actions", member)[0] == 200
    keys = server.request("GET", f"/api/orgs/{tenant.org_id}/keys", tenant.admin_key)[1]["keys"]
    assert next(k for k in keys if k["role"] == "member")["last_used_at"].endswith("Z")
