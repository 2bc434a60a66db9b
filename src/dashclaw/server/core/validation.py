"""Request validation: Pydantic models with JSON-style types, and one translator to the wire messages.

Rules (contract 1.7): `null` counts as absent, unknown keys are dropped, every field is checked and all
messages are returned together, in schema order. `50.0` is an integer (JSON cannot tell it from `50`),
`true` is not; strings, booleans and arrays are never coerced from other types.

Whatever a client sends is bounded before any route sees it (`json_body_problem`, run by the gateway): a
body is JSON, holds at most `MAX_JSON_VALUES` values, nested at most `MAX_JSON_DEPTH` deep. Every value a
model accepts can be stored and served back as it came (`json_value_problem`).
"""
from __future__ import annotations

import functools
import math
import re
from typing import Annotated, Any, Iterable, Literal

import orjson
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError


def _optional_fields_accept_null(schema: dict[str, Any]) -> None:
    """JSON Schema for "`null` counts as absent": every optional property also accepts `null`."""
    required = set(schema.get("required", ()))
    for name, field in schema.get("properties", {}).items():
        value_keys = [key for key in field if key not in ("title", "default", "description")]
        if name in required or not value_keys or {"type": "null"} in field.get("anyOf", ()):
            continue
        field["anyOf"] = [{key: field.pop(key) for key in value_keys}, {"type": "null"}]


class RequestModel(BaseModel):
    """Base of every request body: ignores unknown keys and treats `null` as absent."""

    model_config = ConfigDict(extra="ignore", strict=True, json_schema_extra=_optional_fields_accept_null)

    @model_validator(mode="before")
    @classmethod
    def _drop_nulls(cls, data: Any) -> Any:
        if isinstance(data, dict):
            keys = cls._wire_keys()
            declared = {key: value for key, value in data.items() if key in keys}  # the rest is dropped
            problems = [f"{key} {problem}" for key, value in declared.items() if (problem := _unstorable(value))]
            if problems:
                raise UnstorableValue(problems)
            return {k: v for k, v in data.items() if v is not None}
        return data

    @classmethod
    @functools.cache
    def _wire_keys(cls) -> frozenset[str]:
        """The body keys this model reads: field names and their aliases (`maxConcurrent` for `max_concurrent`)."""
        return frozenset(cls.model_fields) | {field.alias for field in cls.model_fields.values() if field.alias}

    def provided(self) -> dict[str, Any]:
        """Only the fields the client actually sent."""
        return {name: getattr(self, name) for name in self.model_fields_set}


class QueryFilters(BaseModel):
    """Base of a list endpoint's filters, read from the query string (unknown parameters are ignored)."""

    model_config = ConfigDict(extra="ignore")


class UnstorableValue(Exception):
    """A value no database can hold or no client can read back (see `json_value_problem`): a 400, raised
    past Pydantic."""

    def __init__(self, details: list[str]):
        super().__init__("; ".join(details))
        self.details = details


MAX_JSON_DEPTH = 32
"""How deeply objects and arrays may nest in a request body (the body itself is level 1)."""
MAX_JSON_VALUES = 20_000
"""How many values (objects, arrays, strings, numbers, ...) one request body may hold."""
INT64 = range(-(2**63), 2**63)
_STRING = re.compile(rb'"[^"]*"?')  # in a body without escapes; an unterminated one too


