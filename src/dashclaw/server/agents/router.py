from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Caller, Ctx
from ..flows import presence
from . import service
from .schemas import AgentFilters, ConnectionFilters, ConnectionsReport, Heartbeat

router = APIRouter(prefix="/api/agents", tags=["agents"])


@router.get("")
def list_agents(filters: Annotated[AgentFilters, Query()], page: Paging(200, 1000), ctx: Ctx, caller: Caller):
    """Every agent seen in actions or heartbeats: `presence_state` online, stale, offline or unknown."""
    return presence.list_agents(ctx, caller, filters, page)


@router.post("/heartbeat")
def heartbeat(body: Heartbeat, ctx: Ctx, caller: Caller):
    return service.heartbeat(ctx, caller, body)


@router.post("/connections")
def report_connections(body: ConnectionsReport, ctx: Ctx, caller: Caller):
    """Upsert by (agent, provider); invalid items come back in `errors`, the others are stored."""
    return service.report_connections(ctx, caller, body)


@router.get("/connections")
def list_connections(filters: Annotated[ConnectionFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return service.list_connections(ctx, caller, filters, page)
