"""Detection quality and speed on the labelled corpus (`tests/data/detection_corpus.jsonl`), the injection scanner
on its twenty held-out sets, and the secret and personal-data detectors on theirs (`tests/data/secrets_pii_heldout.jsonl`,
per split: tune on `dev`, judge on `test`).

The injection held-out sets, oldest first: `injection_heldout.jsonl` (dev and test splits, both tuned on by now),
`injection_heldout_v2.jsonl` to `injection_heldout_v19.jsonl` (each built from sources nothing earlier used and sealed
until its first measurement, then used to find weak kinds of attack and trained on; the attacks of v5 to v19 were all
written fresh for them), and `injection_heldout_v20.jsonl`, built like v19 by someone who never read the scanner, its
tests, its training data or the earlier sets' texts, as a mix like the public benchmarks', and never tuned on: its
figure is the one that says how the scanner copes with text nobody has looked at. `injection_heldout_v21.jsonl`, built
the same way, is sealed and not read here: the next round measures it.

Prints precision and recall per category for the secret and personal-data detectors (a sample counts once
per category: found or not), the same for all secrets and all personal data together, the injection
scanner's recall and false-positive rate (flagged = recommendation warn or block), and milliseconds per KB
for each scanner over the whole corpus and over a long mixed document (CPU time, so a busy machine
does not inflate it).

    python bench/detection.py            # the table
    python bench/detection.py --json     # the same figures as JSON (tests read this)
    python bench/detection.py --misses   # also every sample a detector got wrong
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from dashclaw.server.core.detectors import PII_DETECTORS, SECRET_DETECTORS, detect
from dashclaw.server.security.injection import scan

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "detection_corpus.jsonl"
INJECTION_HELDOUT = {
    "heldout": CORPUS.with_name("injection_heldout.jsonl"),  # dev and test splits, both tuned on
    "heldout_v2": CORPUS.with_name("injection_heldout_v2.jsonl"),  # measured sealed once, then used to find weaknesses
    "heldout_v3": CORPUS.with_name("injection_heldout_v3.jsonl"),  # measured sealed three times, then used like v2
    "heldout_v4": CORPUS.with_name("injection_heldout_v4.jsonl"),  # measured sealed once, then used like v2
    "heldout_v5": CORPUS.with_name("injection_heldout_v5.jsonl"),  # measured sealed once, then its false positives read
    "heldout_v6": CORPUS.with_name("injection_heldout_v6.jsonl"),  # measured sealed three times, then trained on
    "heldout_v7": CORPUS.with_name("injection_heldout_v7.jsonl"),  # measured sealed five times, then trained on
    "heldout_v8": CORPUS.with_name("injection_heldout_v8.jsonl"),  # measured sealed four times, then trained on
    "heldout_v9": CORPUS.with_name("injection_heldout_v9.jsonl"),  # measured sealed once, then trained on
    "heldout_v10": CORPUS.with_name("injection_heldout_v10.jsonl"),  # measured sealed once, then trained on
    "heldout_v11": CORPUS.with_name("injection_heldout_v11.jsonl"),  # measured sealed once, then trained on
    "heldout_v12": CORPUS.with_name("injection_heldout_v12.jsonl"),  # measured sealed once, then trained on
    "heldout_v13": CORPUS.with_name("injection_heldout_v13.jsonl"),  # measured sealed once, then trained on
    "heldout_v14": CORPUS.with_name("injection_heldout_v14.jsonl"),  # measured sealed once, then trained on
    "heldout_v15": CORPUS.with_name("injection_heldout_v15.jsonl"),  # measured sealed once, then trained on
    "heldout_v16": CORPUS.with_name("injection_heldout_v16.jsonl"),  # measured sealed once, then trained on
    "heldout_v17": CORPUS.with_name("injection_heldout_v17.jsonl"),  # measured sealed once, then trained on
    "heldout_v18": CORPUS.with_name("injection_heldout_v18.jsonl"),  # measured sealed once, then trained on
    "heldout_v19": CORPUS.with_name("injection_heldout_v19.jsonl"),  # measured sealed once, then trained on
    "heldout_v20": CORPUS.with_name("injection_heldout_v20.jsonl"),  # measured sealed once, never tuned on
}
SECRETS_PII_HELDOUT = CORPUS.with_name("secrets_pii_heldout.jsonl")
SECRET_CATEGORIES = sorted({d.category for d in SECRET_DETECTORS})
PII_CATEGORIES = sorted({d.category for d in PII_DETECTORS})
TARGETS = {"secrets": (0.95, 0.95), "pii": (0.95, 0.95), "injection_recall": 0.9, "injection_fpr": 0.02, "ms_per_kb": 5.0}


def load(path: Path = CORPUS) -> list[dict]:
    """The corpus, one labelled sample per line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def _scores(expected: list[set[str]], found: list[set[str]], categories: list[str]) -> dict[str, dict]:
    table = {}
    for category in categories:
        tp = sum(1 for want, got in zip(expected, found) if category in want and category in got)
        fp = sum(1 for want, got in zip(expected, found) if category not in want and category in got)
        fn = sum(1 for want, got in zip(expected, found) if category in want and category not in got)
        table[category] = {"precision": _ratio(tp, tp + fp), "recall": _ratio(tp, tp + fn), "support": tp + fn,
                           "false_positives": fp}
    return table


