"""Each org's active policies, cached briefly: the guard reads them on every call.

Every change is announced on the event bus, so each replica drops the org's entry at once; the short TTL
is a backstop for a replica that missed a message.
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

    def invalidate(self, org_id: str | None) -> None:
        """Forget one org's policies, or every org's (None)."""
        with self._lock:
            if org_id is None:
                self._entries.clear()
            else:
                self._entries.pop(org_id, None)
