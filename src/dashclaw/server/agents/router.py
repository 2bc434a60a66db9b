from __future__ import annotations

from fastapi import APIRouter

from ..deps import Caller, Ctx
from . import service
from .schemas import Heartbeat

router = APIRouter(prefix="/api/agents", tags=["agents"])


@router.post("/heartbeat")
def heartbeat(body: Heartbeat, ctx: Ctx, caller: Caller):
    return service.heartbeat(ctx, caller, body)
