from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from ..core.auth import Principal, current_principal
from ..core.context import AppContext, app_context
from ..core.pagination import Page, page_params
from ..core.validation import OneOf
from . import service
from .schemas import LOOP_TYPES, PRIORITIES, LoopCreate, LoopResolution

router = APIRouter(prefix="/api/actions/loops", tags=["loops"])


@router.post("", status_code=201)
def register_loop(body: LoopCreate, ctx: AppContext = Depends(app_context), principal: Principal = Depends(current_principal)):
    return service.create(ctx.db, principal.org_id, body)


@router.get("")
def list_loops(
    status: OneOf("open", "resolved", "cancelled") | None = Query(None),
    loop_type: OneOf(*LOOP_TYPES) | None = Query(None),
    priority: OneOf(*PRIORITIES) | None = Query(None),
    agent_id: str | None = Query(None),
    page: Page = Depends(page_params(50, 200)),
    ctx: AppContext = Depends(app_context),
    principal: Principal = Depends(current_principal),
):
    params = {"status": status, "loop_type": loop_type, "priority": priority, "agent_id": agent_id}
    with ctx.db.read() as session:
        return service.list_loops(session, principal.org_id, params, page)


@router.get("/{loop_id}")
def get_loop(loop_id: str, ctx: AppContext = Depends(app_context), principal: Principal = Depends(current_principal)):
    with ctx.db.read() as session:
        return service.detail(session, principal.org_id, loop_id)


@router.patch("/{loop_id}")
def resolve_loop(
    loop_id: str, body: LoopResolution, ctx: AppContext = Depends(app_context), principal: Principal = Depends(current_principal)
):
    return service.resolve(ctx.db, principal.org_id, loop_id, body)
