"""Drift detection: statistical baselines of agent behaviour and alerts when it shifts.

Fix: 2.10.0 passed method and path swapped in every call here, so none reached the server.
"""

from __future__ import annotations

from ._base import api_path, paged

ALERTS_PATH = "/api/drift/alerts"


class DriftMixin:
    def compute_drift_baselines(self, agent_id=None, lookback_days=30):
        """Compute baselines from historical agent data."""
        payload = {"action": "compute_baselines", "agent_id": agent_id, "lookback_days": lookback_days}
        return self._post(ALERTS_PATH, payload)

    def detect_drift(self, agent_id=None, window_days=7):
        """Compare the recent window with the baseline and raise alerts."""
        return self._post(ALERTS_PATH, {"action": "detect", "agent_id": agent_id, "window_days": window_days})

    def record_drift_snapshots(self):
        """Record today's metric snapshots for trend charts."""
        return self._post(ALERTS_PATH, {"action": "record_snapshots"})

    @paged("alerts")
    def list_drift_alerts(self, agent_id=None, severity=None, acknowledged=None, limit=50, cursor=None):
        params = {"agent_id": agent_id, "severity": severity, "acknowledged": acknowledged, "limit": limit,
                  "cursor": cursor}
        return self._get(ALERTS_PATH, params)

    def acknowledge_drift_alert(self, alert_id):
        return self._patch(api_path("/api/drift/alerts/{}", alert_id))

    def delete_drift_alert(self, alert_id):
        return self._delete(api_path("/api/drift/alerts/{}", alert_id))

    def get_drift_stats(self, agent_id=None):
        return self._get("/api/drift/stats", {"agent_id": agent_id})

    def get_drift_snapshots(self, agent_id=None, metric=None, limit=30):
        return self._get("/api/drift/snapshots", {"agent_id": agent_id, "metric": metric, "limit": limit})

    def get_drift_metrics(self):
        """The metrics drift detection tracks."""
        return self._get("/api/drift/metrics")
