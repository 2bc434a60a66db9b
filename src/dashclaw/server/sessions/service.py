"""Agent sessions: created `spawning`, moved through free-text states by PATCH, every status report logged as
an event (seq 1, 2, 3 ... per session). A `closed` session takes no more changes."""
from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.clock import utcnow
from ..core.errors import ApiError, conflict, not_found
from ..core.pagination import Page
from ..core.redaction import redact_fields
from ..core.serialize import row_to_dict
from .models import AgentSession, SessionEvent
from .schemas import SessionCreate, SessionFilters, SessionUpdate

if TYPE_CHECKING:
    from ..deps import AppContext

INITIAL_STATUS = "spawning"
BLOCKED, CLOSED = "blocked", "closed"


def _session(session: Session, org_id: str, session_id: str, *, lock: bool = False) -> AgentSession:
    query = select(AgentSession).where(AgentSession.org_id == org_id, AgentSession.id == session_id)
    row = session.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise not_found("Session")
    return row


def _log(session: Session, row: AgentSession, kind: str, detail: str | None) -> None:
    seq = session.scalar(select(func.coalesce(func.max(SessionEvent.seq), 0)).where(SessionEvent.session_id == row.id))
    session.add(SessionEvent(org_id=row.org_id, session_id=row.id, seq=seq + 1, kind=kind, detail=detail))


def create_session(ctx: AppContext, caller: Principal, body: SessionCreate) -> dict[str, Any]:
    """Open a session for an agent; its first event is the initial status."""
    fields = body.provided()
    redact_fields(fields, ("workspace",), ctx.redaction.mode(caller.org_id))
    with ctx.db.write() as session:
        row = AgentSession(id=f"sess_{uuid.uuid4().hex[:12]}", org_id=caller.org_id, status=INITIAL_STATUS, **fields)
        session.add(row)
        session.flush()
        _log(session, row, INITIAL_STATUS, None)
        return {"session": row_to_dict(row)}


def get_session(ctx: AppContext, caller: Principal, session_id: str) -> dict[str, Any]:
    """One session of the caller's org."""
    with ctx.db.read() as session:
        return {"session": row_to_dict(_session(session, caller.org_id, session_id))}


def update_session(ctx: AppContext, caller: Principal, session_id: str, body: SessionUpdate) -> dict[str, Any]:
    """Apply the given fields; a status is logged as an event (even when unchanged), `blocked` with its reason."""
    changes = body.provided()
    if not changes:
        raise ApiError(400, "No update fields provided")
    redact_fields(changes, ("blocked_reason",), ctx.redaction.mode(caller.org_id))
    reason = changes.pop("blocked_reason", None)
    now = utcnow()
    with ctx.db.write() as session:
        row = _session(session, caller.org_id, session_id, lock=True)
        if row.status == CLOSED:
            raise conflict("Session is closed and cannot be updated")
        status = changes.pop("status", None)
        for name, value in changes.items():
            setattr(row, name, value)
        if status is not None:
            if status != row.status:
                row.status, row.status_since = status, now
            if status == BLOCKED and reason is not None:
                row.blocked_reason = reason
            _log(session, row, status, row.blocked_reason if status == BLOCKED else None)
        row.last_activity = row.updated_at = now
        session.flush()
        return {"session": row_to_dict(row)}


def list_sessions(ctx: AppContext, caller: Principal, filters: SessionFilters, page: Page) -> dict[str, Any]:
    """The org's sessions, most recently updated first, by agent and status."""
    query = select(AgentSession).where(AgentSession.org_id == caller.org_id)
    if filters.agent_id:
        query = query.where(AgentSession.agent_id == filters.agent_id)
    if filters.status:
        query = query.where(AgentSession.status == filters.status)
    with ctx.db.read() as session:
        rows = session.scalars(query.order_by(AgentSession.updated_at.desc(), AgentSession.id).limit(page.limit))
        return {"sessions": [row_to_dict(row) for row in rows]}


def session_events(ctx: AppContext, caller: Principal, session_id: str) -> dict[str, Any]:
    """The session's status log, oldest first."""
    with ctx.db.read() as session:
        _session(session, caller.org_id, session_id)
        rows = session.scalars(select(SessionEvent).where(SessionEvent.session_id == session_id)
                               .order_by(SessionEvent.seq))
        return {"events": [row_to_dict(row) for row in rows]}
