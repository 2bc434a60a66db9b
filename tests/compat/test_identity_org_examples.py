"""The seed's Agent Pairing, Identity Binding (Admin) and Organization Management examples, run by the published
dashclaw 2.10.0 client and by our SDK against our server (acceptance 4). The examples are the seed's, with its
placeholders filled in: the org id is the caller's own, the slug is fresh per run, and the admin key and base URL
of the identity-revocation call are the script's. An operator approves the pairing from the test while the
example waits for it."""
from __future__ import annotations

import secrets
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.compat

SEED_EXAMPLES = '''
import sys

from dashclaw import DashClaw

base_url, api_key, platform_key, agent_id, slug = sys.argv[1:6]
admin_api_key = api_key
claw = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id)

# --- Agent Pairing ---
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives import serialization
# Generate a keypair
private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
public_pem = private_key.public_key().public_bytes(
    serialization.Encoding.PEM,
    serialization.PublicFormat.SubjectPublicKeyInfo,
).decode()
# Create a pairing request (operator approves in the dashboard)
pairing = claw.create_pairing(public_pem, algorithm="RSASSA-PKCS1-v1_5", agent_name="my-agent")
pairing_id = pairing["pairing"]["id"]
print("pairing", pairing_id, pairing["pairing_url"], flush=True)
# Wait for operator approval (polls until approved or timeout)
approved = claw.wait_for_pairing(pairing_id, timeout=300, interval=2)
# Or check status manually
status = claw.get_pairing(pairing_id)
assert approved["status"] == status["pairing"]["status"] == "approved", status
signer = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id, private_key=private_key)
assert signer.create_action("deploy", "Ship v2.0", cost_estimate=1.0)["action"]["verified"] is True

# --- Identity Binding (Admin) ---
# Register an agent's public key (admin API key required)
claw.register_identity(agent_id="agent-007", public_key=public_pem, algorithm="RSASSA-PKCS1-v1_5")
# List all registered agent identities
identities = claw.get_identities()
assert [i["agent_id"] for i in identities["identities"]] == sorted(["agent-007", agent_id]), identities
# Revoke an identity (direct HTTP - no SDK method)
try:
    import requests
except ImportError:  # our SDK's test environment has no requests: the same call with the standard library
    import urllib.request
    urllib.request.urlopen(urllib.request.Request(
        f"{base_url}/api/identities/{agent_id}", method="DELETE", headers={"x-api-key": admin_api_key}))
else:
    requests.delete(
        f"{base_url}/api/identities/{agent_id}",
        headers={"x-api-key": admin_api_key}
    ).raise_for_status()
assert [i["agent_id"] for i in claw.get_identities()["identities"]] == ["agent-007"]
assert signer.create_action("deploy", "Ship v2.1")["action"]["verified"] is False

# --- Organization Management ---
# Get current org
org = claw.get_org()
org_id = org["organizations"][0]["id"]
# Create a new org (the operator's platform admin key)
new_org = DashClaw(base_url=base_url, api_key=platform_key, agent_id=agent_id).create_org(name="Acme Corp", slug=slug)
# Get org by ID
org = claw.get_org_by_id(org_id)
# Update org details
claw.update_org(org_id, name="Acme Corp v2")
# List API keys for an org
keys = claw.get_org_keys(org_id)
assert new_org["organization"]["slug"] == slug and new_org["api_key"]["key"].startswith("oc_live_")
assert org["organization"]["id"] == org_id and claw.get_org()["organizations"][0]["name"] == "Acme Corp v2"
assert keys["keys"] and all("key_hash" not in k for k in keys["keys"])
print("OK identity-org", flush=True)
'''


def _run(python: str, server, tenant, tmp_path, agent_id: str) -> str:
    script = tmp_path / "seed_identity_org_examples.py"
    script.write_text(SEED_EXAMPLES)
    slug = "acme-corp-" + secrets.token_hex(4)
    process = subprocess.Popen([python, str(script), server.url, tenant.admin_key, server.master_key, agent_id, slug],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        first = process.stdout.readline()
        assert first.startswith("pairing "), first + process.stderr.read()
        pairing_id, pairing_url = first.split()[1:3]
        assert pairing_url == f"{server.url}/pair/{pairing_id}"
        time.sleep(0.5)  # the example is waiting now
        status, approved, _ = server.request("POST", f"/api/pairings/{pairing_id}/approve", tenant.admin_key)
        assert status == 200 and approved["identity"]["agent_id"] == agent_id
        out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, first + out + err
    assert "OK identity-org" in out
    return out


def test_seed_examples_with_the_published_client(published_python, server, tenant, tmp_path):
    _run(published_python, server, tenant, tmp_path, "compat-paired")


def test_seed_examples_with_our_sdk(server, tenant, tmp_path):
    _run(sys.executable, server, tenant, tmp_path, "ours-paired")
