from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool

from ..core.errors import ApiError
from ..core.pagination import Paging
from ..core.responses import JSONResponse
from ..deps import Admin, Caller, Ctx
from ..flows import launch
from . import service
from .schemas import (
    StrategyCreate,
    StrategyUpdate,
    TemplateCopy,
    TemplateCreate,
    TemplateFilters,
    TemplateLaunch,
    TemplateUpdate,
)

router = APIRouter(prefix="/api/workflows/templates", tags=["workflow templates"])
strategies_router = APIRouter(prefix="/api/model-strategies", tags=["model strategies"])
SLUG_TAKEN = {409: {"description": "Another template of the org has that slug."}}
LAUNCH_STATUS = {"created": 201, "pending_approval": 202}


@router.post("", status_code=201)
def create_template(body: TemplateCreate, ctx: Ctx, caller: Admin):
    return service.create_template(ctx, caller, body)


@router.get("")
def list_templates(filters: Annotated[TemplateFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return service.list_templates(ctx, caller, filters, page)


@router.get("/{template_id}")
def get_template(template_id: str, ctx: Ctx, caller: Caller):
    return service.get_template(ctx, caller, template_id)


@router.patch("/{template_id}", responses=SLUG_TAKEN)
def update_template(template_id: str, body: TemplateUpdate, ctx: Ctx, caller: Admin):
    return service.update_template(ctx, caller, template_id, body)


@router.delete("/{template_id}")
def delete_template(template_id: str, ctx: Ctx, caller: Admin):
    return service.delete_template(ctx, caller, template_id)


@router.post("/{template_id}/duplicate", status_code=201)
def duplicate_template(template_id: str, body: TemplateCopy, ctx: Ctx, caller: Caller):
    return service.duplicate_template(ctx, caller, template_id, body)


@router.post("/{template_id}/launch", status_code=201, responses={
    202: {"description": "Recorded as pending_approval: a policy or capability wants a human decision first."},
})
async def launch_template(template_id: str, body: TemplateLaunch, ctx: Ctx, caller: Caller):
    """Record a guarded `workflow_launch` action: 403 with the decision when blocked, 202 when it waits."""
    launched = await run_in_threadpool(launch.launch_template, ctx, caller, template_id, body)
    if launched.outcome == "blocked":
        raise ApiError(403, "Launch blocked by policy", **launched.body)
    return JSONResponse(launched.body, status_code=LAUNCH_STATUS[launched.outcome])


@strategies_router.post("", status_code=201)
def create_strategy(body: StrategyCreate, ctx: Ctx, caller: Caller):
    return service.create_strategy(ctx, caller, body)


@strategies_router.get("")
def list_strategies(ctx: Ctx, caller: Caller, page: Paging(200, 500), cursor: str | None = None):
    return service.list_strategies(ctx, caller, cursor, page)


@strategies_router.get("/{strategy_id}")
def get_strategy(strategy_id: str, ctx: Ctx, caller: Caller):
    return service.get_strategy(ctx, caller, strategy_id)


@strategies_router.patch("/{strategy_id}")
def update_strategy(strategy_id: str, body: StrategyUpdate, ctx: Ctx, caller: Caller):
    return service.update_strategy(ctx, caller, strategy_id, body)


@strategies_router.delete("/{strategy_id}")
def delete_strategy(strategy_id: str, ctx: Ctx, caller: Caller):
    return service.delete_strategy(ctx, caller, strategy_id)
