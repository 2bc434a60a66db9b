"""Idempotency keys: a retried create returns the first response instead of creating twice.

Same key and same request within the TTL replays the stored response; the same key with a different
request is a 409. Records live in the database so every replica sees them.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Integer, LargeBinary, String, UniqueConstraint, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from ..db.base import Base, OrgScoped
from ..db.engine import Database
from .clock import utcnow

MAX_KEY_LENGTH = 255


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
    def __init__(self, db: Database, ttl_seconds: int):
        self._db = db
        self._ttl = timedelta(seconds=ttl_seconds)

    def claim(self, org_id: str, key: str, request_fingerprint: str) -> Claim:
        cutoff = utcnow() - self._ttl
        for _ in range(2):
            try:
                with self._db.write() as session:
                    record = session.scalar(
                        select(IdempotencyRecord).where(
                            IdempotencyRecord.org_id == org_id, IdempotencyRecord.idempotency_key == key
                        )
                    )
                    if record is not None and record.created_at < cutoff:
                        session.delete(record)
                        session.flush()
                        record = None
                    if record is None:
                        session.add(IdempotencyRecord(org_id=org_id, idempotency_key=key, fingerprint=request_fingerprint))
                        session.flush()
                        return Claim()
            except IntegrityError:  # a concurrent request claimed it first: read its record
                continue
            if record.fingerprint != request_fingerprint:
                return Claim(conflict="Idempotency-Key was already used with a different request")
            if record.status_code is None:
                return Claim(conflict="A request with this Idempotency-Key is still in progress")
            return Claim(replay=(record.status_code, record.response_body or b""))
        return Claim(conflict="A request with this Idempotency-Key is still in progress")

    def complete(self, org_id: str, key: str, status_code: int, body: bytes) -> None:
        with self._db.write() as session:
            record = session.scalar(
                select(IdempotencyRecord).where(
                    IdempotencyRecord.org_id == org_id, IdempotencyRecord.idempotency_key == key
                )
            )
            if record is not None:
                record.status_code = status_code
                record.response_body = body

    def release(self, org_id: str, key: str) -> None:
        """Forget a claim whose request failed on our side, so the client's retry runs again."""
        with self._db.write() as session:
            session.execute(
                delete(IdempotencyRecord).where(
                    IdempotencyRecord.org_id == org_id, IdempotencyRecord.idempotency_key == key
                )
            )

    def purge_expired(self) -> int:
        with self._db.write() as session:
            result = session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.created_at < utcnow() - self._ttl))
            return result.rowcount or 0
