"""A learned prompt-injection scorer: logistic regression over the character 4-grams of the text as the
heuristic scanner folds it (lower case, look-alike letters and accents undone). Pure, no I/O once loaded.

The weights ship as package data (`injection_model.json.gz`, written by `bench/train_injection.py` from
`tests/data/injection_train.jsonl.gz`): one weight per n-gram kept in training, a bias, the window size and the
probability thresholds chosen on the held-out dev split. A text is read in windows of `window` characters, each
overlapping the previous by half; a window's score is the bias plus the sum of its n-grams' weights divided by the
square root of how many n-grams it has, and the text's probability is its highest window's, so an order hidden in
a long document is not drowned by the rest of it. Each n-gram is looked up once and a window's sum is the
difference of two running sums, so scoring is linear in the length of the text.
"""
from __future__ import annotations

import functools
import gzip
import json
import math
import re
from dataclasses import dataclass
from importlib import resources
from itertools import accumulate, repeat

MODEL_FILE = "injection_model.json.gz"
_PLAIN = str.maketrans("\t\n\r\f\v123456789", "     000000000")


def prepare(view: str) -> str:
    """What the model reads of a folded view: white space as spaces, digits as 0 (same length, same offsets)."""
    return view.translate(_PLAIN)


@dataclass(frozen=True)
class Window:
    probability: float
    start: int
    """Offset of the window in the view."""


@dataclass(frozen=True)
class InjectionModel:
    weights: dict[str, float]
    bias: float
    size: int
    """Characters per n-gram."""
    window: int
    thresholds: dict[str, float]
    """Probability from which the scanner reports the text, by severity."""

    def score(self, view: str) -> Window:
        """The most injection-like window of a folded view."""
        text = prepare(view)
        found = list(map(self.weights.get, self._grams.findall(text), repeat(0.0)))
        if len(text) <= self.window:
            return Window(_sigmoid(self.bias + _scaled(sum(found), len(found))), 0)
        sums = [0.0, *accumulate(found)]
        best_logit, best_start = -math.inf, 0
        for start in _window_starts(len(text), self.window):
            last = start + self.window - self.size + 1
            logit = self.bias + _scaled(sums[last] - sums[start], last - start)
            if logit > best_logit:
                best_logit, best_start = logit, start
        return Window(_sigmoid(best_logit), best_start)

    @functools.cached_property
    def _grams(self) -> re.Pattern[str]:
        return re.compile(f"(?=(.{{{self.size}}}))", re.DOTALL)

    def to_dict(self) -> dict:
        return {"weights": self.weights, "bias": self.bias, "size": self.size, "window": self.window,
                "thresholds": self.thresholds}

    @classmethod
    def from_dict(cls, data: dict) -> InjectionModel:
        return cls(data["weights"], data["bias"], data["size"], data["window"], data["thresholds"])


def _scaled(total: float, count: int) -> float:
    """A window's summed weights over the square root of its n-gram count."""
    return total / math.sqrt(count) if count else 0.0


def _window_starts(length: int, window: int) -> list[int]:
    """Starts of half-overlapping windows covering a text (one window when it fits)."""
    if length <= window:
        return [0]
    step = window // 2
    starts = list(range(0, length - window + 1, step))
    if starts[-1] + window < length:
        starts.append(length - window)
    return starts


def _sigmoid(logit: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(logit, 60.0), -60.0)))


@functools.lru_cache(maxsize=1)
def load() -> InjectionModel:
    """The packaged model (read once per process)."""
    raw = resources.files(__package__).joinpath(MODEL_FILE).read_bytes()
    return InjectionModel.from_dict(json.loads(gzip.decompress(raw)))
