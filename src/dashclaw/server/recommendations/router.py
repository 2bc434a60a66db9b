from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool

from ..core.pagination import Paging
from ..deps import Caller, Ctx, RecommendationAdmin
from ..flows import learning
from . import service
from .schemas import ActiveUpdate, LessonFilters, MetricsFilters, RebuildRequest, RecommendationEvents, RecommendationFilters

router = APIRouter(prefix="/api/learning", tags=["learning"])


@router.post("/recommendations", responses={404: {"description": "No action with that action_id in the caller's organization."}})
def rebuild_recommendations(body: RebuildRequest, ctx: Ctx, caller: RecommendationAdmin):
    return learning.rebuild_recommendations(ctx, caller, body)


@router.get("/recommendations")
def get_recommendations(filters: Annotated[RecommendationFilters, Query()], ctx: Ctx, caller: Caller):
    return service.list_recommendations(ctx, caller, filters)


@router.get("/recommendations/metrics")
def get_recommendation_metrics(filters: Annotated[MetricsFilters, Query()], ctx: Ctx, caller: Caller):
    return service.recommendation_metrics(ctx, caller, filters)


@router.post("/recommendations/events", status_code=201)
async def record_recommendation_events(request: Request, body: RecommendationEvents, ctx: Ctx, caller: Caller):
    raw = await request.json()
    return await run_in_threadpool(service.record_events, ctx, caller, body, raw)


@router.patch("/recommendations/{recommendation_id}")
def set_recommendation_active(recommendation_id: str, body: ActiveUpdate, ctx: Ctx, caller: RecommendationAdmin):
    return service.set_active(ctx, caller, recommendation_id, body)


@router.get("/lessons")
def get_lessons(filters: Annotated[LessonFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return service.lessons(ctx, caller, filters, page.limit)
