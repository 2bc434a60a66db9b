"""Agent presence: each heartbeat refreshes one row per (org, agent)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.redaction import redact_value
from .models import AgentPresence
from .schemas import Heartbeat

if TYPE_CHECKING:
    from ..deps import AppContext


def heartbeat(ctx: AppContext, caller: Principal, body: Heartbeat) -> dict:
    """Record that the agent is alive (and what it is doing)."""
    org_id = caller.org_id
    now = utcnow()
    metadata, _ = redact_value(body.metadata or {}, ctx.redaction.mode(org_id))
    with ctx.db.write() as session:
        row = session.scalar(select(AgentPresence).where(AgentPresence.org_id == org_id, AgentPresence.agent_id == body.agent_id))
        if row is None:
            row = AgentPresence(org_id=org_id, agent_id=body.agent_id)
            session.add(row)
        if body.agent_name is not None:  # a heartbeat without a name keeps the known one
            row.agent_name = body.agent_name
        row.status = body.status
        row.current_task_id = body.current_task_id
        row.metadata_ = metadata
        row.last_heartbeat_at = now
    return {"status": "ok", "timestamp": iso(now)}
