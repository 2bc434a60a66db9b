from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Caller, Ctx
from ..flows import scoring as scoring_flow
from . import service
from .schemas import (CalibrateRequest, DimensionCreate, DimensionUpdate, ProfileCreate, ProfileFilters, ProfileUpdate,
                      ScoreFilters, ScoreRequest, TemplateCreate, TemplateFilters, TemplateUpdate)

router = APIRouter(prefix="/api/scoring", tags=["scoring"])
P = "/profiles/{profile_id}"
NOT_SCORED = {404: {"description": "No profile with that profile_id in the caller's organization."},
              409: {"description": "The profile has no dimensions to score with."}}


@router.post("/profiles", status_code=201)
def create_scoring_profile(body: ProfileCreate, ctx: Ctx, caller: Caller):
    return scoring_flow.create_profile(ctx, caller, body)


@router.get("/profiles")
def list_scoring_profiles(filters: Annotated[ProfileFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return service.list_profiles(ctx, caller, filters, page.limit)


@router.get(P)
def get_scoring_profile(profile_id: str, ctx: Ctx, caller: Caller):
    return service.get_profile(ctx, caller, profile_id)


@router.patch(P)
def update_scoring_profile(profile_id: str, body: ProfileUpdate, ctx: Ctx, caller: Caller):
    return service.update_profile(ctx, caller, profile_id, body)


@router.delete(P)
def delete_scoring_profile(profile_id: str, ctx: Ctx, caller: Caller):
    return service.delete_profile(ctx, caller, profile_id)


@router.post(P + "/dimensions", status_code=201)
def add_scoring_dimension(profile_id: str, body: DimensionCreate, ctx: Ctx, caller: Caller):
    return scoring_flow.add_dimension(ctx, caller, profile_id, body)


@router.patch(P + "/dimensions/{dimension_id}")
def update_scoring_dimension(profile_id: str, dimension_id: str, body: DimensionUpdate, ctx: Ctx, caller: Caller):
    return scoring_flow.update_dimension(ctx, caller, profile_id, dimension_id, body)


@router.delete(P + "/dimensions/{dimension_id}")
def delete_scoring_dimension(profile_id: str, dimension_id: str, ctx: Ctx, caller: Caller):
    return service.delete_dimension(ctx, caller, profile_id, dimension_id)


@router.post("/score", responses=NOT_SCORED)
def score_with_profile(body: ScoreRequest, ctx: Ctx, caller: Caller):
    return scoring_flow.score(ctx, caller, body)


@router.get("/score")
def get_profile_scores(filters: Annotated[ScoreFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    if filters.view == "stats":
        return service.score_stats(ctx, caller, filters)
    return service.list_scores(ctx, caller, filters, page.limit)


@router.post("/risk-templates", status_code=201)
def create_risk_template(body: TemplateCreate, ctx: Ctx, caller: Caller):
    return service.create_template(ctx, caller, body)


@router.get("/risk-templates")
def list_risk_templates(filters: Annotated[TemplateFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return service.list_templates(ctx, caller, filters, page.limit)


@router.patch("/risk-templates/{template_id}")
def update_risk_template(template_id: str, body: TemplateUpdate, ctx: Ctx, caller: Caller):
    return service.update_template(ctx, caller, template_id, body)


@router.delete("/risk-templates/{template_id}")
def delete_risk_template(template_id: str, ctx: Ctx, caller: Caller):
    return service.delete_template(ctx, caller, template_id)


@router.post("/calibrate")
def auto_calibrate(body: CalibrateRequest, ctx: Ctx, caller: Caller):
    return scoring_flow.calibrate(ctx, caller, body)
