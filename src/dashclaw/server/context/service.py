"""The context manager: key points an agent captures during a session, and context threads it keeps notes in
(one thread per agent and name: creating it again reopens it)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.clock import DAY_RULE, is_day, utc_today, utcnow
from ..core.errors import ApiError, not_found, validation_failed
from ..core.ids import hex_id
from ..core.pagination import Page
from ..core.redaction import redact_fields
from ..core.serialize import row_to_dict
from ..db.unique import retry_on_duplicate
from .models import ContextEntry, ContextPoint, ContextThread
from .schemas import EntryCreate, PointCreate, PointFilters, ThreadCreate, ThreadFilters, ThreadUpdate

if TYPE_CHECKING:
    from ..deps import AppContext


def capture_point(ctx: AppContext, caller: Principal, body: PointCreate) -> dict[str, Any]:
    """Store a key point for its session date (today, UTC, unless given)."""
    point = new_point(caller.org_id, None, body, ctx.redaction.mode(caller.org_id))
    with ctx.db.write() as session:
        session.add(point)
        session.flush()
        shown = row_to_dict(point)
    return {"point": shown, "point_id": point.id}


def new_point(org_id: str, agent_id: str | None, body: PointCreate, mode: str) -> ContextPoint:
    """A key point row (the body's agent, else `agent_id`), dated today (UTC) unless the body says otherwise."""
    if body.session_date is not None and not is_day(body.session_date):
        raise validation_failed([f"session_date must be {DAY_RULE}"])
    data = body.model_dump()
    data["session_date"] = body.session_date or utc_today()
    data["agent_id"] = body.agent_id or agent_id
    redact_fields(data, ("content",), mode)
    return ContextPoint(id=hex_id("cp"), org_id=org_id, **data)


def list_points(ctx: AppContext, caller: Principal, filters: PointFilters, page: Page) -> dict[str, Any]:
    """Key points, most important first, then newest."""
    conditions = [ContextPoint.org_id == caller.org_id]
    for name in ("agent_id", "category", "session_date"):
        if getattr(filters, name):
            conditions.append(getattr(ContextPoint, name) == getattr(filters, name))
    with ctx.db.read() as session:
        rows = session.scalars(
            select(ContextPoint).where(*conditions)
            .order_by(ContextPoint.importance.desc(), ContextPoint.created_at.desc(), ContextPoint.id.desc())
            .limit(page.limit).offset(page.offset)
        ).all()
    points = [row_to_dict(row) for row in rows]
    return {"points": points, "total": len(points)}


def open_thread(ctx: AppContext, caller: Principal, body: ThreadCreate) -> dict[str, Any]:
    """Create the agent's thread of that name, or reopen it (a new summary replaces the old one)."""
    mode = ctx.redaction.mode(caller.org_id)

    def upsert() -> dict[str, Any]:
        with ctx.db.write() as session:
            return row_to_dict(put_thread(session, caller.org_id, None, body, mode))

    thread = retry_on_duplicate(upsert)
    return {"thread": thread, "thread_id": thread["id"]}


def put_thread(session: Session, org_id: str, agent_id: str | None, body: ThreadCreate, mode: str) -> ContextThread:
    """In `session`: the agent's thread of that name, created or reopened (a new summary replaces the old)."""
    data = body.model_dump()
    redact_fields(data, ("summary",), mode)
    owner = body.agent_id or agent_id
    now = utcnow()
    thread = session.scalar(select(ContextThread).where(
        ContextThread.org_id == org_id, ContextThread.name == body.name,
        ContextThread.agent_id.is_(None) if owner is None else ContextThread.agent_id == owner,
    ))
    if thread is None:
        thread = ContextThread(id=hex_id("ct"), org_id=org_id, name=body.name, agent_id=owner, created_at=now)
        session.add(thread)
    if data["summary"] is not None:
        thread.summary = data["summary"]
    thread.status, thread.updated_at = "active", now
    session.flush()
    return thread


def list_threads(ctx: AppContext, caller: Principal, filters: ThreadFilters, page: Page) -> dict[str, Any]:
    """Context threads, most recently updated first."""
    conditions = [ContextThread.org_id == caller.org_id]
    for name in ("agent_id", "status"):
        if getattr(filters, name):
            conditions.append(getattr(ContextThread, name) == getattr(filters, name))
    with ctx.db.read() as session:
        rows = session.scalars(
            select(ContextThread).where(*conditions).order_by(ContextThread.updated_at.desc(), ContextThread.id.desc())
            .limit(page.limit).offset(page.offset)
        ).all()
    threads = [row_to_dict(row) for row in rows]
    return {"threads": threads, "total": len(threads)}


def thread_detail(ctx: AppContext, caller: Principal, thread_id: str) -> dict[str, Any]:
    """One thread and its entries, oldest first."""
    with ctx.db.read() as session:
        thread = _thread(session, caller.org_id, thread_id)
        entries = session.scalars(
            select(ContextEntry).where(ContextEntry.org_id == caller.org_id, ContextEntry.thread_id == thread_id)
            .order_by(ContextEntry.created_at, ContextEntry.id)
        ).all()
        return {"thread": row_to_dict(thread), "entries": [row_to_dict(entry) for entry in entries]}


def update_thread(ctx: AppContext, caller: Principal, thread_id: str, body: ThreadUpdate) -> dict[str, Any]:
    """Close (or reopen) a thread and/or replace its summary."""
    if body.status is None and body.summary is None:
        raise ApiError(400, "At least one field (summary or status) is required")
    data = body.model_dump()
    redact_fields(data, ("summary",), ctx.redaction.mode(caller.org_id))
    with ctx.db.write() as session:
        thread = _thread(session, caller.org_id, thread_id)
        if body.status is not None:
            thread.status = body.status
        if data["summary"] is not None:
            thread.summary = data["summary"]
        thread.updated_at = utcnow()
        session.flush()
        return {"thread": row_to_dict(thread)}


def add_entry(ctx: AppContext, caller: Principal, thread_id: str, body: EntryCreate) -> dict[str, Any]:
    """Add an entry to an active thread."""
    data = body.model_dump()
    redact_fields(data, ("content",), ctx.redaction.mode(caller.org_id))
    now = utcnow()
    with ctx.db.write() as session:
        thread = _thread(session, caller.org_id, thread_id)
        if thread.status == "closed":
            raise ApiError(400, "Cannot add entries to a closed thread")
        thread.updated_at = now
        entry = ContextEntry(id=hex_id("ce"), org_id=caller.org_id, thread_id=thread_id, created_at=now, **data)
        session.add(entry)
        session.flush()
        shown = row_to_dict(entry)
    return {"entry": shown, "entry_id": shown["id"]}


def _thread(session: Session, org_id: str, thread_id: str) -> ContextThread:
    thread = session.scalar(select(ContextThread).where(ContextThread.org_id == org_id, ContextThread.id == thread_id))
    if thread is None:
        raise not_found("Thread")
    return thread
