"""The one way lists take `limit` and `offset`, and the one opaque cursor for keyset pagination."""
from __future__ import annotations

import base64
import binascii
import json
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Annotated, Any, Iterator

from fastapi import Depends, Query
from sqlalchemy import Integer, Row, Select, and_, case, func, or_, select, true
from sqlalchemy.orm import Session

from .clock import parse_iso
from .errors import ApiError
from .validation import MAX_INT32


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def page_params(default_limit: int, max_limit: int):
    """A dependency reading `limit` (capped at `max_limit`) and `offset` from the query string."""

    async def params(
        limit: int = Query(default_limit, ge=0, le=MAX_INT32),
        offset: int = Query(0, ge=0, le=MAX_INT32),
    ) -> Page:
        return Page(min(limit, max_limit), offset)

    return params


def Paging(default_limit: int, max_limit: int):
    """The type of a route's `page` parameter: `page: Paging(50, 200)`."""
    return Annotated[Page, Depends(page_params(default_limit, max_limit))]


COUNT_CAP = 10_000
"""How many rows a capped count reads at most: past it a list's `total` is a lower bound."""


def count_up_to(session: Session, query: Select, cap: int = COUNT_CAP, branches: list[Any] = ()) -> tuple[int, bool]:
    """(how many rows `query` selects, capped at `cap`; whether that is exact): a count that stays cheap. With
    `branches` (conditions no row meets twice), the rows meeting any one of them, counted branch by branch."""
    counted = 0
    for branch in _branches_to_read(session, branches) or [true()]:
        if counted <= cap:
            counted += session.scalar(select(func.count()).select_from(
                query.where(branch).limit(cap + 1 - counted).subquery())) or 0
    return min(counted, cap), counted <= cap


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


def _branches_to_read(session: Session, branches: list[Any]) -> list[Any]:
    """The reads for rows meeting any of `branches`: one per branch on SQLite, which sorts every row an OR
    matches; one OR on PostgreSQL, which combines the branches' index ranges in one bitmap scan."""
    if len(branches) < 2 or session.get_bind().dialect.name == "sqlite":
        return list(branches)
    return [or_(*branches)]


class KeysetOrder(ABC):
    """An order a list pages through by keyset: `next_cursor` resumes after the last row shown, so every page
    costs the same however deep it is, and rows inserted meanwhile never shift a page."""

    @abstractmethod
    def after(self, cursor: str | None) -> list[Any]:
        """Conditions selecting the rows that follow the cursor's row (none without a cursor); 400 for a bad one."""

    @abstractmethod
    def order_by(self) -> tuple[Any, ...]:
        """The ORDER BY clauses of this order."""

    @abstractmethod
    def cursor_of(self, row: Any) -> str:
        """The cursor that resumes after `row`."""

    def _page(self, rows: list[Any], limit: int) -> tuple[list[Any], str | None]:
        """The first `limit` of `rows` (read with `limit + 1`) and the cursor after them when more follow."""
        if len(rows) <= limit or limit == 0:
            return rows[:limit], None
        return rows[:limit], self.cursor_of(rows[limit - 1])

    def read(
        self, session: Session, query: Select, cursor: str | None, limit: int, offset: int = 0,
    ) -> tuple[list[Any], str | None]:
        """A page of `query` in this order after `cursor` (or past `offset`) and the cursor after it: rows of the
        ordered entity, or tuples led by it when `query` selects more than that entity."""
        rows = self._rows(session, query, cursor, limit + 1, offset)
        leads, next_cursor = self._page([row[0] for row in rows], limit)
        return (leads if len(query.column_descriptions) == 1 else rows[:len(leads)]), next_cursor

    def _rows(self, session: Session, query: Select, cursor: str | None, wanted: int, offset: int) -> list[Row]:
        """Up to `wanted` rows of `query` after `cursor` (or past `offset`), in this order."""
        return list(session.execute(
            query.where(*self.after(cursor)).order_by(*self.order_by()).limit(wanted).offset(offset)
        ))


@dataclass(frozen=True)
class Descending(KeysetOrder):
    """Rows by a unique integer column, highest first (an append-only log by sequence number: newest first)."""

    key: Any

    def after(self, cursor: str | None) -> list[Any]:
        if not cursor:
            return []
        (key,) = decode_cursor(cursor, (int,))
        return [self.key < key]

    def order_by(self) -> tuple[Any, ...]:
        return (self.key.desc(),)

    def cursor_of(self, row: Any) -> str:
        return encode_cursor(getattr(row, self.key.key))


