from __future__ import annotations

from typing import Annotated

from pydantic import Field

from ..core.validation import SYSTEM_NAME_LENGTH, Array, Bool, Integer, Number, OneOf, QueryFilters, RequestModel, Text

STATUSES = ("running", "completed", "failed", "cancelled", "pending", "pending_approval")
ITEM_LENGTH = 2000  # each `side_effects` / `artifacts_created` item
Timestamp = Annotated[Text(64), Field(json_schema_extra={"format": "date-time"})]  # parsed by `parse_timestamps`


class ActionCreate(RequestModel):
    agent_id: Text(128, required=True)
    action_type: Text(128, required=True)
    declared_goal: Text(2000, required=True)
    action_id: Text(128, required=True) | None = None
    agent_name: Text(256) | None = None
    swarm_id: Text(128) | None = None
    parent_action_id: Text(128) | None = None
    reasoning: Text(4000) | None = None
    authorization_scope: Text(1000) | None = None
    trigger: Text(1000) | None = None
    systems_touched: Array(50, SYSTEM_NAME_LENGTH) = []
    input_summary: Text(4000) | None = None
    status: OneOf(*STATUSES) = "running"
    reversible: Bool | None = None
    risk_score: Integer(0, 100) | None = None
    confidence: Integer(0, 100) = 50
    recommendation_id: Text(128) | None = None
    recommendation_applied: Bool = False
    recommendation_override_reason: Text(500) | None = None
    output_summary: Text(4000) | None = None
    side_effects: Array(50, ITEM_LENGTH) = []
    artifacts_created: Array(100, ITEM_LENGTH) = []
    error_message: Text(4000) | None = None
    timestamp_start: Timestamp | None = None
    timestamp_end: Timestamp | None = None
    duration_ms: Integer(0) | None = None
    cost_estimate: Number(0) = 0
    tokens_in: Integer(0) = 0
    tokens_out: Integer(0) = 0


OUTCOME_FIELDS = (
    "status", "output_summary", "side_effects", "artifacts_created", "error_message", "timestamp_end", "duration_ms",
    "cost_estimate",
)


class ActionOutcome(RequestModel):
    status: OneOf(*STATUSES) | None = None
    output_summary: Text(4000) | None = None
    side_effects: Array(50, ITEM_LENGTH) | None = None
    artifacts_created: Array(100, ITEM_LENGTH) | None = None
    error_message: Text(4000) | None = None
    timestamp_end: Timestamp | None = None
    duration_ms: Integer(0) | None = None
    cost_estimate: Number(0) | None = None
    tokens_in: Integer(0) | None = None
    tokens_out: Integer(0) | None = None


class ApprovalDecision(RequestModel):
    decision: OneOf("allow", "deny")
    reasoning: Text(4000) | None = None


class ActionFilters(QueryFilters):
    agent_id: str | None = None
    swarm_id: str | None = None
    status: OneOf(*STATUSES) | None = None
    action_type: str | None = None
    risk_min: int | None = Field(None, ge=0, le=100)
    cursor: str | None = None


class DeleteFilters(QueryFilters):
    action_id: str | None = None
    before: str | None = None
    agent_id: str | None = None
    status: OneOf(*STATUSES) | None = None
