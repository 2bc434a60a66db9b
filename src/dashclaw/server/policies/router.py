from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..deps import Admin, Caller, Ctx
from ..flows import shadow, simulation
from . import service
from .schemas import PolicyCreate, PolicyImport, PolicyUpdate, ProofQuery, ShadowQuery, SimulationRequest

router = APIRouter(prefix="/api/policies", tags=["policies"])


@router.get("")
def list_policies(ctx: Ctx, caller: Caller):
    return service.list_policies(ctx, caller)


@router.post("", status_code=201)
def create_policy(body: PolicyCreate, ctx: Ctx, caller: Admin):
    policy = service.create_policy(ctx, caller, body)
    return {"policy": policy, "policy_id": policy["id"]}


@router.patch("", responses={404: {"description": "No policy with that id."}, 409: {"description": "Name taken."}})
def update_policy(body: PolicyUpdate, ctx: Ctx, caller: Admin):
    return {"policy": service.update_policy(ctx, caller, body)}


@router.delete("", responses={404: {"description": "No policy with that id."}})
def delete_policy(ctx: Ctx, caller: Admin, id: str | None = Query(None)):
    service.delete_policy(ctx, caller, id)
    return {"deleted": True, "id": id}


@router.post("/test")
def test_policies(ctx: Ctx, caller: Caller):
    """Run every active policy's tests on the guard engine (`results`: one entry per policy)."""
    return service.test_policies(ctx, caller)


@router.get("/proof")
def proof_report(query: Annotated[ProofQuery, Query()], ctx: Ctx, caller: Caller):
    """The proof report as a string: `format=json` (a JSON document as text) or Markdown (the default)."""
    return service.proof_report(ctx, caller, query.format)


@router.post("/import", status_code=201)
def import_policies(body: PolicyImport, ctx: Ctx, caller: Admin):
    """Import a shipped pack (`pack`) or a YAML document (`yaml`); `shadow: true` imports them in shadow mode."""
    return service.import_policies(ctx, caller, body)


@router.get("/packs")
def list_packs(ctx: Ctx, caller: Caller):
    return service.list_packs()


@router.post("/simulate")
def simulate(body: SimulationRequest, ctx: Ctx, caller: Caller):
    """What a policy (or several) would have decided on the org's recent actions."""
    return simulation.simulate(ctx, caller, body)


@router.get("/shadow")
def shadow_report(query: Annotated[ShadowQuery, Query()], ctx: Ctx, caller: Caller):
    """What each shadow policy would have blocked, sent for approval or flagged over `window` (e.g. 7d)."""
    return shadow.shadow_report(ctx, caller, query.window)
