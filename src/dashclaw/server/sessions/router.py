from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Caller, Ctx
from . import service
from .schemas import SessionCreate, SessionFilters, SessionUpdate

router = APIRouter(prefix="/api/sessions", tags=["sessions"])


@router.post("", status_code=201)
def create_session(body: SessionCreate, ctx: Ctx, caller: Caller):
    return service.create_session(ctx, caller, body)


@router.get("")
def list_sessions(filters: Annotated[SessionFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return service.list_sessions(ctx, caller, filters, page)


@router.get("/{session_id}")
def get_session(session_id: str, ctx: Ctx, caller: Caller):
    return service.get_session(ctx, caller, session_id)


@router.patch("/{session_id}", responses={409: {"description": "The session is closed."}})
def update_session(session_id: str, body: SessionUpdate, ctx: Ctx, caller: Caller):
    return service.update_session(ctx, caller, session_id, body)


@router.get("/{session_id}/events")
def session_events(session_id: str, ctx: Ctx, caller: Caller):
    return service.session_events(ctx, caller, session_id)
