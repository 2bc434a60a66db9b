from __future__ import annotations

from ..core.validation import SYSTEM_NAME_LENGTH, Array, Bool, Integer, OneOf, QueryFilters, RequestModel, Text
from .engine import DECISIONS


class GuardRequest(RequestModel):
    action_type: Text(128, required=True)
    risk_score: Integer(0, 100) | None = None
    agent_id: Text(128) | None = None
    systems_touched: Array(50, SYSTEM_NAME_LENGTH) = []
    reversible: Bool | None = None
    declared_goal: Text(2000) | None = None
    reasoning: Text(4000) | None = None
    include_signals: Bool = False


class DecisionFilters(QueryFilters):
    agent_id: str | None = None
    decision: OneOf(*DECISIONS) | None = None
    cursor: str | None = None
