"""Each org's active policies, cached briefly: the guard reads them on every call.

Every change is announced on the event bus, so each replica drops the org's entry at once; the short TTL
is a backstop for a replica that missed a message.
"""
from __future__ import annotations

from ..core.cache import TTLCache
from ..db.engine import Database
from ..guard.engine import PolicySpec

TTL_SECONDS = 1.0


class PolicyCache:
    def __init__(self, db: Database):
        self._db = db
        self._entries: TTLCache[str, list[PolicySpec]] = TTLCache(TTL_SECONDS)

    def active(self, org_id: str) -> list[PolicySpec]:
        """The org's enabled policies in evaluation order."""
        from .service import active_specs

        def load() -> list[PolicySpec]:
            with self._db.read() as session:
                return active_specs(session, org_id)

        return self._entries.get_or_load(org_id, load)

    def invalidate(self, org_id: str | None) -> None:
        """Forget one org's policies, or every org's (None)."""
        self._entries.forget(org_id)
