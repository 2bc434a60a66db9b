"""Agent pairing (contract 9): an agent offers its public key, an admin approves it on the API or on the page
`pairing_url` names, and from then on the agent's signed actions verify."""
from __future__ import annotations

import base64
import secrets
import threading
from datetime import datetime, timedelta, timezone

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from support.dashboard import create_user, signed_in
from sqlalchemy import text
from support.database import DatabaseProbe

from dashclaw import DashClawError


def keypair():
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public_pem = private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()
    return private_key, public_pem


def fingerprint(public_pem: str) -> str:
    der = serialization.load_pem_public_key(public_pem.encode()).public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    digest = hashes.Hash(hashes.SHA256())
    digest.update(der)
    return "SHA256:" + base64.b64encode(digest.finalize()).decode().rstrip("=")


def parse(timestamp: str) -> datetime:
    return datetime.fromisoformat(timestamp.replace("Z", "+00:00"))


@pytest.fixture(scope="module")
def keys():
    return keypair(), keypair()


@pytest.fixture
def db(server):
    probe = DatabaseProbe(server.database_url)
    yield probe
    probe.close()


def agent_id() -> str:
    return "paired-" + secrets.token_hex(3)


def test_seed_example_pairs_an_agent_whose_signed_actions_then_verify(server, tenant, keys):
    """The seed's Agent Pairing example, with an operator approving while the agent waits."""
    (private_key, public_pem), _ = keys
    agent = agent_id()
    claw = server.client(server.mint_key(tenant, "member"), agent_id=agent)

    pairing = claw.create_pairing(public_pem, algorithm="RSASSA-PKCS1-v1_5", agent_name="my-agent")
    pairing_id = pairing["pairing"]["id"]
    assert pairing_id.startswith("pair_")
    assert pairing["pairing_url"] == f"{server.url}/pair/{pairing_id}"
    shown = pairing["pairing"]
    assert (shown["agent_id"], shown["agent_name"], shown["status"]) == (agent, "my-agent", "pending")
    assert parse(shown["expires_at"]) - parse(shown["created_at"]) == timedelta(minutes=15)
    assert shown["key_fingerprint"] == fingerprint(public_pem) and "public_key" not in shown

    status, refused, _ = server.request("POST", f"/api/pairings/{pairing_id}/approve", claw.api_key)
    assert status == 403 and refused == {"error": "Admin access required"}
    assert server.request("GET", "/api/pairings", claw.api_key)[0] == 403
    listed = server.request("GET", "/api/pairings?status=pending", tenant.admin_key)[1]["pairings"]
    assert [p["id"] for p in listed] == [pairing_id]

    approvals = []
    operator = threading.Thread(target=lambda: approvals.append(
        server.request("POST", f"/api/pairings/{pairing_id}/approve", tenant.admin_key)))
    operator.start()
    approved = claw.wait_for_pairing(pairing_id, timeout=30, interval=0.2)
    operator.join()
    assert approved["status"] == "approved" and approved["decided_by"]
    status, answer, _ = approvals[0]
    assert status == 200 and answer["identity"]["agent_id"] == agent and "public_key" not in answer["identity"]
    assert claw.get_pairing(pairing_id)["pairing"]["status"] == "approved"

    admin = server.client(tenant.admin_key)
    assert agent in [i["agent_id"] for i in admin.get_identities()["identities"]]
    signer = server.client(claw.api_key, agent_id=agent, private_key=private_key)
    assert signer.create_action("deploy", "Ship after pairing", cost_estimate=1.0)["action"]["verified"] is True

    status, again, _ = server.request("POST", f"/api/pairings/{pairing_id}/approve", tenant.admin_key)
    assert status == 409 and again == {"error": "Pairing is not pending (status=approved)"}
    audit = {(e["action"], e["resource_id"]) for e in admin.get_activity_logs(agent_id=agent)["logs"]}
    assert {("pairing.approved", pairing_id), ("identity.registered", agent)} <= audit


def test_approval_replaces_an_earlier_key(server, tenant, keys):
    (old_key, old_pem), (new_key, new_pem) = keys
    agent = agent_id()
    admin = server.client(tenant.admin_key)
    admin.register_identity(agent_id=agent, public_key=old_pem)
    old_signer = server.client(tenant.admin_key, agent_id=agent, private_key=old_key)
    assert old_signer.create_action("deploy", "With the old key")["action"]["verified"] is True

    pairing_id = server.client(tenant.admin_key, agent_id=agent).create_pairing(new_pem)["pairing"]["id"]
    assert server.request("POST", f"/api/pairings/{pairing_id}/approve", tenant.admin_key)[0] == 200
    assert old_signer.create_action("deploy", "Old key, after re-pairing")["action"]["verified"] is False
    new_signer = server.client(tenant.admin_key, agent_id=agent, private_key=new_key)
    assert new_signer.create_action("deploy", "New key")["action"]["verified"] is True
    assert [i["agent_id"] for i in admin.get_identities()["identities"]].count(agent) == 1


def test_a_denied_pairing_binds_nothing(server, tenant, keys):
    (_, public_pem), _ = keys
    agent = agent_id()
    claw = server.client(tenant.admin_key, agent_id=agent)
    pairing_id = claw.create_pairing(public_pem)["pairing"]["id"]

    status, denied, _ = server.request("POST", f"/api/pairings/{pairing_id}/deny", tenant.admin_key)
    assert status == 200 and denied["pairing"]["status"] == "denied"
    with pytest.raises(DashClawError, match="Pairing denied"):
        claw.wait_for_pairing(pairing_id, timeout=5, interval=0.1)
    status, refused, _ = server.request("POST", f"/api/pairings/{pairing_id}/approve", tenant.admin_key)
    assert status == 409 and refused["error"] == "Pairing is not pending (status=denied)"
    assert agent not in [i["agent_id"] for i in claw.get_identities()["identities"]]
    assert [p["id"] for p in server.request("GET", "/api/pairings?status=denied", tenant.admin_key)[1]["pairings"]] == [pairing_id]


