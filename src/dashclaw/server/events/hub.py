"""Live delivery on one replica: one reader per org with open streams, fanning out to bounded queues.

The event table is the source of truth. When the bus announces new events for an org (from any replica),
that org's feed reads them once and offers each one to every subscription. A subscription's queue is
bounded: when it is full the event is dropped and the subscription is marked lagging, and its stream then
reads what it missed from the table itself before it takes from the queue again. A slow client therefore
costs only its own queue and its own reads; it never blocks the feed, other clients or the server.
"""
from __future__ import annotations

import asyncio
import logging
from collections import deque
from typing import AsyncIterator, Iterable

from starlette.concurrency import run_in_threadpool

from .log import EventLog, StreamItem

log = logging.getLogger("dashclaw.server.stream")

QUEUE_SIZE = 256
"""Events one subscription may have waiting to be sent before it reads from the table instead."""
PAGE_SIZE = 200
BACKSTOP_SECONDS = 5.0
"""A feed also looks for new events this often, in case an announcement was lost."""
RETRY_SECONDS = 1.0


class Subscription:
    """One open stream: its filter, how far it has sent (`cursor`), and its bounded queue of live events."""

    def __init__(self, org_id: str, types: frozenset[str] | None, cursor: int, lagging: bool, capacity: int):
        self.org_id = org_id
        self.types = types
        self.cursor = cursor
        self.lagging = lagging
        """Events were missed (a resume, or a full queue): read the table from `cursor` before the queue."""
        self._queue: deque[StreamItem] = deque()
        self._capacity = capacity
        self._arrived = asyncio.Event()

    def offer(self, item: StreamItem) -> None:
        """Queue a live event if this stream wants it; never waits (a full queue marks the stream lagging)."""
        if self.types is not None and item.type not in self.types:
            return
        if len(self._queue) >= self._capacity:
            self.lagging = True
        else:
            self._queue.append(item)
        self._arrived.set()

    async def next_live(self, timeout: float) -> StreamItem | None:
        """The next queued event not yet sent; None on timeout or as soon as the stream is lagging."""
        while True:
            if self.lagging:
                return None
            while self._queue:
                item = self._queue.popleft()
                if item.seq > self.cursor:
                    return item
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), timeout)
            except asyncio.TimeoutError:
                return None


class _Feed:
    """The reader of one org's new events on this replica."""

    def __init__(self, org_id: str):
        self.org_id = org_id
        self.cursor = 0
        self.subscriptions: set[Subscription] = set()
        self.ready = asyncio.Event()
        self.wake = asyncio.Event()
        self.task: asyncio.Task | None = None


class StreamHub:
    """Subscriptions and per-org feeds of one replica; see the module docstring."""

    def __init__(self, events: EventLog, queue_size: int = QUEUE_SIZE):
        self._events = events
        self._queue_size = queue_size
        self._feeds: dict[str, _Feed] = {}
        self._loop: asyncio.AbstractEventLoop | None = None

    def start(self) -> None:
        """Bind to the running event loop (the app's lifespan calls this)."""
        self._loop = asyncio.get_running_loop()

    async def close(self) -> None:
        for feed in list(self._feeds.values()):
            self._end(feed)

    def announced(self, message: dict | None) -> None:
        """Bus subscriber, called on any thread: wake the feeds of orgs with new events (`{"latest": {org: seq}}`;
        None, after a lost connection: all of them)."""
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._wake, message)

    def _wake(self, message: dict | None) -> None:
        latest = None if message is None else message.get("latest") or {}
        for org_id, feed in self._feeds.items():
            if latest is None or latest.get(org_id, 0) > feed.cursor:  # (a feed still starting reads it after)
                feed.wake.set()

    async def subscribe(self, org_id: str, types: Iterable[str] | None, after: int | None) -> Subscription:
        """Open a subscription to the org's events after `after` (None: from now). Raises if the log is unreadable."""
        feed = self._feeds.get(org_id)
        if feed is None:
            feed = self._feeds[org_id] = _Feed(org_id)
            feed.task = asyncio.create_task(self._follow(feed), name=f"dashclaw-stream-{org_id}")
        try:
            await asyncio.wait_for(feed.ready.wait(), timeout=10)
        except asyncio.TimeoutError:
            if not feed.subscriptions:
                self._end(feed)
            raise
        # Registered now, a subscription hears every event the feed reads from here on; a resumed one reads
        # what came before from the table first.
        start = feed.cursor if after is None else after
        subscription = Subscription(org_id, frozenset(types) if types else None, start, after is not None, self._queue_size)
        feed.subscriptions.add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        """Close a subscription; an org's feed stops with its last subscription."""
        feed = self._feeds.get(subscription.org_id)
        if feed is None or subscription not in feed.subscriptions:
            return  # closed already: the org's feed now may be a new one, starting for a new subscription
        feed.subscriptions.discard(subscription)
        if not feed.subscriptions:
            self._end(feed)

    async def missed(self, subscription: Subscription) -> AsyncIterator[StreamItem]:
        """What a lagging subscription has not sent yet, read from the table up to now, in order."""
        subscription.lagging = False  # an event dropped from here on sets it again, and is read next time
        while True:
            items = await run_in_threadpool(
                self._events.read, subscription.org_id, subscription.cursor, PAGE_SIZE, subscription.types
            )
            for item in items:
                subscription.cursor = item.seq
                yield item
            if len(items) < PAGE_SIZE:
                return

    def _end(self, feed: _Feed) -> None:
        if self._feeds.get(feed.org_id) is feed:
            del self._feeds[feed.org_id]
        if feed.task is not None:
            feed.task.cancel()

    async def _follow(self, feed: _Feed) -> None:
        """The feed's loop: start at the org's latest event, then read and fan out whatever is announced."""
        while not feed.ready.is_set():
            try:
                feed.cursor = await run_in_threadpool(self._events.latest, feed.org_id)
                feed.ready.set()
            except Exception as exc:
                log.warning("stream feed for %s cannot read the event log (%s)", feed.org_id, type(exc).__name__)
                await asyncio.sleep(RETRY_SECONDS)
        while True:
            try:
                await asyncio.wait_for(feed.wake.wait(), BACKSTOP_SECONDS)
            except asyncio.TimeoutError:
                pass
            feed.wake.clear()
            try:
                await self._fan_out(feed)
            except Exception as exc:
                log.warning("stream feed for %s failed to read (%s); retrying", feed.org_id, type(exc).__name__)
                await asyncio.sleep(RETRY_SECONDS)
                feed.wake.set()

    async def _fan_out(self, feed: _Feed) -> None:
        while True:
            items = await run_in_threadpool(self._events.read, feed.org_id, feed.cursor, PAGE_SIZE)
            for item in items:
                feed.cursor = item.seq
                for subscription in feed.subscriptions:
                    subscription.offer(item)
            if len(items) < PAGE_SIZE:
                return
