"""Registered webhooks (contract 8): CRUD, a test delivery, the delivery log; deliveries themselves are written by
the outbox (`outbox.py`) and sent by the worker (`delivery.py`)."""
from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..activity.service import log_activity
from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.errors import ApiError, conflict, not_found
from ..core.http import check_target_url
from ..core.ids import hex_id
from ..core.pagination import NewestFirst
from ..core.serialize import row_to_dict
from ..core.topics import WEBHOOKS_CHANGED
from .delivery import attempt_row, body_of, send
from .events import ALL, FAILED, SUBSCRIPTIONS, SUCCESS, TEST
from .models import Webhook, WebhookAttempt, WebhookDelivery
from .schemas import WebhookCreate

if TYPE_CHECKING:
    from ..deps import AppContext

MAX_WEBHOOKS_PER_ORG = 25
DELIVERIES_SHOWN = 20
DELIVERIES_NEWEST_FIRST = NewestFirst(WebhookDelivery.created_at, WebhookDelivery.id)
ID_PREFIX = "wh_"
SECRET_WARNING = ("Store this secret now: it is shown only once. Verify every delivery's X-DashClaw-Signature "
                  "with it (dashclaw.verify_webhook).")
TEST_SIGNAL = {"type": "test", "severity": "amber", "label": "Test webhook delivery",
               "detail": "This is a test delivery from DashClaw.", "help": "Your endpoint received it; nothing to do."}


def _masked(secret: str) -> str:
    """Contract 8.1's mask: 28 bullets and four characters from near the end (not the last four)."""
    return "\u2022" * 28 + secret[-6:-2]


def _listed(webhook: Webhook) -> dict[str, Any]:
    return {**row_to_dict(webhook, exclude=("org_id",)), "secret": _masked(webhook.secret)}


