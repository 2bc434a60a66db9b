"""Evaluations, feedback and prompts through the SDK: runs executed in the background with progress, scorers that
cannot touch the process, a catastrophic regex that does not stall the server, the seed's prompt flow."""
from __future__ import annotations

import time

import pytest
from support.hostile_code import HOSTILE_EXPRESSIONS

from dashclaw import DashClawError


def _wait_for_run(claw, run_id, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        detail = claw.get_eval_run(run_id)
        if detail["run"]["status"] in ("completed", "failed"):
            return detail
        time.sleep(0.1)
    raise AssertionError(f"run {run_id} did not finish: {detail}")


def _actions_with_outcomes(claw, outcomes):
    ids = []
    for text in outcomes:
        created = claw.create_action("deploy", "Ship", risk_score=20)
        claw.update_outcome(created["action_id"], status="completed", output_summary=text)
        ids.append(created["action_id"])
    return ids


def test_a_run_scores_the_agents_actions_in_the_background(claw):
    ids = _actions_with_outcomes(claw, ["deployed to staging", "Deployed everywhere", "rolled back"])
    scorer = claw.create_scorer("deployed", "contains", config={"keywords": ["deployed"]})
    assert scorer["id"].startswith("es_") and "warning" not in scorer
    run = claw.create_eval_run("nightly", scorer["id"], action_filters={"agent_id": claw.agent_id})
    assert run["status"] == "pending" and run["id"].startswith("er_")
    detail = _wait_for_run(claw, run["id"])
    assert detail["run"]["status"] == "completed" and detail["run"]["total_actions"] == 3
    assert detail["run"]["scored_count"] == 3 and detail["run"]["avg_score"] == pytest.approx(2 / 3, abs=1e-4)
    assert detail["run"]["scorer_name"] == "deployed" and detail["run"]["scorer_type"] == "contains"
    assert {d["bucket"]: d["count"] for d in detail["distribution"]} == {"excellent": 2, "poor": 1}
    scores = claw.get_scores(run_id=run["id"])["scores"]
    assert sorted((s["action_id"], s["score"], s["label"]) for s in scores) == sorted(
        [(ids[0], 1.0, "contains"), (ids[1], 1.0, "contains"), (ids[2], 0.0, "missing")])
    assert all(s["evaluated_by"] == "auto" and s["scorer_name"] == "deployed" for s in scores)
    assert claw.get_scorers()["scorers"][0]["total_scores"] == 3
    assert claw.get_eval_stats(days=7)["overall"]["total_scores"] == 3
    assert [r["id"] for r in claw.get_eval_runs(status="completed")["runs"]] == [run["id"]]


def test_manual_scores_and_their_checks(claw):
    action = claw.create_action("deploy", "Ship")["action_id"]
    score = claw.create_score(action, "human-review", 0.9, label="good")
    assert score["id"].startswith("ev_") and score["score"] == 0.9
    listed = claw.get_scores(agent_id=claw.agent_id, min_score=0.5)
    assert listed["total"] == 1 and listed["scores"][0]["evaluated_by"] == "human"
    with pytest.raises(DashClawError) as bad:
        claw.create_score(action, "human-review", 1.5)
    assert bad.value.status == 400 and str(bad.value) == "Score must be a number between 0.0 and 1.0"
    with pytest.raises(DashClawError) as missing:
        claw.create_score("act_nope", "human-review", 0.5)
    assert missing.value.status == 404


@pytest.mark.parametrize("expression", HOSTILE_EXPRESSIONS, ids=range(len(HOSTILE_EXPRESSIONS)))
def test_custom_functions_that_would_touch_the_process_are_refused(claw, expression):
    with pytest.raises(DashClawError) as refused:
        claw.create_scorer(f"hostile-{abs(hash(expression))}", "custom_function", config={"expression": expression})
    assert refused.value.status == 400 and "config.expression refused" in str(refused.value)
    assert claw.get_scorers()["scorers"] == []


def test_a_custom_function_scores_in_its_own_language(claw):
    _actions_with_outcomes(claw, ["all checks passed", "2 checks failed"])
    expression = 'outcome.includes("passed") ? 1 : (status == "completed" ? 0.25 : 0)'
    scorer = claw.create_scorer("passes", "custom_function", config={"expression": expression})
    detail = _wait_for_run(claw, claw.create_eval_run("passes", scorer["id"])["id"])
    labels = sorted((s["score"], s["label"]) for s in claw.get_scores(run_id=detail["run"]["id"])["scores"])
    assert labels == [(0.25, "fail"), (1.0, "pass")]


def test_a_catastrophic_regex_does_not_stall_the_server(server, claw):
    _actions_with_outcomes(claw, ["a" * 40 + "b"] * 4)
    scorer = claw.create_scorer("evil", "regex", config={"pattern": "(a|aa)+$"})
    started = time.monotonic()
    run = claw.create_eval_run("evil", scorer["id"])
    slowest = 0.0
    while claw.get_eval_run(run["id"])["run"]["status"] in ("pending", "running"):
        before = time.monotonic()
        status = server.request("GET", "/api/health")[0]
        slowest = max(slowest, time.monotonic() - before)
        assert status == 200
        assert time.monotonic() - started < 30
    detail = claw.get_eval_run(run["id"])["run"]
    assert detail["status"] == "completed" and detail["scored_count"] == 0 and detail["summary"]["errors"] == 4
    assert slowest < 0.5, f"a health check took {slowest:.2f} s while the regex ran"


def test_an_llm_judge_run_scores_through_the_configured_endpoint(claw):
    _actions_with_outcomes(claw, ["done", "stuck"])
    scorer = claw.create_scorer("judge", "llm_judge", config={"prompt_template": "Rate this outcome: {outcome}"})
    assert "warning" not in scorer  # the test server has an LLM endpoint
    detail = _wait_for_run(claw, claw.create_eval_run("judge", scorer["id"])["id"])
    assert detail["run"]["status"] == "completed" and detail["run"]["summary"] == {"scored": 2, "errors": 0, "avg_score": 0.55}
    prose = claw.create_scorer("prose", "llm_judge", config={"prompt_template": "Rate MALFORMED {outcome}"})
    failed = _wait_for_run(claw, claw.create_eval_run("prose", prose["id"])["id"])
    assert failed["run"]["summary"] == {"scored": 0, "errors": 2, "avg_score": None}


def test_feedback_sentiment_tags_and_resolution(claw):
    positive = claw.submit_feedback(rating=5, agent_id=claw.agent_id)
    negative = claw.submit_feedback(comment="slow and broken", agent_id=claw.agent_id, tags=["deploy"])
    assert positive["sentiment"] == "positive" and negative["sentiment"] == "negative"
    assert negative["tags"] == ["deploy", "performance", "reliability"]
    with pytest.raises(DashClawError) as empty:
        claw.submit_feedback()
    assert str(empty.value) == "rating or comment is required"
    with pytest.raises(DashClawError) as nine:
        claw.submit_feedback(rating=9)
    assert str(nine.value) == "rating must be 1-5"
    listed = claw.list_feedback(agent_id=claw.agent_id, sentiment="negative")["feedback"]
    assert [f["id"] for f in listed] == [negative["id"]]
    resolved = claw.resolve_feedback(negative["id"])
    assert resolved["resolved"] is True and resolved["resolved_by"] == "sdk"
    stats = claw.get_feedback_stats(agent_id=claw.agent_id)
    assert stats["overall"]["total_feedback"] == 2 and stats["overall"]["unresolved_count"] == 1
    assert stats["overall"]["avg_rating"] == 5.0 and {"tag": "performance", "count": 1} in stats["top_tags"]
    assert claw.delete_feedback(positive["id"]) == {"deleted": True}
    with pytest.raises(DashClawError) as gone:
        claw.get_feedback(positive["id"])
    assert gone.value.status == 404


def test_prompt_versions_activation_rendering_and_runs(claw):
    template = claw.create_prompt_template("greeting", description="Say hello", category="chat")
    first = claw.create_prompt_version(template["id"], "Hi {{ name }} {{x}}")
    second = claw.create_prompt_version(template["id"], "Hello {{ name }}, {{ name }}!")
    assert (first["version"], second["version"]) == (1, 2) and not first["is_active"] and not second["is_active"]
    with pytest.raises(DashClawError) as inactive:
        claw.render_prompt(template_id=template["id"])
    assert inactive.value.status == 404
    claw.activate_prompt_version(template["id"], first["id"])
    activated = claw.activate_prompt_version(template["id"], second["id"])
    assert activated["is_active"] is True and activated["message"] == "Version activated"
    assert [v["is_active"] for v in claw.list_prompt_versions(template["id"])["versions"]] == [True, False]
    rendered = claw.render_prompt(version_id=first["id"], variables={"name": "Ada"})
    assert rendered["rendered"] == "Hi Ada {{x}}" and rendered["parameters"] == ["name", "x"]
    recorded = claw.render_prompt(template_id=template["id"], variables={"name": "Bo"}, agent_id=claw.agent_id, record=True)
    assert recorded["rendered"] == "Hello Bo, Bo!" and recorded["run_id"].startswith("pr_")
    runs = claw.list_prompt_runs(template_id=template["id"])["runs"]
    assert [(r["id"], r["template_name"], r["version"]) for r in runs] == [(recorded["run_id"], "greeting", 2)]
    assert claw.get_prompt_stats(template_id=template["id"])["total_runs"] == 1
    assert claw.get_prompt_stats()["by_version"][0]["version"] == 2
    listed = claw.list_prompt_templates(category="chat")["templates"]
    assert [(t["id"], t["version_count"], t["active_version"]) for t in listed] == [(template["id"], 2, 2)]
    with pytest.raises(DashClawError) as neither:
        claw.render_prompt()
    assert str(neither.value) == "template_id or version_id is required"
