"""Registered webhooks, their delivery outbox and every delivery attempt."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class Webhook(OrgScoped, Base):
    __tablename__ = "webhooks"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    secret: Mapped[str] = mapped_column(String(64))
    """The HMAC key deliveries are signed with: shown once at creation, never returned again, never logged."""
    events: Mapped[list[Any]] = mapped_column(default=list)
    active: Mapped[int] = mapped_column(Integer, default=1)
    failure_count: Mapped[int] = mapped_column(Integer, default=0)
    """Failed attempts since the last success."""
    disabled_reason: Mapped[str | None] = mapped_column(Text)
    last_triggered_at: Mapped[datetime | None]
    created_by: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class WebhookDelivery(OrgScoped, Base):
    """One event for one webhook: written with the event (the outbox), then sent until it succeeds or gives up.

    A row is due while `status` is pending and `next_attempt_at` has passed. A sender claims it by moving
    `next_attempt_at` a lease ahead under a new `claim_token`, so a sender that dies leaves it due again once
    the lease has run out, and only the claim's holder may record its outcome.
    """

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),
        Index("ix_webhook_deliveries_webhook_created", "webhook_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    webhook_id: Mapped[str] = mapped_column(String(64))
    event_type: Mapped[str] = mapped_column(String(64))
    subject_id: Mapped[str | None] = mapped_column(String(128))
    payload: Mapped[str | None] = mapped_column(Text)
    """The event's data as JSON text; None for events whose data is read from their subject when sent."""
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None]
    claim_token: Mapped[str | None] = mapped_column(String(32))
    response_status: Mapped[int | None] = mapped_column(Integer)
    duration_ms: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
    attempted_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    target_url: Mapped[str | None] = mapped_column(Text)
    """Set for a callback the event itself names (a routing task's `callback_url`, an agent's endpoint): sent
    there, unsigned, instead of to a webhook (`webhook_id` is then empty)."""


class WebhookAttempt(OrgScoped, Base):
    """One try at sending a delivery, as the receiver answered it."""

    __tablename__ = "webhook_attempts"

    delivery_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    webhook_id: Mapped[str] = mapped_column(String(64))
    attempted_at: Mapped[datetime] = mapped_column(default=utcnow)
    response_status: Mapped[int | None] = mapped_column(Integer)
    duration_ms: Mapped[int] = mapped_column(Integer)
    response_excerpt: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
