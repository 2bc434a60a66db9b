"""A durable outbox: recording calls the server cannot take now are kept on disk and delivered in order later.

Opt in with ``DashClaw(..., outbox="path.db")`` (or ``DASHCLAW_OUTBOX=path.db``). Only recording calls are
ever queued (``RECORDING_ROUTES``: actions created and their outcomes, token usage, heartbeats, messages,
assumptions, open loops and their updates); guard calls and reads never are. A recording call is queued
when the server is unreachable or answers 5xx (after the transport's own retries), and so is every
recording call made while earlier ones still wait, so that nothing overtakes what it follows.

- Durable: an entry is committed to SQLite (WAL, ``synchronous=FULL``) before the call returns, with the
  Idempotency-Key of its first attempt. Each delivery reuses that key, so an entry sent again after a
  crash (the server had it, its removal had not committed) is applied once (the server keeps keys 24 h).
- In order: one daemon thread delivers the oldest entry first, one at a time. A connection failure, a 5xx
  or a 429 keeps it at the head and retries it with backoff (up to ``MAX_RETRY_DELAY``), and so does a 409
  saying an earlier delivery of it is still running; any other 409 means the server already has it (an
  action id or a closed loop): delivered, unless it says the entry's key was used for another request. That
  and any other refusal (400, 401, 403, 404, 413) set it aside as rejected (kept in the file with the
  status, logged) so it cannot hold up the rest.
- Bounded: at most ``max_entries`` wait; a recording call beyond that raises instead of growing the file.
- One client (one process) per outbox file at a time. The file holds request bodies, never the API key,
  and is created readable by its owner only.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import threading

from ._errors import APIConnectionError, ConflictError, DashClawError, RateLimitedError, ServerError
from ._transport import Transport

logger = logging.getLogger("dashclaw")

RECORDING_ROUTES = tuple(
    (method, re.compile(pattern))
    for method, pattern in (
        ("POST", r"/api/actions"),
        ("PATCH", r"/api/actions/(?!loops$|assumptions$|signals$)[^/]+"),
        ("POST", r"/api/tokens"),
        ("POST", r"/api/agents/heartbeat"),
        ("POST", r"/api/messages"),
        ("POST", r"/api/assumptions"),
        ("POST", r"/api/actions/loops"),
        ("PATCH", r"/api/actions/loops/[^/]+"),
    )
)
MAX_ENTRIES = 100000
FIRST_RETRY_DELAY = 0.25
MAX_RETRY_DELAY = 5.0
RETRY_LATER = (APIConnectionError, ServerError, RateLimitedError)
KEY_IN_PROGRESS, KEY_REUSED = "IDEMPOTENCY_KEY_IN_PROGRESS", "IDEMPOTENCY_KEY_REUSED"  # the server's 409 codes

SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    method TEXT NOT NULL,
    target TEXT NOT NULL,
    body TEXT,
    idempotency_key TEXT NOT NULL,
    rejected_status INTEGER
)
"""


