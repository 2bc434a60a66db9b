from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Caller, Ctx
from ..flows import learning_analytics
from . import service
from .schemas import CurveFilters, CurvesCompute, SummaryFilters, VelocityCompute, VelocityFilters

router = APIRouter(prefix="/api/learning/analytics", tags=["learning"])


@router.post("/velocity", status_code=201)
def compute_learning_velocity(body: VelocityCompute, ctx: Ctx, caller: Caller):
    return learning_analytics.compute_velocity(ctx, caller, body)


@router.get("/velocity")
def get_learning_velocity(filters: Annotated[VelocityFilters, Query()], page: Paging(30, 100), ctx: Ctx, caller: Caller):
    return service.list_velocity(ctx, caller, filters, page.limit)


@router.post("/curves", status_code=201)
def compute_learning_curves(body: CurvesCompute, ctx: Ctx, caller: Caller):
    return learning_analytics.compute_curves(ctx, caller, body)


@router.get("/curves")
def get_learning_curves(filters: Annotated[CurveFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return service.list_curves(ctx, caller, filters, page.limit)


@router.get("/summary")
def get_learning_analytics_summary(filters: Annotated[SummaryFilters, Query()], ctx: Ctx, caller: Caller):
    return learning_analytics.summary(ctx, caller, filters)


@router.get("/maturity")
def get_maturity_levels(ctx: Ctx, caller: Caller):
    return service.maturity_levels(ctx, caller)
