from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from ..core.auth import Principal, current_principal
from ..core.context import AppContext, app_context
from ..core.pagination import Page, page_params
from ..core.validation import OneOf
from ..guard.engine import DECISIONS
from . import service
from .schemas import GuardRequest

router = APIRouter(prefix="/api/guard", tags=["guard"])


@router.post("")
async def guard(
    body: GuardRequest,
    include_signals: bool = Query(False),
    ctx: AppContext = Depends(app_context),
    principal: Principal = Depends(current_principal),
):
    """Check an action against the org's active policies. Always 200: the decision is in the body."""
    fields = body.provided()
    return await service.guard(ctx, principal.org_id, fields, include_signals or body.include_signals)


@router.get("")
def list_decisions(
    agent_id: str | None = Query(None),
    decision: OneOf(*DECISIONS) | None = Query(None),
    page: Page = Depends(page_params(20, 1000)),
    ctx: AppContext = Depends(app_context),
    principal: Principal = Depends(current_principal),
):
    ctx.decision_log.flush()
    with ctx.db.read() as session:
        return service.list_decisions(
            session, principal.org_id, agent_id=agent_id, decision=decision, page=page
        )
