"""Idempotency keys: a retried create returns the first response instead of creating twice.

Same key and same request within the TTL replays the stored response; the same key with a different
request is a 409. Records live in the database so every replica sees them.

A claim (a key whose request is running) never outlives the request that made it, even through `kill -9`:

- Every server process registers an instance row in `server_instances` and refreshes its heartbeat every
  `HEARTBEAT_SECONDS`; a claim records the instance that holds it. A claim whose instance is gone (shut
  down) or has not heart-beaten for `STALE_AFTER_SECONDS` (killed, crashed, cut off from the database) is
  void: a retry takes it over with a compare-and-set on the holder, so exactly one retry wins, and runs.
- A retry that finds the claim held by a live instance waits, polling without holding a thread, until
  the claim is completed (it gets the stored answer), released (it runs) or void (it takes over). Only
  after `WAIT_SECONDS` does it get 409 "still in progress". A retry right after a crash and restart
  therefore succeeds, at most a few seconds late, and a concurrent duplicate never runs twice.
- The request's last write transaction and its stored response commit together (`Database.hold_last_write`):
  a crash keeps both (the retry replays) or neither (the retry runs), so a create is applied exactly once.
  Completing checks that the claim is still this instance's; if another took it over meanwhile, the held
  writes roll back and the client is told to retry (503), which then replays the other run's answer.

Heartbeats use each server's clock: replicas are expected to agree to well within `STALE_AFTER_SECONDS`.
"""
from __future__ import annotations

