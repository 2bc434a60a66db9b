"""Written training texts for the learned injection scorer, one data module per batch (`ROWS`), and the two steps
every batch shares: drawing generated rows and assembling the batch."""
from __future__ import annotations

from typing import Callable


def draw(make: Callable[[], tuple[str, str]], quota: int, seen: set[str], attempts_per_row: int) -> list[tuple[str, str]]:
    """Call `make()` for (kind, text) pairs until `quota` of them have a text not in `seen` (stripped; added to it), or
    `quota * attempts_per_row` calls are made."""
    out: list[tuple[str, str]] = []
    for _ in range(quota * attempts_per_row):
        if len(out) >= quota:
            break
        kind, text = make()
        key = text.strip()
        if key not in seen:
            seen.add(key)
            out.append((kind, key))
    return out


def batch_rows(source: str, attacks: list[tuple[str, str]], benign: list[tuple[str, str]]) -> list[dict]:
    """A batch's rows: its attacks, then its benign texts, each text stripped and kept once (an empty one left out)."""
    rows: list[dict] = []
    done: set[str] = set()
    for injection, pairs in ((True, attacks), (False, benign)):
        for kind, text in pairs:
            text = text.strip()
            if text and text not in done:
                done.add(text)
                rows.append({"text": text, "injection": injection, "source": source, "kind": kind})
    return rows
