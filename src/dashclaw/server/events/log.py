"""The durable event log behind `GET /api/stream`: written with the change that causes it, read in order.

Writing. A service calls `EventLog.emit(session, ...)` inside its write transaction. The event is staged on
the session and inserted just before that transaction commits, numbered with its org's next sequence
numbers: `stream_cursors` holds one row per org, and its row lock, held from then until the commit, puts
one org's events in commit order (1, 2, 3, ... with no gaps), so "everything after N" is always well defined.
Taking it at the last moment keeps a request's own work (and a held idempotent write) out of that lock.
Once committed, an announcer thread tells every replica through the bus "org X has events up to N"
(coalesced, so a commit never waits for the bus); the table stays the source of truth and the announcement
only wakes readers. Rows a group-commit writer inserts (the guard decision
log) get their events in the writer's own batch transaction (`batch_companion`): one statement per batch,
nothing per guard call, and the event stores only the decision's id; its data is read at delivery.

Reading. `read(org_id, after, ...)` returns what follows a cursor, each event as the SSE `data` JSON:
`{id, type, org_id, created_at, data}`. `purge` drops events older than the retention window.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Callable, Iterable, Mapping, Sequence

import orjson
from sqlalchemy import BigInteger, String, Table, bindparam, delete, event, exists, func, insert, literal, select, tuple_
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..core.bus import EventBus
from ..core.clock import iso, utcnow
from ..core.topics import EVENTS_APPENDED
from ..db.engine import Database
from .models import StreamCursor, StreamEvent

ACTION_CREATED = "action.created"
ACTION_UPDATED = "action.updated"
APPROVAL_REQUESTED = "approval.requested"
APPROVAL_DECIDED = "approval.decided"
GUARD_DECISION = "guard.decision"
POLICY_CHANGED = "policy.changed"
SIGNAL = "signal"
TASK_ASSIGNED = "task.assigned"
TASK_COMPLETED = "task.completed"
MESSAGE_CREATED = "message.created"
EVENT_TYPES = (ACTION_CREATED, ACTION_UPDATED, APPROVAL_REQUESTED, APPROVAL_DECIDED, GUARD_DECISION, POLICY_CHANGED, SIGNAL,
               TASK_ASSIGNED, TASK_COMPLETED, MESSAGE_CREATED)

log = logging.getLogger("dashclaw.server.stream")
ANNOUNCE_INTERVAL = 0.01
"""Seconds between two announcements: under load, one bus message per interval instead of one per commit."""
ORGS_PER_MESSAGE = 64  # PostgreSQL's NOTIFY takes at most 8000 bytes
PURGE_CHUNK = 5000  # rows per delete transaction, so a purge never holds SQLite's writer for long
OUTBOX = "dashclaw.stream_outbox"

DetailReader = Callable[[Session, str, list[str]], Mapping[str, dict[str, Any]]]
"""(session, org id, subject ids) -> data by subject id, for events stored without data."""
AppendHook = Callable[[Connection, str, Iterable[tuple[str, "str | None", "str | None", "str | None"]]], None]
"""(connection, org id, events as (type, subject id, data JSON or None, callback URL or None)): more writes in
the transaction that appends an org's events (the webhook outbox), committed or rolled back with them."""


@dataclass(frozen=True)
class StreamItem:
    """One event as a stream sends it: `seq` is the SSE id (None for control frames), `data` JSON text."""

    seq: int | None
    type: str
    data: str


@dataclass(frozen=True)
class _Staged:
    type: str
    subject_id: str | None
    payload: str | None
    deliver_to: str | None = None


@dataclass
class _Outbox:
    """The events one session's transaction will commit, by org, and then the numbers they got."""

    log: EventLog
    staged: dict[str, list[_Staged]] = field(default_factory=lambda: defaultdict(list))
    appended: dict[str, int] = field(default_factory=dict)

    def write(self, connection: Connection) -> None:
        for org_id in sorted(self.staged):  # a fixed order: two transactions never wait on each other's cursors
            self.appended[org_id] = self.log.append(connection, org_id, self.staged[org_id])
        self.staged.clear()


