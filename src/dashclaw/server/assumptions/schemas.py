from __future__ import annotations

from ..core.validation import Bool, OneOf, QueryFilters, RequestModel, Text


class AssumptionCreate(RequestModel):
    action_id: Text(128, required=True)
    assumption: Text(2000, required=True)
    assumption_id: Text(128, required=True) | None = None
    basis: Text(2000) | None = None
    validated: Bool = False
    invalidated: Bool = False
    invalidated_reason: Text(2000) | None = None


class AssumptionValidation(RequestModel):
    validated: Bool
    invalidated_reason: Text(2000) | None = None


TrueFalse = OneOf("true", "false")


class AssumptionFilters(QueryFilters):
    validated: TrueFalse | None = None
    stale: TrueFalse | None = None
    drift: TrueFalse | None = None
    action_id: str | None = None
    agent_id: str | None = None
    cursor: str | None = None
