from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Caller, Ctx
from . import service
from .schemas import RenderRequest, RunFilters, StatsFilters, TemplateCreate, TemplateFilters, TemplateUpdate, VersionCreate

router = APIRouter(prefix="/api/prompts", tags=["prompts"])


@router.get("/templates")
def list_prompt_templates(filters: Annotated[TemplateFilters, Query()], ctx: Ctx, caller: Caller):
    return service.list_templates(ctx, caller, filters)


@router.post("/templates", status_code=201)
def create_prompt_template(body: TemplateCreate, ctx: Ctx, caller: Caller):
    return service.create_template(ctx, caller, body)


@router.get("/templates/{template_id}")
def get_prompt_template(template_id: str, ctx: Ctx, caller: Caller):
    return service.get_template(ctx, caller, template_id)


@router.patch("/templates/{template_id}")
def update_prompt_template(template_id: str, body: TemplateUpdate, ctx: Ctx, caller: Caller):
    return service.update_template(ctx, caller, template_id, body)


@router.delete("/templates/{template_id}")
def delete_prompt_template(template_id: str, ctx: Ctx, caller: Caller):
    return service.delete_template(ctx, caller, template_id)


@router.get("/templates/{template_id}/versions")
def list_prompt_versions(template_id: str, ctx: Ctx, caller: Caller):
    return service.list_versions(ctx, caller, template_id)


@router.post("/templates/{template_id}/versions", status_code=201)
def create_prompt_version(template_id: str, body: VersionCreate, ctx: Ctx, caller: Caller):
    return service.create_version(ctx, caller, template_id, body)


@router.get("/templates/{template_id}/versions/{version_id}")
def get_prompt_version(template_id: str, version_id: str, ctx: Ctx, caller: Caller):
    return service.get_version(ctx, caller, template_id, version_id)


@router.post("/templates/{template_id}/versions/{version_id}")
def activate_prompt_version(template_id: str, version_id: str, ctx: Ctx, caller: Caller):
    return service.activate_version(ctx, caller, template_id, version_id)


@router.post("/render", responses={404: {"description": "No such version, or the template has no active version."}})
def render_prompt(body: RenderRequest, ctx: Ctx, caller: Caller):
    return service.render(ctx, caller, body)


@router.get("/runs")
def list_prompt_runs(filters: Annotated[RunFilters, Query()], page: Paging(50, 100), ctx: Ctx, caller: Caller):
    return service.list_runs(ctx, caller, filters, page.limit)


@router.get("/stats")
def get_prompt_stats(filters: Annotated[StatsFilters, Query()], ctx: Ctx, caller: Caller):
    return service.stats(ctx, caller, filters)
