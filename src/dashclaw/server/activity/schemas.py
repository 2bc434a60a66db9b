from __future__ import annotations

from ..core.validation import QueryFilters


class ActivityFilters(QueryFilters):
    agent_id: str | None = None
    type: str | None = None
    """An action (`policy.created`) or a family of them (`policy` is every `policy.*` entry)."""
    action: str | None = None
    actor_id: str | None = None
    resource_type: str | None = None
    after: str | None = None
    """Only entries created after this ISO-8601 timestamp (to the millisecond, as entries show their times)."""
    before: str | None = None
    """Only entries created before this ISO-8601 timestamp (to the millisecond)."""
    cursor: str | None = None
    """The `next_cursor` of the previous page."""
