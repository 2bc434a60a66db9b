from __future__ import annotations

from ..core.validation import Array, Integer, Object, OneOf, QueryFilters, RequestModel, Text

EVENT_TYPES = ("fetched", "applied", "overridden", "outcome")
MAX_EVENTS = 100


class RebuildRequest(RequestModel):
    agent_id: Text(128, required=True) | None = None
    action_type: Text(128, required=True) | None = None
    action_id: Text(128, required=True) | None = None
    lookback_days: Integer(1, 365) = 30
    min_samples: Integer(2, 100) = 5
    episode_limit: Integer(100, 10_000) = 5000


class RecommendationEventItem(RequestModel):
    event_type: OneOf(*EVENT_TYPES)
    recommendation_id: Text(128) | None = None
    agent_id: Text(128) | None = None
    action_id: Text(128) | None = None
    event_key: Text(200) | None = None
    details: Object(10_000) = {}


class RecommendationEvents(RequestModel):
    """`{events: [...]}`, or one event as the whole body (2.10.0's dict form)."""

    events: Array(MAX_EVENTS, 20_000) | None = None


class ActiveUpdate(RequestModel):
    active: bool


class RecommendationFilters(QueryFilters):
    agent_id: str | None = None
    action_type: str | None = None
    limit: int = 50
    include_inactive: bool = False
    track_events: bool = False
    include_metrics: bool = False
    lookback_days: int = 30


class MetricsFilters(QueryFilters):
    agent_id: str | None = None
    action_type: str | None = None
    limit: int = 100
    include_inactive: bool = False
    lookback_days: int = 30


class LessonFilters(QueryFilters):
    agent_id: str | None = None
    action_type: str | None = None
    cursor: str | None = None
