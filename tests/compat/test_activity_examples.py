"""The seed's Activity Logs example, unchanged, run by the published dashclaw 2.10.0 client and by our SDK
against our server: the audited changes it reads back were made just before, through the API."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.compat

SEED_EXAMPLE = '''
import sys

from dashclaw import DashClaw

base_url, api_key, agent_id = sys.argv[1:4]
claw = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id)

# --- Activity Logs ---
# Get recent activity
logs = claw.get_activity_logs()
assert [entry["action"] for entry in logs["logs"][:2]] == ["policy.updated", "policy.created"], logs
assert logs["logs"][0]["before"]["active"] == 0 and logs["logs"][0]["after"]["active"] == 1
# Filter by type, agent, or date range
logs = claw.get_activity_logs(agent_id="my-agent", type="action", limit=100)
assert logs["logs"] == [] and logs["pagination"]["limit"] == 100, logs
print("OK activity")
'''


def _run(python: str, server, tenant, tmp_path, agent_id: str) -> None:
    rules = json.dumps({"threshold": 90})
    status, created, _ = server.request("POST", "/api/policies", tenant.admin_key,
                                        {"name": "seed activity", "policy_type": "risk_threshold", "rules": rules, "active": 0})
    assert status == 201, created
    status, _, _ = server.request("PATCH", "/api/policies", tenant.admin_key, {"id": created["policy_id"], "active": 1})
    assert status == 200
    script = tmp_path / "seed_activity_example.py"
    script.write_text(SEED_EXAMPLE)
    done = subprocess.run([python, str(script), server.url, tenant.admin_key, agent_id], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK activity" in done.stdout


def test_seed_example_with_the_published_client(published_python, server, tenant, tmp_path):
    _run(published_python, server, tenant, tmp_path, "compat-activity")


def test_seed_example_with_our_sdk(server, tenant, tmp_path):
    _run(sys.executable, server, tenant, tmp_path, "ours-activity")
