"""Identity binding: actions signed with the agent's private key are stored as verified."""
from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from support.server import PG_URL, postgres_database, run_server

from dashclaw import DashClawError
from dashclaw._canonical import canonical_json


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


# ------------------------------------------------------------------------------------- canonical JSON

JS_AGENT_BODY = (
    # what a JavaScript agent sends, written the way another serialiser might write the same values
    '{"agent_id": "js-agent", "action_type": "deploy", "declared_goal": "D\\u00e9ployer \\ud83d\\ude80 la version 2",'
    ' "risk_score": 40, "cost_estimate": 1.0, "confidence": 80, "duration_ms": 1e3, "systems_touched": ["prod-db"],'
    ' "metadata": {"z": [1.50, 1E-7, 1e21, -0.0, 0.000001, 123456789012345680000],'
    ' "a": {"nested": {"deep": "\\u2028 line\\nbreak \\u0001 \\"quoted\\" back\\\\slash"}},'
    ' "\\u00e9": true, "\\ud83d\\ude80": null, "10": 1, "2": 2}}'
)
JS_CANONICAL = (
    # what `JSON.stringify` with keys sorted at every level writes for that body (checked with node)
    '{"action_type":"deploy","agent_id":"js-agent","confidence":80,"cost_estimate":1,'
    '"declared_goal":"D\u00e9ployer \U0001f680 la version 2","duration_ms":1000,'
    '"metadata":{"10":1,"2":2,"a":{"nested":{"deep":"\u2028 line\\nbreak \\u0001 \\"quoted\\" back\\\\slash"}},'
    '"z":[1.5,1e-7,1e+21,0,0.000001,123456789012345680000],"\u00e9":true,"\U0001f680":null},'
    '"risk_score":40,"systems_touched":["prod-db"]}'
).encode("utf-8")


@pytest.mark.parametrize("value,expected", [
    (1.0, "1"), (-2.0, "-2"), (0.1, "0.1"), (1e-7, "1e-7"), (1.5e-7, "1.5e-7"), (0.000001, "0.000001"), (1e21, "1e+21"),
    (1e20, "100000000000000000000"), (2.0 ** 60, "1152921504606847000"), (123.456, "123.456"), (-0.0, "0"),
    (5e-324, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"), (2 ** 60, "1152921504606846976"),
    (True, "true"), (None, "null"), ("\u00e9\U0001f680", '"\u00e9\U0001f680"'), ("\x1f\t\u2028/", '"\\u001f\\t\u2028/"'),
    ("\ud800", '"\\ud800"'), ({"b": [], "a": {}, "\U0001f680": 1, "\uffff": 2}, '{"a":{},"b":[],"\U0001f680":1,"\uffff":2}'),
], ids=repr)
def test_canonical_json_is_what_javascript_writes(value, expected):
    """ECMAScript number formatting, JSON.stringify's escapes, keys in UTF-16 code-unit order (an astral key sorts
    before U+FFFF, as in JavaScript, not after it as code points would)."""
    assert canonical_json(value) == expected.encode("utf-8", "surrogatepass")


def test_canonical_json_of_the_js_fixture():
    assert canonical_json(json.loads(JS_AGENT_BODY)) == JS_CANONICAL


def _post_signed(server, key, agent_body: str, signature: bytes):
    """POST the body exactly as given, with `_signature` added as its last member."""
    raw = agent_body[:-1] + f', "_signature": "{base64.b64encode(signature).decode()}"}}'
    return server.exchange("POST", "/api/actions", key, raw.encode("utf-8"))


def test_an_action_signed_by_a_javascript_canonicaliser_verifies(server, tenant, keys):
    (private_key, public_pem), (other_key, _) = keys
    server.client(tenant.admin_key).register_identity(agent_id="js-agent", public_key=public_pem)
    signature = private_key.sign(JS_CANONICAL, padding.PKCS1v15(), hashes.SHA256())
    status, answer, _ = _post_signed(server, tenant.admin_key, JS_AGENT_BODY, signature)
    assert status == 201, answer
    assert json.loads(answer)["action"]["verified"] is True

    forged = other_key.sign(JS_CANONICAL, padding.PKCS1v15(), hashes.SHA256())
    assert json.loads(_post_signed(server, tenant.admin_key, JS_AGENT_BODY, forged)[1])["action"]["verified"] is False
    tampered = JS_AGENT_BODY.replace('"risk_score": 40', '"risk_score": 41')
    assert json.loads(_post_signed(server, tenant.admin_key, tampered, signature)[1])["action"]["verified"] is False


def test_python_agents_old_and_new_sign_floats_unicode_and_nesting(server, tenant, keys):
    """Our SDK signs the canonical form; the published 2.10.0 client signed `json.dumps(sort_keys=True)`, which
    writes `1.0` and `1e-07`: both verify."""
    (private_key, public_pem), _ = keys
    server.client(tenant.admin_key).register_identity(agent_id="py-agent", public_key=public_pem)
    extra = {"cost_estimate": 1.0, "metadata": {"ratio": 1e-7, "big": 1e16, "name": "caf\u00e9 \U0001f600",
                                                 "deep": {"list": [1.0, {"x": -0.0}]}}}
    signer = server.client(tenant.admin_key, agent_id="py-agent", private_key=private_key)
    assert signer.create_action("deploy", "Ship \u00e9t\u00e9", **extra)["action"]["verified"] is True

    body = {"agent_id": "py-agent", "action_type": "deploy", "declared_goal": "Ship \u00e9t\u00e9", **extra}
    legacy = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    assert legacy != canonical_json(body)
    signature = private_key.sign(legacy, padding.PKCS1v15(), hashes.SHA256())
    status, answer, _ = _post_signed(server, tenant.admin_key, json.dumps(body), signature)
    assert status == 201 and json.loads(answer)["action"]["verified"] is True


@pytest.mark.skipif(not PG_URL, reason="needs DASHCLAW_TEST_DATABASE_URL")
def test_a_revoked_identity_is_refused_at_once_on_every_replica(tmp_path, keys):
    (private_key, public_pem), _ = keys
    with postgres_database() as url:
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        strict = {"DASHCLAW_ENFORCE_AGENT_SIGNATURES": "true"}
        with run_server(url, tmp_path / "a", "postgresql", **strict) as first, \
                run_server(url, tmp_path / "b", "postgresql", **strict) as second:
            tenant = first.new_tenant()
            first.client(tenant.admin_key).register_identity(agent_id="signer", public_key=public_pem)
            on_second = second.client(tenant.admin_key, agent_id="signer", private_key=private_key)
            assert on_second.create_action("deploy", "Before revocation")["action"]["verified"] is True

            assert first.request("DELETE", "/api/identities/signer", tenant.admin_key)[0] == 200
            with pytest.raises(DashClawError) as refused:  # the very next request, on the other replica
                on_second.create_action("deploy", "After revocation")
            assert refused.value.status == 401 and refused.value.code == "INVALID_AGENT_SIGNATURE"
