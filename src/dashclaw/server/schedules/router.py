from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..deps import Caller, Ctx
from . import service
from .schemas import ScheduleCreate, ScheduleFilters

router = APIRouter(prefix="/api/agent-schedules", tags=["schedules"])


@router.post("", status_code=201)
def create_agent_schedule(body: ScheduleCreate, ctx: Ctx, caller: Caller):
    """A recurring schedule for an agent; `cron_expression` is checked and `next_run` computed."""
    return service.create_schedule(ctx, caller, body)


@router.get("")
def list_agent_schedules(filters: Annotated[ScheduleFilters, Query()], ctx: Ctx, caller: Caller):
    return service.list_schedules(ctx, caller, filters)
