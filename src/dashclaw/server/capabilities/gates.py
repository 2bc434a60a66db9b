"""Each org's approval-gated capabilities as guard policies, cached briefly: the guard reads them on every call.

Every change is announced on the event bus, so each replica drops the org's entry at once; the short TTL
is a backstop for a replica that missed a message.
"""
from __future__ import annotations

from ..core.cache import TTLCache
from ..db.engine import Database
from ..guard.engine import PolicySpec
from .service import approval_gates

TTL_SECONDS = 1.0


class ApprovalGates:
    def __init__(self, db: Database):
        self._db = db
        self._entries: TTLCache[str, list[PolicySpec]] = TTLCache(TTL_SECONDS)

    def specs(self, org_id: str) -> list[PolicySpec]:
        """The org's capabilities that need a human, as engine policies."""
        return self._entries.get_or_load(org_id, lambda: approval_gates(self._db, org_id))

    def invalidate(self, org_id: str | None) -> None:
        """Forget one org's gates, or every org's (None)."""
        self._entries.forget(org_id)
