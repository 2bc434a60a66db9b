from __future__ import annotations

from fastapi import APIRouter, Depends

from ..core.auth import Principal, current_principal
from ..core.context import AppContext, app_context
from . import service
from .schemas import Heartbeat

router = APIRouter(prefix="/api/agents", tags=["agents"])


@router.post("/heartbeat")
def heartbeat(body: Heartbeat, ctx: AppContext = Depends(app_context), principal: Principal = Depends(current_principal)):
    return service.heartbeat(ctx.db, principal.org_id, body)
