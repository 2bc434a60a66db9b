"""Bad input and tenancy for scoring profiles, risk templates and calibration: the exact status and `error` for
each mistake, nothing written by a refused request (support/bad_input.py), and no org reaching another's rows."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from support.bad_input import NO_BODY, accepted, body_shape_cases, check, invalid, refused, unique
from support.database import DatabaseProbe

P, S, RT, CAL = "/api/scoring/profiles", "/api/scoring/score", "/api/scoring/risk-templates", "/api/scoring/calibrate"
D = P + "/{profile}/dimensions"
SOURCES = "duration_ms, cost_estimate, confidence, eval_score, risk_score, tokens_total, metadata_field, custom_function"
RISK = {"name": "risk", "data_source": "risk_score", "scale": [{"operator": "lte", "value": 30, "score": 100}]}
CASES = unique(body_shape_cases([("POST", P), ("PATCH", P + "/{profile}"), ("POST", D), ("PATCH", D + "/{dimension}"),
                                 ("POST", S), ("POST", RT), ("PATCH", RT + "/{template}"), ("POST", CAL)]) + [
    refused("profile without name", "POST", P, {"description": "d"}, 400, "name is required"),
    invalid("empty name", "POST", P, {"name": ""}, "name cannot be empty"),
    invalid("unknown composite", "POST", P, {"name": "p", "composite_method": "median"},
            "composite_method must be one of: weighted_average, minimum, geometric_mean"),
    invalid("unknown data source", "POST", P, {"name": "p", "dimensions": [{"name": "d", "data_source": "mood"}]},
            "dimensions[0].data_source must be one of: " + SOURCES),
    invalid("unknown scale operator", "POST", P,
            {"name": "p", "dimensions": [{**RISK, "scale": [{"operator": "near", "value": 1, "score": 5}]}]},
            "dimensions[0].scale[0].operator must be one of: lt, lte, gt, gte, eq, between, contains"),
    invalid("between one bound", "POST", D, {**RISK, "scale": [{"operator": "between", "value": [1], "score": 5}]},
            "scale[0].value must be an array of two numbers"),
    invalid("score a string", "POST", D, {**RISK, "scale": [{"operator": "lt", "value": 1, "score": "high"}]},
            "scale[0].score must be a number from 0 to 1000000"),
    invalid("negative score", "PATCH", D + "/{dimension}", {"scale": [{"operator": "lt", "value": 1, "score": -5}]},
            "scale[0].score must be a number from 0 to 1000000"),
    invalid("negative weight", "POST", D, {**RISK, "weight": -1}, "weight must be >= 0"),
    refused("dimension without source", "POST", D, {"name": "d"}, 400, "name and data_source are required"),
    invalid("custom function without expression", "POST", D, {"name": "c", "data_source": "custom_function"},
            "data_config.expression is required for a custom_function dimension"),
    invalid("custom function outside the language", "POST", P, {"name": "p", "dimensions": [
        {"name": "c", "data_source": "custom_function", "data_config": {"expression": "__import__('os')"}}]},
            "dimensions[0].data_config.expression refused: unknown name: __import__"),
    invalid("patched into a custom function without one", "PATCH", D + "/{dimension}", {"data_source": "custom_function"},
            "data_config.expression is required for a custom_function dimension"),
    invalid("custom expression reading a private key", "PATCH", D + "/{dimension}",
            {"data_source": "custom_function", "data_config": {"expression": "metadata._secret"}},
            "data_config.expression refused: member names starting with '_' are refused: _secret"),
    refused("dimension on other org's profile", "POST", P + "/{foreign_profile}/dimensions", RISK, 404, "Profile not found"),
    refused("no profile changes", "PATCH", P + "/{profile}", {}, 404, "Profile not found"),
    invalid("unknown status", "PATCH", P + "/{profile}", {"status": "gone"}, "status must be one of: active, inactive, archived"),
    refused("other org's profile", "GET", P + "/{foreign_profile}", NO_BODY, 404, "Profile not found"),
    refused("patch other org's profile", "PATCH", P + "/{foreign_profile}", {"name": "x"}, 404, "Profile not found"),
    refused("delete other org's profile", "DELETE", P + "/{foreign_profile}", NO_BODY, 404, "Profile not found"),
    refused("other org's dimension", "PATCH", P + "/{foreign_profile}/dimensions/{foreign_dimension}", {"weight": 2}, 404,
            "Dimension not found"),
    refused("dimension of another profile", "PATCH", P + "/{empty_profile}/dimensions/{dimension}", {"weight": 2}, 404,
            "Dimension not found"),
    refused("delete other org's dimension", "DELETE", P + "/{profile}/dimensions/{foreign_dimension}", NO_BODY, 404,
            "Dimension not found"),
    refused("bad profiles cursor", "GET", P + "?cursor=nope", NO_BODY, 400, "Invalid cursor"),
    refused("score without profile", "POST", S, {"action": {}}, 400, "profile_id is required"),
    refused("score without action", "POST", S, {"profile_id": "{profile}"}, 400, "action object or actions array is required"),
    invalid("action not an object", "POST", S, {"profile_id": "{profile}", "action": [1]}, "action must be an object"),
    invalid("batch item not an object", "POST", S, {"profile_id": "{profile}", "actions": [{}, 3]}, "actions[1] must be an object"),
    refused("unknown profile", "POST", S, {"profile_id": "sp_nope", "action": {}}, 404, "Profile sp_nope not found"),
    refused("unknown view", "GET", S + "?view=chart", NO_BODY, 400),
    refused("template without name", "POST", RT, {"base_risk": 5}, 400, "name is required"),
    invalid("base risk 101", "POST", RT, {"name": "t", "base_risk": 101}, "base_risk must be <= 100"),
    invalid("unparsable condition", "POST", RT, {"name": "t", "rules": [{"condition": "risk is high", "add": 5}]},
            "rules[0].condition must read '<field> <op> <value>' with op one of: ==, !=, >=, <=, >, <, contains"),
    invalid("add not a number", "POST", RT, {"name": "t", "rules": [{"condition": "risk_score > 5", "add": "5"}]},
            "rules[0].add must be a number"),
    refused("patch other org's template", "PATCH", RT + "/{foreign_template}", {"base_risk": 1}, 404, "Template not found"),
    refused("delete other org's template", "DELETE", RT + "/{foreign_template}", NO_BODY, 404, "Template not found"),
    invalid("unknown metric", "POST", CAL, {"metrics": ["mood"]},
            "metrics[0] must be one of: duration_ms, cost_estimate, tokens_total, risk_score, confidence"),
    invalid("lookback 0", "POST", CAL, {"lookback_days": 0}, "lookback_days must be >= 1"),
    accepted("a profile with a dimension", "POST", P, {"name": "p", "dimensions": [RISK]}, 201,
             {"scoring_profiles": 1, "scoring_dimensions": 1}),
    accepted("a reference function body outside the language, kept and never run", "POST", D,
             {"name": "js", "data_source": "custom_function", "data_config": {"function_body": "return eval(x)"}}, 201,
             {"scoring_profiles": 0, "scoring_dimensions": 1}),  # the profile's updated_at moves
    accepted("a template", "POST", RT, {"name": "t", "rules": [{"condition": "metadata.env == prod", "add": 30}]}, 201,
             {"risk_templates": 1}),
])


BODY_CASES = unique([  # their bodies name the world's rows
    refused("score with other org's profile", "POST", S, {"profile_id": "{foreign_profile}", "action": {"risk_score": 1}},
            404, "Profile {foreign_profile} not found"),
    refused("profile without dimensions", "POST", S, {"profile_id": "{empty_profile}", "action": {"risk_score": 1}}, 409,
            "Profile has no dimensions"),
    refused("no dimension had data", "POST", S, {"profile_id": "{profile}", "action": {}}, 400,
            "No dimension of the profile had data for this action"),
    accepted("a batch, one scored", "POST", S, {"profile_id": "{profile}", "actions": [{"risk_score": 5}, {}]}, 200,
             {"profile_scores": 1}),
])


def _filled(text: str, ids: dict[str, str]) -> str:
    for name, value in ids.items():
        text = text.replace("{" + name + "}", value)
    return text


@pytest.fixture(scope="module")
def world(server):
    mine, theirs = server.new_tenant(), server.new_tenant()
    ids = {}
    for prefix, tenant in (("", mine), ("foreign_", theirs)):
        client = server.client(tenant.admin_key, agent_id="scoring-agent")
        try:
            profile = client.create_scoring_profile(name="p", dimensions=[RISK])
            ids[prefix + "profile"], ids[prefix + "dimension"] = profile["id"], profile["dimensions"][0]["id"]
            ids[prefix + "score"] = client.score_with_profile(profile["id"], {"action_id": "act_x", "risk_score": 5})["id"]
            ids[prefix + "template"] = client.create_risk_template(name="t")["id"]
        finally:
            client.close()
    ids["empty_profile"] = server.request("POST", P, mine.admin_key, {"name": "empty"})[1]["id"]
    probe = DatabaseProbe(server.database_url)
    yield mine, theirs, ids, probe
    probe.close()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_scoring_bad_input(server, world, case):
    mine, _, ids, probe = world
    check(server, mine.admin_key, ids, probe, case)


@pytest.mark.parametrize("case", BODY_CASES, ids=[c.id for c in BODY_CASES])
def test_scoring_bad_input_naming_rows(server, world, case):
    mine, _, ids, probe = world
    error = _filled(case.error, ids) if case.error else None
    check(server, mine.admin_key, ids, probe, replace(case, body=json.loads(_filled(json.dumps(case.body), ids)), error=error))


@pytest.mark.parametrize("path,key,own", [(P, "profiles", "profile"), (S, "scores", "score"), (RT, "templates", "template")])
def test_lists_never_show_another_orgs_rows(server, world, path, key, own):
    mine, theirs, ids, _ = world
    listed = json.dumps(server.request("GET", path, mine.admin_key)[1][key])
    assert ids[own] in listed and ids["foreign_" + own] not in listed
    stats = server.request("GET", S + "?view=stats&profile_id=" + ids["profile"], theirs.admin_key)[1]
    assert stats["total_scores"] == 0 and stats["avg_score"] is None


def test_readonly_keys_only_read(server, world):
    mine, _, ids, _ = world
    readonly = server.mint_key(mine, "readonly")
    assert server.request("POST", P, readonly, {"name": "p"})[0] == 403
    assert server.request("POST", S, readonly, {"profile_id": ids["profile"], "action": {"risk_score": 1}})[0] == 403
    assert server.request("GET", P + "/" + ids["profile"], readonly)[0] == 200
