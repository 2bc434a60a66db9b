from __future__ import annotations

from fastapi import APIRouter, Query

from ..deps import Caller, Ctx, KeyMinter, KeyRevoker, OrgAdmin, PlatformAdmin
from . import service
from .schemas import KeyCreate, OrgCreate, OrgUpdate, PlainKeyCreate

router = APIRouter(prefix="/api/orgs", tags=["orgs"])
keys_router = APIRouter(prefix="/api/keys", tags=["orgs"])
ALREADY_REVOKED = {409: {"description": "The key is already revoked."}}


@router.get("")
def get_orgs(ctx: Ctx, caller: OrgAdmin):
    return service.get_orgs(ctx, caller)


@router.post("", status_code=201, responses={409: {"description": "The slug is taken."}})
def create_org(body: OrgCreate, ctx: Ctx, caller: PlatformAdmin):
    """Create an org with its first admin key. Needs a platform admin key (the bootstrap key, or one minted by
    `dashclaw keys create --platform-admin`)."""
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


@router.delete("/{org_id}/keys", responses=ALREADY_REVOKED)
def revoke_key(org_id: str, ctx: Ctx, caller: OrgAdmin, id: str | None = Query(None)):
    service.revoke_key(ctx, id, caller=caller, org_id=org_id)
    return {"success": True, "revoked": id}


@keys_router.get("")
def list_own_keys(ctx: Ctx, caller: Caller):
    """The caller's org's keys (any role)."""
    return service.list_keys(ctx, caller, caller.org_id)


@keys_router.post("", status_code=201)
def create_own_key(body: PlainKeyCreate, ctx: Ctx, caller: KeyMinter):
    """Mint an admin key for the caller's org; the raw key is `raw_key`, in this answer only."""
    return service.create_admin_key(ctx, caller, body)


@keys_router.delete("", responses={404: {"description": "No such key in this org."}, **ALREADY_REVOKED})
def revoke_own_key(ctx: Ctx, caller: KeyRevoker, id: str | None = Query(None)):
    service.revoke_own_key(ctx, caller, id)
    return {"success": True, "revoked": id}
