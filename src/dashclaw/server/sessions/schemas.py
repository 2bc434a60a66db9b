from __future__ import annotations

from ..core.validation import Integer, QueryFilters, RequestModel, Text


class SessionCreate(RequestModel):
    agent_id: Text(128, required=True)
    workspace: Text(2000) | None = None
    branch: Text(256) | None = None


class SessionUpdate(RequestModel):
    """Status values are free text; `blocked` keeps `blocked_reason`, and `closed` ends the session."""

    status: Text(64) | None = None
    green_level: Text(64) | None = None
    branch_freshness: Text(64) | None = None
    commits_behind: Integer(0, 10**9) | None = None
    blocked_reason: Text(2000) | None = None


class SessionFilters(QueryFilters):
    agent_id: str | None = None
    status: str | None = None
