from __future__ import annotations

from fastapi import APIRouter

from ..deps import Admin, Caller, Ctx
from . import service
from .schemas import IdentityRegistration

router = APIRouter(prefix="/api/identities", tags=["identities"])


@router.post("")
def register_identity(body: IdentityRegistration, ctx: Ctx, caller: Admin):
    """Bind an agent's public key; its signed actions are then stored as verified."""
    return {"identity": service.register(ctx, caller, body)}


@router.get("")
def list_identities(ctx: Ctx, caller: Caller):
    return {"identities": service.list_identities(ctx, caller)}


@router.delete("/{agent_id}")
def revoke_identity(agent_id: str, ctx: Ctx, caller: Admin):
    service.revoke(ctx, caller, agent_id)
    return {"deleted": True, "agent_id": agent_id}
