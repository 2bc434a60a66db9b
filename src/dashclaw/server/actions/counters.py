"""How many actions an agent started recently, for `rate_limit` policies, cached for a moment.

Counts come from the database and are kept for `TTL_SECONDS`; actions created through this process bump
the cached counts at once, so one replica is exact and several converge within the TTL.
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from ..core.cache import TTLCache
from ..core.clock import utcnow
from ..db.engine import Database
from .models import Action

TTL_SECONDS = 1.0


class RecentActions:
    def __init__(self, db: Database):
        self._db = db
        self._counts: TTLCache[tuple[str, str, int], int] = TTLCache(TTL_SECONDS, max_entries=100_000)

    def count(self, org_id: str, agent_id: str, window_minutes: int) -> int:
        """Actions `agent_id` started in the last `window_minutes`."""
        return self._counts.get_or_load((org_id, agent_id, window_minutes), lambda: self._query(org_id, agent_id, window_minutes))

    def record(self, org_id: str, agent_id: str) -> None:
        """An action was just created here: every cached window of this agent now holds one more."""
        self._counts.update(lambda key: key[0] == org_id and key[1] == agent_id, lambda count: count + 1)

    def _query(self, org_id: str, agent_id: str, window_minutes: int) -> int:
        since = utcnow() - timedelta(minutes=window_minutes)
        with self._db.read() as session:
            return session.scalar(
                select(func.count()).select_from(Action).where(
                    Action.org_id == org_id, Action.agent_id == agent_id, Action.timestamp_start >= since
                )
            ) or 0
