"""Bad input and tenancy for the learning loop (recommendations, analytics, drift, evaluations, feedback,
prompts): the exact status and `error` for each mistake, nothing written by a refused request
(support/bad_input.py), and no org reaching another's rows."""
from __future__ import annotations

import json
import time

import pytest
from support.bad_input import NO_BODY, accepted, body_shape_cases, check, invalid, refused, unique
from support.database import DatabaseProbe

R, EV, SC, RUNS = "/api/learning/recommendations", "/api/evaluations", "/api/evaluations/scorers", "/api/evaluations/runs"
AN, DA, FB, PT = "/api/learning/analytics", "/api/drift/alerts", "/api/feedback", "/api/prompts/templates"
POSTS = [("POST", R), ("POST", R + "/events"), ("PATCH", R + "/{rec}"), ("POST", AN + "/velocity"),
         ("POST", AN + "/curves"), ("POST", DA), ("POST", EV), ("POST", SC), ("PATCH", SC + "/{scorer}"),
         ("POST", RUNS), ("POST", FB), ("PATCH", FB + "/{feedback}"), ("POST", PT), ("PATCH", PT + "/{template}"),
         ("POST", PT + "/{template}/versions"), ("POST", "/api/prompts/render")]
CASES = unique(body_shape_cases(POSTS) + [
    invalid("lookback 0", "POST", R, {"lookback_days": 0}, "lookback_days must be >= 1"),
    invalid("min_samples 1", "POST", R, {"min_samples": 1}, "min_samples must be >= 2"),
    invalid("episode_limit 99", "POST", R, {"episode_limit": 99}, "episode_limit must be >= 100"),
    invalid("empty agent", "POST", R, {"agent_id": ""}, "agent_id cannot be empty"),
    refused("unknown action", "POST", R, {"action_id": "act_nope"}, 404, "Action not found"),
    refused("other org's action", "POST", R, {"action_id": "{foreign_action}"}, 404, "Action not found"),
    refused("no events", "POST", R + "/events", {"events": []}, 400, "At least one event is required"),
    refused("empty body", "POST", R + "/events", {}, 400, "At least one event is required"),
    invalid("bogus event type", "POST", R + "/events", {"events": [{"event_type": "bogus"}]},
            "events[0]: event_type must be one of: fetched, applied, overridden, outcome"),
    invalid("101 events", "POST", R + "/events", {"events": [{"event_type": "fetched"}] * 101},
            "events exceeds max items of 100"),
    invalid("details not an object", "POST", R + "/events", {"event_type": "applied", "details": [1]},
            "events[0]: details must be an object"),
    invalid("active not a boolean", "PATCH", R + "/{rec}", {"active": "no"}, "active must be a boolean"),
    refused("unknown recommendation", "PATCH", R + "/lrec_nope", {"active": False}, 404, "Recommendation not found"),
    refused("other org's recommendation", "PATCH", R + "/{foreign_rec}", {"active": False}, 404, "Recommendation not found"),
    refused("bad cursor", "GET", "/api/learning/lessons?cursor=nope", NO_BODY, 400, "Invalid cursor"),
    invalid("unknown period", "POST", AN + "/velocity", {"period": "hourly"}, "period must be one of: daily, weekly"),
    invalid("lookback 366", "POST", AN + "/curves", {"lookback_days": 366}, "lookback_days must be <= 365"),
    invalid("window a string", "POST", DA, {"action": "detect", "window_days": "7"}, "window_days must be an integer"),
    refused("unknown alert", "PATCH", DA + "/da_nope", NO_BODY, 404, "Alert not found"),
    refused("other org's alert", "PATCH", DA + "/{foreign_alert}", NO_BODY, 404, "Alert not found"),
    refused("acknowledged not a boolean", "GET", DA + "?acknowledged=maybe", NO_BODY, 400),
    refused("score missing", "POST", EV, {"action_id": "{action}", "scorer_name": "x"}, 400,
            "Missing required fields: action_id, scorer_name, score"),
    refused("score 1.5", "POST", EV, {"action_id": "{action}", "scorer_name": "x", "score": 1.5}, 400,
            "Score must be a number between 0.0 and 1.0"),
    invalid("score a string", "POST", EV, {"action_id": "{action}", "scorer_name": "x", "score": "1"}, "score must be a number"),
    refused("score on other org's action", "POST", EV, {"action_id": "{foreign_action}", "scorer_name": "x", "score": 1},
            404, "Action not found"),
    refused("scorer type foo", "POST", SC, {"name": "s", "scorer_type": "foo"}, 400,
            "Invalid scorer_type. Must be one of: regex, contains, numeric_range, custom_function, llm_judge"),
    refused("scorer without name", "POST", SC, {"scorer_type": "contains"}, 400, "name and scorer_type are required"),
    refused("duplicate scorer", "POST", SC, {"name": "kw", "scorer_type": "contains", "config": {"keywords": ["a"]}}, 409,
            "A scorer with this name already exists"),
    refused("invalid regex", "POST", SC, {"name": "r", "scorer_type": "regex", "config": {"pattern": "(unclosed"}}, 400),
    refused("no keywords", "POST", SC, {"name": "c", "scorer_type": "contains", "config": {}}, 400,
            "config.keywords must be 1 to 100 non-empty strings"),
    refused("unknown numeric field", "POST", SC, {"name": "n", "scorer_type": "numeric_range", "config": {"field": "pk"}}, 400),
    refused("no scorer changes", "PATCH", SC + "/{scorer}", {}, 400, "No fields to update"),
    refused("other org's scorer", "PATCH", SC + "/{foreign_scorer}", {"description": "x"}, 404, "Scorer not found"),
    refused("run without scorer", "POST", RUNS, {"name": "r"}, 400, "name and scorer_id are required"),
    refused("run of other org's scorer", "POST", RUNS, {"name": "r", "scorer_id": "{foreign_scorer}"}, 404, "Scorer not found"),
    refused("other org's run", "GET", RUNS + "/{foreign_run}", NO_BODY, 404, "Run not found"),
    refused("run status unknown", "GET", RUNS + "?status=lost", NO_BODY, 400),
    refused("no rating or comment", "POST", FB, {}, 400, "rating or comment is required"),
    refused("rating 9", "POST", FB, {"rating": 9}, 400, "rating must be 1-5"),
    invalid("rating 4.5", "POST", FB, {"rating": 4.5}, "rating must be an integer"),
    invalid("tags not strings", "POST", FB, {"comment": "x", "tags": [1]}, "tags[0] must be a string"),
    refused("other org's feedback", "GET", FB + "/{foreign_feedback}", NO_BODY, 404, "Feedback not found"),
    refused("resolve other org's feedback", "PATCH", FB + "/{foreign_feedback}", {}, 404, "Feedback not found"),
    refused("template without name", "POST", PT, {"description": "d"}, 400, "name is required"),
    refused("template without changes", "PATCH", PT + "/{template}", {}, 404, "Template not found or no changes"),
    refused("other org's template", "GET", PT + "/{foreign_template}", NO_BODY, 404, "Template not found"),
    refused("version without content", "POST", PT + "/{template}/versions", {"changelog": "x"}, 400, "content is required"),
    refused("version of other org's template", "POST", PT + "/{foreign_template}/versions", {"content": "x"}, 404,
            "Template not found"),
    refused("activate other org's version", "POST", PT + "/{foreign_template}/versions/{foreign_version}", NO_BODY, 404,
            "Version not found"),
    refused("version of another template", "GET", PT + "/{template}/versions/{foreign_version}", NO_BODY, 404,
            "Version not found"),
    refused("render without ids", "POST", "/api/prompts/render", {"variables": {}}, 400, "template_id or version_id is required"),
    refused("render other org's version", "POST", "/api/prompts/render", {"version_id": "{foreign_version}"}, 404),
    invalid("variables not an object", "POST", "/api/prompts/render", {"template_id": "{template}", "variables": []},
            "variables must be an object"),
    accepted("an event", "POST", R + "/events", {"event_type": "applied", "event_key": "bad-input-1"}, 201,
             {"learning_recommendation_events": 1}),
    accepted("a feedback", "POST", FB, {"comment": "works"}, 201, {"feedback": 1}),
])


