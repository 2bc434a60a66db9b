"""Small numeric helpers the analytics formulas share: rounding as JavaScript rounds, means, percentiles, slopes.

Pure functions over plain numbers (no I/O), so every formula built on them is checked by table tests.
"""
from __future__ import annotations

import math
from typing import Sequence


def js_round(value: float, digits: int = 0) -> float:
    """Round halves up (towards +infinity), as JavaScript's `Math.round` does; `digits` decimals."""
    scale = 10**digits
    rounded = math.floor(value * scale + 0.5) / scale
    return int(rounded) if digits == 0 else rounded


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def sample_stddev(values: Sequence[float]) -> float:
    """Standard deviation with n - 1 in the denominator (0 for fewer than two values)."""
    if len(values) < 2:
        return 0.0
    average = sum(values) / len(values)
    return math.sqrt(sum((v - average) ** 2 for v in values) / (len(values) - 1))


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """The `fraction` percentile with linear interpolation between closest ranks (None for no values)."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def nearest_rank(values: Sequence[float], fraction: float) -> float:
    """The value at index floor(n * fraction) of the sorted values (the last one at most)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.floor(len(ordered) * fraction))]


def slope(values: Sequence[float]) -> float:
    """Least-squares slope of `values` against their index 0, 1, 2, ... (0 for fewer than two values)."""
    n = len(values)
    if n < 2:
        return 0.0
    mean_x, mean_y = (n - 1) / 2, sum(values) / n
    return sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values)) / sum((x - mean_x) ** 2 for x in range(n))
