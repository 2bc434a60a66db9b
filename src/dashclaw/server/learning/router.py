from __future__ import annotations

from fastapi import APIRouter

from ..deps import Caller, Ctx
from . import service
from .schemas import ContentCreate, DecisionCreate, GoalCreate, InteractionCreate

router = APIRouter(prefix="/api", tags=["learning"])


@router.post("/learning", status_code=201)
def record_decision(body: DecisionCreate, ctx: Ctx, caller: Caller):
    return service.record_decision(ctx, caller, body)


@router.post("/goals", status_code=201)
def create_goal(body: GoalCreate, ctx: Ctx, caller: Caller):
    return service.create_goal(ctx, caller, body)


@router.post("/content", status_code=201)
def record_content(body: ContentCreate, ctx: Ctx, caller: Caller):
    return service.record_content(ctx, caller, body)


@router.post("/relationships", status_code=201,
             responses={404: {"description": "No contact with that contact_id in the caller's organization."}})
def record_interaction(body: InteractionCreate, ctx: Ctx, caller: Caller):
    return service.record_interaction(ctx, caller, body)
