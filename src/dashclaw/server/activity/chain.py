"""The per-org hash chain of the audit trail: how entries are numbered and hashed, and how a chain is checked.

Writing. `stage(session, entry)` keeps an entry on the session; just before that session's transaction commits,
its entries are numbered with their org's next sequence numbers and hashed. The org's `activity_chain_heads`
row is advanced with one upsert, whose row lock is held from then until the commit: one org's entries get
numbers 1, 2, 3, ... in commit order, each `prev_hash` is the hash of the entry before it, whichever replica
writes. Taking the lock at the last moment keeps the change's own work out of it; several orgs are locked in
a fixed order, and heads before any other commit-time lock (the stream's cursors), so two transactions never
wait on each other.

Hashing. `hash = SHA-256(canonical(entry))`, hex, where `canonical` is the JSON object of `HASHED_FIELDS`
with sorted keys, no whitespace and non-ASCII characters escaped (Python's `json.dumps(..., sort_keys=True,
separators=(",", ":"))`), `created_at` written as `YYYY-MM-DDTHH:MM:SS.ffffffZ` (UTC, microseconds, which both
backends store exactly). The first entry's `prev_hash` is `GENESIS`.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping

from sqlalchemy import bindparam, event, insert, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..core.clock import utcnow
from .models import ActivityChainHead, ActivityLog

GENESIS = "0" * 64
"""The `prev_hash` of an org's first entry."""
HASHED_FIELDS = (
    "id", "org_id", "sequence", "prev_hash", "actor_id", "actor_type", "action", "resource_type", "resource_id",
    "agent_id", "details", "before", "after", "ip_address", "created_at",
)
"""Every column of an entry but its own hash."""
STAGED = "dashclaw.activity_staged"

_ENTRIES = ActivityLog.__table__
_HEADS = ActivityChainHead.__table__


def _advance_statement(dialect_insert):
    """Move an org's head `count` entries on (creating it at 0 first); returns the new last sequence number and
    the hash of the entry before the first new one."""
    upsert = dialect_insert(_HEADS).values(org_id=bindparam("org_id"), last_sequence=bindparam("count"), last_hash=GENESIS)
    return upsert.on_conflict_do_update(
        index_elements=["org_id"], set_={"last_sequence": _HEADS.c.last_sequence + upsert.excluded.last_sequence}
    ).returning(_HEADS.c.last_sequence, _HEADS.c.last_hash)


_ADVANCE = {"sqlite": _advance_statement(sqlite_insert), "postgresql": _advance_statement(postgresql_insert)}
_SET_HEAD_HASH = update(_HEADS).where(_HEADS.c.org_id == bindparam("head_org")).values(last_hash=bindparam("head_hash"))


def stamp(moment: datetime) -> str:
    """A timestamp as the hash covers it: UTC with microseconds."""
    return moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def canonical(entry: Mapping[str, Any]) -> bytes:
    """The bytes an entry's hash covers."""
    record = {name: entry[name] for name in HASHED_FIELDS}
    record["created_at"] = stamp(record["created_at"])
    return json.dumps(record, sort_keys=True, separators=(",", ":"), allow_nan=False).encode("ascii")


def entry_hash(entry: Mapping[str, Any]) -> str:
    """The SHA-256 (hex) of an entry's canonical form."""
    return hashlib.sha256(canonical(entry)).hexdigest()


def stage(session: Session, entry: dict[str, Any]) -> None:
    """Add an entry (every hashed field but `sequence`, `prev_hash` and `created_at`) to `session`'s
    transaction: it is numbered, hashed and stored as that transaction commits, or dropped with it."""
    session.info.setdefault(STAGED, []).append(entry)


def append(connection: Connection, entries: Iterable[dict[str, Any]]) -> None:
    """Number, hash and insert `entries` at the end of their orgs' chains, in `connection`'s transaction."""
    by_org: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in entries:
        by_org[entry["org_id"]].append(entry)
    advance = _ADVANCE[connection.dialect.name]
    for org_id in sorted(by_org):  # a fixed order: two transactions never wait on each other's heads
        staged = by_org[org_id]
        last, prev = connection.execute(advance, {"org_id": org_id, "count": len(staged)}).one()
        now = utcnow()
        rows = []
        for sequence, entry in enumerate(staged, start=last - len(staged) + 1):
            row = {**entry, "sequence": sequence, "prev_hash": prev, "created_at": now}
            row["hash"] = prev = entry_hash(row)
            rows.append(row)
        connection.execute(insert(_ENTRIES), rows)
        connection.execute(_SET_HEAD_HASH, {"head_org": org_id, "head_hash": prev})


@dataclass(frozen=True)
class Break:
    """The first link of a chain that does not hold: the entry's number, its id (None when it is missing)."""

    sequence: int
    id: str | None
    reason: str


def first_break(entries: Iterable[Mapping[str, Any]], head_sequence: int, head_hash: str) -> tuple[int, Break | None]:
    """Walk an org's entries in sequence order against its head: (how many entries hold, the first break or None)."""
    expected, prev = 1, GENESIS
    for entry in entries:
        sequence = entry["sequence"]
        if sequence != expected:
            missing = f"entry {expected} is" if sequence == expected + 1 else f"entries {expected} to {sequence - 1} are"
            return expected - 1, Break(expected, None, f"{missing} missing (entry {sequence} follows entry {expected - 1})")
        if entry["prev_hash"] != prev:
            linked = f"the hash of entry {expected - 1}" if expected > 1 else "the chain's start"
            return expected - 1, Break(sequence, entry["id"], f"prev_hash does not match {linked}")
        if entry_hash(entry) != entry["hash"]:
            return expected - 1, Break(sequence, entry["id"], "hash does not match the entry's contents")
        prev = entry["hash"]
        expected += 1
    checked = expected - 1
    if checked < head_sequence:
        return checked, Break(expected, None, f"entries {expected} to {head_sequence} are missing (the chain's head is at {head_sequence})")
    if prev != head_hash:
        return checked, Break(checked, None, f"the chain's head does not hold the hash of entry {checked}")
    return checked, None


@event.listens_for(Session, "before_commit", insert=True)  # first, whatever the import order: every process
def _append_staged(session: Session) -> None:
    staged = session.info.pop(STAGED, None)
    if staged:
        append(session.connection(), staged)


@event.listens_for(Session, "after_rollback")
def _drop_staged(session: Session) -> None:
    session.info.pop(STAGED, None)
