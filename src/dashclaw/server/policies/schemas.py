from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

from ..core.validation import Array, Bool, Integer, OneOf, QueryFilters, RequestModel, Text
from ..guard.engine import POLICY_TYPES

POLICY_YAML_MAX_CHARS = 1_000_000


def _flag(value: Any) -> Any:
    if value is True or value is False:
        return int(value)
    if value in (0, 1) and not isinstance(value, float):
        return value
    raise PydanticCustomError("bool_type", "must be a boolean")


Flag = Annotated[int, BeforeValidator(_flag)]
"""`true`/`false` or `1`/`0`, stored as 1/0 like `active`."""


class PolicyCreate(RequestModel):
    name: Text(256, required=True)
    policy_type: OneOf(*POLICY_TYPES)
    rules: Any  # a JSON string (as the reference takes it) or an object; checked against the policy type
    active: Integer(0, 1) = 1
    shadow: Flag = 0
    created_by: Text(256) | None = None


class PolicyUpdate(RequestModel):
    id: Text(64) | None = None
    name: Text(256, required=True) | None = None
    rules: Any = None
    active: Any = None
    shadow: Flag | None = None


class PolicyImport(RequestModel):
    pack: Text(64) | None = None
    yaml: Text(POLICY_YAML_MAX_CHARS) | None = None
    shadow: Bool = False
    """Import every policy in shadow mode: watch what it would do before enforcing it."""


class ProofQuery(QueryFilters):
    format: str = "md"


class SimulatedPolicy(RequestModel):
    name: Text(256) | None = None
    policy_type: OneOf(*POLICY_TYPES)
    rules: Any


class SimulationRequest(RequestModel):
    policy_type: OneOf(*POLICY_TYPES) | None = None
    rules: Any = None
    policies: Array(50, 8000) | None = None
    days: Integer(1, 365) = 7


class ShadowQuery(QueryFilters):
    window: str = "7d"
