"""The learning loop through the SDK: episodes scored with each outcome, recommendations that adapt the next
action, their telemetry, lessons, velocity and maturity, and drift alerts after a sharp change."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from support.database import DatabaseProbe
from support.jobs import run_job_now

from dashclaw import DashClawError


def _at(days_ago: float) -> str:
    return (datetime.now(timezone.utc) - timedelta(days=days_ago)).isoformat().replace("+00:00", "Z")


def _deploys(claw, count: int, **fields):
    for _ in range(count):
        with claw.track(action_type="deploy", declared_goal="Ship the staging build", reversible=True, **fields):
            pass


def test_eight_good_deploys_cap_the_risk_of_the_next_one(claw):
    _deploys(claw, 8, risk_score=10, confidence=80)
    rebuilt = claw.rebuild_recommendations(action_type="deploy")
    assert rebuilt["episodes_scanned"] == 8 and rebuilt["total"] == 1 and rebuilt["scored_episode"] is None
    recommendation = rebuilt["recommendations"][0]
    assert recommendation["id"].startswith("lrec_") and recommendation["agent_id"] == claw.agent_id
    assert recommendation["sample_size"] == 8 and recommendation["success_rate"] == 1.0
    cap = recommendation["hints"]["preferred_risk_cap"]
    assert cap is not None and cap < 50 and recommendation["hints"]["prefer_reversible"] is True
    assert 35 <= recommendation["confidence"] <= 95

    adapted = claw.recommend_action({"action_type": "deploy", "declared_goal": "Ship v1.6", "risk_score": 85})
    assert adapted["action"]["risk_score"] == cap and "risk_score" in adapted["adapted_fields"]
    assert adapted["recommendation"]["id"] == recommendation["id"]

    metrics = claw.get_recommendation_metrics(action_type="deploy")
    row = metrics["metrics"][0]
    assert row["recommendation_id"] == recommendation["id"] and row["telemetry"]["fetched"] == 1
    assert row["outcomes"]["baseline"]["total"] == 8 and row["outcomes"]["baseline"]["success_rate"] == 1.0
    lessons = claw.get_lessons()
    assert [lesson["id"] for lesson in lessons["lessons"]] == [recommendation["id"]]
    assert "risk_score" in lessons["lessons"][0]["lesson"] and lessons["next_cursor"] is None


def test_an_episode_is_scored_with_the_outcome_in_the_same_request(claw):
    created = claw.create_action("deploy", "Ship", risk_score=10, reversible=True, confidence=80)
    claw.update_outcome(created["action_id"], status="completed", duration_ms=30_000, cost_estimate=0.01)
    rebuilt = claw.rebuild_recommendations(action_id=created["action_id"], min_samples=2)
    episode = rebuilt["scored_episode"]
    # contract 3.3: 50 + 30 (completed) + 4 (risk <= 30) + 5 + 6 (<= 60 s) + 4 (<= 0.05) + 4 (confident success)
    assert episode["score"] == 100 and episode["outcome_label"] == "success" and episode["action_id"] == created["action_id"]
    assert sum(episode["score_breakdown"].values()) == 103
    failed = claw.create_action("deploy", "Ship again", risk_score=90, reversible=False, confidence=90)
    claw.update_outcome(failed["action_id"], status="failed")
    episode = claw.rebuild_recommendations(action_id=failed["action_id"], min_samples=2)["scored_episode"]
    # 50 - 35 - 15 (risk 90) - 8 (irreversible) + 4 (cost 0) - 8 (confident failure)
    assert episode["score"] == 0 and episode["outcome_label"] == "failure"
    assert episode["score_breakdown"]["risk"] == -15 and episode["score_breakdown"]["confidence"] == -8


def test_applied_recommendations_report_events_and_lift(server, tenant, claw):
    _deploys(claw, 5, risk_score=10)
    claw.rebuild_recommendations(action_type="deploy")
    agent = server.client(tenant.admin_key, agent_id=claw.agent_id, auto_recommend="enforce", recommendation_confidence_min=0)
    try:
        with agent.track(action_type="deploy", declared_goal="Ship with the recommendation", risk_score=95):
            pass
        metrics = agent.get_recommendation_metrics(action_type="deploy")["metrics"][0]
    finally:
        agent.close()
    assert metrics["telemetry"]["applied"] == 1 and metrics["telemetry"]["outcomes"] == 1
    assert metrics["outcomes"]["applied"]["total"] == 1 and metrics["outcomes"]["applied"]["success_rate"] == 1.0
    assert metrics["deltas"]["success_lift"] == 0.0


def test_recommendations_can_be_switched_off_and_keep_the_choice_across_rebuilds(server, tenant, claw):
    _deploys(claw, 5)
    recommendation = claw.rebuild_recommendations()["recommendations"][0]
    claw.set_recommendation_active(recommendation["id"], False)
    claw.rebuild_recommendations()
    assert claw.get_recommendations(action_type="deploy")["recommendations"] == []
    hidden = claw.get_recommendations(action_type="deploy", include_inactive=True)["recommendations"]
    assert [(r["id"], r["active"]) for r in hidden] == [(recommendation["id"], False)]
    member = server.client(server.mint_key(tenant, "member"), agent_id=claw.agent_id)
    try:
        with pytest.raises(DashClawError) as refused:
            member.rebuild_recommendations()
        assert refused.value.status == 403 and str(refused.value) == "Admin or service role required"
        assert member.get_recommendations(include_inactive=True)["recommendations"] == []
    finally:
        member.close()


def test_events_are_deduplicated_by_key(claw):
    event = {"event_type": "applied", "event_key": "k1", "recommendation_id": "lrec_x"}
    assert claw.record_recommendation_events([event])["created_count"] == 1
    again = claw.record_recommendation_events([event])
    assert again == {"created": [], "created_count": 0}
    single = claw.record_recommendation_events({"recommendation_id": "lrec_x", "event_type": "fetched"})
    assert single["created_count"] == 1 and single["created"][0]["id"].startswith("lrev_")


def test_velocity_and_maturity_from_a_week_of_improving_work(claw):
    for day in range(6, -1, -1):
        for _ in range(2):
            created = claw.create_action("research", "Read", timestamp_start=_at(day + 0.01), risk_score=10 + 10 * day,
                                         reversible=day < 3)
            claw.update_outcome(created["action_id"], status="completed" if day < 4 else "failed")
    first = claw.compute_learning_velocity(agent_id=claw.agent_id, lookback_days=30, period="daily")
    assert first["agents_computed"] == 1
    result = first["results"][0]
    assert result["episode_count"] == 14 and result["windows"] == 7 and result["velocity"] > 0
    assert result["maturity"]["level"] == "developing" and result["success_rate"] == round(8 / 14, 3)
    claw.compute_learning_velocity(agent_id=claw.agent_id, lookback_days=30, period="daily")
    stored = claw.get_learning_velocity(agent_id=claw.agent_id)["velocity"]
    assert len(stored) == 1 and stored[0]["velocity"] == result["velocity"]  # the same window is replaced
    curves = claw.compute_learning_curves(agent_id=claw.agent_id)
    assert curves["curves_computed"] >= 1
    claw.compute_learning_curves(agent_id=claw.agent_id)
    rows = claw.get_learning_curves(agent_id=claw.agent_id, action_type="research")["curves"]
    assert sum(row["episode_count"] for row in rows) == 14
    summary = claw.get_learning_analytics_summary(agent_id=claw.agent_id)
    assert summary["overall"]["total_episodes"] == 14 and summary["overall"]["success_count"] == 8
    assert summary["by_agent"][0]["maturity_level"] == "developing"
    levels = claw.get_maturity_levels()["levels"]
    assert [level["level"] for level in levels] == ["novice", "developing", "competent", "proficient", "expert", "master"]


def test_a_sharp_rise_in_risk_raises_a_drift_alert(claw):
    for index in range(10):
        claw.create_action("research", "Read docs", risk_score=10 + index % 3, timestamp_start=_at(20 - index))
    baselines = claw.compute_drift_baselines(agent_id=claw.agent_id, lookback_days=30)
    risk = next(b for b in baselines["results"] if b["metric"] == "risk_score")
    assert risk["sample_count"] == 10
    assert claw.detect_drift(agent_id=claw.agent_id, window_days=7)["alerts_generated"] == 0
    for _ in range(4):
        claw.create_action("research", "Drop the production database", risk_score=95, reversible=False)
    detected = claw.detect_drift(agent_id=claw.agent_id, window_days=7)
    alert = next(a for a in detected["alerts"] if a["metric"] == "risk_score")
    assert alert["direction"] == "increasing" and alert["severity"] == "critical" and alert["z_score"] >= 3
    listed = claw.list_drift_alerts(agent_id=claw.agent_id, severity="critical")["alerts"]
    assert alert["id"] in [a["id"] for a in listed]
    acknowledged = claw.acknowledge_drift_alert(alert["id"])
    assert acknowledged["acknowledged"] is True
    assert claw.get_drift_stats(agent_id=claw.agent_id)["overall"]["critical_count"] >= 1
    assert claw.record_drift_snapshots()["snapshots_recorded"] >= 1
    assert claw.get_drift_snapshots(agent_id=claw.agent_id, metric="risk_score")["snapshots"][0]["sample_count"] == 4
    assert [m["id"] for m in claw.get_drift_metrics()["metrics"]] == [
        "risk_score", "confidence", "duration_ms", "cost_estimate", "tokens_total", "learning_score"]


def test_an_approval_decision_rescores_the_episode_at_once(server, tenant, claw):
    policy = {"name": "approve deploys", "policy_type": "require_approval", "rules": '{"action_types": ["deploy"]}'}
    assert server.request("POST", "/api/policies", tenant.admin_key, policy)[0] == 201
    approved = claw.create_action("deploy", "Ship", risk_score=10, reversible=True, confidence=50)
    assert approved["action"]["status"] == "pending_approval"
    overall = claw.get_learning_analytics_summary(agent_id=claw.agent_id)["overall"]
    # 50 - 8 (pending approval) + 4 (risk <= 30) + 5 (reversible) + 4 (cost 0) = 55
    assert (overall["total_episodes"], overall["avg_score"], overall["pending_count"]) == (1, 55, 1)
    claw.approve_action(approved["action_id"], "allow")
    overall = claw.get_learning_analytics_summary(agent_id=claw.agent_id)["overall"]
    # released: running, 50 - 5 + 4 + 5 + 4 = 58, still pending an outcome
    assert (overall["avg_score"], overall["pending_count"], overall["failure_count"]) == (58, 1, 0)
    denied = claw.create_action("deploy", "Ship again", risk_score=10, reversible=True, confidence=50)
    claw.approve_action(denied["action_id"], "deny", reasoning="not today")
    overall = claw.get_learning_analytics_summary(agent_id=claw.agent_id)["overall"]
    # denied: failed, 50 - 35 + 4 + 5 + 4 = 28; the mean of 58 and 28 is 43
    assert (overall["total_episodes"], overall["avg_score"], overall["failure_count"]) == (2, 43, 1)


def test_the_hourly_job_backfills_episodes_for_actions_that_predate_them(server, claw):
    for _ in range(5):
        claw.update_outcome(claw.create_action("research", "Read", risk_score=10, reversible=True)["action_id"],
                            status="completed")
    probe = DatabaseProbe(server.database_url)
    try:
        probe.execute("DELETE FROM learning_episodes WHERE agent_id = :agent", agent=claw.agent_id)  # as before episodes
        assert claw.get_learning_analytics_summary(agent_id=claw.agent_id)["overall"]["total_episodes"] == 0
        run_job_now(probe.engine, "learning-rebuild")
    finally:
        probe.close()
    overall = claw.get_learning_analytics_summary(agent_id=claw.agent_id)["overall"]
    assert (overall["total_episodes"], overall["success_count"]) == (5, 5)
    # the same run rebuilt the org's recommendations from the backfilled episodes
    assert [r["sample_size"] for r in claw.get_recommendations(action_type="research")["recommendations"]] == [5]
