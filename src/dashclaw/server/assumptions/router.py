from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..actions.children import PARENT_NOT_FOUND
from ..core.pagination import Paging
from ..core.responses import JSONResponse
from ..deps import Caller, Ctx
from . import service
from .schemas import AssumptionCreate, AssumptionFilters, AssumptionValidation

router = APIRouter(tags=["assumptions"])


@router.post("/api/assumptions", status_code=201, responses=PARENT_NOT_FOUND)
@router.post("/api/actions/assumptions", status_code=201, responses=PARENT_NOT_FOUND)
def create_assumption(body: AssumptionCreate, ctx: Ctx, caller: Caller):
    return service.create(ctx, caller, body)


@router.get("/api/actions/assumptions")
def list_assumptions(filters: Annotated[AssumptionFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return JSONResponse(service.list_assumptions(ctx, caller, filters, page))


@router.get("/api/actions/assumptions/{assumption_id}")
def get_assumption(assumption_id: str, ctx: Ctx, caller: Caller):
    return service.detail(ctx, caller, assumption_id)


@router.patch("/api/actions/assumptions/{assumption_id}", responses={409: {"description": "Already invalidated."}})
def validate_assumption(assumption_id: str, body: AssumptionValidation, ctx: Ctx, caller: Caller):
    return service.validate(ctx, caller, assumption_id, body)
