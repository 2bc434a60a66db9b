from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from ..core.pagination import Paging
from ..deps import Admin, Caller, Ctx
from ..flows import pairing as pairing_flow
from . import service
from .schemas import PairingCreate, PairingFilters

router = APIRouter(prefix="/api/pairings", tags=["pairings"])
DECISION_ERRORS = {409: {"description": "The pairing was already decided."}, 410: {"description": "The pairing expired."}}


@router.post("")
def create_pairing(body: PairingCreate, request: Request, ctx: Ctx, caller: Caller):
    """Ask an operator to pair an agent's public key; `pairing_url` is the page where an admin approves it."""
    pairing = service.create(ctx, caller, body)
    return {"pairing": pairing, "pairing_url": f"{str(request.base_url).rstrip('/')}/pair/{pairing['id']}"}


@router.get("")
def list_pairings(filters: Annotated[PairingFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Admin):
    return service.list_pairings(ctx, caller, filters, page)


@router.get("/{pairing_id}")
def get_pairing(pairing_id: str, ctx: Ctx, caller: Caller):
    return {"pairing": service.get(ctx, caller, pairing_id)}


@router.post("/{pairing_id}/approve", responses=DECISION_ERRORS)
def approve_pairing(pairing_id: str, ctx: Ctx, caller: Admin):
    """Approve the request: its key becomes the agent's identity (signed actions verify from now on)."""
    return pairing_flow.approve(ctx, caller, pairing_id)


@router.post("/{pairing_id}/deny", responses=DECISION_ERRORS)
def deny_pairing(pairing_id: str, ctx: Ctx, caller: Admin):
    return {"pairing": service.deny(ctx, caller, pairing_id)}
