from __future__ import annotations

from pydantic import Field

from ..core.validation import Array, Bool, Integer, Number, OneOf, QueryFilters, RequestModel, Text

STATUSES = ("running", "completed", "failed", "cancelled", "pending", "pending_approval")


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
    systems_touched: Array(50) = []
    input_summary: Text(4000) | None = None
    status: OneOf(*STATUSES) = "running"
    reversible: Bool | None = None
    risk_score: Integer(0, 100) | None = None
    confidence: Integer(0, 100) = 50
    recommendation_id: Text(128) | None = None
    recommendation_applied: Bool = False
    recommendation_override_reason: Text(500) | None = None
    output_summary: Text(4000) | None = None
    side_effects: Array(50) = []
    artifacts_created: Array(100) = []
    error_message: Text(4000) | None = None
    timestamp_start: Text(64) | None = None
    timestamp_end: Text(64) | None = None
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
    side_effects: Array(50) | None = None
    artifacts_created: Array(100) | None = None
    error_message: Text(4000) | None = None
    timestamp_end: Text(64) | None = None
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


class DeleteFilters(QueryFilters):
    action_id: str | None = None
    before: str | None = None
    agent_id: str | None = None
    status: OneOf(*STATUSES) | None = None
