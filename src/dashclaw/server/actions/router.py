from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool

from ..core.errors import ApiError
from ..core.pagination import Paging
from ..core.responses import JSONResponse
from ..deps import Admin, Approver, Caller, Ctx
from ..flows import learning, lineage, recording
from . import service
from .schemas import ActionCreate, ActionFilters, ActionOutcome, ApprovalDecision, DeleteFilters

router = APIRouter(prefix="/api/actions", tags=["actions"])
CREATED_STATUS = {"created": 201, "pending_approval": 202}


@router.post("", status_code=201, responses={
    202: {"description": "Stored as pending_approval: a policy wants a human decision first."},
})
async def create_action(request: Request, body: ActionCreate, ctx: Ctx, caller: Caller):
    """Record an action. Guarded: 403 when a policy blocks it, 202 when it waits for human approval."""
    signed_payload = await request.json()  # the body as sent, which is what a `_signature` covers
    recorded = await run_in_threadpool(recording.create_action, ctx, caller, body, signed_payload)
    if recorded.outcome == "blocked":
        raise ApiError(403, "Action blocked by policy", **recorded.body)
    return JSONResponse(recorded.body, status_code=CREATED_STATUS[recorded.outcome])


@router.get("")
def list_actions(filters: Annotated[ActionFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return JSONResponse(service.list_actions(ctx, caller, filters, page))


@router.delete("")
def delete_actions(filters: Annotated[DeleteFilters, Query()], ctx: Ctx, caller: Admin):
    return recording.delete_actions(ctx, caller, filters)


@router.get("/{action_id}")
def get_action(action_id: str, ctx: Ctx, caller: Caller):
    return lineage.action_detail(ctx, caller, action_id)


@router.patch("/{action_id}", responses={
    409: {"description": "Pending approval, which only an operator's decision ends (or asked to set it)."},
})
def update_outcome(action_id: str, body: ActionOutcome, ctx: Ctx, caller: Caller):
    return learning.record_outcome(ctx, caller, action_id, body)


@router.get("/{action_id}/trace")
def get_trace(action_id: str, ctx: Ctx, caller: Caller):
    return lineage.trace(ctx, caller, action_id)


@router.get("/{action_id}/graph")
def get_graph(action_id: str, ctx: Ctx, caller: Caller):
    return lineage.graph(ctx, caller, action_id)


@router.post("/{action_id}/approve")
def approve_action(action_id: str, body: ApprovalDecision, request: Request, ctx: Ctx, caller: Approver):
    client = request.client.host if request.client else None
    return learning.decide_approval(ctx, caller, action_id, body, client)
