"""Scoring through the published 2.10.0 client: its scoring, risk-template and calibration methods put the HTTP
method where the path goes (contract 0.1), so nothing reaches the server; its own `_request(path, method, body)`,
called the right way round, reaches the real routes."""
from __future__ import annotations

import subprocess

import pytest

pytestmark = pytest.mark.compat

PUBLISHED_CALLS = '''
import sys

from dashclaw import DashClaw, DashClawError

base_url, api_key = sys.argv[1:3]
claw = DashClaw(base_url=base_url, api_key=api_key, agent_id="compat-scoring")
for call in (lambda: claw.create_scoring_profile(name="swapped"), claw.list_scoring_profiles,
             lambda: claw.create_risk_template(name="swapped"), claw.auto_calibrate):
    try:
        call()
    except DashClawError as error:
        print("refused:", error)
    else:
        raise SystemExit("a swapped call went through")
dimension = {"name": "risk", "data_source": "risk_score", "scale": [{"operator": "lte", "value": 30, "score": 100}]}
profile = claw._request("/api/scoring/profiles", "POST", {"name": "published", "dimensions": [dimension]})
scored = claw._request("/api/scoring/score", "POST", {"profile_id": profile["id"], "action": {"risk_score": 20}})
print("scored", profile["id"], scored["composite_score"])
'''


def test_published_swapped_scoring_calls_change_nothing_and_a_correct_call_scores(published_python, server, tenant,
                                                                                 tmp_path, claw):
    script = tmp_path / "scoring.py"
    script.write_text(PUBLISHED_CALLS)
    done = subprocess.run([published_python, str(script), server.url, tenant.admin_key], capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("refused:") == 4 and "nonnumeric port" in done.stdout
    profile_id, composite = done.stdout.split("scored ")[1].split()
    assert float(composite) == 100
    assert [p["id"] for p in claw.list_scoring_profiles()["profiles"]] == [profile_id]
    assert claw.list_risk_templates()["templates"] == []
