"""Bad input for the governance endpoints (policies as code, compliance, security), table-driven: the exact
status and `error` for each mistake, and proof that a refused request wrote nothing (every table digested
before and after), with the helpers of support/bad_input.py."""
from __future__ import annotations

import json

import pytest
from support.bad_input import NO_BODY, accepted, body_shape_cases, check, invalid, refused, unique
from support.database import DatabaseProbe

from dashclaw.server.security.schemas import CATEGORIES

BODY_ENDPOINTS = [
    ("POST", "/api/policies/import"), ("POST", "/api/policies/simulate"), ("POST", "/api/compliance/exports"),
    ("POST", "/api/compliance/schedules"), ("PATCH", "/api/compliance/schedules/{schedule}"),
    ("POST", "/api/security/scan"), ("POST", "/api/security/prompt-injection"), ("PATCH", "/api/security/settings"),
]


I, S, P = "/api/policies/import", "/api/policies/simulate", "/api/policies"
RISK = {"policy_type": "risk_threshold", "rules": {"threshold": 80}}
CASES = unique(body_shape_cases(BODY_ENDPOINTS) + [
    refused("neither pack nor yaml", "POST", I, {}, 400, "pack or yaml is required"),
    refused("unknown pack", "POST", I, {"pack": "../../etc/passwd"}, 400, "Unknown pack: ../../etc/passwd"),
    invalid("pack is a number", "POST", I, {"pack": 5}, "pack must be a string"),
    invalid("shadow is a string", "POST", I, {"pack": "development", "shadow": "yes"}, "shadow must be a boolean"),
    refused("yaml is not a policies document", "POST", I, {"yaml": "- a\n- b"}, 400, "YAML must be a document with a `policies` list"),
    refused("yaml with aliases", "POST", I, {"yaml": "x: &a [1]\npolicies: [*a]"}, 400, "YAML aliases are not allowed"),
    refused("yaml too many policies", "POST", I, {"yaml": "policies:\n" + "  - {}\n" * 201}, 400,
            "A document holds at most 200 policies"),
    accepted("yaml with only invalid items", "POST", I, {"yaml": "policies: [{name: x, policy_type: nope, rules: {}}]"}, 201, {}),
    invalid("shadow is a string", "POST", P, {"name": "s", "policy_type": "risk_threshold", "rules": json.dumps({"threshold": 9}),
                                               "shadow": "yes"}, "shadow must be a boolean"),
    invalid("allowlist is not an array", "POST", P, {"name": "a", "policy_type": "block_action_type",
                                                      "rules": json.dumps({"action_types": ["x"], "allowlist": "y"})},
            "rules.allowlist must be an array of strings"),
    refused("neither a policy nor policies", "POST", S, {"days": 3}, 400, "policy_type and rules (or policies) are required"),
    invalid("unknown policy type", "POST", S, {"policy_type": "vibes", "rules": {}},
            "policy_type must be one of: risk_threshold, require_approval, block_action_type, rate_limit, webhook_check, "
            "behavioral_anomaly, semantic_check"),
    invalid("invalid rules", "POST", S, {"policy_type": "rate_limit", "rules": {"max_actions": 0}},
            "rules.max_actions must be a number greater than 0", "rules.window_minutes must be a number greater than 0"),
    invalid("days zero", "POST", S, {**RISK, "days": 0}, "days must be >= 1"),
    invalid("policies not an array", "POST", S, {"policies": {"a": 1}}, "policies must be an array"),
    invalid("policies item not an object", "POST", S, {"policies": [5]}, "policies[0] must be an object"),
    invalid("policies item without a type", "POST", S, {"policies": [{"rules": {}}]}, "policies[0].policy_type is required"),
    refused("shadow window not days", "GET", "/api/policies/shadow?window=forever", NO_BODY, 400,
            "window must be a number of days between 1 and 365, such as 7d"),
    refused("shadow window too long", "GET", "/api/policies/shadow?window=999d", NO_BODY, 400,
            "window must be a number of days between 1 and 365, such as 7d"),
    refused("map without framework", "GET", "/api/compliance/map", NO_BODY, 400, "framework query parameter is required"),
    refused("gaps with unknown framework", "GET", "/api/compliance/gaps?framework=hipaa", NO_BODY, 404,
            "Framework not found: hipaa. Available: eu-ai-act, gdpr, imda-agentic, iso27001, iso42001, nist-ai-rmf, soc2"),
    refused("report with a path as framework", "GET", "/api/compliance/report?framework=..%2Fsoc2", NO_BODY, 404,
            "Framework not found: ../soc2. Available: eu-ai-act, gdpr, imda-agentic, iso27001, iso42001, nist-ai-rmf, soc2"),
    refused("export without frameworks", "POST", "/api/compliance/exports", {}, 400, "frameworks array is required"),
    refused("export frameworks not a list", "POST", "/api/compliance/exports", {"frameworks": "soc2"}, 400,
            "frameworks array is required"),
    refused("export framework ids not strings", "POST", "/api/compliance/exports", {"frameworks": [1]}, 400,
            "frameworks must be an array of at most 20 framework ids"),
    invalid("export format pdf", "POST", "/api/compliance/exports", {"frameworks": ["soc2"], "format": "pdf"},
            "format must be one of: markdown, json"),
    invalid("export window negative", "POST", "/api/compliance/exports", {"frameworks": ["soc2"], "window_days": -1},
            "window_days must be >= 0"),
    invalid("export include flag a string", "POST", "/api/compliance/exports", {"frameworks": ["soc2"], "include_trends": "no"},
            "include_trends must be a boolean"),
    refused("unknown export", "GET", "/api/compliance/exports/ce_nope", NO_BODY, 404, "Export not found"),
    refused("unknown export download", "GET", "/api/compliance/exports/ce_nope/download", NO_BODY, 404, "Export not found"),
    refused("unfinished export download", "GET", "/api/compliance/exports/{running_export}/download", NO_BODY, 409,
            "Export not ready"),
    accepted("unknown export delete", "DELETE", "/api/compliance/exports/ce_nope", NO_BODY, 200, {}),
    refused("schedule without cron", "POST", "/api/compliance/schedules", {"frameworks": ["soc2"]}, 400,
            "cron_expression is required"),
    refused("schedule with six fields", "POST", "/api/compliance/schedules", {"frameworks": ["soc2"], "cron_expression": "0 0 * * * *"},
            400, "cron_expression is not a valid five-field cron expression: '0 0 * * * *'"),
    refused("schedule with minute 61", "POST", "/api/compliance/schedules", {"frameworks": ["soc2"], "cron_expression": "61 * * * *"},
            400, "cron_expression is not a valid five-field cron expression: '61 * * * *'"),
    refused("unknown schedule", "PATCH", "/api/compliance/schedules/csch_nope", {"enabled": False}, 404, "Schedule not found"),
    invalid("schedule enabled a string", "PATCH", "/api/compliance/schedules/{schedule}", {"enabled": "off"}, "enabled must be a boolean"),
    refused("schedule with a bad cron", "PATCH", "/api/compliance/schedules/{schedule}", {"cron_expression": "soon"}, 400,
            "cron_expression is not a valid five-field cron expression: 'soon'"),
    refused("scan without text", "POST", "/api/security/scan", {"agent_id": "a"}, 400, "text is required"),
    refused("scan with empty text", "POST", "/api/security/scan", {"text": ""}, 400, "text is required"),
    refused("scan with a number", "POST", "/api/security/scan", {"text": 5}, 400, "text must be a string"),
    refused("scan with a NUL", "POST", "/api/security/scan", {"text": "a\u0000b", "store": True}, 400, None),
    invalid("scan agent_id too long", "POST", "/api/security/scan", {"text": "hello", "agent_id": "a" * 129},
            "agent_id exceeds max length of 128"),
    refused("injection scan with an object", "POST", "/api/security/prompt-injection", {"text": {"a": 1}}, 400,
            "text must be a string"),
    invalid("injection source too long", "POST", "/api/security/prompt-injection", {"text": "hi", "source": "s" * 129},
            "source exceeds max length of 128"),
    invalid("settings without a mode", "PATCH", "/api/security/settings", {}, "redaction_mode is required"),
    invalid("settings with an unknown mode", "PATCH", "/api/security/settings", {"redaction_mode": "shred"},
            "redaction_mode must be one of: keep, redact, hash"),
    accepted("clean text is never stored", "POST", "/api/security/scan", {"text": "all good here", "store": True}, 200, {}),
    accepted("a finding is stored", "POST", "/api/security/scan", {"text": "AKIA" + "Q7ZL3M2XK4PD9TRW", "store": True}, 200,
             {"security_findings": 1}),
    refused("findings severity unknown", "GET", "/api/security/findings?severity=extreme", NO_BODY, 400,
            "Validation failed"),
    invalid("scans category unknown", "GET", "/api/security/prompt-injection?category=vibes", NO_BODY,
            "category must be one of: " + ", ".join(CATEGORIES)),
])


@pytest.fixture(scope="module")
def world(server):
    tenant = server.new_tenant()
    key = tenant.admin_key
    schedule = server.request("POST", "/api/compliance/schedules", key, {"frameworks": ["soc2"], "cron_expression": "0 6 * * *"})
    export = server.request("POST", "/api/compliance/exports", key, {"frameworks": ["soc2"]})
    probe = DatabaseProbe(server.database_url)
    probe.execute("UPDATE compliance_exports SET status = 'running' WHERE id = :id", id=export[1]["id"])
    yield key, {"schedule": schedule[1]["id"], "running_export": export[1]["id"]}, probe
    probe.close()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_governance_bad_input(server, world, case):
    key, ids, probe = world
    check(server, key, ids, probe, case)
