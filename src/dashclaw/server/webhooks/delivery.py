"""Sending webhook deliveries: claimed from the outbox under row locks, signed, retried with backoff, logged.

Every replica runs a `DeliveryWorker`. Each poll it claims as many due rows as it has idle senders, in one
statement: `UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED)` on PostgreSQL, so two replicas never
claim the same row; on SQLite the single writer makes the same statement atomic. Claiming moves the row's
`next_attempt_at` a lease ahead, so a replica killed mid-send leaves the row due again once the lease has run
out. Sends run on a small thread pool with hard timeouts, never on the event loop.

Each attempt is recorded (status, latency, the first KB of the answer, the error) with the outcome: success;
a retry after `webhook_retry_base_seconds` times 1, 3, 9, ... (+-20 % jitter); or, once `webhook_max_attempts`
have failed, the delivery fails and its webhook is disabled, saying why.
"""
from __future__ import annotations

import http.client
import logging
import random
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..activity.service import log_activity, system_actor
from ..core.clock import iso, utcnow
from ..core.http import check_target_url, post, signature_headers
from ..core.jobs import Poller
from ..core.redaction import Findings, redact_text
from ..core.topics import WEBHOOKS_CHANGED
from ..settings import Settings
from .events import FAILED, PENDING, SIGNALS_DETECTED, SUCCESS, TEST
from .models import Webhook, WebhookAttempt, WebhookDelivery

if TYPE_CHECKING:
    from ..deps import AppContext

log = logging.getLogger("dashclaw.server.webhooks")

USER_AGENT = "DashClaw-Webhooks/1.0"
TIMEOUT_SECONDS = 10.0
EXCERPT_BYTES = 1024
LEASE = timedelta(seconds=60)
"""How long a claim lasts: well past a send's timeout, so only a dead sender's rows are taken over."""
SENDERS = 8
POLL_SECONDS = 0.5
BACKOFF_FACTOR = 3
JITTER = 0.2


@dataclass(frozen=True)
class Attempt:
    """How one send went."""

    success: bool
    response_status: int | None
    duration_ms: int
    response_excerpt: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class Claimed:
    """A delivery this replica claimed, with what sending it takes."""

    id: str
    org_id: str
    webhook_id: str
    event_type: str
    subject_id: str | None
    payload: str | None
    attempts: int
    created_at: datetime
    target_url: str | None
    claim_token: str


def body_of(event_type: str, org_id: str, created_at: datetime, data: Any) -> bytes:
    """A delivery's JSON body: `{event, org_id, timestamp}` and `signals` (contract 8.2) or the event's `data`."""
    body = {"event": event_type, "org_id": org_id, "timestamp": iso(created_at)}
    body["signals" if event_type in (SIGNALS_DETECTED, TEST) else "data"] = data
    return orjson.dumps(body)


def send(settings: Settings, url: str, secret: str | None, event_type: str, delivery_id: str, body: bytes) -> Attempt:
    """POST one delivery, signed when there is a `secret` (never following a redirect, never to a private address
    unless allowed)."""
    problem = check_target_url(url, settings.webhook_allowed_domains, settings.allow_private_webhooks)
    if problem:
        return Attempt(False, None, 0, error=problem)
    headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT, "X-DashClaw-Event": event_type,
               "X-DashClaw-Delivery": delivery_id, **(signature_headers(secret, body) if secret else {})}
    started = time.monotonic()
    try:
        reply = post(url, body, headers, TIMEOUT_SECONDS, allow_private=settings.allow_private_webhooks,
                     max_bytes=EXCERPT_BYTES)
    except (OSError, http.client.HTTPException) as exc:
        return Attempt(False, None, _ms_since(started), error=f"{type(exc).__name__}: {exc}"[:500])
    duration = _ms_since(started)
    excerpt = reply.body.decode("utf-8", "replace") or None
    if 200 <= reply.status < 300:
        return Attempt(True, reply.status, duration, excerpt)
    if 300 <= reply.status < 400:
        return Attempt(False, reply.status, duration, excerpt, "Redirect blocked: redirects are never followed")
    return Attempt(False, reply.status, duration, excerpt, f"HTTP {reply.status}")


def _ms_since(started: float) -> int:
    return round((time.monotonic() - started) * 1000)