def json_body_problem(body: bytes) -> str | None:
    """Why a non-empty request body is refused before any route sees it, or None.

    Values are counted on the raw bytes before anything is parsed, with scans at memory speed, so a body of
    a million tiny values is refused without the cost of parsing it; the depth is measured on the parsed
    value.
    """
    too_many = f"JSON body holds more than {MAX_JSON_VALUES} values"
    if _values_at_most(body) > MAX_JSON_VALUES:  # commas and brackets inside strings count too, at first
        unescaped = body.replace(b"\\\\", b"").replace(b'\\"', b"")  # now every string ends at its next quote
        if unescaped.count(b'"') > 4 * MAX_JSON_VALUES:  # every string is a value, or a key that has one
            return too_many
        skeleton = _STRING.sub(b"", unescaped)
        if skeleton.count(b"[") != skeleton.count(b"]") or skeleton.count(b"{") != skeleton.count(b"}"):
            return "Invalid JSON body"
        if _values_at_most(skeleton) > MAX_JSON_VALUES:
            return too_many
    try:
        parsed = orjson.loads(body)  # which also refuses anything nested beyond 1024 levels
    except orjson.JSONDecodeError:
        return "Invalid JSON body"
    if json_depth(parsed) > MAX_JSON_DEPTH:
        return f"JSON body nests objects and arrays more than {MAX_JSON_DEPTH} levels deep"
    return None


def _values_at_most(text: bytes) -> int:
    # Every value but the first in its array or object follows a comma; in valid JSON every array and object
    # is closed, so there are no more of them than of the rarer bracket of each pair.
    arrays = min(text.count(b"["), text.count(b"]"))
    objects = min(text.count(b"{"), text.count(b"}"))
    return text.count(b",") + arrays + objects + 1


def json_depth(value: Any) -> int:
    """How deeply objects and arrays nest in `value` (0 for a scalar, 1 for `[]`), measured level by level."""
    depth = 0
    level = [value]
    while containers := [node for node in level if type(node) in (dict, list)]:
        depth += 1
        level = [child for node in containers for child in (node.values() if type(node) is dict else node)]
    return depth


def json_value_problem(value: Any) -> str | None:
    """Why a JSON value cannot be stored and served back as it came, or None.

    Refused anywhere inside it: NUL characters and unpaired surrogates (no database holds them), integers
    beyond 64 bits (JSON libraries cannot write them back), NaN and Infinity (not JSON), and objects and
    arrays nested more than `MAX_JSON_DEPTH` deep. Walked level by level, so any depth is safe to check.
    """
    level = [value]
    for depth in range(MAX_JSON_DEPTH + 1):
        nested: list[Any] = []
        for item in level:
            kind = type(item)
            if kind is str:
                if "\x00" in item:
                    return "must not contain NUL characters"
                if not item.isascii() and not _encodable(item):
                    return "must be valid Unicode text"
            elif kind is int:
                if item not in INT64:
                    return "must not contain integers beyond 64 bits"
            elif kind is float:
                if not math.isfinite(item):
                    return "must not contain NaN or Infinity"
            elif kind is dict:
                nested += item
                nested += item.values()
            elif kind is list:
                nested += item
        if not nested:
            return None
        level = nested
    return f"must not nest objects and arrays more than {MAX_JSON_DEPTH} levels deep"


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _unstorable(value: Any) -> str | None:
    # A number at the top is a typed field's: its own bounds say what is wrong with it.
    return None if isinstance(value, (int, float)) else json_value_problem(value)