import asyncio
import hashlib
import itertools
import logging
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import (
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
    delete,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column
from starlette.concurrency import run_in_threadpool

from ..db.base import Base, OrgScoped
from ..db.engine import Database, HeldWrite
from .clock import utcnow

log = logging.getLogger("dashclaw.server.idempotency")

MAX_KEY_LENGTH = 255
PURGE_EVERY = 1000  # claims between sweeps of expired records
HEARTBEAT_SECONDS = 1.0
STALE_AFTER_SECONDS = 5.0
WAIT_SECONDS = STALE_AFTER_SECONDS + 3.0
POLL_SECONDS = 0.1
FORGET_INSTANCES_AFTER = timedelta(hours=1)


class ServerInstance(Base):
    """A running server process; the claims it holds are void once it stops heart-beating."""

    __tablename__ = "server_instances"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    started_at: Mapped[datetime]
    heartbeat_at: Mapped[datetime]


class IdempotencyRecord(OrgScoped, Base):
    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("org_id", "idempotency_key"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    idempotency_key: Mapped[str] = mapped_column(String(MAX_KEY_LENGTH))
    fingerprint: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int | None] = mapped_column(Integer)
    response_body: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    instance_id: Mapped[str | None] = mapped_column(String(32))
    """The server instance running the request while `status_code` is null."""


@dataclass(frozen=True)
class Claim:
    """Outcome of claiming a key: `replay` holds a stored response, `conflict` an error message and its code."""

    replay: tuple[int, bytes] | None = None
    conflict: str | None = None
    code: str | None = None


IN_PROGRESS = Claim(conflict="A request with this Idempotency-Key is still in progress", code="IDEMPOTENCY_KEY_IN_PROGRESS")
"""Retry later: the request holding the key is still running."""
REUSED = Claim(conflict="Idempotency-Key was already used with a different request", code="IDEMPOTENCY_KEY_REUSED")
"""The key belongs to another request: a retry with it can never succeed."""


def fingerprint(method: str, path: str, query: bytes, body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (method.encode(), path.encode(), query, body):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


class Heartbeat:
    """This process's row in `server_instances`, refreshed by a thread while the server runs."""

    def __init__(self, db: Database):
        self.instance_id = uuid.uuid4().hex
        self._db = db
        self._table = ServerInstance.__table__
        upsert = (sqlite_insert if db.is_sqlite else postgresql_insert)(self._table)
        self._upsert = upsert.on_conflict_do_update(index_elements=["id"], set_={"heartbeat_at": upsert.excluded.heartbeat_at})
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self.beat()
        self.forget_dead_instances()
        self._thread = threading.Thread(target=self._run, name="dashclaw-heartbeat", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop beating and deregister: whatever this instance still claims is void at once."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        with self._db.write_connection() as connection:
            connection.execute(delete(self._table).where(self._table.c.id == self.instance_id))

    def beat(self) -> None:
        now = utcnow()
        with self._db.write_connection() as connection:
            connection.execute(self._upsert, {"id": self.instance_id, "started_at": now, "heartbeat_at": now})

    def forget_dead_instances(self) -> None:
        """Delete long-dead instances' rows (a claim whose instance row is missing is void anyway)."""
        with self._db.write_connection() as connection:
            connection.execute(delete(self._table).where(self._table.c.heartbeat_at < utcnow() - FORGET_INSTANCES_AFTER))

    def _run(self) -> None:
        for beats in itertools.count(1):
            if self._stop.wait(HEARTBEAT_SECONDS):
                return
            try:
                self.beat()
                if beats % 600 == 0:
                    self.forget_dead_instances()
            except Exception as exc:  # the next beat retries; claims stay valid for STALE_AFTER_SECONDS
                log.warning("heartbeat failed (%s)", type(exc).__name__)


class IdempotencyStore:
    """Claims, completes and replays keys with single Core statements (this runs on every create)."""

    def __init__(self, db: Database, ttl_seconds: int):
        self._db = db
        self._ttl = timedelta(seconds=ttl_seconds)
        self._heartbeat = Heartbeat(db)
        self._table = IdempotencyRecord.__table__
        dialect_insert = sqlite_insert if db.is_sqlite else postgresql_insert
        self._claim = (
            dialect_insert(self._table)
            .on_conflict_do_nothing(index_elements=["org_id", "idempotency_key"])
            .returning(self._table.c.pk)
        )
        self._claims = itertools.count(1)

    @property
    def instance_id(self) -> str:
        return self._heartbeat.instance_id

    def start(self) -> None:
        """Register this server instance and start its heartbeat (the app's lifespan does this)."""
        self._heartbeat.start()

    def close(self) -> None:
        self._heartbeat.close()

    def _where(self, org_id: str, key: str):
        return (self._table.c.org_id == org_id) & (self._table.c.idempotency_key == key)

    async def claim(self, org_id: str, key: str, request_fingerprint: str) -> Claim:
        """Claim `key` for this request, or learn what to answer instead; waits while a live request holds it."""
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            claim = await run_in_threadpool(self._try_claim, org_id, key, request_fingerprint)
            if claim is not None:
                return claim
            if time.monotonic() >= deadline:
                return IN_PROGRESS
            await asyncio.sleep(POLL_SECONDS)

    def _try_claim(self, org_id: str, key: str, request_fingerprint: str) -> Claim | None:
        """One attempt: a Claim, or None while another live request holds the key."""
        if next(self._claims) % PURGE_EVERY == 0:
            self.purge_expired()
        now = utcnow()
        table, instances = self._table, ServerInstance.__table__
        with self._db.write_connection() as connection:
            inserted = connection.execute(
                self._claim,
                {"org_id": org_id, "idempotency_key": key, "fingerprint": request_fingerprint, "created_at": now,
                 "instance_id": self.instance_id},
            ).first()
            if inserted is not None:
                return Claim()
            record = connection.execute(
                select(table.c.fingerprint, table.c.status_code, table.c.response_body, table.c.created_at,
                       table.c.instance_id, instances.c.heartbeat_at)
                .select_from(table.outerjoin(instances, table.c.instance_id == instances.c.id))
                .where(self._where(org_id, key))
            ).one()
            expired = record.created_at < now - self._ttl  # an expired key starts over
            holder_gone = record.heartbeat_at is None or record.heartbeat_at < now - timedelta(seconds=STALE_AFTER_SECONDS)
            void = record.status_code is None and holder_gone and record.fingerprint == request_fingerprint
            if expired or void:
                return Claim() if self._take_over(connection, org_id, key, record, request_fingerprint, now) else None
        if record.fingerprint != request_fingerprint:
            return REUSED
        if record.status_code is None:
            return None
        return Claim(replay=(record.status_code, record.response_body or b""))

    def _take_over(self, connection: Connection, org_id: str, key: str, record, request_fingerprint: str, now: datetime) -> bool:
        """Make the record ours unless someone else changed it since we read it."""
        table = self._table
        return connection.execute(
            update(table)
            .where(self._where(org_id, key), table.c.created_at == record.created_at,
                   table.c.instance_id.is_not_distinct_from(record.instance_id))
            .values(fingerprint=request_fingerprint, status_code=None, response_body=None, created_at=now,
                    instance_id=self.instance_id)
        ).rowcount == 1

    def hold_writes(self) -> HeldWrite:
        """Enter around the claimed request, so its last write commits together with `complete`."""
        return self._db.hold_last_write()

    def complete(self, held: HeldWrite, org_id: str, key: str, status_code: int, body: bytes) -> bool:
        """Store the response, committing it with the request's held write. False if the claim was lost
        meanwhile and the held write rolled back: the request had no effect and the client should retry."""
        table = self._table
        store = (
            update(table)
            .where(self._where(org_id, key), table.c.instance_id == self.instance_id, table.c.status_code.is_(None))
            .values(status_code=status_code, response_body=body)
        )

        def store_if_still_ours(connection: Connection) -> bool:
            if connection.execute(store).rowcount == 1:
                return True
            log.warning("idempotency claim on %r was taken over while its request ran", key)
            return False

        return held.finish(store_if_still_ours)

    def release(self, held: HeldWrite, org_id: str, key: str) -> None:
        """Forget a claim whose request failed on our side (rolling back its held write), so a retry runs again."""
        held.rollback()
        with self._db.write_connection() as connection:
            connection.execute(delete(self._table).where(self._where(org_id, key), self._table.c.instance_id == self.instance_id))

    def purge_expired(self) -> int:
        """Delete records past the TTL (every replica may do this; deleting twice is harmless)."""
        with self._db.write_connection() as connection:
            return connection.execute(delete(self._table).where(self._table.c.created_at < utcnow() - self._ttl)).rowcount or 0