class EventLog:
    """Appends events in their cause's transaction, announces them after commit, reads and purges them."""

    def __init__(self, db: Database, bus: EventBus, details: Mapping[str, DetailReader] | None = None,
                 on_append: AppendHook | None = None):
        self._db = db
        self._bus = bus
        self._details = dict(details or {})
        self._on_append = on_append
        cursors = StreamCursor.__table__
        upsert = (sqlite_insert if db.is_sqlite else postgresql_insert)(cursors)
        self._advance = upsert.on_conflict_do_update(
            index_elements=["org_id"], set_={"last_seq": cursors.c.last_seq + upsert.excluded.last_seq}
        ).returning(cursors.c.last_seq)
        self._insert = insert(StreamEvent.__table__)
        self._lock = threading.Lock()
        self._to_announce = threading.Condition(self._lock)
        self._unannounced: dict[str, int] = {}
        self._closing = False
        self._announcer: threading.Thread | None = None

    # -- writing ---------------------------------------------------------------------------------------

    def emit(self, session: Session, org_id: str, event_type: str, data: Any = None, subject_id: str | None = None,
             deliver_to: str | None = None) -> None:
        """Record an event in `session`'s transaction: stored if, and only if, that transaction commits.

        `data` (JSON-ready) is the event's payload; leave it None for types whose data is read at delivery.
        `deliver_to` is a URL the event is also delivered to, durably, like a webhook's (a task's callback).
        """
        if event_type not in EVENT_TYPES:
            raise ValueError(f"unknown stream event type {event_type!r}")
        outbox = session.info.get(OUTBOX)
        if outbox is None:
            outbox = session.info[OUTBOX] = _Outbox(self)
        payload = None if data is None else orjson.dumps(data).decode()
        outbox.staged[org_id].append(_Staged(event_type, subject_id, payload, deliver_to))

    def append(self, connection: Connection, org_id: str, events: Sequence[_Staged]) -> int:
        """Insert `events` for one org with its next sequence numbers; returns the last one."""
        last = connection.execute(self._advance, {"org_id": org_id, "last_seq": len(events)}).scalar_one()
        now = utcnow()
        connection.execute(self._insert, [
            {"org_id": org_id, "seq": seq, "type": staged.type, "subject_id": staged.subject_id,
             "payload": staged.payload, "created_at": now}
            for seq, staged in enumerate(events, start=last - len(events) + 1)
        ])
        if self._on_append is not None:
            self._on_append(connection, org_id, ((s.type, s.subject_id, s.payload, s.deliver_to) for s in events))
        return last

    # -- announcing ------------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the announcer thread (the app's lifespan does this; without it, `announce` publishes at once)."""
        self._announcer = threading.Thread(target=self._announce_pending, name="dashclaw-stream-announcer", daemon=True)
        self._announcer.start()

    def close(self) -> None:
        with self._lock:
            self._closing = True
            self._to_announce.notify()
        if self._announcer is not None:
            self._announcer.join(timeout=5)

    def announce(self, appended: Mapping[str, int]) -> None:
        """Tell every replica's streams that these orgs have committed events up to these numbers.

        Handed to the announcer thread: a commit never waits for the bus, and the announcer sends at most one
        message per `ANNOUNCE_INTERVAL`, naming each org's latest number, however many commits there were."""
        if self._announcer is None:
            self._publish(appended)
            return
        with self._lock:
            for org_id, seq in appended.items():
                self._unannounced[org_id] = max(seq, self._unannounced.get(org_id, 0))
            self._to_announce.notify()

    def _announce_pending(self) -> None:
        while True:
            with self._lock:
                self._to_announce.wait_for(lambda: self._unannounced or self._closing)
                pending, self._unannounced = self._unannounced, {}
                if not pending:
                    return
            self._publish(pending)
            time.sleep(ANNOUNCE_INTERVAL)  # what commits meanwhile goes out together, in the next message

    def _publish(self, appended: Mapping[str, int]) -> None:
        """Send the announcement (in messages of at most `ORGS_PER_MESSAGE` orgs); never raises."""
        orgs = sorted(appended)
        try:
            for start in range(0, len(orgs), ORGS_PER_MESSAGE):
                chunk = orgs[start:start + ORGS_PER_MESSAGE]
                self._bus.publish(EVENTS_APPENDED, {"latest": {org_id: appended[org_id] for org_id in chunk}})
        except Exception:
            log.exception("stream announcement failed; streams pick the events up at their next look")

    def batch_companion(self, table: Table, event_type: str) -> Callable[[Connection, list[tuple]], Callable[[], None]]:
        """For a group-commit writer of `table`: one `event_type` event per inserted row (subject: the row's id,
        data: read from the row at delivery), appended in the batch's transaction by one INSERT ... SELECT per
        org (no per-row work here); the returned callable announces them once the batch has committed."""
        names = [column.name for column in table.columns]
        org_at, id_at = names.index("org_id"), names.index("id")
        events = StreamEvent.__table__
        first_seq = bindparam("first_seq", type_=BigInteger)
        copy = insert(events).from_select(
            ["org_id", "seq", "type", "subject_id", "created_at"],
            select(
                table.c.org_id,
                first_seq - 1 + func.row_number().over(order_by=(table.c.created_at, table.c.id)),
                literal(event_type, String),
                table.c.id,
                bindparam("now", type_=events.c.created_at.type),
            ).where(table.c.id.in_(bindparam("ids", expanding=True))),  # by primary key only: one org has many rows
        )

        def append_batch(connection: Connection, rows: list[tuple]) -> Callable[[], None]:
            ids_by_org: dict[str, list[str]] = defaultdict(list)
            for row in rows:
                ids_by_org[row[org_at]].append(row[id_at])
            appended = {}
            now = utcnow()
            for org_id in sorted(ids_by_org):
                ids = ids_by_org[org_id]
                last = connection.execute(self._advance, {"org_id": org_id, "last_seq": len(ids)}).scalar_one()
                connection.execute(copy, {"first_seq": last - len(ids) + 1, "now": now, "ids": ids})
                if self._on_append is not None:
                    self._on_append(connection, org_id, ((event_type, row_id, None, None) for row_id in ids))
                appended[org_id] = last
            return lambda: self.announce(appended)

        return append_batch

    # -- reading ---------------------------------------------------------------------------------------

    def latest(self, org_id: str) -> int:
        """The org's last committed sequence number (0 before its first event)."""
        with self._db.read() as session:
            return session.scalar(select(StreamCursor.last_seq).where(StreamCursor.org_id == org_id)) or 0

    def oldest(self, org_id: str) -> int | None:
        """The org's oldest event still kept, or None when none is."""
        with self._db.read() as session:
            return session.scalar(select(func.min(StreamEvent.seq)).where(StreamEvent.org_id == org_id))

    def active_orgs(self) -> list[str]:
        """Orgs whose latest event is still kept (active within the retention window)."""
        latest_kept = exists().where(StreamEvent.org_id == StreamCursor.org_id, StreamEvent.seq == StreamCursor.last_seq)
        with self._db.read() as session:
            return list(session.scalars(select(StreamCursor.org_id).where(latest_kept)))

    def subjects(self, org_id: str, event_type: str) -> set[str]:
        """What the org's kept events of one type are about."""
        with self._db.read() as session:
            return set(session.scalars(
                select(StreamEvent.subject_id).where(StreamEvent.org_id == org_id, StreamEvent.type == event_type)
            ))

    def read(self, org_id: str, after: int, limit: int, types: Iterable[str] | None = None) -> list[StreamItem]:
        """Up to `limit` of the org's events after sequence number `after`, oldest first (only `types`, if given)."""
        table = StreamEvent.__table__
        query = select(table.c.seq, table.c.type, table.c.subject_id, table.c.payload, table.c.created_at).where(
            table.c.org_id == org_id, table.c.seq > after
        )
        if types is not None:
            query = query.where(table.c.type.in_(list(types)))
        with self._db.read() as session:
            rows = session.execute(query.order_by(table.c.seq).limit(limit)).all()
            details = self._read_details(session, org_id, rows)
        return [
            StreamItem(row.seq, row.type, _event_json(org_id, row, details.get((row.type, row.subject_id))))
            for row in rows
        ]

    def subject_data(self, session: Session, org_id: str, event_type: str, subject_ids: list[str]) -> Mapping[str, Any]:
        """The data of events of `event_type` stored without it, read from their subjects, by subject id."""
        reader = self._details.get(event_type)
        return reader(session, org_id, subject_ids) if reader is not None else {}

    def _read_details(self, session: Session, org_id: str, rows: Sequence[Any]) -> dict[tuple[str, str], Any]:
        """Data of the events stored without it, from their subjects, by (type, subject id)."""
        wanted: dict[str, list[str]] = defaultdict(list)
        for row in rows:
            if row.payload is None and row.type in self._details and row.subject_id:
                wanted[row.type].append(row.subject_id)
        return {
            (event_type, subject_id): data
            for event_type, subject_ids in wanted.items()
            for subject_id, data in self._details[event_type](session, org_id, subject_ids).items()
        }

    # -- retention -------------------------------------------------------------------------------------

    def purge(self, retention: timedelta) -> int:
        """Delete events older than `retention`, a chunk per transaction; returns how many went."""
        table = StreamEvent.__table__
        cutoff = utcnow() - retention
        expired = select(table.c.org_id, table.c.seq).where(table.c.created_at < cutoff).limit(PURGE_CHUNK)
        total = 0
        while True:
            with self._db.write_connection() as connection:
                deleted = connection.execute(delete(table).where(tuple_(table.c.org_id, table.c.seq).in_(expired))).rowcount
            total += deleted
            if deleted < PURGE_CHUNK:
                return total


def _event_json(org_id: str, row: Any, details: Any) -> str:
    data = orjson.Fragment(row.payload) if row.payload is not None else details
    return orjson.dumps({"id": row.seq, "type": row.type, "org_id": org_id, "created_at": iso(row.created_at), "data": data}).decode()


@event.listens_for(Session, "before_commit")
def _write_outbox(session: Session) -> None:
    outbox = session.info.get(OUTBOX)
    if outbox is not None and outbox.staged:
        outbox.write(session.connection())


@event.listens_for(Session, "after_commit")
def _announce_outbox(session: Session) -> None:
    outbox = session.info.pop(OUTBOX, None)
    if outbox is not None and outbox.appended:
        outbox.log.announce(outbox.appended)


@event.listens_for(Session, "after_rollback")
def _drop_outbox(session: Session) -> None:
    session.info.pop(OUTBOX, None)
