"""Engine and sessions. SQLite gets WAL and a process-wide writer lock; PostgreSQL gets a normal pool.

`write` and `write_connection` commit on success and roll back on any error (no partial writes). Inside a
`HeldWrite` (the gateway opens one around every keyed create), the last write transaction of the request
is not committed when its block ends: it stays open, locks included, until `HeldWrite.finish` runs one
more statement in it (the stored idempotent response) and commits both at once. If the request uses the
database again first (a read, another write, a published event), the held transaction commits then, so
a request always reads its own writes and other replicas never hear of changes before they are visible.
"""
from __future__ import annotations

import threading
from contextlib import ExitStack, contextmanager
from contextvars import ContextVar, Token
from typing import Callable, Iterator

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

POOL_SIZE = 40


class _Abandoned(Exception):
    """Passed to a held transaction's exit stack to make it roll back."""


class HeldWrite:
    """The open last write transaction of one request (see the module docstring); a context manager that
    marks the code whose writes it holds."""

    def __init__(self, db: Database):
        self._db = db
        self._held: tuple[Connection, ExitStack] | None = None
        self._token: Token | None = None

    def __enter__(self) -> HeldWrite:
        self._token = _current_hold.set(self)
        return self

    def __exit__(self, *exc_info) -> None:
        _current_hold.reset(self._token)

    def keep(self, connection: Connection, closing: ExitStack) -> None:
        """Take over a finished write transaction: `closing` commits it and releases its locks."""
        self._held = (connection, closing)

    def commit(self) -> None:
        """Commit what is held now (the request is about to use the database again)."""
        held, self._held = self._held, None
        if held is not None:
            held[1].close()

    def rollback(self) -> None:
        """Roll back what is held (the request failed)."""
        held, self._held = self._held, None
        if held is not None:
            held[1].__exit__(_Abandoned, _Abandoned(), None)

    def finish(self, final: Callable[[Connection], bool]) -> bool:
        """Run `final` in the held transaction and commit both if it returns True; roll back if it returns False.

        With nothing held, `final` runs in a transaction of its own. Returns False only when held writes were
        rolled back, i.e. the request's effects are gone.
        """
        held, self._held = self._held, None
        if held is None:
            with self._db.write_connection() as connection:
                final(connection)
            return True
        connection, closing = held
        try:
            keep = final(connection)
        except BaseException as exc:
            closing.__exit__(type(exc), exc, exc.__traceback__)
            raise
        if keep:
            closing.close()
        else:
            closing.__exit__(_Abandoned, _Abandoned(), None)
        return keep


_current_hold: ContextVar[HeldWrite | None] = ContextVar("dashclaw_held_write", default=None)


def commit_held_write() -> None:
    """Commit the current request's held write, if any, before it touches the database another way."""
    held = _current_hold.get()
    if held is not None:
        held.commit()


class Database:
    """One per app: owns the engine and hands out sessions with the right transaction discipline."""

    def __init__(self, url: str):
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        if self.is_sqlite:
            # Sized above the request thread pool so connections are reused, never churned.
            self.engine = create_engine(
                url, connect_args={"check_same_thread": False, "timeout": 30}, pool_size=POOL_SIZE, max_overflow=POOL_SIZE
            )
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = create_engine(url, pool_size=POOL_SIZE, max_overflow=POOL_SIZE, pool_pre_ping=True)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=False)
        # SQLite allows one writer; serialising writers in-process avoids SQLITE_BUSY lock upgrades.
        self._write_lock = threading.Lock() if self.is_sqlite else None

    @contextmanager
    def read(self) -> Iterator[Session]:
        commit_held_write()
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any error (no partial writes)."""
        with self._writing() as closing:
            session = closing.enter_context(self._sessions())
            closing.enter_context(session.begin())
            if self.is_sqlite:
                session.execute(text("BEGIN IMMEDIATE"))
            yield session
            session.flush()  # errors surface inside the caller's block, even when the commit is held
            self._hold(session.connection(), closing)

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """Like `write`, without the ORM session: for bulk Core inserts on hot paths."""
        with self._writing() as closing:
            connection = closing.enter_context(self.engine.begin())
            if self.is_sqlite:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            yield connection
            self._hold(connection, closing)

    def hold_last_write(self) -> HeldWrite:
        """A `HeldWrite` for one request: enter it around the request, then `finish` or `rollback` it."""
        return HeldWrite(self)

    @contextmanager
    def _writing(self) -> Iterator[ExitStack]:
        """The writer lock (SQLite) around one write transaction; unwinding the stack commits or rolls back."""
        commit_held_write()
        with ExitStack() as closing:
            if self._write_lock is not None:
                closing.enter_context(self._write_lock)
            yield closing

    @staticmethod
    def _hold(connection: Connection, closing: ExitStack) -> None:
        """Hand a finished transaction to the request's `HeldWrite`, if it has one (else it commits now)."""
        held = _current_hold.get()
        if held is not None:
            held.keep(connection, closing.pop_all())

    def ping(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception:
            return False

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # Let SQLAlchemy's begin() not emit BEGIN; write() issues BEGIN IMMEDIATE itself.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()