def _group(labels: set[str], members: list[str], name: str) -> set[str]:
    return {name} if labels & set(members) else set()


def _ms_per_kb(function, texts: list[str], rounds: int = 3) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts) / 1000
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for text in texts:
            function(text)
        best = min(best, time.process_time() - started)
    return best * 1000 / size


def _group_scores(expected: list[set[str]], found: list[set[str]]) -> dict[str, dict]:
    """Precision and recall for all secrets together and for all personal data together."""
    return _scores(
        [_group(e, SECRET_CATEGORIES, "secrets") | _group(e, PII_CATEGORIES, "pii") for e in expected],
        [_group(f, SECRET_CATEGORIES, "secrets") | _group(f, PII_CATEGORIES, "pii") for f in found],
        ["secrets", "pii"],
    )


def evaluate_secrets_pii_heldout(samples: list[dict]) -> dict:
    """The secret and personal-data detectors' precision and recall on each split of their held-out set."""
    return {split: _group_scores([set(s["labels"]) for s in rows], [{d.detector.category for d in detect(s["text"])} for s in rows])
            for split in ("dev", "test") for rows in [[s for s in samples if s["split"] == split]]}


def evaluate(samples: list[dict]) -> dict:
    """Every figure the table shows, as data."""
    expected = [set(s["labels"]) for s in samples]
    found = [{d.detector.category for d in detect(s["text"])} for s in samples]
    flagged = [scan(s["text"]).recommendation != "allow" for s in samples]
    categories = _scores(expected, found, SECRET_CATEGORIES + PII_CATEGORIES)
    groups = _group_scores(expected, found)
    texts = [s["text"] for s in samples]
    document = "\n\n".join(texts) * 3
    return {
        "samples": len(samples),
        "categories": categories,
        "groups": groups,
        "injection": _injection_scores(samples, flagged),
        "ms_per_kb": {
            "secrets_and_pii": _ms_per_kb(detect, texts),
            "injection": _ms_per_kb(scan, texts),
            "both": _ms_per_kb(lambda t: (detect(t), scan(t)), texts),
            "both_on_one_long_document": _ms_per_kb(lambda t: (detect(t), scan(t)), [document], rounds=2),
        },
        "misses": [
            {"id": s["id"], "expected": sorted(e), "found": sorted(f), "injection": s["injection"], "flagged": g}
            for s, e, f, g in zip(samples, expected, found, flagged) if e != f or s["injection"] != g
        ],
    }


def _injection_scores(samples: list[dict], flagged: list[bool]) -> dict:
    attacks = [f for s, f in zip(samples, flagged) if s["injection"]]
    benign = [f for s, f in zip(samples, flagged) if not s["injection"]]
    return {"recall": _ratio(sum(attacks), len(attacks)),
            "false_positive_rate": _ratio(sum(benign), len(benign)) if benign else 0.0,
            "attacks": len(attacks), "benign": len(benign)}


