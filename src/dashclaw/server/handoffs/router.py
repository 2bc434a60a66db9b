from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Caller, Ctx
from . import service
from .schemas import HandoffCreate, HandoffFilters

router = APIRouter(prefix="/api/handoffs", tags=["handoffs"])


@router.post("", status_code=201)
def create_handoff(body: HandoffCreate, ctx: Ctx, caller: Caller):
    return service.create_handoff(ctx, caller, body)


@router.get("")
def list_handoffs(filters: Annotated[HandoffFilters, Query()], page: Paging(50, 1000), ctx: Ctx, caller: Caller):
    """Newest first (`cursor` takes `next_cursor`); `latest=true` answers `{handoff}`, the newest or null."""
    return service.list_handoffs(ctx, caller, filters, page)
