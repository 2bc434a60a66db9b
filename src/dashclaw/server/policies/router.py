from __future__ import annotations

from fastapi import APIRouter, Query

from ..deps import Admin, Caller, Ctx
from . import service
from .schemas import PolicyCreate, PolicyUpdate

router = APIRouter(prefix="/api/policies", tags=["policies"])


@router.get("")
def list_policies(ctx: Ctx, caller: Caller):
    return service.list_policies(ctx, caller)


@router.post("", status_code=201)
def create_policy(body: PolicyCreate, ctx: Ctx, caller: Admin):
    policy = service.create_policy(ctx, caller, body)
    return {"policy": policy, "policy_id": policy["id"]}


@router.patch("", responses={404: {"description": "No policy with that id."}, 409: {"description": "The name is taken."}})
def update_policy(body: PolicyUpdate, ctx: Ctx, caller: Admin):
    return {"policy": service.update_policy(ctx, caller, body)}


@router.delete("", responses={404: {"description": "No policy with that id."}})
def delete_policy(ctx: Ctx, caller: Admin, id: str | None = Query(None)):
    service.delete_policy(ctx, caller, id)
    return {"deleted": True, "id": id}
