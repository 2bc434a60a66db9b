"""Running totals kept in the same transaction as the rows they count, so no read has to scan to total them.

A counter table's primary key is what it counts by; every other column is a sum. `add_to_counters` adds
deltas with one upsert per key (created at zero), taking keys in sorted order so that concurrent writers
lock counter rows in the same order and never deadlock each other.
"""
from __future__ import annotations

from typing import Any, Mapping, Sequence

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

Deltas = Mapping[tuple[Any, ...], Sequence[float]]
"""Per counter key (the primary key's values, in order): what to add to each sum column, in order."""

_INSERTS = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def add_to_counters(connection: Connection | Session, table: Table, deltas: Deltas) -> None:
    """Add `deltas` to `table`'s counters through `connection` (a Connection or Session, inside its transaction)."""
    changed = [(key, values) for key, values in sorted(deltas.items()) if any(values)]
    if not changed:
        return
    keys = [column.name for column in table.primary_key.columns]
    sums = [column.name for column in table.columns if not column.primary_key]
    dialect = connection.get_bind().dialect if isinstance(connection, Session) else connection.dialect
    insert = _INSERTS[dialect.name](table)
    statement = insert.on_conflict_do_update(
        index_elements=keys, set_={name: table.c[name] + insert.excluded[name] for name in sums}
    )
    connection.execute(statement, [{**dict(zip(keys, key)), **dict(zip(sums, values))} for key, values in changed])
