"""Organisations and API keys (contract 10): the seed's org methods, platform admins, key minting and revocation
over HTTP, roles, and how much each key is used."""
from __future__ import annotations

import re
import secrets
import subprocess
import sys
import time

import pytest
from sqlalchemy import text
from support.database import DatabaseProbe
from support.server import PG_URL, postgres_database, run_server

from dashclaw import DashClawError

PLATFORM_ADMIN_REQUIRED = "Forbidden - creating organizations needs a platform admin key"
KEY = re.compile(r"oc_live_[0-9a-f]{32}")


def cli(server, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashclaw.cli", *args, "--database-url", server.database_url],
                          capture_output=True, text=True, timeout=60)


def org_count(server) -> int:
    probe = DatabaseProbe(server.database_url)
    try:
        with probe.engine.connect() as conn:
            return conn.execute(text("SELECT COUNT(*) FROM orgs")).scalar()
    finally:
        probe.close()


def new_slug() -> str:
    return "acme-" + secrets.token_hex(4)


def test_seed_org_management_example(server, tenant):
    """The seed's Organization Management example: an org admin reads and renames its org and lists its keys;
    the operator's platform admin key creates the new org."""
    claw = server.client(tenant.admin_key)
    org = claw.get_org()
    assert [o["id"] for o in org["organizations"]] == [tenant.org_id] and org["organizations"][0]["active_keys"] == 1

    slug = new_slug()
    new_org = server.client().create_org(name="Acme Corp", slug=slug)
    assert new_org["organization"]["slug"] == slug and new_org["organization"]["plan"] == "free"
    assert new_org["api_key"]["role"] == "admin" and KEY.fullmatch(new_org["api_key"]["key"])

    org_id = tenant.org_id
    assert claw.get_org_by_id(org_id)["organization"]["id"] == org_id
    renamed = claw.update_org(org_id, name="Acme Corp v2", plan="enterprise")
    assert renamed["organization"]["name"] == "Acme Corp v2" and renamed["organization"]["plan"] == "free"
    keys = claw.get_org_keys(org_id)["keys"]
    assert [k["role"] for k in keys] == ["admin"] and "key_hash" not in keys[0] and "key" not in keys[0]

    newcomer = server.client(new_org["api_key"]["key"])
    assert newcomer.get_org()["organizations"][0]["id"] == new_org["organization"]["id"]
    updates = claw.get_activity_logs(type="org")["logs"]
    assert updates[0]["action"] == "org.updated"
    assert (updates[0]["before"], updates[0]["after"]) == ({"name": f"Tenant {org['organizations'][0]['slug']}"},
                                                          {"name": "Acme Corp v2"})


def test_only_a_platform_admin_creates_orgs(server, tenant):
    """An org's own admin key cannot mint orgs (each would come with a fresh admin key); nothing is written."""
    before = org_count(server)
    for key in (tenant.admin_key, server.mint_key(tenant, "member")):
        with pytest.raises(DashClawError) as refused:
            server.client(key).create_org(name="Shadow org", slug=new_slug())
        assert refused.value.status == 403 and str(refused.value) == PLATFORM_ADMIN_REQUIRED
    status, body, _ = server.request("POST", f"/api/orgs/{tenant.org_id}/keys", tenant.admin_key,
                                     {"role": "admin", "platform_admin": True})
    assert status == 201  # the API mints ordinary keys only, whatever the body says
    assert server.request("POST", "/api/orgs", body["key"]["key"], {"name": "x", "slug": new_slug()})[0] == 403
    assert org_count(server) == before

    minted = cli(server, "keys", "create", "--org", tenant.org_id, "--role", "admin", "--platform-admin")
    assert minted.returncode == 0, minted.stderr
    assert "(platform admin)" in minted.stdout
    platform_key = KEY.findall(minted.stdout)[0]
    created = server.client(platform_key).create_org(name="Made by the operator", slug=new_slug())
    assert created["organization"]["name"] == "Made by the operator"
    assert org_count(server) == before + 1
    listed = {k["id"]: k for k in server.client(tenant.admin_key).get_org_keys(tenant.org_id)["keys"]}
    assert [k["platform_admin"] for k in listed.values()].count(True) == 1

    refused = cli(server, "keys", "create", "--org", tenant.org_id, "--role", "member", "--platform-admin")
    assert refused.returncode == 2 and "admin role" in refused.stderr


