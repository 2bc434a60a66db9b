"""The learning pages, signed in as an operator: an agent's maturity, velocity and recommendations with their
adoption and lift, evaluation runs with their progress and scores, and drift alerts, each made through the SDK."""
from __future__ import annotations

import html
import re
import time
from datetime import datetime, timedelta, timezone

import pytest
from support.dashboard import create_user, signed_in

LEARNING_PAGES = ["/learning", "/evaluations", "/drift"]


def _at(days_ago: float) -> str:
    return (datetime.now(timezone.utc) - timedelta(days=days_ago)).isoformat().replace("+00:00", "Z")


def text_of(page) -> str:
    """The page's visible text, tags dropped and entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.text)).split())


def row_text(page, row_id: str) -> str:
    row = re.search(rf'<tr id="{re.escape(row_id)}">(.*?)</tr>', page.text, re.DOTALL)
    assert row, row_id
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", row.group(1))).split())


def tile(page, label: str) -> int:
    return int(re.search(rf'<span class="tile-value">(\d+)</span><span class="tile-label">{label}</span>', page.text).group(1))


@pytest.fixture
def admin(server, tenant):
    return signed_in(server, create_user(server, tenant.org_id, "admin"))


def _learned_deploys(server, tenant, claw) -> dict:
    """Eight good deploys over four days, a rebuilt recommendation one agent applied once, and the agent's velocity."""
    for index in range(8):
        created = claw.create_action("deploy", "Ship the staging build", reversible=True, risk_score=10, confidence=80,
                                     timestamp_start=_at(index // 2 + 0.01))
        claw.update_outcome(created["action_id"], status="completed")
    recommendation = claw.rebuild_recommendations(action_type="deploy")["recommendations"][0]
    agent = server.client(tenant.admin_key, agent_id=claw.agent_id, auto_recommend="enforce",
                          recommendation_confidence_min=0)
    with agent.track(action_type="deploy", declared_goal="Ship v1.6", risk_score=85):
        pass
    claw.compute_learning_velocity(agent_id=claw.agent_id, lookback_days=30, period="daily")
    return recommendation


def test_an_agents_learning_page_shows_maturity_velocity_and_recommendation_lift(server, tenant, admin, claw):
    recommendation = _learned_deploys(server, tenant, claw)
    velocity = claw.get_learning_velocity(agent_id=claw.agent_id)["velocity"][0]
    metrics = claw.get_recommendation_metrics(action_type="deploy")["metrics"][0]
    assert metrics["telemetry"]["applied"] == 1

    overview = admin.get("/learning")
    assert overview.status == 200 and f'href="/learning/{claw.agent_id}"' in overview.text
    assert tile(overview, "episodes") == 9 and tile(overview, "active recommendations") == 1

    page = admin.get(f"/learning/{claw.agent_id}")
    shown = text_of(page)
    assert page.status == 200
    assert f"Level {velocity['maturity_level']} score {velocity['maturity_score']}" in shown
    assert f"Velocity {velocity['velocity']} points per day" in shown
    assert "9 episodes" in page.text and "<svg" in page.text  # the velocity chart's bar for the computed period
    row = row_text(page, f"recommendation-{recommendation['id']}")
    cap = recommendation["hints"]["preferred_risk_cap"]
    assert f"preferred_risk_cap {cap}" in row and f"{recommendation['confidence']}" in row
    adoption = round(metrics["telemetry"]["adoption_rate"] * 100, 1)
    assert f"{adoption}% (1 applied, 0 overridden)" in row
    assert f"{metrics['deltas']['success_lift'] * 100:+.1f} points" in row and "active" in row


def test_the_evaluations_page_shows_runs_with_progress_and_scores(admin, claw):
    for text in ("deployed to staging", "rolled back"):
        created = claw.create_action("deploy", "Ship", risk_score=20)
        claw.update_outcome(created["action_id"], status="completed", output_summary=text)
    scorer = claw.create_scorer("deployed", "contains", config={"keywords": ["deployed"]})
    run = claw.create_eval_run("nightly", scorer["id"], action_filters={"agent_id": claw.agent_id})
    deadline = time.monotonic() + 30
    while claw.get_eval_run(run["id"])["run"]["status"] != "completed":
        assert time.monotonic() < deadline, "the run did not finish"
        time.sleep(0.1)

    row = row_text(admin.get("/evaluations"), f"run-{run['id']}")
    assert row.startswith("nightly deployed contains completed")
    assert "2 of 2" in row and "0.50" in row


def test_the_drift_page_shows_an_alerts_severity_and_direction(admin, claw):
    for index in range(10):
        claw.create_action("research", "Read docs", risk_score=10 + index % 3, timestamp_start=_at(20 - index))
    claw.compute_drift_baselines(agent_id=claw.agent_id, lookback_days=30)
    for _ in range(4):
        claw.create_action("research", "Drop the production database", risk_score=95, reversible=False)
    claw.detect_drift(agent_id=claw.agent_id, window_days=7)
    alert = next(a for a in claw.list_drift_alerts(agent_id=claw.agent_id)["alerts"] if a["metric"] == "risk_score")

    page = admin.get("/drift")
    row = row_text(page, f"alert-{alert['id']}")
    assert f"{claw.agent_id} risk_score critical ↑ increasing" in row
    assert f"{alert['baseline_mean']} → {alert['current_mean']}" in row
    assert tile(page, "critical") >= 1 and tile(page, "unacknowledged") >= 1


def test_learning_pages_show_nothing_of_another_org(server, tenant, claw):
    recommendation = _learned_deploys(server, tenant, claw)
    scorer = claw.create_scorer("org-a-scorer", "contains", config={"keywords": ["x"]})
    run = claw.create_eval_run("org-a-run", scorer["id"])
    owner = signed_in(server, create_user(server, tenant.org_id, "admin"))
    assert f"run-{run['id']}" in owner.get("/evaluations").text
    assert f"recommendation-{recommendation['id']}" in owner.get(f"/learning/{claw.agent_id}").text

    other = server.new_tenant()
    outsider = signed_in(server, create_user(server, other.org_id, "admin"))
    leaked = (recommendation["id"], run["id"], "org-a-run", "org-a-scorer", tenant.org_id)
    for path in LEARNING_PAGES:
        page = outsider.get(path)
        assert page.status == 200, path
        assert not [value for value in (claw.agent_id, *leaked) if value in page.text], path
    assert not [value for value in leaked if value in outsider.get(f"/learning/{claw.agent_id}").text]
    assert "No learning episodes yet." in outsider.get("/learning").text
    assert "No evaluation runs." in outsider.get("/evaluations").text
    assert "No drift alerts." in outsider.get("/drift").text
    agent_page = outsider.get(f"/learning/{claw.agent_id}")
    assert "No recommendations for this agent." in agent_page.text and "No velocity computed" in agent_page.text
