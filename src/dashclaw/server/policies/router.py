from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from ..core.auth import Principal, current_principal, require_admin
from ..core.context import AppContext, app_context
from ..core.errors import ApiError
from ..core.topics import POLICIES_CHANGED
from . import service
from .schemas import PolicyCreate, PolicyUpdate

router = APIRouter(prefix="/api/policies", tags=["policies"])


@router.get("")
def list_policies(ctx: AppContext = Depends(app_context), principal: Principal = Depends(current_principal)):
    with ctx.db.read() as session:
        return {"policies": service.list_policies(session, principal.org_id)}


@router.post("", status_code=201)
def create_policy(body: PolicyCreate, ctx: AppContext = Depends(app_context), principal: Principal = Depends(require_admin)):
    with ctx.db.write() as session:
        policy = service.create_policy(session, ctx.settings, principal.org_id, body)
        data = service.to_dict(policy)
    ctx.bus.publish(POLICIES_CHANGED, {"org_id": principal.org_id})
    return {"policy": data, "policy_id": data["id"]}


@router.patch("")
def update_policy(body: PolicyUpdate, ctx: AppContext = Depends(app_context), principal: Principal = Depends(require_admin)):
    with ctx.db.write() as session:
        policy = service.update_policy(session, ctx.settings, principal.org_id, body)
        data = service.to_dict(policy)
    ctx.bus.publish(POLICIES_CHANGED, {"org_id": principal.org_id})
    return {"policy": data}


@router.delete("")
def delete_policy(
    id: str | None = Query(None),
    ctx: AppContext = Depends(app_context),
    principal: Principal = Depends(require_admin),
):
    if not id:
        raise ApiError(400, "Policy id is required")
    with ctx.db.write() as session:
        service.delete_policy(session, principal.org_id, id)
    ctx.bus.publish(POLICIES_CHANGED, {"org_id": principal.org_id})
    return {"deleted": True, "id": id}
