from __future__ import annotations

from ..core.validation import Array, Object, OneOf, QueryFilters, RequestModel, Text

AUTH_TYPES = ("api_key", "subscription", "oauth", "pre_configured", "environment")
CONNECTION_STATUSES = ("active", "inactive", "error")
MAX_CONNECTIONS = 50


class Heartbeat(RequestModel):
    agent_id: Text(128, required=True)
    agent_name: Text(256) | None = None
    status: Text(32) = "online"  # free text: agents report their own states ("offline" has a meaning)
    current_task_id: Text(256) | None = None
    metadata: Object(10_000) | None = None


class ConnectionsReport(RequestModel):
    agent_id: Text(128, required=True)
    connections: Array(MAX_CONNECTIONS, 20_000)  # each item is checked on its own (see `Connection`)


class Connection(RequestModel):
    """One reported connection; a bad item is reported back in `errors` without failing the others."""

    provider: Text(128, required=True)
    auth_type: OneOf(*AUTH_TYPES) = "api_key"
    plan_name: Text(256) | None = None
    status: OneOf(*CONNECTION_STATUSES) = "active"
    metadata: Object(10_000) | None = None


class ConnectionFilters(QueryFilters):
    agent_id: str | None = None
    provider: str | None = None


class AgentFilters(QueryFilters):
    include_connections: bool = False

