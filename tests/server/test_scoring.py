"""Scoring profiles, risk templates and auto-calibration (contract 7): the formulas on hand-built inputs with the
numbers worked out, then the whole surface end to end through the SDK."""
from __future__ import annotations

import pytest
from sqlalchemy import update
from support.database import DatabaseProbe
from support.hostile_code import HOSTILE_EXPRESSIONS

from dashclaw import DashClaw, DashClawError
from dashclaw.server.scoring.formulas import (
    Dimension, RiskTemplate, apply_scale, auto_risk, calibrate, composite, parse_condition, raw_value, score_action,
)
from dashclaw.server.scoring.formulas import holds as condition_holds
from dashclaw.server.scoring.models import ScoringDimension

LOW = [{"operator": "lte", "value": 30, "score": 100, "label": "low"}]
TIERS = [{"operator": "lte", "value": 1000, "score": 100, "label": "fast"},
         {"operator": "between", "value": [1000, 5000], "score": 60},
         {"operator": "gt", "value": 5000, "score": 10, "label": "slow"}]


@pytest.mark.parametrize("raw,scale,expected", [
    (20, LOW, (100, "low")),
    (90, LOW, (100, "default")),  # no rule matches: the scale's lowest score
    (None, LOW, (None, "no_data")),
    (7, [], (50, "unscaled")),
    (1000, TIERS, (100, "fast")),  # first match wins, though `between` also holds
    (3000, TIERS, (60, "matched")),  # a rule without a label
    (5000, TIERS, (60, "matched")),  # `between` is inclusive
    (9000, TIERS, (10, "slow")),
    ("Deploy to PROD", [{"operator": "contains", "value": "prod", "score": 20, "label": "prod"}], (20, "prod")),
    (5, [{"operator": "eq", "value": "5", "score": 80}], (80, "matched")),  # eq: strictly or as strings
    ("fast", [{"operator": "lt", "value": 3, "score": 90}, {"operator": "gte", "value": 3, "score": 30}], (30, "default")),
])
def test_scale_rules(raw, scale, expected):
    assert apply_scale(raw, scale) == expected


@pytest.mark.parametrize("method,scored,expected", [
    # (80*1 + 50*3) / 4 = 57.5
    ("weighted_average", [(80, 1), (50, 3)], 57.5),
    # (100*0.3 + 75*0.2 + 20*0.5) / 1.0 = 55
    ("weighted_average", [(100, 0.3), (75, 0.2), (20, 0.5)], 55),
    # (100 + 50 + 40) / 3 = 63.333 -> 63.33
    ("weighted_average", [(100, 1), (50, 1), (40, 1)], 63.33),
    ("minimum", [(80, 1), (35, 0.1), (90, 5)], 35),
    # 100^(1/2) * 25^(1/2) = 10 * 5 = 50
    ("geometric_mean", [(100, 1), (25, 1)], 50),
    # 80^(1/4) * 20^(3/4) = 2.9907 * 9.4574 = 28.28
    ("geometric_mean", [(80, 1), (20, 3)], 28.28),
    ("geometric_mean", [(80, 1), (0, 1)], 0),
    ("weighted_average", [], None),
])
def test_composites(method, scored, expected):
    assert composite(method, scored) == expected


@pytest.mark.parametrize("action,source,config,expected", [
    ({"duration_ms": 1200}, "duration_ms", {}, 1200),
    ({"metadata": {"duration_ms": 900}}, "duration_ms", {}, 900),  # the field, else metadata's
    ({"metadata": {"risk_score": 40}}, "risk_score", {}, None),  # risk only from the action itself
    ({"prompt_tokens": 300, "completion_tokens": 200}, "tokens_total", {}, 500),
    ({"metadata": {"tokens_total": 42}}, "tokens_total", {}, 42),
    ({"metadata": {"quality": {"grade": 0.8}}}, "metadata_field", {"field": "quality.grade"}, 0.8),
    ({"risk_score": 10}, "custom_function", {"function_body": "return process.exit()"}, None),  # never run
    ({"risk_score": 10}, "unknown_source", {}, None),
])
def test_raw_values(action, source, config, expected):
    assert raw_value(action, source, config) == expected