@dataclass(frozen=True)
class Ranked:
    """An order by a column's listed values, the first listed first (values the column may hold but the list
    lacks sort last, and are left out when a page is read rank by rank)."""

    column: Any
    values: tuple[str, ...]

    def expression(self) -> Any:
        return case(*((self.column == value, rank) for rank, value in enumerate(self.values)), else_=len(self.values))

    def of(self, row: Any) -> int:
        value = getattr(row, self.column.key)
        return self.values.index(value) if value in self.values else len(self.values)


@dataclass(frozen=True)
class NewestFirst(KeysetOrder):
    """Rows newest first by a timestamp column, ties broken by a unique key (a string id or an integer primary
    key), optionally after a `Ranked` order (most urgent first)."""

    at: Any
    key: Any
    ranked: Ranked | None = None

    def order_by(self, ranked: bool = True) -> tuple[Any, ...]:
        newest = (self.at.desc(), self.key.desc())
        return newest if self.ranked is None or not ranked else (self.ranked.expression(), *newest)

    def after(self, cursor: str | None) -> list[Any]:
        if not cursor:
            return []
        rank, older = self._position(cursor)
        if self.ranked is None:
            return older
        rank_of_row = self.ranked.expression()
        return [rank_of_row >= rank, or_(rank_of_row > rank, and_(rank_of_row == rank, *older))]

    def by_rank(self, cursor: str | None) -> Iterator[tuple[Any, ...]]:
        """For a ranked order, per listed value from the cursor's on: the conditions selecting that value's rows
        that follow the cursor, to be read newest first (`order_by()` without the rank). Reading rank by rank
        until a page is full reads one index range each instead of sorting every row by rank."""
        start, older = self._position(cursor) if cursor else (0, [])
        for rank, value in enumerate(self.ranked.values[start:], start):
            yield (self.ranked.column == value, *(older if rank == start else ()))

    def _position(self, cursor: str) -> tuple[int, list[Any]]:
        """(the cursor row's rank, 0 when unranked; the conditions for rows of that rank that follow it)."""
        key_kind = int if isinstance(self.key.type, Integer) else str
        *rank, at_text, key = decode_cursor(cursor, (str, key_kind) if self.ranked is None else (int, str, key_kind))
        try:
            at = parse_iso(at_text)
        except ValueError as exc:
            raise ApiError(400, "Invalid cursor") from exc
        # The first bound is where an index range scan starts.
        return (rank[0] if rank else 0), [self.at <= at, or_(self.at < at, and_(self.at == at, self.key < key))]

    def read_either(
        self, session: Session, query: Select, branches: list[Any], cursor: str | None, limit: int, offset: int = 0,
    ) -> tuple[list[Any], str | None]:
        """Like `read`, for the rows of `query` that meet any one of `branches` (conditions no row meets twice):
        on SQLite each branch is read as its own index range and the ranges merged, newest first (an OR in one
        query makes SQLite collect and sort every matching row); PostgreSQL reads the OR as one query."""
        branches = _branches_to_read(session, branches)
        if len(branches) < 2:
            return self.read(session, query.where(*branches), cursor, limit, offset)
        wanted = limit + 1 + offset
        rows: list[Row] = []
        for branch in branches:
            rows += super()._rows(session, query.where(branch), cursor, wanted, 0)  # unranked: one index range
        rows.sort(key=lambda row: (getattr(row[0], self.at.key), getattr(row[0], self.key.key)), reverse=True)
        return self._page([row[0] for row in rows[offset:offset + limit + 1]], limit)

    def cursor_of(self, row: Any) -> str:
        rank = () if self.ranked is None else (self.ranked.of(row),)
        return encode_cursor(*rank, getattr(row, self.at.key).isoformat(), getattr(row, self.key.key))

    def _rows(self, session: Session, query: Select, cursor: str | None, wanted: int, offset: int) -> list[Row]:
        """A ranked order without an offset is read rank by rank (`by_rank`)."""
        if self.ranked is None or offset:
            return super()._rows(session, query, cursor, wanted, offset)
        rows: list[Row] = []
        for rank in self.by_rank(cursor):
            if len(rows) >= wanted:
                break
            rows += session.execute(query.where(*rank).order_by(*self.order_by(ranked=False)).limit(wanted - len(rows)))
        return rows
