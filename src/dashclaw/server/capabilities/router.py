from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Caller, Ctx
from . import service
from .schemas import CapabilityCreate, CapabilityFilters, CapabilityUpdate

router = APIRouter(prefix="/api/capabilities", tags=["capabilities"])


@router.post("", status_code=201)
def create_capability(body: CapabilityCreate, ctx: Ctx, caller: Caller):
    return service.create_capability(ctx, caller, body)


@router.get("")
def list_capabilities(filters: Annotated[CapabilityFilters, Query()], page: Paging(100, 500), ctx: Ctx, caller: Caller):
    return service.list_capabilities(ctx, caller, filters, page)


@router.get("/{capability_id}")
def get_capability(capability_id: str, ctx: Ctx, caller: Caller):
    return service.get_capability(ctx, caller, capability_id)


@router.patch("/{capability_id}")
def update_capability(capability_id: str, body: CapabilityUpdate, ctx: Ctx, caller: Caller):
    return service.update_capability(ctx, caller, capability_id, body)