def test_a_profile_scores_only_dimensions_with_data():
    dims = [Dimension("sd_1", "risk", 2, "risk_score", {}, LOW), Dimension("sd_2", "speed", 1, "duration_ms", {}, TIERS),
            Dimension("sd_3", "cost", 1, "cost_estimate", {}, [])]
    value, results = score_action("weighted_average", dims, {"risk_score": 20, "duration_ms": 9000})
    # risk 100 (weight 2), speed 10 (weight 1), cost has no data: (200 + 10) / 3 = 70
    assert value == 70
    assert [(r["score"], r["label"]) for r in results] == [(100, "low"), (10, "slow"), (None, "no_data")]


@pytest.mark.parametrize("text,action,expected", [
    ("risk_score >= 70", {"risk_score": 70}, True),
    ("risk_score > 70", {"risk_score": 70}, False),
    ("metadata.env == production", {"metadata": {"env": "production"}}, True),
    ("reversible == false", {"reversible": False}, True),
    ("cost_estimate < 1.5", {"cost_estimate": 2}, False),
    ("declared_goal contains DROP", {"declared_goal": "drop the table"}, True),
    ("approved_by == null", {}, True),
    ("missing >= 1", {}, False),
])
def test_risk_conditions(text, action, expected):
    assert condition_holds(parse_condition(text), action) is expected


def test_auto_risk_uses_the_typed_template_then_the_untyped_one():
    deploy = RiskTemplate("deploy", 30, [{"condition": "metadata.env == production", "add": 40},
                                         {"condition": "reversible == false", "add": 50}])
    fallback = RiskTemplate(None, 10, [{"condition": "risk_score > 50", "add": -20}])
    # 30 + 40 + 50 = 120 -> clamped to 100
    assert auto_risk([fallback, deploy], {"action_type": "deploy", "reversible": False, "metadata": {"env": "production"}}) == 100
    assert auto_risk([fallback, deploy], {"action_type": "deploy", "reversible": True}) == 30
    # untyped: 10 - 20 = -10 -> clamped to 0
    assert auto_risk([deploy, fallback], {"action_type": "read", "risk_score": 60}) == 0
    assert auto_risk([deploy], {"action_type": "read"}) is None


def test_calibration_percentiles_are_nearest_rank():
    values = [float(v) for v in range(10, 110, 10)]  # 10, 20, ..., 100
    found = calibrate("duration_ms", values)
    # index floor(10 * p): p10 -> [1] = 20, p25 -> [2] = 30, p50 -> [5] = 60, p75 -> [7] = 80, p90 -> [9] = 100
    assert found["distribution"] == {"p10": 20, "p25": 30, "p50": 60, "p75": 80, "p90": 100, "min": 10, "max": 100}
    assert [(r["operator"], r["value"], r["score"], r["label"]) for r in found["suggested_scale"]] == [
        ("lte", 30, 100, "excellent"), ("lte", 60, 75, "good"), ("lte", 80, 50, "acceptable"), ("gt", 80, 20, "poor")]
    assert found["lower_is_better"] is True and found["suggested_weight"] == 0.2 and found["sample_size"] == 10
    confidence = calibrate("confidence", values)
    assert [(r["operator"], r["value"]) for r in confidence["suggested_scale"]] == [
        ("gte", 80), ("gte", 60), ("gte", 30), ("lt", 30)]
    assert confidence["lower_is_better"] is False
    assert calibrate("risk_score", [1, 2, 3, 4]) is None


