from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from ..core.auth import Principal, current_principal
from ..core.context import AppContext, app_context
from ..core.pagination import Page, page_params
from ..core.validation import OneOf
from . import service
from .schemas import AssumptionCreate, AssumptionValidation

router = APIRouter(tags=["assumptions"])
TrueFalse = OneOf("true", "false")


@router.post("/api/assumptions", status_code=201)
@router.post("/api/actions/assumptions", status_code=201)
def create_assumption(body: AssumptionCreate, ctx: AppContext = Depends(app_context), principal: Principal = Depends(current_principal)):
    return service.create(ctx.db, principal.org_id, body)


@router.get("/api/actions/assumptions")
def list_assumptions(
    validated: TrueFalse | None = Query(None),
    stale: TrueFalse | None = Query(None),
    drift: TrueFalse | None = Query(None),
    action_id: str | None = Query(None),
    agent_id: str | None = Query(None),
    page: Page = Depends(page_params(50, 200)),
    ctx: AppContext = Depends(app_context),
    principal: Principal = Depends(current_principal),
):
    params = {"validated": validated, "stale": stale, "drift": drift, "action_id": action_id, "agent_id": agent_id}
    with ctx.db.read() as session:
        return service.list_assumptions(session, principal.org_id, params, page)


@router.get("/api/actions/assumptions/{assumption_id}")
def get_assumption(assumption_id: str, ctx: AppContext = Depends(app_context), principal: Principal = Depends(current_principal)):
    with ctx.db.read() as session:
        return service.detail(session, principal.org_id, assumption_id)


@router.patch("/api/actions/assumptions/{assumption_id}")
def validate_assumption(
    assumption_id: str,
    body: AssumptionValidation,
    ctx: AppContext = Depends(app_context),
    principal: Principal = Depends(current_principal),
):
    return service.validate(ctx.db, principal.org_id, assumption_id, body)
