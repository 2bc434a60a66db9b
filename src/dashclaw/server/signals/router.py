from __future__ import annotations

from fastapi import APIRouter, Query

from ..core.responses import JSONResponse
from ..deps import Caller, Ctx
from .service import signals_report

router = APIRouter(tags=["signals"])


@router.get("/api/actions/signals")
def get_signals(ctx: Ctx, caller: Caller, agent_id: str | None = Query(None)):
    return JSONResponse(signals_report(ctx, caller, agent_id))
