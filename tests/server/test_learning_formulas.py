"""The learning formulas of contract sections 3, 5 and 6, on hand-built histories with the numbers worked out."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from dashclaw.server.analytics.formulas import Point, curve, maturity, velocity
from dashclaw.server.core.numbers import js_round, percentile, slope
from dashclaw.server.drift.formulas import baseline, severity, shift
from dashclaw.server.feedback.sentiment import sentiment, tags
from dashclaw.server.prompts.rendering import parameters, render
from dashclaw.server.recommendations.formulas import (
    Episode, EpisodeFacts, adoption_rate, recommend, recommendation_confidence, score_episode,
)

NOW = datetime(2026, 12, 1, 12, tzinfo=timezone.utc)


@pytest.mark.parametrize("facts,expected", [
    # 50 + 30 completed + 4 (risk <= 30) + 5 reversible + 6 (<= 60 s) + 4 (cost <= 0.05) + 4 (confident) = 103 -> 100
    (EpisodeFacts("completed", 10, True, 30_000, 0.01, 80), 100),
    # 50 - 35 failed - 15 (risk 90: (90-60)/2) - 8 irreversible - 10 (> 30 min) - 8 (cost > 5) - 8 (confident failure)
    (EpisodeFacts("failed", 90, False, 2_000_000, 9.0, 85), 0),
    # 50 - 20 cancelled + 0 (risk 45) + 5 + 3 (<= 5 min) + 1 (<= 1) + 0 = 39
    (EpisodeFacts("cancelled", 45, True, 200_000, 0.5, 90), 39),
    # 50 - 5 running - 20 (risk 100 capped) + 5 + 0 (confidence unknown) - 12 (3 invalidated) - 10 (7 open loops, capped)
    (EpisodeFacts("running", 100, True, None, None, None, 3, 7), 8),
    # 50 - 8 pending approval - 2 (risk 63: (63-60)/2 = 1.5, rounded half up) + 5 - 4 (<= 30 min) - 4 (cost <= 5)
    (EpisodeFacts("pending_approval", 63, True, 1_000_000, 3.0, 50), 37),
    # 50 + 30 + 0 (risk 50) + 5 + 0 (confidence 69 < 70) - 4 (one invalidated) - 2 (one loop) = 79
    (EpisodeFacts("completed", 50, True, None, None, 69, 1, 1), 79),
])
def test_episode_scores(facts, expected):
    score, breakdown = score_episode(facts)
    assert score == expected and breakdown["base"] == 50


def _episode(score, label="success", risk=20, reversible=True, confidence=80, duration=1000, cost=0.1):
    return Episode(score, label, risk, reversible, confidence, duration, cost)


def test_recommendation_hints_from_ten_episodes():
    history = [_episode(90 - i, risk=10 * (i + 1), confidence=60 + i, duration=1000 * (i + 1), cost=0.01 * (i + 1),
                        reversible=i != 1, label="success" if i < 8 else "failure") for i in range(10)]
    result = recommend(history)
    # top set: max(3, ceil(3.5)) = 4 best scores -> risks 10, 20, 30, 40
    assert result.top_sample_size == 4 and result.sample_size == 10
    # p75 of 10,20,30,40 = 32.5 (position 2.25) -> 33; p25 of confidences 60..63 = 60.75 -> 61
    assert result.hints["preferred_risk_cap"] == 33 and result.hints["confidence_floor"] == 61
    # median duration 2500, median cost 0.025 -> 0.03 (two decimals, half up); 3 of 4 reversible = 0.75 >= 0.6
    assert result.hints["expected_duration_ms"] == 2500 and result.hints["expected_cost_estimate"] == 0.03
    assert result.hints["prefer_reversible"] is True
    # success 8/10; mean score 85.5; confidence = 35 + 20 + 25 * 0.8 + 0.4 * 35.5 = 89.2 -> 89
    assert (result.success_rate, result.avg_score, result.confidence) == (0.8, 85.5, 89)
    assert not any("Provisional" in line for line in result.guidance)


@pytest.mark.parametrize("n,rate,avg,expected", [
    (2, 0.0, 20.0, 35),    # 35 + 4 + 0 - 12 = 27 -> clamped to 35
    (5, 1.0, 100.0, 90),   # 35 + 10 + 25 + 20
    (20, 1.0, 100.0, 95),  # 35 + 25 + 25 + 20 = 105 -> 95
    (6, 0.5, 60.0, 64),    # 35 + 12 + 12.5 + 4 = 63.5 -> 64 (half up)
])
def test_recommendation_confidence(n, rate, avg, expected):
    assert recommendation_confidence(n, rate, avg) == expected


def test_small_and_failing_groups_are_flagged():
    result = recommend([_episode(30, "failure"), _episode(40, "failure"), _episode(80)])
    assert result.top_sample_size == 3 and result.success_rate == 0.3333
    assert any("Provisional" in line for line in result.guidance) and any("Low success" in line for line in result.guidance)


@pytest.mark.parametrize("fetched,applied,overridden,expected", [(4, 1, 0, 0.25), (0, 3, 1, 0.75), (0, 0, 0, 0)])
def test_adoption_rate(fetched, applied, overridden, expected):
    assert adoption_rate(fetched, applied, overridden) == expected


def _points(days_and_scores, label="success"):
    return [Point(NOW - timedelta(days=d, hours=1), s, label) for d, s in days_and_scores]


def test_velocity_is_the_slope_of_window_means():
    # daily windows from 4 days ago: means 40, 50, 60, 80 -> slope 13, halves 10 and 20 -> acceleration 10
    points = _points([(4, 40), (4, 40), (3, 50), (2, 60), (1, 80)])
    result = velocity(points, "daily", NOW)
    assert result["windows"] == 4 and result["velocity"] == 13.0 and result["acceleration"] == 10.0
    assert result["score_delta"] == 40.0 and result["avg_score"] == 54.0 and result["success_rate"] == 1.0
    assert velocity(points[:2], "daily", NOW) is None  # fewer than 3 episodes
    assert velocity(_points([(1, 50), (1, 60), (1, 70)]), "daily", NOW) is None  # one window


@pytest.mark.parametrize("episodes,rate,avg,level,score", [
    (0, 0, 0, "novice", 0),
    (10, 0.4, 40, "developing", 28.3),       # 0.3 + 16 + 12
    (60, 0.9, 90, "competent", 64.8),         # below proficient's 150 episodes
    (600, 0.9, 80, "expert", 78.0),           # 18 + 36 + 24
    (1000, 0.93, 85, "master", 92.7),
    (2000, 0.5, 99, "developing", 79.7),      # many episodes, but 0.5 < 0.6
])
def test_maturity_levels(episodes, rate, avg, level, score):
    assert maturity(episodes, rate, avg) == (level, score)


def test_curve_windows_are_seven_days():
    rows = curve(_points([(20, 40), (19, 60), (10, 70), (2, 90)]), NOW)
    assert [row["episode_count"] for row in rows] == [2, 1, 1]
    assert rows[0]["avg_score"] == 50.0 and rows[0]["p25_score"] == 45.0 and rows[0]["p75_score"] == 55.0


def test_drift_baseline_and_shift():
    stats = baseline([10, 12, 14, 16, 18])
    # mean 14, sample stddev sqrt(40 / 4) = 3.162
    assert stats["mean"] == 14 and stats["stddev"] == 3.162 and stats["median"] == 14 and stats["p25"] == 12
    assert baseline([1, 2, 3, 4]) is None
    found = shift(14, 3.162, [30, 34, 38])  # mean 34: z = 20 / 3.162 = 6.325
    assert (found.direction, found.severity, found.z_score, found.pct_change) == ("increasing", "critical", 6.325, 142.857)
    dropped = shift(14, 3.162, [7, 8, 9])  # mean 8: z = -1.898
    assert (dropped.direction, dropped.severity) == ("decreasing", "info")
    assert shift(14, 3.162, [14, 15]) is None
    assert shift(5, 0, [6, 6, 6]).z_score == 999 and shift(5, 0, [5, 5, 5]).severity is None


@pytest.mark.parametrize("z,expected", [(3, "critical"), (-2.5, "warning"), (1.5, "info"), (1.49, None)])
def test_drift_severity(z, expected):
    assert severity(z) == expected


@pytest.mark.parametrize("rating,comment,expected_sentiment,expected_tags", [
    (5, "", "positive", []),
    (None, "slow and broken", "negative", ["performance", "reliability"]),
    (3, "great and helpful, works", "positive", []),
    (2, "too expensive", "negative", ["cost"]),
    (None, "it leaked a credential", "neutral", ["security"]),
])
def test_feedback_sentiment_and_tags(rating, comment, expected_sentiment, expected_tags):
    assert sentiment(rating, comment) == expected_sentiment
    assert tags([], comment) == expected_tags


def test_prompt_rendering_is_literal():
    content = "Hi {{ name }} {{x}} {{ name}} {{a.b}} {{ .* }}"
    assert render(content, {"name": "Ada", ".*": "no"}) == "Hi Ada {{x}} Ada {{a.b}} {{ .* }}"
    assert parameters(content) == ["name", "x"]
    assert render("{{ v }}", {"v": "$1 \\1 {{ v }}"}) == "$1 \\1 {{ v }}"


def test_numbers_round_and_interpolate_as_specified():
    assert js_round(2.5) == 3 and js_round(-2.5) == -2 and js_round(0.125, 2) == 0.13
    assert percentile([10, 20, 30, 40], 0.75) == 32.5 and slope([1, 3, 5]) == 2
