from __future__ import annotations

from ..core.validation import Integer, QueryFilters, RequestModel, Text

SEVERITIES = ("critical", "warning", "info")


class DriftCommand(RequestModel):
    """What POST /api/drift/alerts runs: `compute_baselines`, `record_snapshots`, or (anything else) `detect`."""

    action: Text(32) | None = None
    agent_id: Text(128) | None = None
    lookback_days: Integer(1, 365) = 30
    window_days: Integer(1, 365) = 7


class AlertFilters(QueryFilters):
    agent_id: str | None = None
    metric: str | None = None
    severity: str | None = None
    acknowledged: bool | None = None
    cursor: str | None = None


class AgentFilter(QueryFilters):
    agent_id: str | None = None


class SnapshotFilters(QueryFilters):
    agent_id: str | None = None
    metric: str | None = None
