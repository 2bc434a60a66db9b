"""The one way lists take `limit` and `offset`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query

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
