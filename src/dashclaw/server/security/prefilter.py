"""Strings a regular expression cannot match without, and strings its matches start with: cheap tests that skip a
pattern on text that lacks the first, and try it only where the second begin.

`read(regex)` reads the compiled expression's syntax tree once. Its `required` groups of literal strings are such that
every match (with its lookarounds) contains at least one string of each group: a text holding no string of some
group cannot match, so the regex need not run (`Index` finds, for a text, the regexes that may). Its `leads` are
strings one of which every match starts with: in a long text the regex is tried only where one begins (`Starts`,
`matches`). The reading is conservative: what it cannot bound (a character class, a back-reference, an optional
part) adds no group and no lead, so a pattern is never skipped wrongly, only sometimes run in vain. This is the
prefilter of trigram-indexed regex search (R. Cox, "Regular Expression Matching with a Trigram Index"), with whole
literal strings instead of trigrams.
"""
from __future__ import annotations

import functools
import gzip
import hashlib
import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

try:  # Python 3.11+
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse as _sre_parse  # type: ignore[no-redef]

MAX_EXACT = 64
"""At most this many strings are tracked for what a part matches exactly; beyond that it only bounds its match."""
MAX_CLASS = 8
"""A character class of at most this many characters counts as that many one-character strings."""
MAX_GROUPS = 3
"""How many groups `required` keeps, most selective first."""


@dataclass(frozen=True)
class _Info:
    exact: frozenset[str] | None
    """Every string this part can match (None: too many or unbounded)."""
    required: tuple[frozenset[str], ...] = ()
    """Groups of which every match of this part (or its lookaround) holds one string each."""
    leads: frozenset[str] | None = None
    """When `exact` is None: strings one of which every match of this part starts with (None: unknown)."""

    def groups(self) -> tuple[frozenset[str], ...]:
        """Its required groups, with its exact strings as one more when none of them is empty."""
        if self.exact and "" not in self.exact:
            return self.required + (_simplified(self.exact),)
        return self.required

    def starts(self) -> frozenset[str] | None:
        """Strings one of which every match of this part starts with: its exact strings, or its leads."""
        if self.exact is None:
            return self.leads
        return None if "" in self.exact else self.exact


_UNBOUNDED = _Info(None)
_EMPTY = _Info(frozenset({""}))


@dataclass(frozen=True)
class Reading:
    required: tuple[frozenset[str], ...]
    """Groups of literal strings each match holds one of (per group), most selective first, at most `MAX_GROUPS`."""
    leads: frozenset[str] | None
    """Strings one of which every match starts with (anchors and lookarounds before it aside), or None."""


def read(regex: re.Pattern[str], lowercase: bool = False) -> Reading:
    """What `regex`'s syntax tree says about its matches (see the module's docstring).

    `lowercase`: the texts searched are lower-cased, so literals are read lower-cased (as a case-insensitive regex
    would match them there). A case-insensitive regex on text of any case gets neither groups nor leads."""
    if regex.flags & re.IGNORECASE and not lowercase:
        return Reading((), None)
    info = _info(_sre_parse.parse(regex.pattern, regex.flags), lowercase)
    leads = info.starts()
    ranked = sorted(set(info.groups()), key=lambda group: (_selectivity(group), sorted(group)), reverse=True)
    return Reading(tuple(ranked[:MAX_GROUPS]),
                   _simplified_prefixes(leads) if leads else None)


