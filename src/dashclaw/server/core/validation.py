"""Request validation: Pydantic models with JSON-style types, and one translator to the wire messages.

Rules (contract 1.7): `null` counts as absent, unknown keys are dropped, every field is checked and all
messages are returned together, in schema order. `50.0` is an integer (JSON cannot tell it from `50`),
`true` is not; strings, booleans and arrays are never coerced from other types.
"""
from __future__ import annotations

import math
from typing import Annotated, Any, Iterable, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    model_validator,
)
from pydantic_core import PydanticCustomError


class RequestModel(BaseModel):
    """Base of every request body: ignores unknown keys and treats `null` as absent."""

    model_config = ConfigDict(extra="ignore", strict=True)

    @model_validator(mode="before")
    @classmethod
    def _drop_nulls(cls, data: Any) -> Any:
        if isinstance(data, dict):
            problems = [f"{key} {problem}" for key, value in data.items() if (problem := _unstorable(value))]
            if problems:
                raise UnstorableText(problems)
            return {k: v for k, v in data.items() if v is not None}
        return data

    def provided(self) -> dict[str, Any]:
        """Only the fields the client actually sent."""
        return {name: getattr(self, name) for name in self.model_fields_set}


class UnstorableText(Exception):
    """Text no database can hold (NUL characters, unpaired surrogates): a 400, raised past Pydantic."""

    def __init__(self, details: list[str]):
        super().__init__("; ".join(details))
        self.details = details


def _unstorable(value: Any) -> str | None:
    if isinstance(value, str):
        if "\x00" in value:
            return "must not contain NUL characters"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "must be valid Unicode text"
        return None
    if isinstance(value, list):
        return next((p for p in map(_unstorable, value) if p), None)
    if isinstance(value, dict):
        return next((p for p in map(_unstorable, [*value.keys(), *value.values()]) if p), None)
    return None


def _json_integer(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise PydanticCustomError("int_type", "must be an integer")
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise PydanticCustomError("int_type", "must be an integer")
        return int(value)
    return value


def _json_number(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise PydanticCustomError("float_type", "must be a number")
    return value


def _utf16_max(max_length: int):
    def check(value: str) -> str:
        # Lengths are counted as JavaScript does (UTF-16 code units), so limits match the reference clients.
        if len(value) > max_length // 2 and len(value.encode("utf-16-le")) // 2 > max_length:
            raise PydanticCustomError("string_too_long", "too long", {"max_length": max_length})
        return value

    return check


def Text(max_length: int, *, required: bool = False):
    """A string field limited to `max_length` UTF-16 units; `required` strings must also be non-empty."""
    return Annotated[str, Field(min_length=1 if required else 0), AfterValidator(_utf16_max(max_length))]


MAX_SAFE_INTEGER = 2**53 - 1  # the largest integer every JSON client (JavaScript included) holds exactly


def Integer(ge: int | None = None, le: int = MAX_SAFE_INTEGER):
    return Annotated[int, BeforeValidator(_json_integer), Field(ge=ge, le=le, strict=False)]


def Number(ge: float | None = None, le: float | None = None):
    return Annotated[float, BeforeValidator(_json_number), Field(ge=ge, le=le, strict=False)]


def Array(max_items: int):
    return Annotated[list[Any], Field(max_length=max_items)]


def OneOf(*values: str):
    return Literal[values]  # type: ignore[valid-type]


Bool = bool
JSONObject = dict[str, Any]


def _field_name(loc: Iterable[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    # Literal/union branches add the branch name after the field; the field is what the client knows.
    return parts[0] if parts else "body"


def _message(error: dict[str, Any]) -> str | None:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    field = _field_name(error["loc"])
    if kind == "missing":
        return f"{field} is required"
    if kind == "string_too_short":
        return f"{field} cannot be empty"
    if kind == "string_too_long":
        return f"{field} exceeds max length of {ctx.get('max_length')}"
    if kind == "too_long":
        return f"{field} exceeds max items of {ctx.get('max_length')}"
    if kind in ("string_type", "string_sub_type"):
        return f"{field} must be a string"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"{field} must be an integer"
    if kind in ("float_type", "float_parsing", "finite_number"):
        return f"{field} must be a number"
    if kind in ("bool_type", "bool_parsing"):
        return f"{field} must be a boolean"
    if kind in ("list_type", "tuple_type", "set_type"):
        return f"{field} must be an array"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"{field} must be an object"
    if kind == "literal_error":
        expected = ctx.get("expected", "")
        return f"{field} must be one of: " + expected.replace("'", "").replace(" or ", ", ")
    if kind == "greater_than_equal":
        return f"{field} must be >= {_plain(ctx.get('ge'))}"
    if kind == "less_than_equal":
        return f"{field} must be <= {_plain(ctx.get('le'))}"
    if kind == "greater_than":
        return f"{field} must be > {_plain(ctx.get('gt'))}"
    return f"{field}: {error.get('msg', 'is invalid')}"


def _plain(number: Any) -> str:
    if isinstance(number, float) and number.is_integer():
        return str(int(number))
    return str(number)


def describe_errors(errors: list[dict[str, Any]]) -> tuple[int, str, list[str] | None]:
    """Map Pydantic/FastAPI errors to `(status, error, details)` for the wire."""
    for error in errors:
        if error["type"] == "json_invalid":
            return 400, "Invalid JSON body", None
        loc = tuple(error.get("loc") or ())
        if loc == ("body",):
            if error["type"] == "missing":
                return 400, "Request body is required", None
            return 400, "Request body must be a JSON object", None
    details: list[str] = []
    for error in errors:
        message = _message(error)
        if message and message not in details:
            details.append(message)
    return 400, "Validation failed", details
