"""Session handoffs: a summary, decisions, open tasks and priorities one session leaves for the next."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..core.auth import Principal
from ..core.clock import DAY_RULE, is_day, utc_today
from ..core.errors import validation_failed
from ..core.ids import hex_id
from ..core.pagination import NewestFirst, Page
from ..core.redaction import Findings, redact_fields
from ..core.serialize import row_to_dict
from .models import Handoff
from .schemas import HandoffCreate, HandoffFilters

if TYPE_CHECKING:
    from ..deps import AppContext

NEWEST_FIRST = NewestFirst(Handoff.created_at, Handoff.id)
FREE_TEXT = ("summary", "mood_notes", "key_decisions", "open_tasks", "next_priorities")


def create_handoff(ctx: AppContext, caller: Principal, body: HandoffCreate) -> dict[str, Any]:
    """Store a handoff for its session date (today, UTC, unless given)."""
    handoff, findings = new_handoff(caller.org_id, None, body, ctx.redaction.mode(caller.org_id))
    with ctx.db.write() as session:
        session.add(handoff)
        session.flush()
        shown = row_to_dict(handoff)
    return {"handoff": shown, "handoff_id": handoff.id, "security": findings.summary()}


def new_handoff(org_id: str, agent_id: str | None, body: HandoffCreate, mode: str) -> tuple[Handoff, Findings]:
    """A handoff row (dated today, UTC, unless the body says otherwise) and what redaction found in it."""
    if body.session_date is not None and not is_day(body.session_date):
        raise validation_failed([f"session_date must be {DAY_RULE}"])
    data = body.model_dump()
    data["session_date"] = body.session_date or utc_today()
    data["agent_id"] = body.agent_id or agent_id
    findings = redact_fields(data, FREE_TEXT, mode)
    return Handoff(id=hex_id("ho"), org_id=org_id, **data), findings


def list_handoffs(ctx: AppContext, caller: Principal, filters: HandoffFilters, page: Page) -> dict[str, Any]:
    """Handoffs newest first (`next_cursor` resumes), or with `latest` only the newest one (or null)."""
    conditions = [Handoff.org_id == caller.org_id]
    if filters.agent_id:
        conditions.append(Handoff.agent_id == filters.agent_id)
    if filters.latest:
        with ctx.db.read() as session:
            newest = session.scalar(select(Handoff).where(*conditions).order_by(*NEWEST_FIRST.order_by()).limit(1))
        return {"handoff": row_to_dict(newest) if newest is not None else None}
    if filters.date:
        conditions.append(Handoff.session_date == filters.date)
    with ctx.db.read() as session:
        rows, next_cursor = NEWEST_FIRST.read(
            session, select(Handoff).where(*conditions), filters.cursor, page.limit, page.offset
        )
    handoffs = [row_to_dict(row) for row in rows]
    return {"handoffs": handoffs, "total": len(handoffs), "next_cursor": next_cursor}