def test_profiles_dimensions_and_scores_end_to_end(claw: DashClaw):
    profile = claw.create_scoring_profile(name="deploy quality", action_type="deploy", dimensions=[
        {"name": "risk", "data_source": "risk_score", "weight": 2, "scale": LOW, "sort_order": 1}])
    assert profile["id"].startswith("sp_") and profile["status"] == "active"
    assert profile["dimensions"][0]["id"].startswith("sd_")
    speed = claw.add_scoring_dimension(profile["id"], name="speed", data_source="duration_ms", scale=TIERS, sort_order=0)
    fetched = claw.get_scoring_profile(profile["id"])
    assert [d["name"] for d in fetched["dimensions"]] == ["speed", "risk"]  # by sort_order

    scored = claw.score_with_profile(profile["id"], {"action_id": "act_1", "agent_id": claw.agent_id,
                                                     "risk_score": 20, "duration_ms": 3000})
    # risk 100 * 2 + speed 60 * 1 = 260 / 3 = 86.67
    assert scored["composite_score"] == 86.67 and scored["id"].startswith("ps_")
    batch = claw.batch_score_with_profile(profile["id"], [{"action_id": "act_2", "agent_id": claw.agent_id,
                                                           "duration_ms": 9000}, {"action_id": "act_3"}])
    assert batch["summary"] == {"total": 2, "scored": 1, "avg_score": 10}
    assert batch["results"][1] == {"action_id": "act_3", "error": "No dimension of the profile had data for this action"}

    scores = claw.get_profile_scores(profile_id=profile["id"])["scores"]
    assert [s["action_id"] for s in scores] == ["act_2", "act_1"] and scores[0]["profile_name"] == "deploy quality"
    stats = claw.get_profile_score_stats(profile["id"])
    # scores 86.67 and 10: mean 48.335 -> 48.34; sample stddev |86.67 - 10| / sqrt(2) = 54.21
    assert stats == {"total_scores": 2, "avg_score": 48.34, "min_score": 10, "max_score": 86.67, "stddev_score": 54.21,
                     "unique_agents": 1, "unique_actions": 2}

    claw.update_scoring_dimension(profile["id"], speed["id"], weight=3)
    updated = claw.update_scoring_profile(profile["id"], composite_method="minimum")
    assert updated["action_type"] == "deploy"  # left as it was when the body omits it
    assert claw.score_with_profile(profile["id"], {"risk_score": 20, "duration_ms": 9000})["composite_score"] == 10
    assert [p["id"] for p in claw.list_scoring_profiles(action_type="deploy")["profiles"]] == [profile["id"]]
    assert claw.list_scoring_profiles(action_type="read")["profiles"] == []
    assert claw.delete_scoring_dimension(profile["id"], speed["id"]) == {"deleted": True}
    assert claw.delete_scoring_profile(profile["id"]) == {"deleted": True}
    assert claw.list_scoring_profiles()["profiles"] == []


