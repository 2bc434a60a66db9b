"""Turning rows into response dicts, the one way: ISO timestamps, string ids, no internal keys."""
from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any, Iterable

from sqlalchemy import inspect
from sqlalchemy.orm import Mapper

from .clock import iso


def row_to_dict(row: Any, *, exclude: Iterable[str] = (), id_field: str | None = None) -> dict[str, Any]:
    """Columns of an ORM row as JSON-ready values; `id_field` also becomes `id` (routes never take serials)."""
    skip = {"pk", *exclude}
    out: dict[str, Any] = {}
    for key, name in _columns(inspect(row).mapper):
        if key in skip:
            continue
        value = getattr(row, key)
        out[name] = iso(value) if isinstance(value, datetime) else value
    if id_field is not None:
        out = {"id": out[id_field], **out}
    return out


@lru_cache(maxsize=None)
def _columns(mapper: Mapper) -> tuple[tuple[str, str], ...]:
    """(attribute, column name) of each column a mapper maps, in order: looked up once per model, not per row."""
    return tuple((attr.key, attr.columns[0].name) for attr in mapper.column_attrs)
