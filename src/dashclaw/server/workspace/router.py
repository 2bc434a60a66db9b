from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..deps import Caller, Ctx
from ..flows import digest, sync
from . import service
from .schemas import AgentFilter, CalendarEventCreate, DigestQuery, IdeaCreate, MemoryReport, SyncRequest, TokenReport

router = APIRouter(prefix="/api", tags=["workspace"])


@router.post("/tokens", status_code=201)
def report_token_usage(body: TokenReport, ctx: Ctx, caller: Caller):
    return service.report_tokens(ctx, caller, body)


@router.get("/tokens")
def token_usage(filters: Annotated[AgentFilter, Query()], ctx: Ctx, caller: Caller):
    return service.token_usage(ctx, caller, filters.agent_id)


@router.post("/calendar", status_code=201)
def create_calendar_event(body: CalendarEventCreate, ctx: Ctx, caller: Caller):
    return service.create_event(ctx, caller, body)


@router.get("/calendar")
def upcoming_calendar_events(ctx: Ctx, caller: Caller):
    return service.upcoming_events(ctx, caller)


@router.post("/inspiration", status_code=201)
def record_idea(body: IdeaCreate, ctx: Ctx, caller: Caller):
    return service.record_idea(ctx, caller, body)


@router.get("/inspiration")
def list_ideas(ctx: Ctx, caller: Caller):
    return service.list_ideas(ctx, caller)


@router.post("/memory", status_code=201)
def report_memory_health(body: MemoryReport, ctx: Ctx, caller: Caller):
    return service.report_memory(ctx, caller, body)


@router.get("/memory")
def memory_health(ctx: Ctx, caller: Caller):
    return service.memory_overview(ctx, caller)


@router.get("/digest")
def daily_digest(query: Annotated[DigestQuery, Query()], ctx: Ctx, caller: Caller):
    """One day's activity (today when `date` is absent), the day bounded by midnights in `timezone` (default UTC)."""
    return digest.daily_digest(ctx, caller, query)


@router.post("/sync")
def sync_state(body: SyncRequest, ctx: Ctx, caller: Caller):
    """Store a whole agent state; sections in a fixed order, each all-or-nothing, with counts per section."""
    return sync.sync_state(ctx, caller, body)
