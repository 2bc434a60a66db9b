from __future__ import annotations

from ..core.validation import Bool, QueryFilters, RequestModel, Text


class ScheduleCreate(RequestModel):
    agent_id: Text(128, required=True)
    name: Text(500, required=True)
    cron_expression: Text(200, required=True)
    description: Text(2000) | None = None
    enabled: Bool | None = None


class ScheduleFilters(QueryFilters):
    agent_id: str | None = None
