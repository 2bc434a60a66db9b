from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Caller, Ctx
from . import service
from .schemas import FeedbackCreate, FeedbackFilters, FeedbackResolve, StatsFilters

router = APIRouter(prefix="/api/feedback", tags=["feedback"])


@router.post("", status_code=201)
def submit_feedback(body: FeedbackCreate, ctx: Ctx, caller: Caller):
    return service.submit(ctx, caller, body)


@router.get("")
def list_feedback(filters: Annotated[FeedbackFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return service.list_feedback(ctx, caller, filters, page.limit)


@router.get("/stats")
def get_feedback_stats(filters: Annotated[StatsFilters, Query()], ctx: Ctx, caller: Caller):
    return service.stats(ctx, caller, filters)


@router.get("/{feedback_id}")
def get_feedback(feedback_id: str, ctx: Ctx, caller: Caller):
    return service.get_feedback(ctx, caller, feedback_id)


@router.patch("/{feedback_id}")
def resolve_feedback(feedback_id: str, body: FeedbackResolve, ctx: Ctx, caller: Caller):
    return service.resolve(ctx, caller, feedback_id, body)


@router.delete("/{feedback_id}")
def delete_feedback(feedback_id: str, ctx: Ctx, caller: Caller):
    return service.delete_feedback(ctx, caller, feedback_id)
