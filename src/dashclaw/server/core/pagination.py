"""The one way lists take `limit` and `offset`, and the one opaque cursor for keyset pagination."""
from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query

from .errors import ApiError

MAX_QUERY_INTEGER = 2**31 - 1


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def page_params(default_limit: int, max_limit: int):
    """A dependency reading `limit` (capped at `max_limit`) and `offset` from the query string."""

    async def params(
        limit: int = Query(default_limit, ge=0, le=MAX_QUERY_INTEGER),
        offset: int = Query(0, ge=0, le=MAX_QUERY_INTEGER),
    ) -> Page:
        return Page(min(limit, max_limit), offset)

    return params


def Paging(default_limit: int, max_limit: int):
    """The type of a route's `page` parameter: `page: Paging(50, 200)`."""
    return Annotated[Page, Depends(page_params(default_limit, max_limit))]


def encode_cursor(*values: str | int) -> str:
    """An opaque cursor holding the sort key of the last row shown; the next page starts after it."""
    return base64.urlsafe_b64encode(json.dumps(values, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, kinds: tuple[type, ...]) -> tuple[Any, ...]:
    """The values `encode_cursor` packed, checked against `kinds`; 400 for anything a client made up."""
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError):
        values = None
    if not isinstance(values, list) or len(values) != len(kinds) or not all(
        type(value) is kind for value, kind in zip(values, kinds)
    ):
        raise ApiError(400, "Invalid cursor")
    return tuple(values)
