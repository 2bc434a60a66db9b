from __future__ import annotations

from typing import Any

from ..core.detectors import CRITICAL, DETECTORS, HIGH, LOW, MEDIUM
from ..core.redaction import REDACTION_MODES
from ..core.validation import OneOf, QueryFilters, RequestModel, Text
from .injection import PATTERNS

MAX_SCAN_CHARS = 262_144
"""The longest text one scan takes (UTF-16 units), about a quarter of a second of scanning."""
SEVERITIES = (CRITICAL, HIGH, MEDIUM, LOW)
"""Most severe first."""
CONTENT_CATEGORIES = tuple(sorted({d.category for d in DETECTORS}))
INJECTION_CATEGORIES = tuple(sorted({p.category for p in PATTERNS}))
CATEGORIES = tuple(sorted({*CONTENT_CATEGORIES, *INJECTION_CATEGORIES}))
"""What stored findings (secrets, personal data) and prompt-injection scans can be filtered by."""


class ScanRequest(RequestModel):
    text: Any = None  # checked by the service, which answers with the reference's messages
    agent_id: Text(128) | None = None
    destination: Text(256) | None = None
    store: Any = None  # anything but `false` stores (the reference's rule)


class InjectionScanRequest(RequestModel):
    text: Any = None
    agent_id: Text(128) | None = None
    source: Text(128) | None = None
    store: Any = None


class SettingsUpdate(RequestModel):
    redaction_mode: OneOf(*REDACTION_MODES)


class FindingFilters(QueryFilters):
    agent_id: str | None = None
    category: OneOf(*CATEGORIES) | None = None
    severity: OneOf(*SEVERITIES) | None = None
    """At least this severe: a finding's most severe pattern, a scan's risk level."""
    cursor: str | None = None
