"""What a webhook can subscribe to, and which deliveries an org's new events make (contract 8.1, 8.2)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterable

import orjson

from ..core.ids import hex_id
from ..events.log import EVENT_TYPES, SIGNAL

ALL = "all"
"""Every decision-integrity signal, as 2.10.0 documents it (stream events are subscribed to by name)."""
SIGNAL_TYPES = ("autonomy_spike", "high_impact_low_oversight", "repeated_failures", "stale_loop", "assumption_drift",
                "stale_assumption", "stale_running_action")
"""Signals a webhook may choose one by one (`agent_silent` comes only with `all`, as in the contract)."""
STREAM_EVENTS = tuple(event_type for event_type in EVENT_TYPES if event_type != SIGNAL)
SUBSCRIPTIONS = (ALL, *SIGNAL_TYPES, *STREAM_EVENTS)
SIGNALS_DETECTED = "signals.detected"
"""The delivery event for new signals: one per webhook and transaction, listing the signals it subscribed to."""
TEST = "test"
PENDING, SUCCESS, FAILED = "pending", "success", "failed"


@dataclass(frozen=True)
class Subscriber:
    """One active webhook of an org, as the outbox needs it."""

    id: str
    events: frozenset[str]

    def wants_signal(self, signal_type: Any) -> bool:
        return ALL in self.events or signal_type in self.events


@dataclass(frozen=True)
class OrgSubscribers:
    """An org's active webhooks and the stream event types any of them wants."""

    webhooks: tuple[Subscriber, ...]
    event_types: frozenset[str]

    @classmethod
    def of(cls, webhooks: Iterable[Subscriber]) -> OrgSubscribers:
        webhooks = tuple(webhooks)
        wanted = {SIGNAL if event in SIGNAL_TYPES or event == ALL else event for webhook in webhooks for event in webhook.events}
        return cls(webhooks, frozenset(wanted))


def delivery_row(org_id: str, webhook_id: str, event_type: str, subject_id: str | None, payload: str | None,
                 now: datetime, target_url: str | None = None) -> dict[str, Any]:
    """A new outbox row, due at once (for a webhook, or with `target_url` for a callback)."""
    return {"id": hex_id("wd"), "org_id": org_id, "webhook_id": webhook_id, "event_type": event_type,
            "subject_id": subject_id, "payload": payload, "status": PENDING, "attempts": 0, "next_attempt_at": now,
            "claim_token": None, "created_at": now, "target_url": target_url}


def deliveries_for(org_id: str, subscribers: OrgSubscribers,
                   events: Iterable[tuple[str, str | None, str | None, str | None]], now: datetime) -> list[dict[str, Any]]:
    """Outbox rows for events appended together: one per subscribed webhook and event, except that the signals
    among them go out as one `signals.detected` delivery per webhook, listing those it subscribed to; and one
    to each callback URL an event names."""
    rows: list[dict[str, Any]] = []
    signals: list[dict[str, Any]] = []
    for event_type, subject_id, payload, deliver_to in events:
        if deliver_to:
            rows.append(delivery_row(org_id, "", event_type, subject_id, payload, now, deliver_to))
        if event_type not in subscribers.event_types:
            continue
        if event_type == SIGNAL:
            if payload is not None:
                signals.append(orjson.loads(payload))
            continue
        rows += [delivery_row(org_id, webhook.id, event_type, subject_id, payload, now)
                 for webhook in subscribers.webhooks if event_type in webhook.events]
    for webhook in subscribers.webhooks if signals else ():
        chosen = [signal for signal in signals if webhook.wants_signal(signal.get("type"))]
        if chosen:
            rows.append(delivery_row(org_id, webhook.id, SIGNALS_DETECTED, None, orjson.dumps(chosen).decode(), now))
    return rows
