from __future__ import annotations

from ..core.validation import JSONObject, OneOf, RequestModel, Text

PRESENCE_STATUSES = ("online", "busy", "idle", "away", "offline", "error")


class Heartbeat(RequestModel):
    agent_id: Text(128, required=True)
    agent_name: Text(256) | None = None
    status: OneOf(*PRESENCE_STATUSES) = "online"
    current_task_id: Text(256) | None = None
    metadata: JSONObject | None = None
