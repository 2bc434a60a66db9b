from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from ..core.auth import Principal, admin_only
from ..core.context import AppContext, app_context
from ..core.errors import ApiError
from ..core.topics import KEY_REVOKED
from . import service
from .schemas import KeyCreate, OrgCreate, OrgUpdate

router = APIRouter(prefix="/api/orgs", tags=["orgs"])
require_org_admin = admin_only("Forbidden - admin role required")


def _minted(minted: service.MintedKey, label: str) -> dict:
    return {
        "id": minted.id, "key": minted.raw_key, "prefix": minted.prefix, "label": label, "role": minted.role,
        "warning": service.KEY_WARNING,
    }


@router.get("")
def get_org(ctx: AppContext = Depends(app_context), principal: Principal = Depends(require_org_admin)):
    with ctx.db.read() as session:
        org = service.own_org(session, principal, principal.org_id)
        return {"organizations": [{**service.org_to_dict(org), "active_keys": service.active_keys(session, org.id)}]}


@router.post("", status_code=201)
def create_org(body: OrgCreate, ctx: AppContext = Depends(app_context), principal: Principal = Depends(require_org_admin)):
    org, minted = service.create_org(ctx.db, body.name, body.slug)
    return {"organization": org, "api_key": _minted(minted, "Initial admin key")}


@router.get("/{org_id}")
def get_org_by_id(org_id: str, ctx: AppContext = Depends(app_context), principal: Principal = Depends(require_org_admin)):
    with ctx.db.read() as session:
        org = service.own_org(session, principal, org_id)
        return {"organization": service.org_to_dict(org), "active_keys": service.active_keys(session, org_id)}


@router.patch("/{org_id}")
def update_org(org_id: str, body: OrgUpdate, ctx: AppContext = Depends(app_context), principal: Principal = Depends(require_org_admin)):
    with ctx.db.write() as session:
        org = service.own_org(session, principal, org_id)
        service.check_org_name(body.name, required=False)
        if body.name is not None:
            org.name = body.name
        session.flush()
        return {"organization": service.org_to_dict(org)}


@router.get("/{org_id}/keys")
def list_keys(org_id: str, ctx: AppContext = Depends(app_context), principal: Principal = Depends(require_org_admin)):
    with ctx.db.read() as session:
        service.own_org(session, principal, org_id)
        return {"keys": service.list_keys(session, org_id)}


@router.post("/{org_id}/keys", status_code=201)
def create_key(org_id: str, body: KeyCreate, ctx: AppContext = Depends(app_context), principal: Principal = Depends(require_org_admin)):
    with ctx.db.read() as session:
        service.own_org(session, principal, org_id)
    minted = service.mint_key(ctx.db, org_id, role=body.role, label=body.label)
    return {"key": _minted(minted, body.label)}


@router.delete("/{org_id}/keys")
def revoke_key(
    org_id: str,
    id: str | None = Query(None),
    ctx: AppContext = Depends(app_context),
    principal: Principal = Depends(require_org_admin),
):
    if not id:
        raise ApiError(400, "id query parameter is required")
    with ctx.db.read() as session:
        service.own_org(session, principal, org_id)
    key_hash = service.revoke_key(ctx.db, id, org_id)
    ctx.bus.publish(KEY_REVOKED, {"key_hash": key_hash})
    return {"success": True, "revoked": id}
