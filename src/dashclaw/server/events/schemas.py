from __future__ import annotations

from ..core.validation import QueryFilters


class StreamFilters(QueryFilters):
    types: str | None = None
    """Comma list of event types to receive (default: all)."""
    lastEventId: str | None = None
    """Resume after this event id (the `Last-Event-ID` header wins when both are sent)."""
