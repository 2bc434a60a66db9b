from __future__ import annotations

from typing import Any

from ..core.validation import Integer, Number, Object, OneOf, QueryFilters, RequestModel, Text

RUN_STATUSES = ("pending", "running", "completed", "failed")


class ScoreCreate(RequestModel):
    action_id: Text(128) | None = None
    scorer_name: Text(256) | None = None
    score: Number() | None = None
    label: Text(256) | None = None
    reasoning: Text(5000) | None = None
    evaluated_by: Text(128) | None = None
    metadata: Object(10_000) | None = None


class ScorerCreate(RequestModel):
    name: Text(256) | None = None
    scorer_type: Text(32) | None = None
    config: Object(20_000) = {}
    description: Text(2000) | None = None


class ScorerUpdate(RequestModel):
    name: Text(256, required=True) | None = None
    description: Text(2000) | None = None
    config: Object(20_000) | None = None


class ActionFilters(RequestModel):
    agent_id: Text(128) | None = None
    action_type: Text(128) | None = None
    date_from: Text(64) | None = None
    date_to: Text(64) | None = None
    limit: Integer(1, 500) = 500


class RunCreate(RequestModel):
    name: Text(256) | None = None
    scorer_id: Text(64) | None = None
    action_filters: ActionFilters = ActionFilters()


class ScoreFilters(QueryFilters):
    action_id: str | None = None
    scorer_name: str | None = None
    evaluated_by: str | None = None
    agent_id: str | None = None
    run_id: str | None = None
    min_score: float | None = None
    max_score: float | None = None
    cursor: str | None = None


class RunFilters(QueryFilters):
    status: OneOf(*RUN_STATUSES) | None = None
    cursor: str | None = None


class StatsFilters(QueryFilters):
    days: int = 30
    agent_id: str | None = None
    scorer_name: str | None = None


def required(body: Any, *names: str) -> list[str]:
    """The named fields the body left out."""
    return [name for name in names if getattr(body, name) is None]

