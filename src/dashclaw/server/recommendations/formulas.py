"""How an action's history becomes a score and a recommendation (contract 3.3): pure, no I/O.

`score_episode` turns one action's facts into a 0..100 score with its breakdown; `recommend` turns a group of
episodes of one agent and action type into hints, rates and a confidence. Both are checked by table tests.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Sequence

from ..core.numbers import clamp, js_round, percentile

STATUS_POINTS = {"completed": 30, "failed": -35, "cancelled": -20, "pending_approval": -8, "running": -5}
OUTCOME_LABELS = {"completed": "success", "failed": "failure", "cancelled": "failure"}
TOP_SHARE = 0.35
MIN_TOP = 3
PROVISIONAL_BELOW = 8


@dataclass(frozen=True)
class EpisodeFacts:
    """What scores an episode: the action's fields and counts of its invalidated assumptions and open loops."""

    status: str
    risk_score: float | None = 0
    reversible: bool = True
    duration_ms: float | None = None
    cost_estimate: float | None = None
    confidence: float | None = None
    invalidated_assumptions: int = 0
    open_loops: int = 0


def outcome_label(status: str) -> str:
    """`success`, `failure` or `pending`."""
    return OUTCOME_LABELS.get(status, "pending")


def _risk_points(risk: float) -> int:
    if risk > 60:
        return -min(20, js_round((risk - 60) / 2))
    return 4 if risk <= 30 else 0


def _duration_points(duration_ms: float) -> int:
    seconds = duration_ms / 1000
    return 6 if seconds <= 60 else 3 if seconds <= 300 else -4 if seconds <= 1800 else -10


def _cost_points(cost: float) -> int:
    return 4 if cost <= 0.05 else 1 if cost <= 1 else -4 if cost <= 5 else -8


def _confidence_points(status: str, confidence: float | None) -> int:
    if confidence is None:
        return 0
    if status == "completed" and confidence >= 70:
        return 4
    if status == "failed" and confidence >= 80:
        return -8
    return 0


def score_breakdown(facts: EpisodeFacts) -> dict[str, int]:
    """Each part of the score, by name (absent parts are left out)."""
    breakdown = {
        "base": 50,
        "status": STATUS_POINTS.get(facts.status, 0),
        "risk": _risk_points(clamp(facts.risk_score or 0, 0, 100)),
        "reversibility": 5 if facts.reversible else -8,
    }
    if facts.duration_ms is not None:
        breakdown["duration"] = _duration_points(facts.duration_ms)
    if facts.cost_estimate is not None:
        breakdown["cost"] = _cost_points(facts.cost_estimate)
    breakdown["confidence"] = _confidence_points(facts.status, facts.confidence)
    breakdown["invalidated_assumptions"] = -min(16, 4 * facts.invalidated_assumptions)
    breakdown["open_loops"] = -min(10, 2 * facts.open_loops)
    return breakdown


def score_episode(facts: EpisodeFacts) -> tuple[int, dict[str, int]]:
    """(score clamped to 0..100, its breakdown)."""
    breakdown = score_breakdown(facts)
    return int(clamp(js_round(sum(breakdown.values())), 0, 100)), breakdown


@dataclass(frozen=True)
class Episode:
    """The fields of a stored episode that a recommendation reads."""

    score: float
    outcome_label: str
    risk_score: float | None
    reversible: bool
    confidence: float | None
    duration_ms: float | None
    cost_estimate: float | None


@dataclass(frozen=True)
class Recommendation:
    confidence: int
    sample_size: int
    top_sample_size: int
    success_rate: float
    avg_score: float
    hints: dict[str, Any]
    guidance: list[str]


def _present(values: Sequence[float | None]) -> list[float]:
    return [v for v in values if v is not None]


def _rounded(value: float | None, digits: int = 0) -> float | None:
    return None if value is None else js_round(value, digits)


def top_set(episodes: Sequence[Episode]) -> list[Episode]:
    """The best-scoring max(3, ceil(35 %)) episodes (earlier ones first among equal scores)."""
    size = max(MIN_TOP, math.ceil(TOP_SHARE * len(episodes)))
    return sorted(episodes, key=lambda e: -e.score)[:size]


