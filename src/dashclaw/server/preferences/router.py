from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Caller, Ctx
from . import service
from .schemas import PreferenceFilters, PreferenceRecord

router = APIRouter(prefix="/api/preferences", tags=["preferences"])


@router.post("", status_code=201)
def record_preference(body: PreferenceRecord, ctx: Ctx, caller: Caller):
    """Log an observation, preference, mood, or track an approach (by `type`)."""
    return service.record(ctx, caller, body)


@router.get("")
def read_preferences(filters: Annotated[PreferenceFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    """The summary (default), or one kind: observations, preferences, moods, approaches."""
    return service.read(ctx, caller, filters, page)
