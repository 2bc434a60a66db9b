"""Detection quality on the labelled corpus (via bench/detection.py, as a user would run it) and linear time
on hostile input for the secret, personal-data and prompt-injection detectors."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from dashclaw.server.core.detectors import detect
from dashclaw.server.security.injection import scan

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "detection_corpus.jsonl"


def test_the_corpus_covers_every_category_with_hard_negatives():
    samples = [json.loads(line) for line in CORPUS.read_text().splitlines()]
    labels = Counter(label for s in samples for label in s["labels"])
    assert len(samples) >= 300
    assert all(labels[c] >= 8 for c in ("api_key", "token", "password", "email", "phone_number", "credit_card",
                                          "national_id", "iban", "ip_address", "cloud_credential", "connection_string"))
    assert sum(s["injection"] for s in samples) >= 80
    negatives = [s for s in samples if not s["labels"] and not s["injection"]]
    assert len(negatives) >= 150
    assert any("ignore the previous error" in s["text"].lower() for s in negatives)


def test_bench_meets_the_targets():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "detection.py"), "--json"], capture_output=True, text=True,
                          timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    for group in ("secrets", "pii"):
        row = figures["groups"][group]
        assert row["precision"] >= 0.95 and row["recall"] >= 0.95, (group, row)
    assert figures["injection"]["recall"] >= 0.9 and figures["injection"]["false_positive_rate"] <= 0.02
    assert figures["ms_per_kb"]["both"] < 5.0, figures["ms_per_kb"]


WORST_CASES = {
    "digits and separators": "1-2 3.4 ",
    "phone-like groups": "+1 (555) 555 ",
    "email local parts": "a.b+c_d%e-f",
    "email without a domain end": "user@host.",
    "ipv6-like hex": "fe80:",
    "card-like digits": "4111 1111 ",
    "iban-like run": "DE89 3704 ",
    "assignments": "password = api_key: token=",
    "injection openers": "ignore all previous the your ",
    "repeated chat tokens": "<|im_start|> [INST] ",
    "base64 runs": "QUJD" * 10 + " ",
    "spaced letters": "a b c d ",
    "leet words": "1gn0r3 4ll ",
    "zero width and homoglyphs": "ign\u200bоre ",
}


def _ms_per_kb(function, text: str) -> float:
    started = time.process_time()
    function(text)
    return (time.process_time() - started) * 1000 / (len(text) / 1000)


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize("unit", WORST_CASES.values(), ids=list(WORST_CASES))
def test_hostile_text_costs_time_in_proportion_to_its_length(unit):
    for function in (detect, scan):
        small = min(_ms_per_kb(function, _repeated(unit, 20_000)) for _ in range(2))
        large = _ms_per_kb(function, _repeated(unit, 400_000))
        # quadratic scanning would make each KB of the 400 KB text about 20 times dearer than one of the 20 KB text
        assert large < 4 * small + 0.05, f"{function.__module__}: {small:.3f} ms/KB at 20 KB, {large:.3f} ms/KB at 400 KB"
        assert large < 25, f"{function.__module__}: {large:.2f} ms/KB"
