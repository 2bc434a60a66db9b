"""Agent schedules: the cron expression is checked and the next run computed when stored, and shown on every read
(a schedule's next run moves on as time passes; a disabled schedule has none)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.cron import checked_cron, next_run
from ..core.redaction import redact_fields
from ..core.serialize import row_to_dict
from .models import AgentSchedule
from .schemas import ScheduleCreate, ScheduleFilters

if TYPE_CHECKING:
    from datetime import datetime

    from ..deps import AppContext


def _shown(row: AgentSchedule, now: datetime) -> dict[str, Any]:
    data = row_to_dict(row)
    data["next_run"] = iso(next_run(row.cron_expression, now)) if row.enabled else None
    return data


def create_schedule(ctx: AppContext, caller: Principal, body: ScheduleCreate) -> dict[str, Any]:
    """Store a schedule for an agent (cron checked with croniter; 400 for anything it cannot run)."""
    expression = checked_cron(body.cron_expression)
    fields = {**body.provided(), "cron_expression": expression}
    redact_fields(fields, ("description",), ctx.redaction.mode(caller.org_id))
    now = utcnow()
    enabled = body.enabled is not False
    with ctx.db.write() as session:
        row = AgentSchedule(org_id=caller.org_id, **{**fields, "enabled": enabled},
                            next_run=next_run(expression, now) if enabled else None)
        session.add(row)
        session.flush()
        return {"schedule": _shown(row, now)}


def list_schedules(ctx: AppContext, caller: Principal, filters: ScheduleFilters) -> dict[str, Any]:
    """The org's schedules (one agent's, newest first; or all, by agent), each with its next run from now."""
    query = select(AgentSchedule).where(AgentSchedule.org_id == caller.org_id)
    if filters.agent_id:
        query = query.where(AgentSchedule.agent_id == filters.agent_id)
    now = utcnow()
    with ctx.db.read() as session:
        rows = session.scalars(query.order_by(AgentSchedule.agent_id, AgentSchedule.created_at.desc(),
                                              AgentSchedule.id.desc()))
        return {"schedules": [_shown(row, now) for row in rows]}