def recommendation_confidence(sample_size: int, success_rate: float, avg_score: float) -> int:
    """35..95: more samples, more successes and higher scores make a recommendation more trustworthy."""
    raw = 35 + min(25, 2 * sample_size) + 25 * success_rate + 0.4 * (avg_score - 50)
    return int(clamp(js_round(raw), 35, 95))


def recommend(episodes: Sequence[Episode]) -> Recommendation:
    """The recommendation a group of episodes (one agent, one action type) supports."""
    top = top_set(episodes)
    n = len(episodes)
    hints = {
        "preferred_risk_cap": _rounded(percentile(_present([e.risk_score for e in top]), 0.75)),
        "prefer_reversible": sum(1 for e in top if e.reversible) / len(top) >= 0.6,
        "confidence_floor": _rounded(percentile(_present([e.confidence for e in top]), 0.25)),
        "expected_duration_ms": _rounded(percentile(_present([e.duration_ms for e in top]), 0.5)),
        "expected_cost_estimate": _rounded(percentile(_present([e.cost_estimate for e in top]), 0.5), 2),
    }
    success_rate = js_round(sum(1 for e in episodes if e.outcome_label == "success") / n, 4)
    avg_score = js_round(sum(e.score for e in episodes) / n, 2)
    return Recommendation(
        confidence=recommendation_confidence(n, success_rate, avg_score),
        sample_size=n,
        top_sample_size=len(top),
        success_rate=success_rate,
        avg_score=avg_score,
        hints=hints,
        guidance=guidance(hints, n, success_rate),
    )


def guidance(hints: dict[str, Any], sample_size: int, success_rate: float) -> list[str]:
    """The hints as sentences an operator reads."""
    lines = []
    if hints["preferred_risk_cap"] is not None:
        lines.append(f"Keep risk_score at or below {hints['preferred_risk_cap']}: the best outcomes stayed there.")
    if hints["prefer_reversible"]:
        lines.append("Prefer reversible changes: most of the best outcomes could be undone.")
    if hints["confidence_floor"] is not None:
        lines.append(f"Proceed with confidence of at least {hints['confidence_floor']}.")
    if hints["expected_duration_ms"] is not None:
        lines.append(f"Expect about {hints['expected_duration_ms']} ms.")
    if hints["expected_cost_estimate"] is not None:
        lines.append(f"Expect a cost of about {hints['expected_cost_estimate']}.")
    if sample_size < PROVISIONAL_BELOW:
        lines.append(f"Provisional: based on only {sample_size} episodes.")
    if success_rate < 0.5:
        lines.append(f"Low success rate ({js_round(success_rate * 100)}%): review this kind of action before repeating it.")
    return lines


def adoption_rate(fetched: int, applied: int, overridden: int) -> float:
    """applied / fetched when anything was fetched, else applied / (applied + overridden), 0 without events."""
    if fetched:
        return js_round(applied / fetched, 4)
    decided = applied + overridden
    return js_round(applied / decided, 4) if decided else 0


def outcome_summary(total: int, successes: int, failures: int, avg_score: float | None,
                    avg_duration_ms: float | None, avg_cost: float | None) -> dict[str, Any]:
    """A set of episodes' totals as rates and means (rates and cost to 4 decimals, scores 2, durations whole)."""
    return {
        "total": total,
        "success_rate": js_round(successes / total, 4) if total else 0,
        "failure_rate": js_round(failures / total, 4) if total else 0,
        "avg_score": _rounded(avg_score, 2),
        "avg_duration_ms": _rounded(avg_duration_ms),
        "avg_cost_estimate": _rounded(avg_cost, 4),
    }


def deltas(applied: dict[str, Any], baseline: dict[str, Any]) -> dict[str, Any]:
    """What following the recommendation changed against the baseline."""

    def minus(a: Any, b: Any, digits: int) -> float | None:
        return None if a is None or b is None else js_round(a - b, digits)

    return {
        "success_lift": js_round(applied["success_rate"] - baseline["success_rate"], 4),
        "failure_reduction": js_round(baseline["failure_rate"] - applied["failure_rate"], 4),
        "latency_delta_ms": minus(applied["avg_duration_ms"], baseline["avg_duration_ms"], 0),
        "cost_delta_estimate": minus(applied["avg_cost_estimate"], baseline["avg_cost_estimate"], 4),
    }
