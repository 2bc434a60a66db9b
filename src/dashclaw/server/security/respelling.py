"""Misspelled order words read as spelled right: "ignroe your previous iunstructions" as "ignore your previous
instructions". Pure, no I/O.

A word is read as one of the `ORDER_WORDS` when it keeps that word's first and last letters and either scrambles
the letters between them (the "typoglycemia" trick) or is one typo away from it: one letter dropped, added or
changed, or two neighbours swapped. Words of five letters are only read when scrambled (one typo away, "rules" is
"rulers"), and real words that sit one typo from an order word ("forgot", "roles", "prepend") are left alone. A few
slips of the short words that hold an order together ("teh", "yuor") are read as meant too.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable

ORDER_WORDS = (
    "ignore", "disregard", "forget", "override", "bypass", "previous", "prior", "above", "earlier", "instructions",
    "instruction", "directives", "guidelines", "restrictions", "rules", "prompt", "system", "reveal", "developer",
    "unrestricted", "jailbreak", "pretend", "confidential", "password", "passwords", "credentials", "everything",
    "initial", "commands",
)
REAL_WORDS = frozenset({
    "forgot", "overrode", "roles", "prepend", "massage", "precious", "abode", "reval", "reeval", "initval", "commends",
    "rulers", "prions", "systems", "prompts", "ignores", "reveals", "pretends", "commanders", "developers",
})
"""Words one typo from an order word that mean something else (or are its inflections, which read as written)."""
SHORT_TYPOS = {"teh": "the", "hte": "the", "yuor": "your", "yoru": "your", "yuo": "you", "oyu": "you", "adn": "and",
               "nad": "and", "thsi": "this", "tihs": "this", "taht": "that", "alll": "all", "al": "all",
               "u": "you", "ur": "your", "wat": "what", "pls": "please", "plz": "please", "abov": "above"}
"""Slips and chat spellings of the short words that hold an order together ("ingore teh above", "wat u were told"),
read as meant."""
_SHORT = re.compile(r"(?<![\w'.\-\\])(?:" + "|".join(sorted(SHORT_TYPOS, key=len, reverse=True)) + r")(?![\w'.\-])")
"""A short slip standing alone (not part of a word, a word spelled out with dots or dashes, or an escape: "i.o.u.s",
"\\u0049")."""
_LETTERS = re.compile(r"(?<![a-z])[a-z]{5,16}(?![a-z])")


def _by_ends() -> dict[tuple[str, str], tuple[str, ...]]:
    """The order words by their first and last letters."""
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for word in ORDER_WORDS:
        by_ends[word[0], word[-1]].append(word)
    return {ends: tuple(words) for ends, words in by_ends.items()}


_BY_ENDS = _by_ends()


def respell(view: str, native: str, positions: Callable[[int], int]) -> tuple[str, str, Callable[[int], int]]:
    """The views with misspelled order words spelled right, and the offset map composed with the respelling's.

    Views without such a word come back as they are."""
    changes = sorted([(match.start(), match.end(), right) for match in _LETTERS.finditer(view)
                      if (right := _meant(match.group(0))) is not None]
                     + [(match.start(), match.end(), SHORT_TYPOS[match.group(0)]) for match in _SHORT.finditer(view)])
    if not changes:
        return view, native, positions
    views: list[list[str]] = [[], []]
    origins: list[int] = []
    done = 0
    for start, end, right in changes:
        for pieces, source in zip(views, (view, native)):
            pieces += [source[done:start], right]
        origins += range(done, start)
        origins += [start + min(i, end - start - 1) for i in range(len(right))]
        done = end
    for pieces, source in zip(views, (view, native)):
        pieces.append(source[done:])
    origins += range(done, len(view) + 1)
    return "".join(views[0]), "".join(views[1]), lambda offset: positions(origins[min(offset, len(origins) - 1)])


def _meant(word: str) -> str | None:
    """The order word a misspelled word stands for, or None."""
    candidates = _BY_ENDS.get((word[0], word[-1]))
    if not candidates or word in REAL_WORDS:
        return None
    for right in candidates:
        if word == right:
            return None
        if len(word) == len(right) and sorted(word[1:-1]) == sorted(right[1:-1]):
            return right
        if len(right) > 5 and _one_typo(word, right):
            return right
    return None


def _one_typo(word: str, right: str) -> bool:
    """Whether `word` is `right` with one letter dropped, added or changed, or two neighbours swapped."""
    if len(word) == len(right):
        differ = [i for i, (a, b) in enumerate(zip(word, right)) if a != b]
        return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                    and word[differ[0]] == right[differ[1]] and word[differ[1]] == right[differ[0]])
    shorter, longer = sorted((word, right), key=len)
    if len(longer) - len(shorter) != 1:
        return False
    at = next((i for i, (a, b) in enumerate(zip(shorter, longer)) if a != b), len(shorter))
    return shorter[at:] == longer[at + 1:]
