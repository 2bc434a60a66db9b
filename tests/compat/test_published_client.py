"""The seed's examples run unchanged against our server, through the published dashclaw==2.10.0 client and through
our SDK."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).with_name("published_examples.py")
pytestmark = pytest.mark.compat


def _policy(server, tenant, name, policy_type, rules):
    status, body, _ = server.request("POST", "/api/policies", tenant.admin_key,
                                     {"name": name, "policy_type": policy_type, "rules": json.dumps(rules)})
    assert status == 201, body


@pytest.fixture(params=["published", "ours"])
def client_python(request, published_python):
    """The interpreter an example runs in: one holding only the published client, or ours."""
    return published_python if request.param == "published" else sys.executable


def _run(python, server, tenant, scenario):
    completed = subprocess.run(
        [python, str(EXAMPLES), scenario, server.url, tenant.admin_key, f"compat-{scenario}"],
        capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert f"OK {scenario}" in completed.stdout


def test_behavior_guard_and_soc2(client_python, server, tenant):
    _policy(server, tenant, "high risk", "risk_threshold", {"threshold": 80})
    _run(client_python, server, tenant, "guard")


def test_hitl_and_eu_ai_act(published_python, server, tenant):
    # Published client only: it never applies `hitl_mode="wait"`, so the example approves its own actions after
    # creating them; ours waits inside create_action for a human, as tests/server/test_hitl.py shows.
    _policy(server, tenant, "humans approve", "require_approval", {"action_types": ["deploy", "customer_communication"]})
    _run(published_python, server, tenant, "hitl")


@pytest.mark.parametrize("scenario", [
    "actions",  # quick start, actions, loops, assumptions
    "integrity",  # decision integrity, ISO 42001
    "webhooks",
    "workspace",
    "collaboration",  # presence, messaging, context, handoffs, snippets
    "routing",
    "studio",  # Execution Studio
    "learning",  # recommendations, evaluations, prompts
])
def test_examples_that_need_no_setup(client_python, server, tenant, scenario):
    _run(client_python, server, tenant, scenario)