def test_an_expired_pairing_reads_expired_and_cannot_be_approved(server, tenant, keys, db):
    (_, public_pem), _ = keys
    agent = agent_id()
    claw = server.client(tenant.admin_key, agent_id=agent)
    pairing_id = claw.create_pairing(public_pem)["pairing"]["id"]
    db.execute("UPDATE pairings SET expires_at = :past WHERE id = :id",
               past=datetime.now(timezone.utc).replace(tzinfo=None) - timedelta(seconds=1), id=pairing_id)

    assert claw.get_pairing(pairing_id)["pairing"]["status"] == "expired"
    with pytest.raises(DashClawError, match="Pairing expired"):
        claw.wait_for_pairing(pairing_id, timeout=5, interval=0.1)
    expired = server.request("GET", "/api/pairings?status=expired", tenant.admin_key)[1]["pairings"]
    assert pairing_id in [p["id"] for p in expired] and expired[0]["status"] == "expired"
    assert pairing_id not in [p["id"] for p in server.request("GET", "/api/pairings?status=pending", tenant.admin_key)[1]["pairings"]]

    def stored():
        with db.engine.connect() as conn:
            return [conn.execute(text(query), {"org": tenant.org_id}).all() for query in (
                "SELECT * FROM pairings WHERE org_id = :org", "SELECT * FROM agent_identities WHERE org_id = :org",
                "SELECT id FROM activity_logs WHERE org_id = :org")]

    before = stored()
    for decision in ("approve", "deny"):
        status, refused, _ = server.request("POST", f"/api/pairings/{pairing_id}/{decision}", tenant.admin_key)
        assert status == 410 and refused == {"error": "Pairing expired"}
    assert stored() == before  # refused without a write: expiry is read, never stored
    assert agent not in [i["agent_id"] for i in claw.get_identities()["identities"]]


def test_pairing_from_a_private_jwk(server, tenant, keys):
    (private_key, public_pem), _ = keys
    numbers = private_key.private_numbers()

    def b64(number: int) -> str:
        return base64.urlsafe_b64encode(number.to_bytes((number.bit_length() + 7) // 8, "big")).decode().rstrip("=")

    jwk = {"kty": "RSA", "n": b64(numbers.public_numbers.n), "e": b64(numbers.public_numbers.e), "d": b64(numbers.d),
           "p": b64(numbers.p), "q": b64(numbers.q)}
    pairing = server.client(tenant.admin_key, agent_id=agent_id()).create_pairing_from_private_jwk(jwk, agent_name="jwk")
    assert pairing["pairing"]["key_fingerprint"] == fingerprint(public_pem)
    assert pairing["pairing"]["agent_name"] == "jwk"


def test_list_is_newest_first_and_limited(server, keys):
    (_, public_pem), _ = keys
    tenant = server.new_tenant()
    claw = server.client(tenant.admin_key, agent_id=agent_id())
    ids = [claw.create_pairing(public_pem)["pairing"]["id"] for _ in range(3)]
    listed = server.request("GET", "/api/pairings", tenant.admin_key)[1]
    assert [p["id"] for p in listed["pairings"]] == ids[::-1] and listed["total"] == 3
    assert [p["id"] for p in server.request("GET", "/api/pairings?limit=2", tenant.admin_key)[1]["pairings"]] == ids[:0:-1]


def test_the_pairing_page_lets_a_signed_in_admin_decide(server, tenant, keys):
    """`pairing_url` is a dashboard page: an admin approves there (with the page's CSRF token); a member only
    looks; another org's user finds nothing."""
    (private_key, public_pem), _ = keys
    agent = agent_id()
    created = server.client(tenant.admin_key, agent_id=agent).create_pairing(public_pem, agent_name="page-agent")
    page = "/pair/" + created["pairing"]["id"]
    assert created["pairing_url"].endswith(page)

    member = signed_in(server, create_user(server, tenant.org_id, "member"))
    shown = member.get(page)
    assert shown.status == 200 and fingerprint(public_pem) in shown.text and "Only admins decide pairings" in shown.text
    assert member.post_from(page, page + "/approve", {}).status == 403
    outsider = signed_in(server, create_user(server, server.new_tenant().org_id, "admin"))
    assert outsider.get(page).status == 404
    assert outsider.post_from("/pairings", page + "/approve", {}).status == 404

    admin = signed_in(server, create_user(server, tenant.org_id, "admin"))
    assert "page-agent" in admin.get("/pairings").text
    assert admin.post(page + "/approve", {"csrf_token": "forged"}).status == 403
    approved = admin.post_from(page, page + "/approve", {})
    assert approved.status == 303 and approved.location == page
    after = admin.get(page)
    assert "status-approved" in after.text and "Decided by" in after.text
    again = admin.post_from(page, page + "/deny", {})
    assert again.status == 409 and "Pairing is not pending (status=approved)" in again.text
    signer = server.client(tenant.admin_key, agent_id=agent, private_key=private_key)
    assert signer.create_action("deploy", "Approved on the page")["action"]["verified"] is True