def evaluate_heldout(samples: list[dict]) -> dict:
    """The injection scanner's recall and false-positive rate on each split of the held-out set, and its recall per
    kind of attack."""
    figures = {}
    for split in sorted({s["split"] for s in samples}):
        rows = [s for s in samples if s["split"] == split]
        flagged = [scan(s["text"]).recommendation != "allow" for s in rows]
        attacks = [(s["category"], f) for s, f in zip(rows, flagged) if s["injection"]]
        figures[split] = {**_injection_scores(rows, flagged), "recall_by_kind": {
            kind: _ratio(sum(f for k, f in attacks if k == kind), sum(k == kind for k, _ in attacks))
            for kind in sorted({k for k, _ in attacks})}}
    return figures


def meets_targets(figures: dict) -> list[str]:
    """The targets the figures miss (empty when all are met)."""
    misses = []
    for group in ("secrets", "pii"):
        precision, recall = TARGETS[group]
        row = figures["groups"][group]
        if row["precision"] < precision or row["recall"] < recall:
            misses.append(f"{group}: precision {row['precision']:.3f} recall {row['recall']:.3f}")
    if figures["injection"]["recall"] < TARGETS["injection_recall"]:
        misses.append(f"injection recall {figures['injection']['recall']:.3f}")
    if figures["injection"]["false_positive_rate"] > TARGETS["injection_fpr"]:
        misses.append(f"injection false positives {figures['injection']['false_positive_rate']:.3f}")
    if figures["ms_per_kb"]["both"] > TARGETS["ms_per_kb"]:
        misses.append(f"{figures['ms_per_kb']['both']:.2f} ms per KB")
    return misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    figures = evaluate(load(args.corpus))
    figures.update({name: evaluate_heldout(load(path)) for name, path in INJECTION_HELDOUT.items()})
    figures["secrets_pii_heldout"] = evaluate_secrets_pii_heldout(load(SECRETS_PII_HELDOUT))
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"corpus: {args.corpus.name}, {figures['samples']} samples")
    print(f"{'category':20s} {'precision':>9s} {'recall':>7s} {'support':>7s}")
    for name, row in {**figures["categories"], **figures["groups"]}.items():
        print(f"{name:20s} {row['precision']:9.3f} {row['recall']:7.3f} {row['support']:7d}")
    injection = figures["injection"]
    print(f"{'injection':20s} recall {injection['recall']:.3f} on {injection['attacks']} attacks, "
          f"false positives {injection['false_positive_rate']:.3%} of {injection['benign']} other samples")
    held_out = [(f"held-out {split}", row) for split, row in figures["heldout"].items()]
    held_out += [(f"held-out {name.partition('_')[2]}", row) for name in list(INJECTION_HELDOUT)[1:]
                 for row in figures[name].values()]
    for name, row in held_out:
        print(f"{'injection, ' + name:20s} recall {row['recall']:.3f} on {row['attacks']} attacks, "
              f"false positives {row['false_positive_rate']:.3%} of {row['benign']} benign samples")
        print("    recall by kind: " + ", ".join(f"{kind} {recall:.2f}" for kind, recall in row["recall_by_kind"].items()))
    for split, groups in figures["secrets_pii_heldout"].items():
        for name, row in groups.items():
            print(f"{name + ', held-out ' + split:28s} precision {row['precision']:.3f} recall {row['recall']:.3f} "
                  f"on {row['support']} samples, {row['false_positives']} false positives")
    for name, value in figures["ms_per_kb"].items():
        print(f"{name:28s} {value:6.3f} ms per KB")
    missed = meets_targets(figures)
    print("targets: " + ("all met" if not missed else "MISSED: " + "; ".join(missed)))
    if args.misses:
        by_id = {s["id"]: s["text"] for s in load(args.corpus)}
        for miss in figures["misses"]:
            print(f"  {miss['id']} expected {miss['expected']} found {miss['found']} "
                  f"injection {miss['injection']} flagged {miss['flagged']}: {by_id[miss['id']][:110]!r}")


if __name__ == "__main__":
    main()
