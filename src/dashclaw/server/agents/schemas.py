from __future__ import annotations

from ..core.validation import JSONObject, RequestModel, Text


class Heartbeat(RequestModel):
    agent_id: Text(128, required=True)
    agent_name: Text(256) | None = None
    status: Text(64) = "online"  # free text: agents report their own states ("offline" has a meaning)
    current_task_id: Text(256) | None = None
    metadata: JSONObject | None = None