def list_webhooks(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """The org's webhooks, newest first, secrets masked; a disabled one says why in `disabled_reason`."""
    with ctx.db.read() as session:
        rows = session.scalars(
            select(Webhook).where(Webhook.org_id == caller.org_id).order_by(Webhook.created_at.desc(), Webhook.id)
        )
        return {"webhooks": [_listed(webhook) for webhook in rows]}


def _checked_events(raw: Any) -> list[str]:
    if raw is None:
        return [ALL]
    if not isinstance(raw, list) or not raw:
        raise ApiError(400, "Events must be a non-empty array")
    for event in raw:
        if event not in SUBSCRIPTIONS:
            raise ApiError(400, f"Invalid event type: {event}")
    return list(dict.fromkeys(raw))


def create_webhook(ctx: AppContext, caller: Principal, body: WebhookCreate) -> dict[str, Any]:
    """Register an endpoint; its signing secret is in this answer and never again."""
    settings = ctx.settings
    problem = check_target_url(body.url, settings.webhook_allowed_domains, settings.allow_private_webhooks, resolve=True)
    if problem:
        raise ApiError(400, problem)
    events = _checked_events(body.events)
    with ctx.db.write() as session:
        count = session.scalar(select(func.count()).select_from(Webhook).where(Webhook.org_id == caller.org_id))
        if count >= MAX_WEBHOOKS_PER_ORG:
            raise conflict(f"An organization can have at most {MAX_WEBHOOKS_PER_ORG} webhooks")
        webhook = Webhook(id=hex_id("wh"), org_id=caller.org_id, url=body.url, secret=secrets.token_hex(32), events=events,
                          active=1, failure_count=0, created_by=caller.actor_id or caller.key_id, created_at=utcnow())
        session.add(webhook)
        session.flush()
        log_activity(session, caller, "webhook.created", resource_type="webhook", resource_id=webhook.id,
                     details={"url": webhook.url, "events": events}, after=_listed(webhook))
        data = {"id": webhook.id, "url": webhook.url, "secret": webhook.secret, "events": events, "active": 1,
                "created_at": iso(webhook.created_at)}
    ctx.bus.publish(WEBHOOKS_CHANGED, {"org_id": caller.org_id})
    return {"webhook": data, "secret_warning": SECRET_WARNING}


def _checked_id(webhook_id: str | None) -> str:
    if not webhook_id:
        raise ApiError(400, "Webhook id is required")
    if not webhook_id.startswith(ID_PREFIX):
        raise ApiError(400, "Invalid webhook id")
    return webhook_id


def _get(session: Session, org_id: str, webhook_id: str | None) -> Webhook:
    webhook = session.scalar(select(Webhook).where(Webhook.org_id == org_id, Webhook.id == _checked_id(webhook_id)))
    if webhook is None:
        raise not_found("Webhook")
    return webhook


def delete_webhook(ctx: AppContext, caller: Principal, webhook_id: str | None) -> dict[str, Any]:
    """Remove a webhook with its deliveries; nothing more is sent to it."""
    with ctx.db.write() as session:
        webhook = _get(session, caller.org_id, webhook_id)
        deliveries = select(WebhookDelivery.id).where(WebhookDelivery.webhook_id == webhook.id)
        session.execute(delete(WebhookAttempt).where(WebhookAttempt.delivery_id.in_(deliveries)))
        session.execute(delete(WebhookDelivery).where(WebhookDelivery.webhook_id == webhook.id))
        session.delete(webhook)
        log_activity(session, caller, "webhook.deleted", resource_type="webhook", resource_id=webhook.id,
                     details={"url": webhook.url}, before=_listed(webhook))
    ctx.bus.publish(WEBHOOKS_CHANGED, {"org_id": caller.org_id})
    return {"success": True, "deleted": webhook.id}


def test_webhook(ctx: AppContext, caller: Principal, webhook_id: str) -> dict[str, Any]:
    """Send a `test` delivery now and log it (it neither retries nor counts toward disabling the webhook)."""
    with ctx.db.read() as session:
        webhook = _get(session, caller.org_id, webhook_id)
    now = utcnow()
    delivery_id = hex_id("wd")
    body = body_of(TEST, caller.org_id, now, [TEST_SIGNAL])
    attempt = send(ctx.settings, webhook.url, webhook.secret, TEST, delivery_id, body)
    status = SUCCESS if attempt.success else FAILED
    mode = ctx.redaction.mode(caller.org_id)
    with ctx.db.write() as session:
        record = attempt_row(caller.org_id, delivery_id, webhook.id, 1, attempt, now, mode)
        session.add(WebhookDelivery(
            id=delivery_id, org_id=caller.org_id, webhook_id=webhook.id, event_type=TEST, status=status, attempts=1,
            response_status=attempt.response_status, duration_ms=attempt.duration_ms, error=record.error,
            attempted_at=now, created_at=now,
        ))
        session.add(record)
        log_activity(session, caller, "webhook.tested", resource_type="webhook", resource_id=webhook.id,
                     details={"success": attempt.success, "status": attempt.response_status})
    return {"success": attempt.success, "response_status": attempt.response_status, "error": record.error,
            "delivery_id": delivery_id}


def list_deliveries(ctx: AppContext, caller: Principal, webhook_id: str, cursor: str | None) -> dict[str, Any]:
    """A page of the webhook's deliveries, newest first, each with its attempts (`attempt_log`)."""
    with ctx.db.read() as session:
        webhook = _get(session, caller.org_id, webhook_id)
        deliveries, next_cursor = DELIVERIES_NEWEST_FIRST.read(
            session, select(WebhookDelivery).where(WebhookDelivery.webhook_id == webhook.id), cursor, DELIVERIES_SHOWN
        )
        attempts: dict[str, list[dict[str, Any]]] = {delivery.id: [] for delivery in deliveries}
        for attempt in session.scalars(
            select(WebhookAttempt).where(WebhookAttempt.delivery_id.in_(list(attempts)))
            .order_by(WebhookAttempt.delivery_id, WebhookAttempt.number)
        ):
            attempts[attempt.delivery_id].append(row_to_dict(attempt, exclude=("org_id", "delivery_id", "webhook_id")))
    return {"deliveries": [
        {**row_to_dict(delivery, exclude=("org_id", "payload", "claim_token")), "attempt_log": attempts[delivery.id]}
        for delivery in deliveries
    ], "next_cursor": next_cursor}
