from __future__ import annotations

from typing import Annotated

from pydantic import Field

from ..core.validation import Integer, Object, QueryFilters, RequestModel, Text


class FeedbackCreate(RequestModel):
    rating: Integer() | None = None
    comment: Text(5000) = ""
    action_id: Text(128) = ""
    agent_id: Text(128) = ""
    category: Text(128) = "general"
    tags: Annotated[list[Text(64)], Field(max_length=20)] = []
    metadata: Object(10_000) = {}
    source: Text(64) = "user"


class FeedbackResolve(RequestModel):
    resolved_by: Text(128) | None = None


class FeedbackFilters(QueryFilters):
    action_id: str | None = None
    agent_id: str | None = None
    category: str | None = None
    sentiment: str | None = None
    resolved: bool | None = None
    cursor: str | None = None


class StatsFilters(QueryFilters):
    agent_id: str | None = None
