from __future__ import annotations

from ..core.validation import Array, QueryFilters, RequestModel, Text


class HandoffCreate(RequestModel):
    summary: Text(5000, required=True)
    agent_id: Text(128, required=True)
    session_date: Text(10) | None = None  # a date; today (UTC) when absent
    key_decisions: Array(100, 2000) | None = None
    open_tasks: Array(100, 2000) | None = None
    next_priorities: Array(100, 2000) | None = None
    mood_notes: Text(2000) | None = None


class HandoffFilters(QueryFilters):
    agent_id: str | None = None
    date: str | None = None
    latest: bool = False
    cursor: str | None = None
