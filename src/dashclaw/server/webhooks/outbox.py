"""The webhook outbox: deliveries are written in the transaction that appends the events causing them.

`events/log.py` calls `WebhookOutbox.stage` (registered in `deps.build_context`) with the connection of every
transaction that appends an org's events, the decision log's group commits included, so a delivery exists if
and only if its event was committed. The org's active webhooks are cached for a second and forgotten on
every replica as soon as one of them changes (`WEBHOOKS_CHANGED` on the event bus).
"""
from __future__ import annotations

from typing import Iterable

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from ..core.cache import MISSING, TTLCache
from ..core.clock import utcnow
from .events import OrgSubscribers, Subscriber, deliveries_for
from .models import Webhook, WebhookDelivery

TTL_SECONDS = 1.0


class WebhookOutbox:
    def __init__(self):
        self._subscribers: TTLCache[str, OrgSubscribers] = TTLCache(TTL_SECONDS)
        self._insert = insert(WebhookDelivery.__table__)

    def stage(self, connection: Connection, org_id: str,
              events: Iterable[tuple[str, str | None, str | None, str | None]]) -> None:
        """Add the deliveries `events` make (for the org's active webhooks, and to the callbacks they name) to
        `connection`'s transaction."""
        events = list(events)
        subscribers = self._subscribers.get(org_id)
        if subscribers is MISSING:
            subscribers = self._subscribers.put(org_id, _active(connection, org_id))
        if not subscribers.webhooks and not any(deliver_to for *_, deliver_to in events):
            return
        rows = deliveries_for(org_id, subscribers, events, utcnow())
        if rows:
            connection.execute(self._insert, rows)

    def forget(self, org_id: str | None) -> None:
        """Drop one org's cached webhooks, or every org's (None)."""
        self._subscribers.forget(org_id)


def _active(connection: Connection, org_id: str) -> OrgSubscribers:
    rows = connection.execute(select(Webhook.id, Webhook.events).where(Webhook.org_id == org_id, Webhook.active == 1))
    return OrgSubscribers.of(Subscriber(row.id, frozenset(row.events or ())) for row in rows)
