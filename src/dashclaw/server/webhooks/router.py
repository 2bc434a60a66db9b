from __future__ import annotations

from fastapi import APIRouter, Query

from ..deps import Admin, Caller, Ctx
from . import service
from .schemas import WebhookCreate

router = APIRouter(prefix="/api/webhooks", tags=["webhooks"])


@router.get("")
def list_webhooks(ctx: Ctx, caller: Caller):
    return service.list_webhooks(ctx, caller)


@router.post("", status_code=201, responses={409: {"description": "The org has as many webhooks as it may have."}})
def create_webhook(body: WebhookCreate, ctx: Ctx, caller: Admin):
    """Register an endpoint for signed deliveries; the answer holds its secret, shown this once."""
    return service.create_webhook(ctx, caller, body)


@router.delete("", responses={404: {"description": "No webhook with that id."}})
def delete_webhook(ctx: Ctx, caller: Admin, id: str | None = Query(None)):
    return service.delete_webhook(ctx, caller, id)


@router.post("/{webhook_id}/test")
def test_webhook(webhook_id: str, ctx: Ctx, caller: Admin):
    """Send a test delivery now; 200 whether or not the endpoint accepted it (`success`, `response_status`)."""
    return service.test_webhook(ctx, caller, webhook_id)


@router.get("/{webhook_id}/deliveries")
def list_deliveries(webhook_id: str, ctx: Ctx, caller: Caller, cursor: str | None = Query(None)):
    """The latest 20 deliveries, newest first, each with every attempt made; `cursor` (a `next_cursor`) pages on."""
    return service.list_deliveries(ctx, caller, webhook_id, cursor)
