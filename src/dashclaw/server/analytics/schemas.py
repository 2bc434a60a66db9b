from __future__ import annotations

from ..core.validation import Integer, OneOf, QueryFilters, RequestModel, Text


class VelocityCompute(RequestModel):
    agent_id: Text(128) | None = None
    lookback_days: Integer(1, 365) = 30
    period: OneOf("daily", "weekly") = "daily"


class CurvesCompute(RequestModel):
    agent_id: Text(128) | None = None
    lookback_days: Integer(1, 365) = 60


class VelocityFilters(QueryFilters):
    agent_id: str | None = None
    period: str | None = None
    cursor: str | None = None


class CurveFilters(QueryFilters):
    agent_id: str | None = None
    action_type: str | None = None


class SummaryFilters(QueryFilters):
    agent_id: str | None = None
