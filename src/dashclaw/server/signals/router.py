from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from ..core.auth import Principal, current_principal
from ..core.context import AppContext, app_context
from .service import signals_report

router = APIRouter(tags=["signals"])


@router.get("/api/actions/signals")
def get_signals(
    agent_id: str | None = Query(None),
    ctx: AppContext = Depends(app_context),
    principal: Principal = Depends(current_principal),
):
    with ctx.db.read() as session:
        return signals_report(session, principal.org_id, agent_id)
