from __future__ import annotations

from ..core.validation import OneOf, QueryFilters, RequestModel, Text

LOOP_TYPES = ("followup", "question", "dependency", "approval", "review", "handoff", "other")
PRIORITIES = ("low", "medium", "high", "critical")


class LoopCreate(RequestModel):
    action_id: Text(128, required=True)
    loop_type: OneOf(*LOOP_TYPES)
    description: Text(2000, required=True)
    loop_id: Text(128, required=True) | None = None
    status: OneOf("open", "resolved", "cancelled") = "open"
    priority: OneOf(*PRIORITIES) = "medium"
    owner: Text(256) | None = None
    resolution: Text(2000) | None = None


class LoopResolution(RequestModel):
    status: OneOf("resolved", "cancelled")
    resolution: Text(2000) | None = None


class LoopFilters(QueryFilters):
    status: OneOf("open", "resolved", "cancelled") | None = None
    loop_type: OneOf(*LOOP_TYPES) | None = None
    priority: OneOf(*PRIORITIES) | None = None
    agent_id: str | None = None
    cursor: str | None = None
