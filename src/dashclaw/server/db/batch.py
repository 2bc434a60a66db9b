"""Group commit: many requests hand rows to one writer thread that inserts them together.

Under load one transaction carries many rows, inserted by one multi-row statement (one SQLite writer lock,
one PostgreSQL fsync). Queueing is bounded, in rows and in time: while `capacity` rows wait, or while the
oldest row not yet committed was queued more than `MAX_LAG_SECONDS` ago, a producer waits (a thread
blocks, a coroutine yields to the event loop). So a row queued with `submit`/`submit_async` is only ever
acknowledged while the writer is less than `MAX_LAG_SECONDS` behind, and a hard crash loses at most the
rows queued in that last stretch.

Every queued row gets a sequence number; the writer publishes the number up to which rows are committed
(or failed), once per batch. `write`/`write_async` and `flush` wait on that number; there is no per-row
future. A row is encoded into a flat tuple when queued, so what waits in the queue keeps no containers
alive for the garbage collector to scan.
"""
from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import deque
from concurrent.futures import Future
from functools import partial
from typing import Any, Callable, Mapping

import orjson
from sqlalchemy import JSON, Table
from sqlalchemy.engine import Connection

from .engine import Database, commit_held_write

log = logging.getLogger("dashclaw.server.db")

CAPACITY = 256  # rows waiting at most
MAX_LAG_SECONDS = 0.04  # producers wait while the oldest uncommitted row is older (tests/server/test_crash.py)
MAX_BATCH = 256  # rows per INSERT statement and per transaction
LINGER_SECONDS = 0.005  # a writer woken by a few rows waits this long for more, so light load commits in groups too
FLUSH_TIMEOUT = 5.0

Row = tuple[Any, ...]
Companion = Callable[[Connection, "list[Row]"], Callable[[], None]]
"""More work in a batch's own transaction (given the encoded rows); what it returns runs once that has committed."""
_STOP = object()  # queued by `close`: the writer commits what came before it, then exits


def companions(*each: Companion) -> Companion:
    """Several companions in one batch's transaction, in order; what each returns runs after the commit, in order."""

    def run(connection: Connection, rows: list[Row]) -> Callable[[], None]:
        after_commit = [companion(connection, rows) for companion in each]

        def committed() -> None:
            for step in after_commit:
                step()

        return committed

    return run


def _constant(value: Any) -> Callable[[], Any]:
    return lambda: value


_NO_DEFAULT = _constant(None)


def _json_text(value: Any) -> str:
    return orjson.dumps(value).decode()


async def _progress_of(progress: Future) -> None:
    """Wait for the writer's next progress; a cancelled waiter must not cancel the signal the others wait on."""
    await asyncio.shield(asyncio.wrap_future(progress))


def _column_encoders(table: Table, db: Database) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    """(column name, value -> DB-API value) for each column: JSON as text, other types as the dialect binds them."""
    dialect = db.engine.dialect
    return tuple(
        (column.name, _json_text if isinstance(column.type, JSON) else column.type.dialect_impl(dialect).bind_processor(dialect))
        for column in table.columns
    )


def _column_defaults(table: Table) -> dict[str, Callable[[], Any]]:
    """The value of each column with a Python-side default, for rows that leave it out."""
    defaults: dict[str, Callable[[], Any]] = {}
    for column in table.columns:
        default = column.default
        if default is not None and default.is_callable:
            defaults[column.name] = partial(default.arg, None)  # SQLAlchemy's wrapper takes an execution context
        elif default is not None and default.is_scalar:
            defaults[column.name] = _constant(default.arg)
    return defaults