class Readings:
    """`read` for many regexes at once, answered from a file of earlier readings where it holds one for the same
    expression: reading a syntax tree costs more than compiling the expression, and a scanner reads hundreds of them
    when it loads. An expression the file lacks is read afresh (and listed in `missed`), so a stale file costs time,
    never a wrong answer. `write` saves the readings given so far, which makes the file current."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self._known: dict[str, list] = json.loads(gzip.decompress(path.read_bytes()))
        except FileNotFoundError:
            self._known = {}
        self._given: dict[str, list] = {}
        self.missed: list[str] = []
        """The expressions read afresh."""

    def read(self, pattern: str, flags: int = 0, lowercase: bool = False) -> Reading:
        """`read(re.compile(pattern, flags), lowercase)`, from the file when it holds it."""
        key = hashlib.sha256(f"{flags}:{int(lowercase)}:{pattern}".encode()).hexdigest()[:24]
        known = self._known.get(key)
        if known is None:
            self.missed.append(pattern)
            reading = read(re.compile(pattern, flags), lowercase)
            known = [[sorted(group) for group in reading.required],
                     None if reading.leads is None else sorted(reading.leads)]
        self._given[key] = known
        required, leads = known
        return Reading(tuple(map(frozenset, required)), None if leads is None else frozenset(leads))

    def write(self) -> None:
        """Save the readings given so far (and only those) to the file."""
        data = json.dumps(self._given, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self.path.write_bytes(gzip.compress(data, 9, mtime=0))


def _selectivity(group: frozenset[str]) -> tuple[int, int]:
    """Longer strings are rarer, and so are groups of fewer strings (ties are ranked by the strings, so a regex reads
    the same in every process)."""
    return min(len(s) for s in group), -len(group)


def _simplified(strings: frozenset[str]) -> frozenset[str]:
    """The group without strings that contain another of its strings (a text holding those holds the other)."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _info(items, lowercase: bool) -> _Info:
    """A sequence of syntax-tree items, read as their concatenation."""
    run: frozenset[str] | None = frozenset({""})
    """The exact strings of the items since the last one that broke the run."""
    whole = True
    leads: frozenset[str] | None = None
    """How matches start, settled where the first run breaks."""
    required: list[frozenset[str]] = []
    for op, argument in items:
        part = _item(op.name, argument, lowercase)
        required.extend(part.required)
        if run is not None and part.exact is not None and len(run) * len(part.exact) <= MAX_EXACT:
            run = frozenset(a + b for a in run for b in part.exact)
            continue
        if whole:  # the first break: a match starts with the run so far, or (when nothing came before) as this part
            whole = False
            leads = part.starts() if run == {""} else (run if run and "" not in run else None)
        if run and "" not in run:
            required.append(_simplified(run))
        run = part.exact
    if whole:
        return _Info(run, tuple(required))
    if run and "" not in run:
        required.append(_simplified(run))
    return _Info(None, tuple(required), leads)


def _item(name: str, argument, lowercase: bool) -> _Info:
    if name == "LITERAL":
        char = chr(argument)
        return _Info(frozenset({char.lower() if lowercase else char}))
    if name == "IN":
        return _Info(_class(argument, lowercase))
    if name in ("AT", "ASSERT_NOT"):
        return _EMPTY
    if name == "ASSERT":  # a lookaround's text is in the searched text, though outside the match
        return _Info(frozenset({""}), _info(argument[1], lowercase).groups())
    if name == "SUBPATTERN":
        return _info(argument[-1], lowercase)
    if name == "ATOMIC_GROUP":
        return _info(argument, lowercase)
    if name == "BRANCH":
        return _branch([_info(branch, lowercase) for branch in argument[1]])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = argument
        return _repeat(low, high, _info(body, lowercase))
    return _UNBOUNDED


def _class(items, lowercase: bool) -> frozenset[str] | None:
    """The characters of a small character class (None for a negated, category or wide one)."""
    chars: set[str] = set()
    for op, argument in items:
        if op.name == "LITERAL":
            chars.add(chr(argument))
        elif op.name == "RANGE" and argument[1] - argument[0] < MAX_CLASS:
            chars.update(map(chr, range(argument[0], argument[1] + 1)))
        else:
            return None
    if lowercase:
        chars = {char.lower() for char in chars}
    return frozenset(chars) if len(chars) <= MAX_CLASS else None


def _branch(branches: list[_Info]) -> _Info:
    """Alternatives: a match holds one of the strings that each alternative's match must hold."""
    exact = None
    if all(b.exact is not None for b in branches):
        union = frozenset().union(*(b.exact for b in branches))
        exact = union if len(union) <= MAX_EXACT else None
    if exact is not None:
        return _Info(exact)
    starts = [b.starts() for b in branches]
    leads = None if any(start is None for start in starts) else frozenset().union(*starts)
    best = [max(b.groups(), key=_selectivity, default=None) for b in branches]
    if any(group is None for group in best):
        return _Info(None, (), leads)
    return _Info(None, (_simplified(frozenset().union(*best)),), leads)


def _repeat(low: int, high: int, body: _Info) -> _Info:
    if high == 0:
        return _EMPTY
    if low == 0:  # may be absent: bounds nothing, but "s?" still spells two exact forms
        return _Info(body.exact | {""}) if high == 1 and body.exact is not None else _UNBOUNDED
    if low == high == 1:
        return body
    return _Info(None, body.groups(), body.starts())


KEY_LENGTH = 4
"""A required string is looked up by its first four characters (a shorter one whole)."""
FEW_KEYS = 8
"""A text whose index files this few keys is searched for each of them rather than broken into keys."""


_SHORT_KEYS: set[str] = set()
"""The keys of two or three characters that some index files or checks (its short strings), found in a text by
search: fewer than the runs of that length a long text holds."""


