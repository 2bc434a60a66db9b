"""Request limits per API key (per client address when unauthenticated), shared by every replica.

Windows are fixed and aligned to the clock, so replicas agree on them. Each replica counts locally and,
every `SYNC_SECONDS`, adds its new hits to the window's row in the database and reads back the total all
replicas have reported. A request is refused when that total plus the local unsynced hits passes the
limit, so the limit holds across replicas to within one sync interval of traffic.
"""
from __future__ import annotations

import logging
import math
import threading
import time

from sqlalchemy import BigInteger, Integer, String, delete
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, mapped_column

from ..db.base import Base
from ..db.engine import Database

log = logging.getLogger("dashclaw.server.ratelimit")
SYNC_SECONDS = 0.2


class RateLimitWindow(Base):
    """Hits per identity per window, summed over replicas (infrastructure, not tenant data)."""

    __tablename__ = "rate_limit_windows"

    identity: Mapped[str] = mapped_column(String(160), primary_key=True)
    window_start: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    hits: Mapped[int] = mapped_column(Integer, default=0)


class RateLimiter:
    def __init__(self, db: Database, max_requests: int, window_ms: int):
        self.max_requests = max_requests
        self.window_ms = max(window_ms, 1)
        self._db = db
        self._unsynced: dict[tuple[str, int], int] = {}  # hits not yet sent to the database
        self._in_flight: dict[tuple[str, int], int] = {}  # hits being sent right now
        self._reported: dict[tuple[str, int], int] = {}  # totals of all replicas, as last read
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        table = RateLimitWindow.__table__
        upsert = (sqlite_insert if db.is_sqlite else postgresql_insert)(table)
        self._add_hits = upsert.on_conflict_do_update(
            index_elements=["identity", "window_start"], set_={"hits": table.c.hits + upsert.excluded.hits}
        ).returning(table.c.hits)

    def hit(self, identity: str) -> float | None:
        """Count one request; return seconds to wait if over the limit, else None."""
        if self.max_requests <= 0:
            return None
        now_ms = time.time() * 1000
        window = int(now_ms // self.window_ms * self.window_ms)
        key = (identity, window)
        with self._lock:
            unsynced = self._unsynced.get(key, 0) + 1
            self._unsynced[key] = unsynced
            total = self._reported.get(key, 0) + self._in_flight.get(key, 0) + unsynced
        if total > self.max_requests:
            return self._retry_after(window, now_ms)
        return None

    def blocked(self, identity: str, limit: int) -> float | None:
        """Seconds to wait if `identity` already has `limit` hits in this window (counting nothing), else None.

        For limits on failures: check `blocked` first, `hit` only when the attempt fails.
        """
        now_ms = time.time() * 1000
        window = int(now_ms // self.window_ms * self.window_ms)
        key = (identity, window)
        with self._lock:
            total = self._reported.get(key, 0) + self._in_flight.get(key, 0) + self._unsynced.get(key, 0)
        return self._retry_after(window, now_ms) if total >= limit else None

    def _retry_after(self, window: int, now_ms: float) -> float:
        return max(1.0, math.ceil((window + self.window_ms - now_ms) / 1000))

    def start(self) -> None:
        self._thread = threading.Thread(target=self._sync_loop, name="dashclaw-ratelimit", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.sync()

    def sync(self) -> None:
        """Report local hits and learn every replica's totals; drop windows that have ended."""
        with self._lock:
            pending, self._unsynced = self._unsynced, {}
            self._in_flight = pending
        if not pending:
            return
        current = int(time.time() * 1000 // self.window_ms * self.window_ms)
        totals: dict[tuple[str, int], int] = {}
        try:
            with self._db.write_connection() as connection:
                for (identity, window), hits in pending.items():
                    if window >= current:
                        totals[(identity, window)] = connection.execute(
                            self._add_hits, {"identity": identity, "window_start": window, "hits": hits}
                        ).scalar_one()
                connection.execute(delete(RateLimitWindow.__table__).where(RateLimitWindow.window_start < current))
        except Exception as exc:  # keep limiting locally; the hits are reported on the next round
            log.warning("rate-limit sync failed (%s)", type(exc).__name__)
            with self._lock:
                for key, hits in pending.items():
                    self._unsynced[key] = self._unsynced.get(key, 0) + hits
                self._in_flight = {}
            return
        with self._lock:
            merged = {**self._reported, **totals}
            self._reported = {key: total for key, total in merged.items() if key[1] >= current}
            self._in_flight = {}

    def _sync_loop(self) -> None:
        while not self._stop.wait(SYNC_SECONDS):
            self.sync()