def test_org_routes_refuse_members_and_check_names(server, tenant):
    member = server.mint_key(tenant, "member")
    for method, path in (("GET", "/api/orgs"), ("GET", f"/api/orgs/{tenant.org_id}"),
                         ("PATCH", f"/api/orgs/{tenant.org_id}"), ("GET", f"/api/orgs/{tenant.org_id}/keys")):
        status, body, _ = server.request(method, path, member, {} if method == "PATCH" else None)
        assert status == 403 and body == {"error": "Forbidden - admin role required"}, (method, path)
    status, body, _ = server.request("POST", "/api/orgs", server.master_key, {"name": "Dup", "slug": new_slug()})
    assert status == 201
    status, body, _ = server.request("POST", "/api/orgs", server.master_key, {"name": "Dup", "slug": body["organization"]["slug"]})
    assert status == 409 and body["error"] == "An organization with this slug already exists"
    before = server.request("GET", f"/api/orgs/{tenant.org_id}", tenant.admin_key)[1]["organization"]
    time.sleep(0.01)
    touched = server.request("PATCH", f"/api/orgs/{tenant.org_id}", tenant.admin_key, {})[1]["organization"]
    assert touched["name"] == before["name"] and touched["updated_at"] > before["updated_at"]


def test_keys_by_role_over_both_key_routes(server, tenant):
    admin = tenant.admin_key
    status, minted, _ = server.request("POST", f"/api/orgs/{tenant.org_id}/keys", admin, {"role": "readonly", "label": "ro"})
    assert status == 201 and minted["key"]["role"] == "readonly" and minted["key"]["label"] == "ro"
    readonly = minted["key"]["key"]
    assert server.request("GET", "/api/keys", readonly)[0] == 200
    assert server.request("POST", "/api/guard", readonly, {"action_type": "deploy"})[0] == 403
    default = server.request("POST", f"/api/orgs/{tenant.org_id}/keys", admin, {})[1]["key"]
    assert (default["role"], default["label"]) == ("member", "API Key")

    member = default["key"]
    listed = server.request("GET", "/api/keys", member)[1]["keys"]
    assert {k["id"] for k in listed} >= {minted["key"]["id"], default["id"]} and all("key" not in k for k in listed)
    status, body, _ = server.request("POST", "/api/keys", member, {"label": "mine"})
    assert status == 403 and body == {"error": "Admin access required to generate API keys"}
    status, body, _ = server.request("DELETE", f"/api/keys?id={default['id']}", member)
    assert status == 403 and body == {"error": "Admin access required to revoke API keys"}

    status, created, _ = server.request("POST", "/api/keys", admin, {"label": "ci"})
    assert status == 201 and created["key"]["role"] == "admin" and KEY.fullmatch(created["key"]["raw_key"])
    assert "key" not in created["key"]
    assert server.request("GET", "/api/actions", created["key"]["raw_key"])[0] == 200
    status, revoked, _ = server.request("DELETE", f"/api/keys?id={created['key']['id']}", admin)
    assert status == 200 and revoked == {"success": True, "revoked": created["key"]["id"]}
    assert server.request("GET", "/api/actions", created["key"]["raw_key"])[0] == 401
    status, again, _ = server.request("DELETE", f"/api/keys?id={created['key']['id']}", admin)
    assert status == 409 and again["error"] == "API key is already revoked"

    audit = [(e["action"], e["resource_id"]) for e in server.client(admin).get_activity_logs(type="key")["logs"]]
    assert ("key.created", created["key"]["id"]) in audit and ("key.revoked", created["key"]["id"]) in audit


def test_key_usage_is_counted(server, tenant):
    member = server.mint_key(tenant, "member")
    for _ in range(5):
        assert server.request("GET", "/api/actions", member)[0] == 200
    assert server.request("GET", "/api/actions", member + "x")[0] == 401  # not this key's request

    def usage():
        keys = server.request("GET", f"/api/orgs/{tenant.org_id}/keys", tenant.admin_key)[1]["keys"]
        return next(k for k in keys if k["role"] == "member")

    used = usage()
    assert used["usage_count"] == 5 and used["last_used_at"].endswith("Z")
    assert server.request("POST", "/api/guard", member, {"action_type": "deploy"})[0] == 200
    assert usage()["usage_count"] == 6


@pytest.mark.skipif(not PG_URL, reason="needs DASHCLAW_TEST_DATABASE_URL")
def test_usage_from_every_replica_adds_up(tmp_path):
    with postgres_database() as url:
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        with run_server(url, tmp_path / "a", "postgresql") as first, run_server(url, tmp_path / "b", "postgresql") as second:
            tenant = first.new_tenant()
            member = first.mint_key(tenant, "member")
            for n in range(10):
                assert (first if n % 2 else second).request("GET", "/api/actions", member)[0] == 200
            deadline = time.monotonic() + 5
            while True:  # the other replica adds its counts within about a second
                keys = first.request("GET", f"/api/orgs/{tenant.org_id}/keys", tenant.admin_key)[1]["keys"]
                count = next(k for k in keys if k["role"] == "member")["usage_count"]
                if count == 10 or time.monotonic() > deadline:
                    break
                time.sleep(0.2)
            assert count == 10
