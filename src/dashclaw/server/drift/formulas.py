"""Drift statistics (contract 6.2): baselines of a metric's values and how far a recent window moved from one.

Pure functions over lists of numbers; the service gathers the values and stores what these return.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from ..core.numbers import js_round, percentile, sample_stddev

METRICS = (
    ("risk_score", "Risk Score"),
    ("confidence", "Confidence"),
    ("duration_ms", "Duration (ms)"),
    ("cost_estimate", "Cost Estimate"),
    ("tokens_total", "Total Tokens"),
    ("learning_score", "Learning Score"),
)
MIN_BASELINE_SAMPLES = 5
MIN_WINDOW_SAMPLES = 3
NO_SPREAD_Z = 999.0
SEVERITIES = ((3.0, "critical"), (2.0, "warning"), (1.5, "info"))
BUCKETS = 10


def _r3(value: float) -> float:
    return js_round(value, 3)


def histogram(values: Sequence[float]) -> dict[str, int]:
    """Counts of the values in 10 equal buckets between their minimum and maximum, keyed `"lo-hi"`."""
    low, high = min(values), max(values)
    width = (high - low) / BUCKETS or 1
    counts = [0] * BUCKETS
    for value in values:
        counts[min(BUCKETS - 1, int((value - low) / width))] += 1
    return {f"{_r3(low + i * width)}-{_r3(low + (i + 1) * width)}": counts[i] for i in range(BUCKETS)}


def baseline(values: Sequence[float]) -> dict[str, Any] | None:
    """Mean, sample standard deviation, percentiles and range (3 decimals), or None below 5 values."""
    if len(values) < MIN_BASELINE_SAMPLES:
        return None
    return {
        "sample_count": len(values),
        "mean": _r3(sum(values) / len(values)),
        "stddev": _r3(sample_stddev(values)),
        "median": _r3(percentile(values, 0.5)),
        "p5": _r3(percentile(values, 0.05)),
        "p25": _r3(percentile(values, 0.25)),
        "p75": _r3(percentile(values, 0.75)),
        "p95": _r3(percentile(values, 0.95)),
        "min_val": _r3(min(values)),
        "max_val": _r3(max(values)),
        "distribution": histogram(values),
    }


@dataclass(frozen=True)
class Shift:
    z_score: float
    pct_change: float
    direction: str
    severity: str | None
    current_mean: float
    current_stddev: float
    sample_count: int


def severity(z_score: float) -> str | None:
    """`critical` at |z| >= 3, `warning` >= 2, `info` >= 1.5, else no alert."""
    for threshold, name in SEVERITIES:
        if abs(z_score) >= threshold:
            return name
    return None


def shift(base_mean: float, base_stddev: float, values: Sequence[float]) -> Shift | None:
    """How far the recent values moved from the baseline, or None below 3 values."""
    if len(values) < MIN_WINDOW_SAMPLES:
        return None
    current = sum(values) / len(values)
    if base_stddev == 0:
        z = 0.0 if current == base_mean else (NO_SPREAD_Z if current > base_mean else -NO_SPREAD_Z)
    else:
        z = (current - base_mean) / base_stddev
    pct = (current - base_mean) / abs(base_mean) * 100 if base_mean else 0.0
    return Shift(
        z_score=_r3(z), pct_change=_r3(pct), direction="increasing" if current > base_mean else "decreasing",
        severity=severity(z), current_mean=_r3(current), current_stddev=_r3(sample_stddev(values)),
        sample_count=len(values),
    )


def describe(metric_label: str, agent_id: str, found: Shift, base_mean: float) -> str:
    """One sentence an operator reads."""
    return (f"{metric_label} of {agent_id} is {found.direction} ({found.pct_change:+g}%): mean {found.current_mean:g} "
            f"against a baseline of {base_mean:g} (z = {found.z_score:g}).")
