"""Idempotency keys: a retried create returns the first response instead of creating twice.

Same key and same request within the TTL replays the stored response; the same key with a different
request is a 409. Records live in the database so every replica sees them.
"""
from __future__ import annotations

import hashlib
import itertools
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
from sqlalchemy.orm import Mapped, mapped_column

from ..db.base import Base, OrgScoped
from ..db.engine import Database
from .clock import utcnow

MAX_KEY_LENGTH = 255
PURGE_EVERY = 1000  # claims between sweeps of expired records


class IdempotencyRecord(OrgScoped, Base):
    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("org_id", "idempotency_key"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    idempotency_key: Mapped[str] = mapped_column(String(MAX_KEY_LENGTH))
    fingerprint: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int | None] = mapped_column(Integer)
    response_body: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


@dataclass
class Claim:
    """Outcome of claiming a key: `replay` holds a stored response, `conflict` an error message."""

    replay: tuple[int, bytes] | None = None
    conflict: str | None = None


def fingerprint(method: str, path: str, query: bytes, body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (method.encode(), path.encode(), query, body):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


class IdempotencyStore:
    """Claims, completes and replays keys with single Core statements (this runs on every create)."""

    def __init__(self, db: Database, ttl_seconds: int):
        self._db = db
        self._ttl = timedelta(seconds=ttl_seconds)
        self._table = IdempotencyRecord.__table__
        dialect_insert = sqlite_insert if db.is_sqlite else postgresql_insert
        self._claim = (
            dialect_insert(self._table)
            .on_conflict_do_nothing(index_elements=["org_id", "idempotency_key"])
            .returning(self._table.c.pk)
        )
        self._claims = itertools.count(1)

    def _where(self, org_id: str, key: str):
        return (self._table.c.org_id == org_id) & (self._table.c.idempotency_key == key)

    def claim(self, org_id: str, key: str, request_fingerprint: str) -> Claim:
        if next(self._claims) % PURGE_EVERY == 0:
            self.purge_expired()
        now = utcnow()
        with self._db.write_connection() as connection:
            inserted = connection.execute(
                self._claim, {"org_id": org_id, "idempotency_key": key, "fingerprint": request_fingerprint, "created_at": now}
            ).first()
            if inserted is not None:
                return Claim()
            record = connection.execute(
                select(self._table.c.fingerprint, self._table.c.status_code, self._table.c.response_body, self._table.c.created_at)
                .where(self._where(org_id, key))
            ).one()
            if record.created_at < now - self._ttl:  # an expired key starts over
                connection.execute(
                    update(self._table).where(self._where(org_id, key)).values(
                        fingerprint=request_fingerprint, status_code=None, response_body=None, created_at=now
                    )
                )
                return Claim()
        if record.fingerprint != request_fingerprint:
            return Claim(conflict="Idempotency-Key was already used with a different request")
        if record.status_code is None:
            return Claim(conflict="A request with this Idempotency-Key is still in progress")
        return Claim(replay=(record.status_code, record.response_body or b""))

    def complete(self, org_id: str, key: str, status_code: int, body: bytes) -> None:
        with self._db.write_connection() as connection:
            connection.execute(
                update(self._table).where(self._where(org_id, key)).values(status_code=status_code, response_body=body)
            )

    def release(self, org_id: str, key: str) -> None:
        """Forget a claim whose request failed on our side, so the client's retry runs again."""
        with self._db.write_connection() as connection:
            connection.execute(delete(self._table).where(self._where(org_id, key)))

    def purge_expired(self) -> int:
        """Delete records past the TTL (every replica may do this; deleting twice is harmless)."""
        with self._db.write_connection() as connection:
            return connection.execute(delete(self._table).where(self._table.c.created_at < utcnow() - self._ttl)).rowcount or 0