@pytest.fixture(scope="module")
def world(server):
    mine, theirs = server.new_tenant(), server.new_tenant()
    ids = {}
    for prefix, tenant in (("", mine), ("foreign_", theirs)):
        key = tenant.admin_key
        client = server.client(key, agent_id="bad-input-agent")
        try:
            for _ in range(3):
                with client.track(action_type="deploy", declared_goal="Ship"):
                    pass
            ids[prefix + "action"] = client.create_action("deploy", "Ship", risk_score=95)["action_id"]
            ids[prefix + "rec"] = client.rebuild_recommendations(min_samples=2)["recommendations"][0]["id"]
            for index in range(5):
                client.create_action("research", "Read", timestamp_start=f"2026-11-{10 + index}T00:00:00Z")
            ids[prefix + "scorer"] = client.create_scorer("kw", "contains", config={"keywords": ["a"]})["id"]
            ids[prefix + "run"] = client.create_eval_run("r", ids[prefix + "scorer"])["id"]
            while client.get_eval_run(ids[prefix + "run"])["run"]["status"] != "completed":  # settle before probing
                time.sleep(0.05)
            ids[prefix + "feedback"] = client.submit_feedback(comment="slow")["id"]
            ids[prefix + "template"] = client.create_prompt_template("t")["id"]
            ids[prefix + "version"] = client.create_prompt_version(ids[prefix + "template"], "Hi {{ name }}")["id"]
        finally:
            client.close()
    status, body, _ = server.request("POST", DA, theirs.admin_key, {"action": "detect"})
    assert status == 201
    ids["foreign_alert"] = "da_" + "0" * 24
    probe = DatabaseProbe(server.database_url)
    yield mine, theirs, ids, probe
    probe.close()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_learning_bad_input(server, world, case):
    mine, _, ids, probe = world
    check(server, mine.admin_key, ids, probe, case)


