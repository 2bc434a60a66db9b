from __future__ import annotations

from ..core.validation import Bool, Integer, OneOf, QueryFilters, RequestModel, Text

RECORD_TYPES = ("observation", "preference", "mood", "approach")
READ_TYPES = ("summary", "observations", "preferences", "moods", "approaches")


class PreferenceRecord(RequestModel):
    """`POST /api/preferences`: `type` names the record, whose own text field (`observation`, ...) is required."""

    type: OneOf(*RECORD_TYPES)
    agent_id: Text(128) | None = None
    observation: Text(2000) | None = None
    preference: Text(2000) | None = None
    mood: Text(200) | None = None
    approach: Text(2000) | None = None
    category: Text(200) | None = None
    importance: Integer(1, 10) | None = None
    confidence: Integer(0, 100) | None = None
    energy: Text(100) | None = None
    notes: Text(2000) | None = None
    context: Text(2000) | None = None
    success: Bool | None = None


class PreferenceFilters(QueryFilters):
    type: OneOf(*READ_TYPES) = "summary"
    agent_id: str | None = None
