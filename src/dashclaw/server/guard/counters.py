"""How many actions an agent started recently, for `rate_limit` policies, cached for a moment.

Counts come from the database and are kept for `TTL_SECONDS`; actions created through this process bump
the cached counts at once, so one replica is exact and several converge within the TTL.
"""
from __future__ import annotations

import threading
import time
from datetime import timedelta

from sqlalchemy import func, select

from ..actions.models import Action
from ..core.clock import utcnow
from ..db.engine import Database

TTL_SECONDS = 1.0


class RecentActions:
    def __init__(self, db: Database):
        self._db = db
        self._counts: dict[tuple[str, str, int], tuple[float, int]] = {}
        self._lock = threading.Lock()

    def count(self, org_id: str, agent_id: str, window_minutes: int) -> int:
        key = (org_id, agent_id, window_minutes)
        cached = self._counts.get(key)
        now = time.monotonic()
        if cached is not None and cached[0] > now:
            return cached[1]
        since = utcnow() - timedelta(minutes=window_minutes)
        with self._db.read() as session:
            count = session.scalar(
                select(func.count()).select_from(Action).where(
                    Action.org_id == org_id, Action.agent_id == agent_id, Action.timestamp_start >= since
                )
            ) or 0
        with self._lock:
            if len(self._counts) > 100_000:
                self._counts.clear()
            self._counts[key] = (now + TTL_SECONDS, count)
        return count

    def record(self, org_id: str, agent_id: str) -> None:
        """An action was just created here: every cached window of this agent now holds one more."""
        with self._lock:
            for key, (expires, count) in list(self._counts.items()):
                if key[0] == org_id and key[1] == agent_id:
                    self._counts[key] = (expires, count + 1)
