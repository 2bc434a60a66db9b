"""A learned prompt-injection scorer: logistic regression over the character 4-grams and the words and word pairs
of the text as the heuristic scanner folds it (lower case, look-alike letters and accents undone). Pure, no I/O once
loaded.

The weights ship as package data (`injection_model.json.gz`, written by `bench/train_injection.py` from
`tests/data/injection_train*.jsonl.gz`): one weight per n-gram and per word or word pair kept in training, a bias,
the window size and the probability thresholds chosen without the held-out test split. A text is read in windows of
`window` characters, each overlapping the previous by half; a window's score is the bias plus, for each kind of
feature, the sum of its features' weights divided by the square root of how many it has (n-grams, words), and the
text's probability is its highest window's, so an order hidden in a long document is not drowned by the rest of it.
Each feature is looked up once and a window's sum is the difference of two running sums, so scoring is linear in
the length of the text.
"""
from __future__ import annotations

import functools
import gzip
import json
import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from importlib import resources
from itertools import accumulate, repeat

MODEL_FILE = "injection_model.json.gz"
_PLAIN = str.maketrans("\t\n\r\f\v123456789", "     000000000")
WORD = re.compile(r"\w+")


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
    """Character n-gram weights."""
    word_weights: dict[str, float]
    """Weights of words and of word pairs (two words and a space)."""
    bias: float
    size: int
    """Characters per n-gram."""
    window: int
    thresholds: dict[str, float]
    """Probability from which the scanner reports the text, by severity."""

    def score(self, view: str) -> Window:
        """The most injection-like window of a folded view."""
        text = prepare(view)
        grams = map(self.weights.get, map("".join, zip(*(text[at:] for at in range(self.size)))), repeat(0.0))
        words = WORD.findall(text)
        singles = map(self.word_weights.get, words, repeat(0.0))
        pairs = map(self.word_weights.get, map(" ".join, zip(words, words[1:])), repeat(0.0))
        if len(text) <= self.window:
            word_sum = sum(singles) + sum(pairs)
            logit = self.bias + _scaled(sum(grams), max(len(text) - self.size + 1, 0)) + _scaled(word_sum, len(words))
            return Window(_sigmoid(logit), 0)
        pairs = [0.0, *pairs]
        """`pairs[i]`: the weight of the pair that ends with word i."""
        gram_sums, single_sums, pair_sums = ([0.0, *accumulate(values)] for values in (grams, singles, pairs))
        starts = [match.start() for match in WORD.finditer(text)]
        best_logit, best_start = -math.inf, 0
        for start in _window_starts(len(text), self.window):
            last = start + self.window - self.size + 1
            first, end = bisect_left(starts, start), bisect_left(starts, start + self.window)
            word_sum = single_sums[end] - single_sums[first] + pair_sums[end] - pair_sums[min(first + 1, end)]
            logit = self.bias + _scaled(gram_sums[last] - gram_sums[start], last - start) + _scaled(word_sum, end - first)
            if logit > best_logit:
                best_logit, best_start = logit, start
        return Window(_sigmoid(best_logit), best_start)

    def to_dict(self) -> dict:
        return {"weights": self.weights, "word_weights": self.word_weights, "bias": self.bias, "size": self.size,
                "window": self.window, "thresholds": self.thresholds}

    @classmethod
    def from_dict(cls, data: dict) -> InjectionModel:
        return cls(data["weights"], data["word_weights"], data["bias"], data["size"], data["window"], data["thresholds"])


def word_features(text: str) -> list[str]:
    """The words of a prepared text and each pair of neighbouring words (as `InjectionModel.score` reads them)."""
    words = WORD.findall(text)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


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
