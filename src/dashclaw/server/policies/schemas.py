from __future__ import annotations

from typing import Any

from ..core.validation import Integer, OneOf, RequestModel, Text
from ..guard.engine import POLICY_TYPES


class PolicyCreate(RequestModel):
    name: Text(256, required=True)
    policy_type: OneOf(*POLICY_TYPES)
    rules: Any  # a JSON string (as the reference takes it) or an object; checked against the policy type
    active: Integer(0, 1) = 1
    created_by: Text(256) | None = None


class PolicyUpdate(RequestModel):
    id: Text(64) | None = None
    name: Text(256, required=True) | None = None
    rules: Any = None
    active: Any = None
