from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..actions.children import PARENT_NOT_FOUND
from ..core.pagination import Paging
from ..core.responses import JSONResponse
from ..deps import Caller, Ctx
from . import service
from .schemas import LoopCreate, LoopFilters, LoopResolution

router = APIRouter(prefix="/api/actions/loops", tags=["loops"])


@router.post("", status_code=201, responses=PARENT_NOT_FOUND)
def register_loop(body: LoopCreate, ctx: Ctx, caller: Caller):
    return service.create(ctx, caller, body)


@router.get("")
def list_loops(filters: Annotated[LoopFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return JSONResponse(service.list_loops(ctx, caller, filters, page))


@router.get("/{loop_id}")
def get_loop(loop_id: str, ctx: Ctx, caller: Caller):
    return service.detail(ctx, caller, loop_id)


@router.patch("/{loop_id}", responses={409: {"description": "Already resolved or cancelled."}})
def resolve_loop(loop_id: str, body: LoopResolution, ctx: Ctx, caller: Caller):
    return service.resolve(ctx, caller, loop_id, body)
