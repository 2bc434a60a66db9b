"""Decision integrity signals: autonomy breaches, logic drift, governance violations."""

from __future__ import annotations


class SignalsMixin:
    def get_signals(self):
        """Current signals (anomalies, stale loops, assumption drift, ...) for the organisation."""
        return self._get("/api/actions/signals")
