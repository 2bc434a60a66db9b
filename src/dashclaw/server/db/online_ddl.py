"""Index changes that never stop writes: for migrations on tables that may be large.

On PostgreSQL an index is built or dropped CONCURRENTLY, which cannot run inside a transaction, so the change
runs in an autocommit block; on SQLite both are plain statements in the migration's transaction.
"""
from __future__ import annotations

from contextlib import nullcontext
from typing import ContextManager

from alembic import op


def on_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def outside_transaction_on_postgresql() -> ContextManager:
    """Where CONCURRENTLY can run: outside the migration's transaction on PostgreSQL."""
    return op.get_context().autocommit_block() if on_postgresql() else nullcontext()


def concurrently() -> dict[str, bool]:
    """Keyword arguments for `op.create_index`/`op.drop_index`: CONCURRENTLY on PostgreSQL."""
    return {"postgresql_concurrently": True} if on_postgresql() else {}


def replace_index(table: str, name: str, before: list[str] | None, after: list[str] | None) -> None:
    """Make index `name` on `table` cover `after` instead of `before` (either None: no such index). On
    PostgreSQL the new index is built before the old one is dropped, so queries always have one."""
    if before is not None and after is not None and on_postgresql():
        op.execute(f"ALTER INDEX {name} RENAME TO {name}_old")
        op.create_index(name, table, after, unique=False, **concurrently())
        op.drop_index(f"{name}_old", table_name=table, **concurrently())
        return
    if before is not None:
        op.drop_index(name, table_name=table, **concurrently())
    if after is not None:
        op.create_index(name, table, after, unique=False, **concurrently())
