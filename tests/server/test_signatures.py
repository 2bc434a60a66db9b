"""Identity binding: actions signed with the agent's private key are stored as verified."""
from __future__ import annotations

import pytest
from support.server import run_server
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from dashclaw import DashClawError


def keypair():
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public_pem = private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()
    return private_key, public_pem


@pytest.fixture(scope="module")
def keys():
    return keypair(), keypair()


def test_signed_actions_are_verified(server, tenant, keys):
    (private_key, public_pem), (other_key, _) = keys
    admin = server.client(tenant.admin_key)
    registered = admin.register_identity(agent_id="signer", public_key=public_pem)
    assert registered["identity"]["agent_id"] == "signer"
    assert [i["agent_id"] for i in admin.get_identities()["identities"]] == ["signer"]

    signer = server.client(tenant.admin_key, agent_id="signer", private_key=private_key)
    signed = signer.create_action("deploy", "Ship v2", risk_score=40, cost_estimate=1.0, systems_touched=["api"])
    assert signed["action"]["verified"] is True

    impostor = server.client(tenant.admin_key, agent_id="signer", private_key=other_key)
    assert impostor.create_action("deploy", "Ship v3")["action"]["verified"] is False
    assert server.client(tenant.admin_key, agent_id="signer").create_action("deploy", "Unsigned")["action"]["verified"] is False

    status, body, _ = server.request("DELETE", "/api/identities/signer", tenant.admin_key)
    assert status == 200 and body == {"deleted": True, "agent_id": "signer"}
    assert signer.create_action("deploy", "After revocation")["action"]["verified"] is False
    assert server.request("DELETE", "/api/identities/signer", tenant.admin_key)[0] == 404


def test_identity_registration_is_checked(server, tenant, keys):
    (_, public_pem), _ = keys
    member = server.client(server.mint_key(tenant, "member"))
    with pytest.raises(DashClawError) as excinfo:
        member.register_identity(agent_id="a", public_key=public_pem)
    assert excinfo.value.status == 403
    admin = server.client(tenant.admin_key)
    with pytest.raises(DashClawError) as excinfo:
        admin.register_identity(agent_id="a", public_key="-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----")
    assert excinfo.value.status == 400


def test_enforced_signatures_refuse_unsigned_and_forged_actions(tmp_path, keys):
    (private_key, public_pem), (other_key, _) = keys
    with run_server(f"sqlite:///{tmp_path / 'db.sqlite'}", tmp_path, "sqlite", DASHCLAW_ENFORCE_AGENT_SIGNATURES="true") as strict:
        tenant = strict.new_tenant()
        strict.client(tenant.admin_key).register_identity(agent_id="signer", public_key=public_pem)
        status, body, _ = strict.request("POST", "/api/actions", tenant.admin_key,
                                         {"agent_id": "signer", "action_type": "deploy", "declared_goal": "x"})
        assert status == 401 and body["code"] == "SIGNATURE_REQUIRED"
        with pytest.raises(DashClawError) as excinfo:
            strict.client(tenant.admin_key, agent_id="signer", private_key=other_key).create_action("deploy", "Forged")
        assert excinfo.value.status == 401 and excinfo.value.body["code"] == "INVALID_AGENT_SIGNATURE"
        ok = strict.client(tenant.admin_key, agent_id="signer", private_key=private_key).create_action("deploy", "Real")
        assert ok["action"]["verified"] is True
