"""Turning rows into response dicts, the one way: ISO timestamps, string ids, no internal keys."""
from __future__ import annotations

from datetime import datetime
from typing import Any, Iterable

from sqlalchemy import inspect

from .clock import iso


def row_to_dict(row: Any, *, exclude: Iterable[str] = (), id_field: str | None = None) -> dict[str, Any]:
    """Columns of an ORM row as JSON-ready values; `id_field` also becomes `id` (routes never take serials)."""
    skip = {"pk", *exclude}
    out: dict[str, Any] = {}
    for attr in inspect(row).mapper.column_attrs:
        if attr.key in skip:
            continue
        value = getattr(row, attr.key)
        name = attr.columns[0].name
        out[name] = iso(value) if isinstance(value, datetime) else value
    if id_field is not None:
        out = {"id": out[id_field], **out}
    return out
