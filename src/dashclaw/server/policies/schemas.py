from __future__ import annotations

from typing import Any, Union

from pydantic import Field

from ..core.validation import Integer, OneOf, RequestModel, Text
from ..guard.engine import POLICY_TYPES


class PolicyCreate(RequestModel):
    name: Text(256, required=True)
    policy_type: OneOf(*POLICY_TYPES)
    rules: Union[str, dict[str, Any]]
    active: Integer(0, 1) = 1
    created_by: Text(256) | None = None


class PolicyUpdate(RequestModel):
    id: Text(64, required=True)
    name: Text(256, required=True) | None = None
    rules: Union[str, dict[str, Any], None] = None
    active: Any = Field(default=None)
