from __future__ import annotations

from typing import Any

from ..core.redaction import REDACTION_MODES
from ..core.validation import OneOf, QueryFilters, RequestModel, Text

MAX_SCAN_CHARS = 262_144
"""The longest text one scan takes (UTF-16 units), about a quarter of a second of scanning."""


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


class ScanFilters(QueryFilters):
    agent_id: str | None = None
