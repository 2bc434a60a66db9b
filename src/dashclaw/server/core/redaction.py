"""The one DLP pipeline: secrets (and, where the org asks, personal data) in stored text are replaced before
they reach the database.

What is found comes from `core/detectors.py`, the detector set the security scanner uses too. What it
becomes depends on the org's redaction mode (`REDACTION_MODES`):

- `keep` (the default): secrets become `[REDACTED:<pattern>]`; personal data is stored as sent;
- `redact`: secrets and personal data become `[REDACTED:<pattern>]`;
- `hash`: both become `[HASH:<pattern>:<16 hex>]`, the start of the SHA-256 of the value, so equal values
  can be matched up without being stored. A raw secret is never stored in any mode.

Scanning is linear in the length of the text, by construction, because any client can send text:

- every quantifier is bounded, so no attempt looks further than a fixed distance from where it starts;
- an attempt that can fail after a long scan (a JWT's first segment must end in `.`, a private key's body
  runs until `--`) stops where the next attempt of the same pattern would start, so no character is
  examined by more than a few attempts;
- a pattern runs only on text that holds one of its hints (plain substring tests), so ordinary text costs
  a handful of passes at memory speed;
- overlapping detections are resolved by merging ordered lists, one pass per detector.

`tests/server/test_redaction.py` times every pattern on its worst inputs from 1 KB to 1 MB.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Callable

from .cache import TTLCache
from .detectors import CRITICAL, MIN_SECRET_LENGTH, PII, SECRET, SECRET_DETECTORS, Detection, detect, replace

KEEP, REDACT, HASH = "keep", "redact", "hash"
REDACTION_MODES = (KEEP, REDACT, HASH)
DEFAULT_MODE = KEEP
PATTERNS = SECRET_DETECTORS
"""Every secret the pipeline redacts in every mode."""
HASH_CHARS = 16


@dataclass
class Findings:
    """What the pipeline redacted, as the `security` block write endpoints return."""

    matches: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: "Findings") -> None:
        self.matches.extend(other.matches)

    def summary(self) -> dict[str, Any]:
        categories = sorted({name for name, _ in self.matches})
        return {
            "clean": not self.matches,
            "findings_count": len(self.matches),
            "critical_count": sum(1 for _, severity in self.matches if severity == CRITICAL),
            "categories": categories,
        }


def redact_text(text: str, findings: Findings, mode: str = DEFAULT_MODE) -> str:
    """`text` with every secret (and in `redact`/`hash` mode every personal datum) replaced, each noted in `findings`."""
    detections = detect(text, (SECRET,) if mode == KEEP else (SECRET, PII))
    if not detections:
        return text

    def replacement(found: Detection, value: str) -> str:
        findings.matches.append((found.detector.name, found.detector.severity))
        if mode == HASH:
            return f"[HASH:{found.detector.name}:{hashlib.sha256(value.encode()).hexdigest()[:HASH_CHARS]}]"
        return f"[REDACTED:{found.detector.name}]"

    return replace(text, detections, replacement)


def redact(value: Any, findings: Findings, mode: str = DEFAULT_MODE) -> Any:
    """A copy of `value` with strings redacted anywhere inside it (lists and dicts, at any depth)."""
    holder = [value]
    pending: list[tuple[Any, Any]] = [(holder, 0)]
    while pending:  # a loop, not recursion: depth is the client's to choose
        container, key = pending.pop()
        item = container[key]
        if isinstance(item, str):
            if len(item) >= MIN_SECRET_LENGTH:
                container[key] = redact_text(item, findings, mode)
        elif isinstance(item, list):
            container[key] = copy = list(item)
            pending.extend((copy, index) for index in reversed(range(len(copy))))
        elif isinstance(item, dict):
            container[key] = copy = dict(item)
            pending.extend((copy, name) for name in reversed(list(copy)))
    return holder[0]


def redact_value(value: Any, mode: str = DEFAULT_MODE) -> tuple[Any, Findings]:
    """One value redacted, and what was found in it."""
    findings = Findings()
    return redact(value, findings, mode), findings


def redact_fields(data: dict[str, Any], names: tuple[str, ...], mode: str = DEFAULT_MODE) -> Findings:
    """Redact the named fields of `data` in place and return what was found."""
    findings = Findings()
    for name in names:
        if data.get(name) is not None:
            data[name] = redact(data[name], findings, mode)
    return findings


class OrgRedaction:
    """Each org's redaction mode, read through `load(org_id)` and cached briefly; every change is announced on
    the event bus, so replicas forget the org's entry at once (the TTL is the backstop)."""

    TTL_SECONDS = 5.0

    def __init__(self, load: Callable[[str], str]):
        self._load = load
        self._modes: TTLCache[str, str] = TTLCache(self.TTL_SECONDS)

    def mode(self, org_id: str) -> str:
        """The org's mode (`keep` unless it chose another)."""
        return self._modes.get_or_load(org_id, lambda: self._load(org_id))

    def forget(self, org_id: str | None = None) -> None:
        """Drop one org's cached mode, or every org's (None)."""
        self._modes.forget(org_id)
