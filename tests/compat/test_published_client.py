"""The unchanged published dashclaw==2.10.0 client runs the seed's examples against our server."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).with_name("published_examples.py")
pytestmark = pytest.mark.compat


def _policy(server, tenant, name, policy_type, rules):
    status, body, _ = server.request("POST", "/api/policies", tenant.admin_key,
                                     {"name": name, "policy_type": policy_type, "rules": json.dumps(rules)})
    assert status == 201, body


def _run(published_python, server, tenant, scenario):
    completed = subprocess.run(
        [published_python, str(EXAMPLES), scenario, server.url, tenant.admin_key, f"compat-{scenario}"],
        capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert f"OK {scenario}" in completed.stdout


def test_quick_start_actions_loops_assumptions(published_python, server, tenant):
    _run(published_python, server, tenant, "actions")


def test_behavior_guard_and_soc2(published_python, server, tenant):
    _policy(server, tenant, "high risk", "risk_threshold", {"threshold": 80})
    _run(published_python, server, tenant, "guard")


def test_hitl_and_eu_ai_act(published_python, server, tenant):
    _policy(server, tenant, "humans approve", "require_approval", {"action_types": ["deploy", "customer_communication"]})
    _run(published_python, server, tenant, "hitl")


def test_decision_integrity_iso_42001(published_python, server, tenant):
    _run(published_python, server, tenant, "integrity")


def test_webhooks(published_python, server, tenant):
    _run(published_python, server, tenant, "webhooks")


def test_agent_workspace(published_python, server, tenant):
    _run(published_python, server, tenant, "workspace")


def test_presence_messaging_context_handoffs_snippets(published_python, server, tenant):
    _run(published_python, server, tenant, "collaboration")


def test_task_routing(published_python, server, tenant):
    _run(published_python, server, tenant, "routing")


def test_execution_studio(published_python, server, tenant):
    _run(published_python, server, tenant, "studio")


def test_recommendations_evaluations_and_prompts(published_python, server, tenant):
    _run(published_python, server, tenant, "learning")
