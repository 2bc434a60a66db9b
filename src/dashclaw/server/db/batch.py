"""Group commit: many requests hand rows to one writer thread that inserts them together.

Under load one transaction carries many rows instead of one each (one SQLite writer lock, one PostgreSQL
fsync). Callers choose: `write`/`write_async` return once their row is committed; `submit` returns at
once, and `flush` is the barrier that readers and shutdown use to see everything submitted so far.
"""
from __future__ import annotations

import asyncio
import logging
import queue
import threading
from concurrent.futures import Future
from typing import Any

from sqlalchemy import Table, insert

from .engine import Database

log = logging.getLogger("dashclaw.server.db")
MAX_BATCH = 500


class BatchWriter:
    def __init__(self, db: Database, table: Table, name: str):
        self._db = db
        self._table = table
        self._queue: queue.SimpleQueue[tuple[dict[str, Any], Future] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=f"dashclaw-{name}-writer", daemon=True)
        self._thread.start()

    def write(self, row: dict[str, Any], timeout: float = 30.0) -> None:
        """Insert `row`; returns once it is committed (raises what the insert raised)."""
        done: Future = Future()
        self._queue.put((row, done))
        done.result(timeout=timeout)

    def submit(self, row: dict[str, Any]) -> Future:
        """Queue `row` and return without waiting; the returned future completes at commit."""
        done: Future = Future()
        self._queue.put((row, done))
        return done

    def flush(self, timeout: float = 30.0) -> None:
        """Wait until every row submitted before this call is committed (or has failed)."""
        marker: Future = Future()
        self._queue.put(({}, marker))
        marker.result(timeout=timeout)

    async def write_async(self, row: dict[str, Any]) -> None:
        """`write` for the event loop: waits for the commit without holding a thread."""
        done: Future = Future()
        self._queue.put((row, done))
        await asyncio.wrap_future(done)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            batch = [item]
            while len(batch) < MAX_BATCH:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._commit(batch)
                    return
                batch.append(more)
            self._commit(batch)

    def _commit(self, batch: list[tuple[dict[str, Any], Future]]) -> None:
        entries = [(row, done) for row, done in batch if row]  # empty rows are flush markers
        try:
            if entries:
                self._insert([row for row, _ in entries])
        except Exception:
            # One bad row must not cost the others: retry one by one and fail only the rows that fail.
            for row, done in entries:
                try:
                    self._insert([row])
                except Exception as exc:
                    log.error("insert into %s failed (%s); row %s dropped", self._table.name, type(exc).__name__, row.get("id"))
                    done.set_exception(exc)
        for _, done in batch:
            if not done.done():
                done.set_result(None)

    def _insert(self, rows: list[dict[str, Any]]) -> None:
        with self._db.write_connection() as connection:
            connection.execute(insert(self._table), rows)
