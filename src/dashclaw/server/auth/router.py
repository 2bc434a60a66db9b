from __future__ import annotations

from fastapi import APIRouter, Query

from ..deps import Ctx, OrgAdmin
from . import service
from .schemas import KeyCreate, OrgCreate, OrgUpdate

router = APIRouter(prefix="/api/orgs", tags=["orgs"])


@router.get("")
def get_orgs(ctx: Ctx, caller: OrgAdmin):
    return service.get_orgs(ctx, caller)


@router.post("", status_code=201)
def create_org(body: OrgCreate, ctx: Ctx, caller: OrgAdmin):
    return service.create_org(ctx, caller, body)


@router.get("/{org_id}")
def get_org(org_id: str, ctx: Ctx, caller: OrgAdmin):
    return service.get_org(ctx, caller, org_id)


@router.patch("/{org_id}")
def update_org(org_id: str, body: OrgUpdate, ctx: Ctx, caller: OrgAdmin):
    return service.update_org(ctx, caller, org_id, body)


@router.get("/{org_id}/keys")
def list_keys(org_id: str, ctx: Ctx, caller: OrgAdmin):
    return service.list_keys(ctx, caller, org_id)


@router.post("/{org_id}/keys", status_code=201)
def create_key(org_id: str, body: KeyCreate, ctx: Ctx, caller: OrgAdmin):
    return service.create_key(ctx, caller, org_id, body)


@router.delete("/{org_id}/keys", responses={409: {"description": "The key is already revoked."}})
def revoke_key(org_id: str, ctx: Ctx, caller: OrgAdmin, id: str | None = Query(None)):
    service.revoke_key(ctx, id, caller=caller, org_id=org_id)
    return {"success": True, "revoked": id}