def _json_integer(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise PydanticCustomError("int_type", "must be an integer")
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise PydanticCustomError("int_type", "must be an integer")
        return int(value)
    return value


def _json_number(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise PydanticCustomError("float_type", "must be a number")
    try:
        number = float(value)
    except OverflowError:  # an integer beyond any float
        raise PydanticCustomError("float_type", "must be a number") from None
    if not math.isfinite(number):
        raise PydanticCustomError("float_type", "must be a number")
    return number + 0.0  # -0.0 is stored and returned as 0.0


def _utf16_length(text: str) -> int:
    # Lengths are counted as JavaScript does (UTF-16 code units), so limits match the reference clients.
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def _utf16_max(max_length: int):
    def check(value: str) -> str:
        if len(value) > max_length // 2 and _utf16_length(value) > max_length:
            raise PydanticCustomError("string_too_long", "too long", {"max_length": max_length})
        return value

    return check


def Text(max_length: int, *, required: bool = False):
    """A string field limited to `max_length` UTF-16 units; `required` strings must also be non-empty."""
    length = Field(min_length=1 if required else 0, json_schema_extra={"maxLength": max_length})
    return Annotated[str, length, AfterValidator(_utf16_max(max_length))]


MAX_SAFE_INTEGER = 2**53 - 1  # the largest integer every JSON client (JavaScript included) holds exactly
MAX_INT32 = 2**31 - 1
"""The largest value an `Integer` column (serial ids, small counts) holds on PostgreSQL."""


def Integer(ge: int | None = None, le: int = MAX_SAFE_INTEGER):
    """A JSON integer (`50.0` counts) within bounds, which come first so the schema shows minimum/maximum."""
    return Annotated[int, Field(ge=ge, le=le, strict=False), BeforeValidator(_json_integer)]


def Number(ge: float | None = None, le: float | None = None):
    """A finite JSON number within bounds (shown as minimum/maximum, as for `Integer`)."""
    return Annotated[float, Field(ge=ge, le=le, strict=False), BeforeValidator(_json_number)]


def _json_length(value: Any) -> int:
    """A string's length in UTF-16 units (as `Text` counts), any other value's as compact JSON text."""
    return _utf16_length(value) if isinstance(value, str) else len(orjson.dumps(value))


def _items_max(max_length: int):
    def check(items: list[Any]) -> list[Any]:
        for index, item in enumerate(items):
            if _json_length(item) > max_length:
                raise PydanticCustomError("item_too_long", "item too long", {"max_length": max_length, "index": index})
        return items

    return check


def _json_max(max_length: int):
    def check(value: Any) -> Any:
        if _json_length(value) > max_length:
            raise PydanticCustomError("string_too_long", "too long", {"max_length": max_length})
        return value

    return check


SYSTEM_NAME_LENGTH = 256
"""The longest item of `systems_touched`, on actions and guard requests alike."""


def Array(max_items: int, max_item_length: int):
    """A JSON array of at most `max_items` values of any kind, each at most `max_item_length` long (see
    `_json_length`), so no one item costs more than a bounded scan to check, redact or store."""
    return Annotated[list[Any], Field(max_length=max_items), AfterValidator(_items_max(max_item_length))]


def Object(max_length: int):
    """A JSON object of any shape, at most `max_length` long as compact JSON text."""
    return Annotated[dict[str, Any], AfterValidator(_json_max(max_length))]


def OneOf(*values: str):
    return Literal[values]  # type: ignore[valid-type]


Bool = bool


def _field_name(loc: Iterable[Any]) -> str:
    parts = list(loc)
    if parts and parts[0] in ("body", "query", "path", "header"):  # where it was, not a field (which may be `query`)
        parts = parts[1:]
    if not parts:
        return "body"
    # Literal/union branches add the branch name after the field; the field (and an item's index) is what the
    # client knows: `requiredSkills[0]`.
    name = str(parts[0])
    for part in parts[1:]:
        if not isinstance(part, int):
            break
        name += f"[{part}]"
    return name


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
    if kind == "item_too_long":
        return f"{field}[{ctx.get('index')}] exceeds max length of {ctx.get('max_length')}"
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


def validated_items(model: type[RequestModel], items: list[Any], label: str) -> tuple[list[Any], list[str]]:
    """Each item of a JSON array checked against `model`: the valid items, and every problem named by its place
    (`goals[3].title exceeds max length of 500`)."""
    valid, details = [], []
    for index, item in enumerate(items):
        place = f"{label}[{index}]"
        if not isinstance(item, dict):
            details.append(f"{place} must be an object")
            continue
        try:
            valid.append(model.model_validate(item))
        except UnstorableValue as exc:
            details += [f"{place}.{detail}" for detail in exc.details]
        except ValidationError as exc:
            details += [f"{place}.{detail}" for detail in describe_errors(exc.errors())[2] or ()]
    return valid, details
