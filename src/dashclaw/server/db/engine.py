"""Engine and sessions. SQLite gets WAL and a process-wide writer lock; PostgreSQL gets a normal pool."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

POOL_SIZE = 40


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
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any error (no partial writes)."""
        if self._write_lock is not None:
            self._write_lock.acquire()
        try:
            with self._sessions() as session, session.begin():
                if self.is_sqlite:
                    session.execute(text("BEGIN IMMEDIATE"))
                yield session
        finally:
            if self._write_lock is not None:
                self._write_lock.release()

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """Like `write`, without the ORM session: for bulk Core inserts on hot paths."""
        if self._write_lock is not None:
            self._write_lock.acquire()
        try:
            with self.engine.begin() as connection:
                if self.is_sqlite:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                yield connection
        finally:
            if self._write_lock is not None:
                self._write_lock.release()

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