def attempt_row(org_id: str, delivery_id: str, webhook_id: str, number: int, attempt: Attempt, at: datetime,
                redaction_mode: str) -> WebhookAttempt:
    """The log entry of one attempt; what the receiver answered is redacted like any stored text."""
    return WebhookAttempt(
        org_id=org_id, delivery_id=delivery_id, webhook_id=webhook_id, number=number, attempted_at=at,
        response_status=attempt.response_status, duration_ms=attempt.duration_ms,
        response_excerpt=_redacted(attempt.response_excerpt, redaction_mode), error=_redacted(attempt.error, redaction_mode),
    )


def _redacted(text: str | None, mode: str) -> str | None:
    return None if text is None else redact_text(text, Findings(), mode)


def retry_delay(settings: Settings, attempts: int) -> timedelta:
    """How long to wait after `attempts` failed attempts: the base, then three times longer each time, +-20 %."""
    seconds = settings.webhook_retry_base_seconds * BACKOFF_FACTOR ** (attempts - 1)
    return timedelta(seconds=seconds * random.uniform(1 - JITTER, 1 + JITTER))


# -- claiming and recording ----------------------------------------------------------------------------


def claim_due(ctx: AppContext, limit: int) -> list[Claimed]:
    """Claim up to `limit` due deliveries for this replica (none that another replica holds)."""
    table = WebhookDelivery.__table__
    now = utcnow()
    due = (table.c.status == PENDING, table.c.next_attempt_at <= now)
    with ctx.db.read() as session:
        if session.scalar(select(table.c.id).where(*due).limit(1)) is None:
            return []  # the usual answer, found without taking a write lock
    token = uuid.uuid4().hex
    oldest = select(table.c.id).where(*due).order_by(table.c.next_attempt_at).limit(limit).with_for_update(skip_locked=True)
    claim = (update(table).where(table.c.id.in_(oldest)).values(next_attempt_at=now + LEASE, claim_token=token)
             .returning(table.c.id, table.c.org_id, table.c.webhook_id, table.c.event_type, table.c.subject_id,
                        table.c.payload, table.c.attempts, table.c.created_at, table.c.target_url))
    with ctx.db.write_connection() as connection:
        rows = connection.execute(claim).all()
    return [Claimed(**row._mapping, claim_token=token) for row in rows]


def deliver(ctx: AppContext, claimed: Claimed) -> None:
    """Send one claimed delivery and record how it went."""
    if claimed.target_url:
        with ctx.db.read() as session:
            data = _data(ctx, session, claimed)
        body = body_of(claimed.event_type, claimed.org_id, claimed.created_at, data)
        _record(ctx, claimed, send(ctx.settings, claimed.target_url, None, claimed.event_type, claimed.id, body))
        return
    with ctx.db.read() as session:
        webhook = session.scalar(select(Webhook).where(Webhook.org_id == claimed.org_id, Webhook.id == claimed.webhook_id))
        data = _data(ctx, session, claimed) if webhook is not None and webhook.active else None
    if webhook is None:
        return  # deleted with its deliveries
    if not webhook.active:
        _give_up(ctx, claimed, "Not sent: the webhook is disabled")
        return
    body = body_of(claimed.event_type, claimed.org_id, claimed.created_at, data)
    attempt = send(ctx.settings, webhook.url, webhook.secret, claimed.event_type, claimed.id, body)
    if _record(ctx, claimed, attempt):
        ctx.bus.publish(WEBHOOKS_CHANGED, {"org_id": claimed.org_id})


def _data(ctx: AppContext, session: Session, claimed: Claimed) -> Any:
    if claimed.payload is not None:
        return orjson.Fragment(claimed.payload)
    return ctx.events.subject_data(session, claimed.org_id, claimed.event_type, [claimed.subject_id]).get(claimed.subject_id)


