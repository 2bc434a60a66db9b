from __future__ import annotations

from ..core.validation import Object, RequestModel, Text


class Heartbeat(RequestModel):
    agent_id: Text(128, required=True)
    agent_name: Text(256) | None = None
    status: Text(32) = "online"  # free text: agents report their own states ("offline" has a meaning)
    current_task_id: Text(256) | None = None
    metadata: Object(10_000) | None = None
