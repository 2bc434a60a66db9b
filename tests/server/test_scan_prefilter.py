"""The injection scanner's prefilter: the strings read off each regex are ones every match holds, so skipping a
pattern on a text without them never loses a finding."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from dashclaw.server.security import injection, prefilter

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"


def test_the_shipped_readings_are_current_and_what_reading_each_pattern_gives():
    """The scanner loads each pattern's reading from `prefilter_readings.json.gz` instead of reading its syntax tree:
    the file holds every pattern's (none was read afresh at import; after changing a pattern, run
    `python -m dashclaw.server.security.injection`), and each is what reading the compiled pattern gives."""
    assert injection.READINGS.missed == []
    for pattern in injection.PATTERNS:
        fresh = prefilter.read(pattern.regex, lowercase=pattern.view != "text")
        assert pattern.requires == fresh.required, pattern.name
        assert pattern.leads == (fresh.leads if fresh.leads and min(map(len, fresh.leads)) >= injection.MIN_LEAD
                                 else None), pattern.name
    for cue, reading in zip(injection._JAILBREAK_CUES, injection._JAILBREAK_READINGS):
        assert reading == prefilter.read(cue, lowercase=True), cue.pattern


def test_readings_missing_from_the_file_are_read_afresh_and_written(tmp_path):
    readings = prefilter.Readings(tmp_path / "readings.json.gz")
    first = readings.read(r"\bsend\b(?=[^\n]{0,80}https?://)", lowercase=True)
    assert readings.missed and first == prefilter.read(re.compile(r"\bsend\b(?=[^\n]{0,80}https?://)"), True)
    readings.write()
    again = prefilter.Readings(tmp_path / "readings.json.gz")
    assert again.read(r"\bsend\b(?=[^\n]{0,80}https?://)", lowercase=True) == first and again.missed == []
    assert again.read(r"\bsend\b", lowercase=False) and again.missed == [r"\bsend\b"]


def _required(regex: str, lowercase: bool = True) -> list[set[str]]:
    return [set(group) for group in prefilter.read(re.compile(regex), lowercase).required]


@pytest.mark.parametrize("regex,groups", [
    (r"\bignore\W{1,3}(?:all |the )?instructions?\b", [{"instruction"}, {"ignore"}]),
    (r"\b(?:api\W{1,3}keys?|passwords?)\b", [{"api", "password"}]),
    (r"\bsend\b(?=[^\n]{0,80}https?://)", [{"http://", "https://"}, {"send"}]),
    (r"(?<!not )\breveal\b(?!\W{1,3}nothing)", [{"reveal"}]),
    (r"ab(?:c|d)?e", [{"abe", "abce", "abde"}]),
    (r"(?:a|b)c", [{"ac", "bc"}]),
    (r"[xy]{2,}z|w+", [{"w", "z"}]),
    (r"(?i)Ignore", [{"ignore"}]),
])
def test_the_strings_read_off_a_regex(regex, groups):
    assert sorted(_required(regex), key=sorted) == sorted(groups, key=sorted)


@pytest.mark.parametrize("regex", [r"\w+", r"x*", r"(\w)\1", r"(?:abc)?", r"[^a]{3}", r"a|\d"])
def test_what_cannot_be_bounded_adds_no_group(regex):
    assert _required(regex) == []


def test_a_case_insensitive_regex_on_text_of_any_case_is_not_filtered():
    assert _required(r"(?i)ignore", lowercase=False) == []
    assert _required(r"DAN", lowercase=False) == [{"DAN"}]


class _Sampler:
    """Random strings a regex's syntax tree spells, with each lookahead's or lookbehind's text spelled in place (the
    prefilter claims its strings for a match together with its lookarounds)."""
    ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 .,:;!?-_'\"<>[](){}|/@#=\n\t\u00e9\u0436\u4e2d"

    def __init__(self, seed: int, lookarounds: bool = True) -> None:
        self.random = random.Random(seed)
        self.lookarounds = lookarounds
        self.groups: dict[int, str] = {}
        """What each numbered group spelled last, for a back-reference."""

    def spell(self, items) -> str:
        return "".join(self.item(op.name, argument) for op, argument in items)

    def item(self, name: str, argument) -> str:
        if name == "LITERAL":
            return chr(argument)
        if name == "NOT_LITERAL":
            return self.pick(lambda char: char != chr(argument))
        if name == "ANY":
            return self.pick(lambda char: char != "\n")
        if name == "IN":
            own = [chr(a if op.name == "LITERAL" else a[0]) for op, a in argument if op.name in ("LITERAL", "RANGE")]
            return self.pick(lambda char: self.in_class(char, argument), own)
        if name in ("AT", "ASSERT_NOT"):
            return ""
        if name == "ASSERT":
            return self.spell(argument[1]) if self.lookarounds else ""
        if name == "SUBPATTERN":
            spelled = self.spell(argument[-1])
            self.groups[argument[0]] = spelled
            return spelled
        if name == "GROUPREF":
            return self.groups.get(argument, "")
        if name == "BRANCH":
            return self.spell(self.random.choice(argument[1]))
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = argument
            return "".join(self.spell(body) for _ in range(self.random.randint(low, min(high, low + 3))))
        raise AssertionError(f"no sampler for {name}")

    def pick(self, accepts, own: list[str] = ()) -> str:
        """A character of the alphabet or of the class's own (`own`) that `accepts` takes."""
        return self.random.choice([char for char in self.ALPHABET + "".join(own) if accepts(char)])

    @staticmethod
    def in_class(char: str, items) -> bool:
        inside = False
        for op, argument in items:
            if op.name == "NEGATE":
                continue
            if op.name == "LITERAL":
                inside |= char == chr(argument)
            elif op.name == "RANGE":
                inside |= argument[0] <= ord(char) <= argument[1]
            elif op.name == "CATEGORY":
                inside |= bool(re.fullmatch({"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D",
                                             "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S",
                                             "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}[argument.name], char))
        negated = bool(items) and items[0][0].name == "NEGATE"
        return inside != negated


@pytest.mark.parametrize("pattern", injection.PATTERNS, ids=lambda pattern: pattern.name)
def test_every_string_a_pattern_spells_holds_its_required_strings(pattern):
    from re import _parser

    tree = _parser.parse(pattern.regex.pattern, pattern.regex.flags)
    sampler = _Sampler(seed=7)
    for _ in range(200):
        spelled = sampler.spell(tree)
        subject = spelled.lower() if pattern.view != "text" else spelled
        missing = [sorted(group) for group in pattern.requires if not any(string in subject for string in group)]
        assert not missing, (spelled, missing)


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for name in ("detection_corpus.jsonl", "injection_heldout.jsonl")
             for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    return texts + [text.upper() for text in texts[:200]]


def test_the_index_keeps_every_pattern_that_matches_a_labelled_text():
    lost = []
    for text in _texts():
        view, native, _ = injection.normalise(text)
        views = {"folded": view, "native": native, "text": text}
        kept = set(injection._INDEX.candidates(views))
        lost += [(pattern.name, text[:80]) for number, pattern in enumerate(injection.PATTERNS)
                 if number not in kept and pattern.regex.search(views[pattern.view])]
    assert not lost


def test_the_index_runs_few_patterns_on_ordinary_text():
    view, native, _ = injection.normalise("The build failed on the second step; retry it after the cache is cleared. "
                                          "Logs are attached to the ticket for the on-call engineer to review.")
    assert len(injection._INDEX.candidates({"folded": view, "native": native, "text": view})) < len(injection.PATTERNS) / 5


@pytest.mark.parametrize("regex,leads", [
    (r"(?<!not )\bignore\W{1,3}all", {"ignore"}),
    (r"\b(?:ignore|set\W{1,3}aside|don't)\b", {"ignore", "set", "don't"}),
    (r"(?:a|bc)d\w", {"ad", "bcd"}),
    (r"(?:ab)+c", {"ab"}),
    (r"\bsend\b(?=[^\n]{0,9}http)", {"send"}),
])
def test_the_strings_every_match_starts_with(regex, leads):
    assert prefilter.read(re.compile(regex), lowercase=True).leads == leads


@pytest.mark.parametrize("regex", [r"\w+x", r"(?m)^\W{0,3}system:", r"(?:the )?\w+", r"\b(?:please\W)?ignore"])
def test_a_regex_that_may_start_anyhow_has_no_leading_strings(regex):
    assert prefilter.read(re.compile(regex), lowercase=True).leads is None


_LED = [(p.name, p.regex, p.leads, p.view) for p in injection.PATTERNS if p.leads] + [
    (f"jailbreak_cue_{n}", cue, leads, "folded")
    for n, (cue, leads) in enumerate(zip(injection._JAILBREAK_CUES, injection._JAILBREAK_LEADS)) if leads]


@pytest.mark.parametrize("name,regex,leads,view", _LED, ids=[name for name, *_ in _LED])
def test_every_string_a_pattern_spells_starts_with_one_of_its_leading_strings(name, regex, leads, view):
    from re import _parser

    tree = _parser.parse(regex.pattern, regex.flags)
    sampler = _Sampler(seed=11, lookarounds=False)
    for _ in range(100):
        spelled = sampler.spell(tree)
        subject = spelled.lower() if view != "text" else spelled
        assert subject.startswith(tuple(leads)), (spelled, sorted(leads)[:10])


def test_a_long_text_gets_the_same_matches_tried_only_where_leading_strings_start():
    texts = _texts()
    random.Random(5).shuffle(texts)
    documents = ["\n\n".join(texts[start:start + 80]) for start in range(0, 1040, 80)]
    assert all(len(document) > injection.WINDOWED_FROM for document in documents)
    for document in documents + [documents[0].upper()]:
        view, native, _ = injection.normalise(document)
        views = {"folded": view, "native": native, "text": document}
        starts: dict = {}
        for pattern in injection.PATTERNS:
            subject = views[pattern.view]
            windowed = [m.span() for m in pattern.finditer(subject, starts)]
            assert windowed == [m.span() for m in pattern.regex.finditer(subject)], pattern.name
        for cue, leads in zip(injection._JAILBREAK_CUES, injection._JAILBREAK_LEADS):
            windowed = [m.span() for m in injection._finditer(cue, leads, "folded", view, starts)]
            assert windowed == [m.span() for m in cue.finditer(view)], cue.pattern
