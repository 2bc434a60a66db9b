"""Learning velocity, curves and maturity (contract 3.6): pure functions of episode (time, score, outcome) lists."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Sequence

from ..core.numbers import js_round, percentile, slope

PERIODS = {"daily": timedelta(days=1), "weekly": timedelta(days=7)}
CURVE_WINDOW = timedelta(days=7)


@dataclass(frozen=True)
class MaturityLevel:
    level: str
    min_episodes: int
    min_success_rate: float
    min_avg_score: float


MATURITY_LEVELS = (
    MaturityLevel("novice", 0, 0, 0),
    MaturityLevel("developing", 10, 0.4, 40),
    MaturityLevel("competent", 50, 0.6, 55),
    MaturityLevel("proficient", 150, 0.75, 65),
    MaturityLevel("expert", 500, 0.85, 75),
    MaturityLevel("master", 1000, 0.92, 85),
)


@dataclass(frozen=True)
class Point:
    """One episode as analytics sees it."""

    at: datetime
    score: float
    outcome: str  # success | failure | pending
    duration_ms: float | None = None
    cost: float | None = None


def success_rate(points: Sequence[Point]) -> float:
    """success / (success + failure), pending left out, 3 decimals; 0 with no decided episode."""
    successes = sum(p.outcome == "success" for p in points)
    decided = successes + sum(p.outcome == "failure" for p in points)
    return js_round(successes / decided, 3) if decided else 0


def maturity(episodes: int, rate: float, avg_score: float) -> tuple[str, float]:
    """(the highest level whose three minimums are met, the 0..100 maturity score)."""
    level = MATURITY_LEVELS[0].level
    for candidate in MATURITY_LEVELS:
        if episodes >= candidate.min_episodes and rate >= candidate.min_success_rate and avg_score >= candidate.min_avg_score:
            level = candidate.level
    score = 30 * min(episodes / 1000, 1) + 40 * rate + 30 * avg_score / 100
    return level, js_round(score, 3)


def windows(points: Sequence[Point], length: timedelta, now: datetime) -> list[tuple[datetime, datetime, list[Point]]]:
    """Consecutive windows of `length` from the first point to `now`, the non-empty ones, with their points."""
    ordered = sorted(points, key=lambda p: p.at)
    if not ordered:
        return []
    start = ordered[0].at
    buckets: dict[int, list[Point]] = {}
    for point in ordered:
        buckets.setdefault(int((point.at - start) / length), []).append(point)
    last = max(int((now - start) / length), max(buckets))
    return [(start + i * length, start + (i + 1) * length, buckets[i]) for i in range(last + 1) if i in buckets]


def _avg_score(points: Sequence[Point]) -> float:
    return js_round(sum(p.score for p in points) / len(points), 3)


def velocity(points: Sequence[Point], period: str, now: datetime) -> dict[str, Any] | None:
    """An agent's velocity over its episodes, or None when there are fewer than 3 episodes or 2 windows."""
    if len(points) < 3:
        return None
    cut = windows(points, PERIODS[period], now)
    if len(cut) < 2:
        return None
    averages = [sum(p.score for p in window) / len(window) for _, _, window in cut]
    half = len(averages) // 2
    acceleration = js_round(slope(averages[half:]) - slope(averages[:half]), 3) if len(averages) >= 3 else None
    rate, avg = success_rate(points), _avg_score(points)
    level, maturity_score = maturity(len(points), rate, avg)
    return {
        "period_start": cut[0][0],
        "period_end": cut[-1][1],
        "episode_count": len(points),
        "avg_score": avg,
        "success_rate": rate,
        "score_delta": js_round(averages[-1] - averages[0], 3),
        "velocity": js_round(slope(averages), 3),
        "acceleration": acceleration,
        "maturity_score": maturity_score,
        "maturity_level": level,
        "windows": len(cut),
    }


def _positive_mean(values: Sequence[float | None]) -> float:
    positive = [v for v in values if v is not None and v > 0]
    return js_round(sum(positive) / len(positive), 3) if positive else 0


def curve(points: Sequence[Point], now: datetime) -> list[dict[str, Any]]:
    """One row per non-empty 7-day window of an agent's episodes of one action type (none below 3 episodes)."""
    if len(points) < 3:
        return []
    rows = []
    for start, end, window in windows(points, CURVE_WINDOW, now):
        scores = [p.score for p in window]
        rows.append({
            "window_start": start,
            "window_end": end,
            "episode_count": len(window),
            "avg_score": _avg_score(window),
            "success_rate": success_rate(window),
            "avg_duration_ms": _positive_mean([p.duration_ms for p in window]),
            "avg_cost": _positive_mean([p.cost for p in window]),
            "p25_score": js_round(percentile(scores, 0.25), 3),
            "p75_score": js_round(percentile(scores, 0.75), 3),
        })
    return rows
