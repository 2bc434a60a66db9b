"""How often each API key is used, counted without a write per request.

The gateway counts every admitted request in memory (a dict update); a thread hands the counts gathered
since the last flush to `record` about once a second, which adds them to each key's running total in one
transaction. Totals are therefore sums over replicas, never a scan, and at most a second behind; a replica
that dies loses at most its last second of counts.
"""
from __future__ import annotations

import logging
import threading
from collections import Counter
from datetime import datetime
from typing import Callable

from .clock import utcnow

log = logging.getLogger("dashclaw.server.usage")
FLUSH_SECONDS = 1.0

UsageRecorder = Callable[[dict[str, int], datetime], None]
"""(requests per key id since the last flush, when) -> adds them to the stored totals."""


class UsageMeter:
    def __init__(self, record: UsageRecorder):
        self._record = record
        self._counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def count(self, key_id: str) -> None:
        """One more request made with `key_id`."""
        with self._lock:
            self._counts[key_id] += 1

    def flush(self) -> None:
        """Store what was counted since the last flush (kept for the next one if the database refuses)."""
        with self._lock:
            counts, self._counts = self._counts, Counter()
        if not counts:
            return
        try:
            self._record(dict(counts), utcnow())
        except Exception as exc:
            log.warning("storing key usage failed (%s); retrying with the next flush", type(exc).__name__)
            with self._lock:
                self._counts.update(counts)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._flush_loop, name="dashclaw-usage", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.flush()

    def _flush_loop(self) -> None:
        while not self._stop.wait(FLUSH_SECONDS):
            self.flush()
