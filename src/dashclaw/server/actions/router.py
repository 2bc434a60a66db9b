from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool

from ..core.auth import Principal, current_principal, require_admin, require_approver
from ..core.context import AppContext, app_context
from ..core.pagination import Page, page_params
from ..core.responses import JSONResponse
from ..core.validation import OneOf
from . import service
from .schemas import STATUSES, ActionCreate, ActionOutcome, ApprovalDecision

router = APIRouter(prefix="/api/actions", tags=["actions"])


@router.post("", status_code=201)
async def create_action(
    request: Request,
    body: ActionCreate,
    ctx: AppContext = Depends(app_context),
    principal: Principal = Depends(current_principal),
):
    """Record an action. Guarded: 403 when a policy blocks it, 202 when it waits for human approval."""
    signed_payload = await request.json()  # the body as sent, which is what a `_signature` covers
    status, payload = await run_in_threadpool(service.create_action, ctx, principal, body, signed_payload)
    return JSONResponse(payload, status_code=status)


@router.get("")
def list_actions(
    agent_id: str | None = Query(None),
    swarm_id: str | None = Query(None),
    status: OneOf(*STATUSES) | None = Query(None),
    action_type: str | None = Query(None),
    risk_min: int | None = Query(None, ge=0, le=100),
    page: Page = Depends(page_params(50, 200)),
    ctx: AppContext = Depends(app_context),
    principal: Principal = Depends(current_principal),
):
    filters = {"agent_id": agent_id, "swarm_id": swarm_id, "status": status, "action_type": action_type, "risk_min": risk_min}
    with ctx.db.read() as session:
        return service.list_actions(session, principal.org_id, filters, page)


@router.delete("")
def delete_actions(
    action_id: str | None = Query(None),
    before: str | None = Query(None),
    agent_id: str | None = Query(None),
    status: OneOf(*STATUSES) | None = Query(None),
    ctx: AppContext = Depends(app_context),
    principal: Principal = Depends(require_admin),
):
    params = {"action_id": action_id, "before": before, "agent_id": agent_id, "status": status}
    return service.delete_actions(ctx.db, principal.org_id, params)


@router.get("/{action_id}")
def get_action(action_id: str, ctx: AppContext = Depends(app_context), principal: Principal = Depends(current_principal)):
    with ctx.db.read() as session:
        return service.action_detail(session, principal.org_id, action_id)


@router.patch("/{action_id}")
def update_outcome(
    action_id: str, body: ActionOutcome, ctx: AppContext = Depends(app_context), principal: Principal = Depends(current_principal)
):
    return service.record_outcome(ctx.db, principal, action_id, body)


@router.get("/{action_id}/trace")
def get_trace(action_id: str, ctx: AppContext = Depends(app_context), principal: Principal = Depends(current_principal)):
    with ctx.db.read() as session:
        return service.trace(session, principal.org_id, action_id)


@router.get("/{action_id}/graph")
def get_graph(action_id: str, ctx: AppContext = Depends(app_context), principal: Principal = Depends(current_principal)):
    with ctx.db.read() as session:
        return service.graph(session, principal.org_id, action_id)


@router.post("/{action_id}/approve")
def approve_action(
    action_id: str,
    body: ApprovalDecision,
    request: Request,
    ctx: AppContext = Depends(app_context),
    principal: Principal = Depends(require_approver),
):
    client = request.client.host if request.client else None
    return service.approve(ctx.db, principal, action_id, body, client)