class BatchWriter:
    """Inserts rows of one table from a writer thread, many per statement; see the module docstring."""

    def __init__(self, db: Database, table: Table, name: str, *, capacity: int = CAPACITY, max_batch: int = MAX_BATCH,
                 companion: Companion | None = None):
        self._db = db
        self._table = table
        self._companion = companion
        self._encoders = _column_encoders(table, db)
        self._defaults = _column_defaults(table)
        self._insert_prefix, self._row_values = self._statement_parts()
        self._capacity = capacity
        self._max_batch = max_batch
        self._pending: deque[tuple[float, Row | object]] = deque()  # (when queued, row or _STOP)
        self._committing_since: float | None = None  # when the oldest row of the batch being committed was queued
        self._lock = threading.Lock()
        self._rows_waiting = threading.Condition(self._lock)  # the writer sleeps on this
        self._progress = threading.Condition(self._lock)  # producers and flushers sleep on this
        self._next_progress: Future = Future()  # the same signal for coroutines; replaced each time it fires
        self._queued = 0  # sequence number of the last row queued
        self._done = 0  # every row up to this sequence number is committed or has failed
        self._awaited: set[int] = set()  # rows whose producer waits to learn their fate
        self._failures: dict[int, BaseException] = {}
        self._closed = False
        self._thread = threading.Thread(target=self._run, name=f"dashclaw-{name}-writer", daemon=True)

    def start(self) -> None:
        """Start the writer thread (the app's lifespan does this)."""
        self._thread.start()

    def close(self) -> None:
        """Commit everything queued so far, then stop the writer thread."""
        with self._lock:
            self._closed = True
            self._pending.append((time.monotonic(), _STOP))
            self._rows_waiting.notify()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def submit(self, row: Mapping[str, Any]) -> None:
        """Queue `row` and return without waiting for its commit. From a worker thread: waits while the writer is behind."""
        encoded = self._encode(row)
        with self._lock:
            self._progress.wait_for(self._has_room)
            self._enqueue(encoded, awaited=False)

    async def submit_async(self, row: Mapping[str, Any]) -> None:
        """`submit` for the event loop: while the writer is behind, yields to other requests until it catches up."""
        await self._enqueue_async(self._encode(row), awaited=False)

    def write(self, row: Mapping[str, Any], timeout: float = 30.0) -> None:
        """Insert `row`; returns once it is committed (raises what the insert raised). From a worker thread."""
        commit_held_write()  # the writer may need the lock this request holds
        encoded = self._encode(row)
        with self._lock:
            self._progress.wait_for(self._has_room)
            sequence = self._enqueue(encoded, awaited=True)
            if not self._progress.wait_for(lambda: self._done >= sequence, timeout):
                self._awaited.discard(sequence)
                raise TimeoutError(f"row {sequence} of {self._table.name} not committed within {timeout} s")
            failure = self._failures.pop(sequence, None)
        if failure is not None:
            raise failure

    async def write_async(self, row: Mapping[str, Any]) -> None:
        """`write` for the event loop: waits for the commit without holding a thread."""
        commit_held_write()
        sequence = await self._enqueue_async(self._encode(row), awaited=True)
        while True:
            with self._lock:
                if self._done >= sequence:
                    failure = self._failures.pop(sequence, None)
                    break
                progress = self._next_progress
            await _progress_of(progress)
        if failure is not None:
            raise failure

    def flush(self, timeout: float = FLUSH_TIMEOUT) -> bool:
        """Wait until every row queued before this call is committed (or has failed); False if `timeout` came first."""
        commit_held_write()
        with self._lock:
            target = self._queued
            return self._progress.wait_for(lambda: self._done >= target, timeout)

    def _encode(self, row: Mapping[str, Any]) -> Row:
        values = (row[name] if name in row else self._defaults.get(name, _NO_DEFAULT)() for name, _ in self._encoders)
        return tuple(value if encode is None else encode(value) for value, (_, encode) in zip(values, self._encoders))

    def _has_room(self) -> bool:
        """Whether a row may be queued now (the lock is held): the queue is not full and the writer not behind."""
        if len(self._pending) >= self._capacity:
            return False
        oldest = self._committing_since
        if oldest is None and self._pending:
            oldest = self._pending[0][0]
        return oldest is None or time.monotonic() - oldest < MAX_LAG_SECONDS

    def _enqueue(self, encoded: Row, awaited: bool) -> int:
        """Append one row (the lock is held and there is room); returns its sequence number."""
        if self._closed:
            raise RuntimeError(f"the {self._table.name} writer is closed")
        self._pending.append((time.monotonic(), encoded))
        self._queued += 1
        if awaited:
            self._awaited.add(self._queued)
        if len(self._pending) in (1, self._max_batch):
            self._rows_waiting.notify()
        return self._queued

    async def _enqueue_async(self, encoded: Row, awaited: bool) -> int:
        while True:
            with self._lock:
                if self._has_room():
                    return self._enqueue(encoded, awaited)
                progress = self._next_progress
            await _progress_of(progress)

    def _batch_ready(self) -> bool:
        """Whether to commit now rather than linger (the lock is held): a full batch, or a stop, is waiting."""
        return len(self._pending) >= self._max_batch or self._closed

    def _signal_progress(self) -> Future:
        """Wake every waiter (the lock is held); returns the coroutines' future, to complete once unlocked."""
        self._progress.notify_all()
        fired, self._next_progress = self._next_progress, Future()
        return fired

    def _run(self) -> None:
        stopping = False
        while not stopping:
            batch: list[Row] = []
            with self._lock:
                self._rows_waiting.wait_for(lambda: self._pending)
                self._rows_waiting.wait_for(self._batch_ready, LINGER_SECONDS)
                while self._pending and len(batch) < self._max_batch:
                    queued_at, row = self._pending.popleft()
                    if row is _STOP:
                        stopping = True
                        break
                    if not batch:
                        self._committing_since = queued_at
                    batch.append(row)
                first = self._done + 1
                room = self._signal_progress()
            room.set_result(None)
            failures = self._commit(batch, first) if batch else {}
            with self._lock:
                self._done += len(batch)
                self._committing_since = None
                for sequence in range(first, first + len(batch)):
                    if sequence in self._awaited:
                        self._awaited.discard(sequence)
                        if sequence in failures:
                            self._failures[sequence] = failures[sequence]
                committed = self._signal_progress()
            committed.set_result(None)

    def _commit(self, batch: list[Row], first: int) -> dict[int, BaseException]:
        """Insert the batch; returns the failures by sequence number (one bad row must not cost the others)."""
        try:
            self._insert(batch)
            return {}
        except Exception:
            failures: dict[int, BaseException] = {}
            for sequence, row in enumerate(batch, start=first):
                try:
                    self._insert([row])
                except Exception as exc:
                    log.error("insert into %s failed (%s); row %s dropped", self._table.name, type(exc).__name__, row[0])
                    failures[sequence] = exc
            return failures

    def _insert(self, rows: list[Row]) -> None:
        statement = self._insert_prefix + ", ".join([self._row_values] * len(rows))
        parameters = tuple(value for row in rows for value in row)
        with self._db.write_connection() as connection:
            connection.exec_driver_sql(statement, parameters)
            committed = self._companion(connection, rows) if self._companion is not None else None
        if committed is not None:
            committed()

    def _statement_parts(self) -> tuple[str, str]:
        """('INSERT INTO t (a, b) VALUES ', '(?, ?)') in the driver's own placeholder style."""
        dialect = self._db.engine.dialect
        quote = dialect.identifier_preparer.quote
        marker = "?" if dialect.paramstyle == "qmark" else "%s"
        names = ", ".join(quote(name) for name, _ in self._encoders)
        row_values = "(" + ", ".join([marker] * len(self._encoders)) + ")"
        return f"INSERT INTO {quote(self._table.name)} ({names}) VALUES ", row_values