@pytest.mark.parametrize("path,key,own", [
    (R + "?include_inactive=true", "recommendations", "rec"), ("/api/learning/lessons", "lessons", "rec"),
    (SC, "scorers", "scorer"), (RUNS, "runs", "run"), (FB, "feedback", "feedback"), (PT, "templates", "template"),
    ("/api/prompts/templates/{template}/versions", "versions", "version"),
])
def test_lists_never_show_another_orgs_rows(server, world, path, key, own):
    mine, theirs, ids, _ = world
    mine_path = path.replace("{template}", ids["template"])
    listed = json.dumps(server.request("GET", mine_path, mine.admin_key)[1][key])
    assert ids[own] in listed and ids["foreign_" + own] not in listed
    status, body, _ = server.request("GET", path.replace("{template}", ids["template"]), theirs.admin_key)
    assert ids[own] not in json.dumps(body)


def test_deletes_of_another_orgs_ids_change_nothing(server, world):
    mine, theirs, ids, _ = world
    for path in (f"{SC}/{ids['scorer']}", f"{FB}/{ids['feedback']}", f"{PT}/{ids['template']}"):
        assert server.request("DELETE", path, theirs.admin_key)[0] == 200
    assert server.request("GET", f"{FB}/{ids['feedback']}", mine.admin_key)[0] == 200
    assert server.request("GET", f"{PT}/{ids['template']}", mine.admin_key)[0] == 200
    assert ids["scorer"] in json.dumps(server.request("GET", SC, mine.admin_key)[1])


def test_summaries_count_the_callers_org_only(server, world):
    mine, theirs, _, _ = world
    summary = server.request("GET", AN + "/summary", theirs.admin_key)[1]
    assert summary["overall"]["total_episodes"] == 9 and summary["recommendations"]["total_recommendations"] >= 1
    assert server.request("GET", FB + "/stats", theirs.admin_key)[1]["overall"]["total_feedback"] == 1
    assert server.request("GET", "/api/prompts/stats", theirs.admin_key)[1]["overall"]["total_runs"] == 0


def test_members_cannot_manage_scorers_or_rebuild(server, world):
    mine, _, ids, _ = world
    member = server.mint_key(mine, "member")
    assert server.request("POST", R, member, {})[1]["error"] == "Admin or service role required"
    assert server.request("POST", SC, member, {"name": "m", "scorer_type": "contains"})[0] == 403
    assert server.request("POST", RUNS, member, {"name": "r", "scorer_id": ids["scorer"]})[0] == 403
    assert server.request("GET", SC, member)[0] == 200