def test_risk_templates_and_calibration_end_to_end(claw: DashClaw):
    template = claw.create_risk_template(name="prod deploys", action_type="deploy", base_risk=30,
                                         rules=[{"condition": "metadata.env == production", "add": 40}])
    assert template["id"].startswith("rt_") and template["status"] == "active"
    updated = claw.update_risk_template(template["id"], base_risk=35)
    assert updated["base_risk"] == 35 and updated["action_type"] == "deploy"
    assert [t["id"] for t in claw.list_risk_templates(action_type="deploy")["templates"]] == [template["id"]]
    assert claw.delete_risk_template(template["id"]) == {"deleted": True}

    assert claw.auto_calibrate()["status"] == "insufficient_data"
    for risk in range(10, 130, 10):  # 12 actions: risk 10..100, then 100 twice
        claw.create_action("deploy", "Ship", risk_score=min(risk, 100), confidence=risk // 2)
    calibrated = claw.auto_calibrate(action_type="deploy", metrics=["risk_score", "confidence"])
    assert calibrated["status"] == "ok" and calibrated["count"] == 12 and calibrated["action_type"] == "deploy"
    risk = calibrated["suggestions"][0]
    # risks 10..100, 100, 100: p25 = [3] = 40, p50 = [6] = 70, p75 = [9] = 100
    assert (risk["metric"], risk["distribution"]["p25"], risk["distribution"]["p50"], risk["distribution"]["p75"]) == (
        "risk_score", 40, 70, 100)
    assert calibrated["suggestions"][1]["metric"] == "confidence"


SECONDS = [{"operator": "lte", "value": 2, "score": 100, "label": "quick"},
           {"operator": "gt", "value": 2, "score": 40, "label": "slow"}]
EU = [{"operator": "eq", "value": 1, "score": 90, "label": "eu"}, {"operator": "eq", "value": 0, "score": 30, "label": "elsewhere"}]


def _measured(scored):
    return {d["dimension_name"]: (d["raw_value"], d["score"], d["label"], d.get("error")) for d in scored["dimensions"]}


def test_custom_function_dimensions_measure_in_the_expression_language(claw: DashClaw):
    profile = claw.create_scoring_profile(name="custom", dimensions=[
        {"name": "seconds", "data_source": "custom_function", "scale": SECONDS,
         "data_config": {"expression": "duration_ms == null ? null : duration_ms / 1000"}},  # no duration, no data
        {"name": "region", "data_source": "custom_function", "scale": EU,  # the reference's key, one line of JavaScript
         "data_config": {"function_body": "return action.metadata.region == 'eu' && status == 'completed';"}}])
    fast = claw.score_with_profile(profile["id"], {"duration_ms": 1500, "status": "completed", "metadata": {"region": "eu"}})
    # seconds 1500 / 1000 = 1.5 -> quick 100; region true counts 1 -> eu 90; (100 + 90) / 2 = 95
    assert fast["composite_score"] == 95 and _measured(fast) == {"seconds": (1.5, 100, "quick", None), "region": (1, 90, "eu", None)}
    slow = claw.score_with_profile(profile["id"], {"duration_ms": 4000, "status": "failed", "metadata": {"region": "eu"}})
    # seconds 4 -> slow 40; region false -> 0 -> elsewhere 30; (40 + 30) / 2 = 35
    assert slow["composite_score"] == 35

    claw.add_scoring_dimension(profile["id"], name="words", data_source="custom_function",
                               data_config={"expression": "outcome.length"})
    # no outcome: the function fails on its value, so that dimension has no data and says why; 100 and 30 remain
    partial = claw.score_with_profile(profile["id"], {"duration_ms": 1000, "metadata": {}})
    assert partial["composite_score"] == 65
    assert _measured(partial)["words"] == (None, None, "no_data", "length needs a string")
    # output_summary stands in for outcome: "done" has 4 characters, an unscaled dimension gives 50
    described = claw.score_with_profile(profile["id"], {"duration_ms": 1000, "metadata": {}, "output_summary": "done"})
    assert _measured(described)["words"] == (4, 50, "unscaled", None)
    assert claw.score_with_profile(profile["id"], {"metadata": {"region": "us"}, "status": "completed",
                                                   "outcome": "ok"})["composite_score"] == 40  # (30 + 50) / 2


def test_a_custom_function_stored_before_configs_were_checked_reports_why_it_measures_nothing(server, claw: DashClaw):
    profile = claw.create_scoring_profile(name="legacy", dimensions=[
        {"name": "risk", "data_source": "risk_score", "scale": LOW},
        {"name": "js", "data_source": "custom_function", "data_config": {"expression": "risk_score"}}])
    legacy = profile["dimensions"][1]["id"]
    probe = DatabaseProbe(server.database_url)
    try:
        with probe.engine.begin() as connection:  # a row from before configs were checked: no expression at all
            connection.execute(update(ScoringDimension).where(ScoringDimension.id == legacy).values(data_config={}))
    finally:
        probe.close()
    scored = claw.score_with_profile(profile["id"], {"risk_score": 10})
    assert scored["composite_score"] == 100
    assert _measured(scored)["js"] == (None, None, "no_data", "data_config.expression is required for a custom_function dimension")


@pytest.mark.parametrize("expression", [*HOSTILE_EXPRESSIONS, "metadata.__class__", "action.__proto__.polluted"],
                         ids=range(len(HOSTILE_EXPRESSIONS) + 2))
def test_custom_function_dimensions_that_would_touch_the_process_are_refused(claw: DashClaw, expression):
    hostile = {"name": "hostile", "data_source": "custom_function", "data_config": {"expression": expression}}
    with pytest.raises(DashClawError) as on_create:
        claw.create_scoring_profile(name="hostile", dimensions=[hostile])
    assert on_create.value.status == 400 and str(on_create.value) == "Validation failed"
    assert on_create.value.details[0].startswith("dimensions[0].data_config.expression refused: ")
    assert claw.list_scoring_profiles()["profiles"] == []
    profile = claw.create_scoring_profile(name="safe", dimensions=[{"name": "risk", "data_source": "risk_score"}])
    with pytest.raises(DashClawError) as on_update:
        claw.update_scoring_dimension(profile["id"], profile["dimensions"][0]["id"], data_source="custom_function",
                                      data_config={"expression": expression})
    assert on_update.value.status == 400 and on_update.value.details[0].startswith("data_config.expression refused: ")
    assert [d["data_source"] for d in claw.get_scoring_profile(profile["id"])["dimensions"]] == ["risk_score"]
    # the reference's JavaScript key is kept as sent, never run: that dimension reports why it measures nothing
    claw.add_scoring_dimension(profile["id"], name="js", data_source="custom_function",
                               data_config={"function_body": "return " + expression})
    scored = claw.score_with_profile(profile["id"], {"risk_score": 10})
    raw, score, label, error = _measured(scored)["js"]
    assert (raw, score, label) == (None, None, "no_data") and error.startswith("data_config.function_body refused: ")
    assert scored["composite_score"] == 50  # the risk dimension alone, unscaled
