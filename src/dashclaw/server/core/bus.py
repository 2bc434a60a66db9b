"""Notifications every replica must hear (a key revoked, a policy changed), through the database.

On PostgreSQL each message goes out with NOTIFY and a listener thread in every replica dispatches it;
the publishing replica dispatches its own message at once. On SQLite there is one process, so messages
are dispatched in-process. After a lost listener connection every subscriber is told to reset (payload
None), because messages may have been missed meanwhile.
"""
from __future__ import annotations

import json
import logging
import threading
import uuid
from collections import defaultdict
from typing import Any, Callable

from sqlalchemy import text

from ..db.engine import Database, commit_held_write

log = logging.getLogger("dashclaw.server.bus")
CHANNEL = "dashclaw_events"
Subscriber = Callable[["dict[str, Any] | None"], None]


class EventBus:
    def __init__(self, db: Database):
        self._db = db
        self._origin = uuid.uuid4().hex
        self._subscribers: dict[str, list[Subscriber]] = defaultdict(list)
        self._stop = threading.Event()
        self._listener: threading.Thread | None = None

    def subscribe(self, topic: str, callback: Subscriber) -> None:
        self._subscribers[topic].append(callback)

    def publish(self, topic: str, payload: dict[str, Any]) -> None:
        commit_held_write()  # subscribers reload what changed: it must be committed first
        self._dispatch(topic, payload)
        if not self._db.is_sqlite:
            _notify(self._db, topic, payload, self._origin)

    def start(self) -> None:
        if self._db.is_sqlite or self._listener is not None:
            return
        ready = threading.Event()
        self._listener = threading.Thread(target=self._listen, args=(ready,), name="dashclaw-bus", daemon=True)
        self._listener.start()
        ready.wait(timeout=10)

    def close(self) -> None:
        self._stop.set()
        if self._listener is not None:
            self._listener.join(timeout=5)

    def _dispatch(self, topic: str, payload: dict[str, Any] | None) -> None:
        for callback in self._subscribers.get(topic, ()):
            try:
                callback(payload)
            except Exception:
                log.exception("subscriber of %s failed", topic)

    def _reset_all(self) -> None:
        for topic in list(self._subscribers):
            self._dispatch(topic, None)

    def _listen(self, ready: threading.Event) -> None:
        import psycopg

        dsn = self._db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        first = True
        while not self._stop.is_set():
            try:
                with psycopg.connect(dsn, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    if not first:
                        self._reset_all()
                    first = False
                    ready.set()
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=1.0):
                            self._receive(note.payload)
            except Exception as exc:
                log.warning("event listener lost its connection (%s); reconnecting", type(exc).__name__)
                ready.set()
                self._stop.wait(1.0)

    def _receive(self, raw: str) -> None:
        try:
            message = json.loads(raw)
        except ValueError:
            return
        if message.get("origin") != self._origin:
            self._dispatch(message.get("topic", ""), message.get("payload"))


def _notify(db: Database, topic: str, payload: dict[str, Any], origin: str) -> None:
    """Send one message to every replica's listener (PostgreSQL only)."""
    message = json.dumps({"topic": topic, "payload": payload, "origin": origin})
    with db.engine.connect() as connection:
        connection.execute(text("SELECT pg_notify(:channel, :message)"), {"channel": CHANNEL, "message": message})
        connection.commit()
