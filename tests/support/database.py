"""The server's database, read (and, to stage old data, written) directly: proof that a refusal wrote nothing."""
from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from dashclaw.server.db.models import Base

BOOKKEEPING = frozenset({"rate_limit_windows", "server_instances", "scheduled_jobs", "api_key_usage", "webhook_attempts"})
"""Tables a server writes on its own clock (request counts, heartbeats, job claims, delivery attempts), not on
behalf of a request."""
TABLES = tuple(table.name for table in Base.metadata.sorted_tables if table.name not in BOOKKEEPING)
"""Every other table, so a new domain's tables are covered without being listed."""
VOLATILE = {
    "webhook_deliveries": frozenset({"status", "attempts", "next_attempt_at", "claim_token", "response_status",
                                     "duration_ms", "error", "attempted_at"}),
}
"""Columns the server changes on its own clock (a delivery's retries): a request's rows are still counted and
digested by everything else they hold."""


def _digested(table: str) -> str:
    columns = [f'"{column.name}"' for column in Base.metadata.tables[table].columns if column.name not in VOLATILE.get(table, ())]
    return f"SELECT {', '.join(columns)} FROM {table}"


class DatabaseProbe:
    """Row counts plus a digest of every row of every table, and raw statements for staging data."""

    def __init__(self, url: str):
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://"):]
        self.engine = create_engine(url, poolclass=NullPool)

    def snapshot(self, server=None, api_key: str | None = None) -> dict[str, tuple[int, str]]:
        """With a server and key, first wait for writes the server queued in the background (the guard
        decision log is group-committed; reading it is the documented barrier)."""
        if server is not None:
            status, _, _ = server.request("GET", "/api/guard?limit=1", api_key)
            assert status == 200, f"barrier read failed: {status}"
        state = {}
        with self.engine.connect() as conn:
            for table in TABLES:
                rows = sorted(repr(tuple(row)) for row in conn.execute(text(_digested(table))))
                state[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
        return state

    def execute(self, statement: str, **params: Any) -> None:
        """Run one statement in its own transaction (to stage rows the API would not write)."""
        with self.engine.begin() as conn:
            conn.execute(text(statement), params)

    def close(self) -> None:
        self.engine.dispose()


def changed_tables(before: dict, after: dict) -> dict[str, str]:
    """What differs between two snapshots, table by table."""
    changes = {}
    for table in TABLES:
        if before[table] != after[table]:
            (rows_before, _), (rows_after, _) = before[table], after[table]
            changes[table] = f"rows {rows_before} -> {rows_after}" + ("" if rows_before != rows_after else " (contents changed)")
    return changes
