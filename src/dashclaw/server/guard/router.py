from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..core.responses import JSONResponse
from ..deps import Caller, Ctx
from ..flows import evaluation
from . import service
from .schemas import DecisionFilters, GuardRequest

router = APIRouter(prefix="/api/guard", tags=["guard"])


@router.post("")
async def guard(body: GuardRequest, ctx: Ctx, caller: Caller, include_signals: bool = Query(False)):
    """Check an action against the org's active policies. Always 200: the decision is in the body."""
    return await evaluation.guard(ctx, caller, body, include_signals)


@router.get("")
def list_decisions(filters: Annotated[DecisionFilters, Query()], page: Paging(20, 1000), ctx: Ctx, caller: Caller):
    return JSONResponse(service.list_decisions(ctx, caller, filters, page))