def _record(ctx: AppContext, claimed: Claimed, attempt: Attempt) -> bool:
    """Log the attempt and settle the delivery (and its webhook's health); whether the webhook was disabled."""
    number = claimed.attempts + 1
    now = utcnow()
    exhausted = not attempt.success and number >= ctx.settings.webhook_max_attempts
    status = SUCCESS if attempt.success else FAILED if exhausted else PENDING
    next_attempt = None if status != PENDING else now + retry_delay(ctx.settings, number)
    with ctx.db.write() as session:
        settled = session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id == claimed.id, WebhookDelivery.claim_token == claimed.claim_token)
            .values(status=status, attempts=number, next_attempt_at=next_attempt, claim_token=None,
                    response_status=attempt.response_status, duration_ms=attempt.duration_ms,
                    error=_redacted(attempt.error, ctx.redaction.mode(claimed.org_id)), attempted_at=now)
        ).rowcount
        if not settled:
            return False  # deleted with its webhook meanwhile, or taken over after the lease ran out
        session.add(attempt_row(claimed.org_id, claimed.id, claimed.webhook_id, number, attempt, now,
                                ctx.redaction.mode(claimed.org_id)))
        if claimed.target_url:
            return False  # a callback: no webhook to keep the health of
        health: dict[str, Any] = {"last_triggered_at": now}
        health["failure_count"] = 0 if attempt.success else Webhook.failure_count + 1
        if exhausted:
            reason = f"Disabled at {iso(now)}: delivery {claimed.id} failed {number} attempts (last: {attempt.error})"
            health.update(active=0, disabled_reason=reason)
            _fail_pending(session, claimed, "Not sent: the webhook was disabled")
            log_activity(session, system_actor(claimed.org_id, "webhooks"), "webhook.disabled", resource_type="webhook",
                         resource_id=claimed.webhook_id, details={"reason": reason},
                         before={"active": 1}, after={"active": 0, "disabled_reason": reason})
        session.execute(update(Webhook).where(Webhook.id == claimed.webhook_id).values(**health))
    return exhausted


def _give_up(ctx: AppContext, claimed: Claimed, reason: str) -> None:
    with ctx.db.write() as session:
        session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id == claimed.id, WebhookDelivery.claim_token == claimed.claim_token)
            .values(status=FAILED, next_attempt_at=None, claim_token=None, error=reason)
        )


def _fail_pending(session: Session, claimed: Claimed, reason: str) -> None:
    """Close the webhook's other waiting deliveries (one being sent right now still records its attempt)."""
    session.execute(
        update(WebhookDelivery)
        .where(WebhookDelivery.webhook_id == claimed.webhook_id, WebhookDelivery.status == PENDING,
               WebhookDelivery.claim_token.is_(None))
        .values(status=FAILED, next_attempt_at=None, error=reason)
    )


# -- the worker ----------------------------------------------------------------------------------------


class DeliveryWorker:
    """Polls for due deliveries and keeps up to `SENDERS` of them in flight (the app's lifespan starts it)."""

    def __init__(self, ctx: AppContext):
        self._ctx = ctx
        self._poller = Poller("webhook-deliveries", POLL_SECONDS, self.deliver_due)
        self._senders = ThreadPoolExecutor(SENDERS, thread_name_prefix="dashclaw-webhook-sender")
        self._idle = SENDERS
        self._idle_changed = threading.Condition()
        self._closing = False

    def start(self) -> None:
        self._poller.start()

    def close(self) -> None:
        """Stop claiming, let sends in flight finish; claimed rows not yet sent wait out their lease."""
        self._closing = True
        with self._idle_changed:
            self._idle_changed.notify_all()
        self._poller.close()
        self._senders.shutdown(wait=True, cancel_futures=True)

    def deliver_due(self) -> int:
        """Claim what is due while senders are idle and hand each delivery to one; how many were claimed."""
        claimed = 0
        while not self._closing:
            with self._idle_changed:
                if not self._idle_changed.wait_for(lambda: self._idle > 0 or self._closing, POLL_SECONDS):
                    return claimed  # every sender is busy: look again at the next poll
                idle = self._idle
            if self._closing:
                break
            batch = claim_due(self._ctx, idle)
            for delivery in batch:
                with self._idle_changed:
                    self._idle -= 1
                self._senders.submit(self._send, delivery)
            claimed += len(batch)
            if len(batch) < idle:
                break
        return claimed

    def _send(self, delivery: Claimed) -> None:
        try:
            deliver(self._ctx, delivery)
        except Exception:
            log.exception("webhook delivery %s failed; it is retried when its claim runs out", delivery.id)
        finally:
            with self._idle_changed:
                self._idle += 1
                self._idle_changed.notify_all()