SEARCHED_FROM = 4096
"""From this length a text is searched for each short key rather than broken into runs of two and three characters."""


@functools.lru_cache(maxsize=8)
def _keys(text: str) -> frozenset[str]:
    """The text's characters, its runs of `KEY_LENGTH` characters and the short keys it holds: the keys of every
    string it holds (kept for the last few texts, which the scanner's other indexes look up too)."""
    shifted = [text[start:] for start in range(KEY_LENGTH)]
    if len(text) < SEARCHED_FROM:
        short = _SHORT_KEYS.intersection(itertools.chain(*(map("".join, zip(*shifted[:length]))
                                                           for length in range(2, KEY_LENGTH))))
    else:
        short = {key for key in _SHORT_KEYS if key in text}
    return frozenset(itertools.chain(text, map("".join, zip(*shifted)), short))


def _key(string: str) -> str:
    return string[:KEY_LENGTH]


class Index:
    """Which of many regexes a text may match: each is filed under the keys of its most selective required group, and
    a text's candidates are those filed under one of its keys whose other groups it may hold too. A regex with no
    required group is always a candidate."""

    def __init__(self, entries: list[tuple[str, tuple[frozenset[str], ...]]]):
        """`entries`: for each regex, the name of the text it reads and its required groups (`required`)."""
        self._entries = [(subject, tuple(frozenset(map(_key, group)) for group in groups[1:]))
                         for subject, groups in entries]
        """Each regex's subject and the keys of its groups left to check once its filing key is found."""
        self._filed: dict[str, dict[str, list[int]]] = {subject: {} for subject, _ in entries}
        self._always = [number for number, (_, groups) in enumerate(entries) if not groups]
        for number, (subject, groups) in enumerate(entries):
            for key in {_key(string) for string in (groups[0] if groups else ())}:
                self._filed[subject].setdefault(key, []).append(number)
        self._filed_keys = {subject: frozenset(filed) for subject, filed in self._filed.items()}
        short = {key for keys in self._filed_keys.values() for key in keys}.union(
            *(group for _, groups in self._entries for group in groups))
        _SHORT_KEYS.update(key for key in short if 1 < len(key) < KEY_LENGTH)
        _keys.cache_clear()

    def candidates(self, texts: dict[str, str]) -> list[int]:
        """The numbers, in order, of the regexes that may match the texts they read (`texts` by name)."""
        numbers = set(self._always)
        for name, filed in self._filed.items():
            text = texts[name]
            present = ([key for key in filed if key in text] if len(filed) <= FEW_KEYS
                       else _keys(text) & self._filed_keys[name])
            for key in present:
                numbers.update(filed[key])
        found = []
        keys_by_text: dict[str, frozenset[str]] = {}
        for number in sorted(numbers):
            subject, groups = self._entries[number]
            if groups:
                keys = keys_by_text.get(subject)
                if keys is None:
                    keys = keys_by_text[subject] = _keys(texts[subject])
                for group in groups:
                    if group.isdisjoint(keys):
                        break
                else:
                    found.append(number)
            else:
                found.append(number)
        return found


def _simplified_prefixes(strings: frozenset[str]) -> frozenset[str]:
    """The set without strings that start with another of its strings (a match starting with those starts with it)."""
    return frozenset(s for s in strings if not any(t != s and s.startswith(t) for t in strings))


class Starts:
    """Where strings start in one text, each found once and shared by the regexes that lead with it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[str, list[int]] = {}
        self._of: dict[frozenset[str], list[int]] = {}

    def of(self, strings: frozenset[str]) -> list[int]:
        """The offsets, in order, at which one of `strings` starts (worked out once per set of strings)."""
        known = self._of.get(strings)
        if known is not None:
            return known
        offsets: set[int] = set()
        for string in strings:
            found = self._found.get(string)
            if found is None:
                found = self._found[string] = []
                at = self.text.find(string)
                while at >= 0:
                    found.append(at)
                    at = self.text.find(string, at + 1)
            if found:
                offsets.update(found)
        self._of[strings] = known = sorted(offsets)
        return known


def matches(regex: re.Pattern[str], starts: Starts, leads: frozenset[str]) -> Iterator[re.Match[str]]:
    """`regex.finditer(starts.text)`, tried only where one of `leads` (`read(regex).leads`) starts: the same matches, since
    every match starts so, found without running the regex over the rest of a long text."""
    end = 0
    for offset in starts.of(leads):
        if offset < end:
            continue
        match = regex.match(starts.text, offset)
        if match:
            yield match
            end = max(match.end(), offset + 1)
