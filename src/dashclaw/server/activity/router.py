from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Admin, Caller, Ctx
from . import service
from .schemas import ActivityFilters

router = APIRouter(prefix="/api/activity", tags=["activity"])


@router.get("")
def list_activity(filters: Annotated[ActivityFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    """The org's audit trail, newest first: who changed what, before and after, when."""
    return service.list_activity(ctx, caller, filters, page)


@router.get("/verify")
def verify_activity(ctx: Ctx, caller: Admin):
    """Recompute the org's hash chain and report the first broken link, if any."""
    return service.verify_chain(ctx, caller)
