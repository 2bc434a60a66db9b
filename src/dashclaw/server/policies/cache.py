"""Each org's active policies, cached briefly: the guard reads them on every call.

Changes made through this process invalidate the org at once; other replicas pick them up within
`TTL_SECONDS`.
"""
from __future__ import annotations

import threading
import time

from ..db.engine import Database
from ..guard.engine import PolicySpec

TTL_SECONDS = 1.0


class PolicyCache:
    def __init__(self, db: Database):
        self._db = db
        self._entries: dict[str, tuple[float, list[PolicySpec]]] = {}
        self._lock = threading.Lock()

    def active(self, org_id: str) -> list[PolicySpec]:
        from .service import active_specs

        entry = self._entries.get(org_id)
        now = time.monotonic()
        if entry is not None and entry[0] > now:
            return entry[1]
        with self._db.read() as session:
            specs = active_specs(session, org_id)
        with self._lock:
            self._entries[org_id] = (now + TTL_SECONDS, specs)
        return specs

    def invalidate(self, org_id: str) -> None:
        with self._lock:
            self._entries.pop(org_id, None)
