from __future__ import annotations

from ..core.validation import Integer, OneOf, QueryFilters, RequestModel, Text

POINT_CATEGORIES = ("decision", "task", "insight", "question", "constraint", "general")


class PointCreate(RequestModel):
    content: Text(5000, required=True)
    agent_id: Text(128) | None = None
    category: OneOf(*POINT_CATEGORIES) = "general"
    importance: Integer(1, 10) = 5
    session_date: Text(10) | None = None  # a date; today (UTC) when absent


class PointFilters(QueryFilters):
    agent_id: str | None = None
    category: str | None = None
    session_date: str | None = None


class ThreadCreate(RequestModel):
    name: Text(500, required=True)
    agent_id: Text(128) | None = None
    summary: Text(5000) | None = None


class ThreadUpdate(RequestModel):
    status: OneOf("active", "closed") | None = None
    summary: Text(5000) | None = None


class ThreadFilters(QueryFilters):
    agent_id: str | None = None
    status: str | None = None


class EntryCreate(RequestModel):
    content: Text(5000, required=True)
    entry_type: Text(100, required=True) = "note"