class Outbox:
    """One outbox file and the thread that empties it into one server."""

    def __init__(self, path, base_url, api_key, timeout=30.0, max_entries=MAX_ENTRIES):
        self.path = os.fspath(path)
        self.max_entries = max_entries
        self._transport = Transport(base_url, api_key, timeout=timeout, max_retries=0)
        os.close(os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600))
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute(SCHEMA)
        self._lock = threading.Lock()  # the connection, the counter
        self._changed = threading.Condition(self._lock)
        self._waiting = self._db.execute("SELECT count(*) FROM outbox WHERE rejected_status IS NULL").fetchone()[0]
        self._closed = False
        self._thread = None
        if self._waiting:
            self._start()

    @staticmethod
    def takes(method, target):
        """Whether a call is a recording call, which may be queued."""
        route = target.partition("?")[0]
        return any(method == verb and pattern.fullmatch(route) for verb, pattern in RECORDING_ROUTES)

    def backlog(self):
        """How many entries wait for delivery."""
        return self._waiting

    def put(self, method, target, payload, idempotency_key):
        """Commit one call to the file and return what the caller gets instead of the server's answer."""
        with self._lock:
            if self._waiting >= self.max_entries:
                raise DashClawError(
                    "DashClaw outbox is full ({} calls wait for the server); this call was not recorded".format(
                        self._waiting
                    )
                )
            self._db.execute(
                "INSERT INTO outbox (method, target, body, idempotency_key) VALUES (?, ?, ?, ?)",
                (method, target, json.dumps(payload) if payload is not None else None, idempotency_key),
            )
            self._waiting += 1
            self._changed.notify_all()
        self._start()
        return queued_answer(method, target, payload)

    def rejected(self):
        """Entries the server refused for good: ``(method, target, body, status)``, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT method, target, body, rejected_status FROM outbox"
                " WHERE rejected_status IS NOT NULL ORDER BY seq"
            ).fetchall()
        return [(method, target, json.loads(body) if body else None, status) for method, target, body, status in rows]

    def close(self):
        """Stop delivering (what waits stays in the file for the next client) and close the file."""
        with self._lock:
            self._closed = True
            self._changed.notify_all()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=self._transport.timeout + 1)
        with self._lock:
            self._db.close()
            self._db = None
        self._transport.close()

    # -- delivery ----------------------------------------------------------------------------------

    def _start(self):
        with self._lock:
            if self._thread is not None or self._closed:
                return
            self._thread = threading.Thread(target=self._deliver, name="dashclaw-outbox", daemon=True)
        self._thread.start()

    def _deliver(self):
        delay = FIRST_RETRY_DELAY
        while True:
            with self._lock:
                while not self._closed and not self._waiting:
                    self._changed.wait()
                if self._closed:
                    return
                head = self._db.execute(
                    "SELECT seq, method, target, body, idempotency_key FROM outbox"
                    " WHERE rejected_status IS NULL ORDER BY seq LIMIT 1"
                ).fetchone()
            if self._send(*head):
                delay = FIRST_RETRY_DELAY
                continue
            with self._lock:
                if not self._closed:
                    self._changed.wait(delay)
            delay = min(MAX_RETRY_DELAY, delay * 2)

    def _send(self, seq, method, target, body, idempotency_key):
        """Deliver one entry; False when it must be tried again later."""
        payload = json.loads(body) if body is not None else None
        try:
            self._transport.request(method, target, body=payload, idempotency_key=idempotency_key)
        except RETRY_LATER as exc:
            logger.debug("dashclaw: outbox delivery of %s %s postponed: %s", method, target, exc)
            return False
        except DashClawError as exc:
            if exc.code == KEY_IN_PROGRESS:  # an earlier delivery of this entry is still running
                return False
            if isinstance(exc, ConflictError) and exc.code != KEY_REUSED:
                self._settle(seq, None)  # the server already has it
            else:
                logger.warning(
                    "dashclaw: the server refused a queued %s %s (HTTP %s): %s", method, target, exc.status, exc
                )
                self._settle(seq, exc.status)
            return True
        self._settle(seq, None)
        return True

    def _settle(self, seq, rejected_status):
        with self._lock:
            if self._db is None:  # closed while this delivery was in flight: it goes again, with its key
                return
            if rejected_status is None:
                self._db.execute("DELETE FROM outbox WHERE seq = ?", (seq,))
            else:
                self._db.execute("UPDATE outbox SET rejected_status = ? WHERE seq = ?", (rejected_status, seq))
            self._waiting -= 1
            self._changed.notify_all()


def queued_answer(method, target, payload):
    """The answer a queued call returns: marked ``queued``; a created action carries its (client-made) id."""
    if method == "POST" and target.partition("?")[0] == "/api/actions" and isinstance(payload, dict):
        action = {key: value for key, value in payload.items() if not key.startswith("_")}
        action.setdefault("status", "running")
        return {"action_id": action.get("action_id"), "action": action, "queued": True}
    return {"queued": True}
