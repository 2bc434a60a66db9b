from __future__ import annotations

from fastapi import APIRouter, Depends

from ..core.auth import Principal, current_principal, require_admin
from ..core.context import AppContext, app_context
from . import service
from .schemas import IdentityRegistration

router = APIRouter(prefix="/api/identities", tags=["identities"])


@router.post("")
def register_identity(
    body: IdentityRegistration, ctx: AppContext = Depends(app_context), principal: Principal = Depends(require_admin)
):
    """Bind an agent's public key; its signed actions are then stored as verified."""
    return {"identity": service.register(ctx.db, principal.org_id, body)}


@router.get("")
def list_identities(ctx: AppContext = Depends(app_context), principal: Principal = Depends(current_principal)):
    with ctx.db.read() as session:
        return {"identities": service.list_identities(session, principal.org_id)}


@router.delete("/{agent_id}")
def revoke_identity(agent_id: str, ctx: AppContext = Depends(app_context), principal: Principal = Depends(require_admin)):
    service.revoke(ctx.db, principal.org_id, agent_id)
    return {"deleted": True, "agent_id": agent_id}
