from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Caller, Ctx
from . import service
from .schemas import EntryCreate, PointCreate, PointFilters, ThreadCreate, ThreadFilters, ThreadUpdate

router = APIRouter(prefix="/api/context", tags=["context"])


@router.post("/points", status_code=201)
def capture_point(body: PointCreate, ctx: Ctx, caller: Caller):
    return service.capture_point(ctx, caller, body)


@router.get("/points")
def list_points(filters: Annotated[PointFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    """Most important first, then newest."""
    return service.list_points(ctx, caller, filters, page)


@router.post("/threads", status_code=201)
def open_thread(body: ThreadCreate, ctx: Ctx, caller: Caller):
    """Creates the agent's thread of that name, or reopens it (same `thread_id`)."""
    return service.open_thread(ctx, caller, body)


@router.get("/threads")
def list_threads(filters: Annotated[ThreadFilters, Query()], page: Paging(20, 100), ctx: Ctx, caller: Caller):
    return service.list_threads(ctx, caller, filters, page)


@router.get("/threads/{thread_id}")
def get_thread(thread_id: str, ctx: Ctx, caller: Caller):
    return service.thread_detail(ctx, caller, thread_id)


@router.patch("/threads/{thread_id}")
def update_thread(thread_id: str, body: ThreadUpdate, ctx: Ctx, caller: Caller):
    return service.update_thread(ctx, caller, thread_id, body)


@router.post("/threads/{thread_id}/entries", status_code=201)
def add_entry(thread_id: str, body: EntryCreate, ctx: Ctx, caller: Caller):
    return service.add_entry(ctx, caller, thread_id, body)
