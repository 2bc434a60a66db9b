"""A small thread-safe TTL cache: what one replica may remember for a moment (keys, policies, counts).

Every cross-replica cache is also invalidated through the event bus; the TTL is the backstop for a
replica that missed a message. Reads take no lock (a dict lookup is atomic); writes do.
"""
from __future__ import annotations

import threading
import time
from typing import Callable, Generic, Hashable, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
MISSING = object()
"""Returned by `get` for an absent or expired key (a cached value may itself be None)."""


class TTLCache(Generic[K, V]):
    def __init__(self, ttl_seconds: float, max_entries: int = 10_000):
        self.ttl_seconds = ttl_seconds
        self._max_entries = max_entries
        self._entries: dict[K, tuple[float, V]] = {}
        self._lock = threading.Lock()

    def get(self, key: K, default=MISSING):
        """The fresh value under `key`, else `default`."""
        entry = self._entries.get(key)
        if entry is None or entry[0] <= time.monotonic():
            return default
        return entry[1]

    def put(self, key: K, value: V, ttl_seconds: float | None = None) -> V:
        """Remember `value` for the TTL (or `ttl_seconds`); a full cache is emptied first, never grown."""
        expires = time.monotonic() + (self.ttl_seconds if ttl_seconds is None else ttl_seconds)
        with self._lock:
            if len(self._entries) >= self._max_entries:
                self._entries.clear()
            self._entries[key] = (expires, value)
        return value

    def get_or_load(self, key: K, load: Callable[[], V]) -> V:
        """The fresh value under `key`, loading and remembering it on a miss."""
        value = self.get(key)
        return self.put(key, load()) if value is MISSING else value

    def update(self, select: Callable[[K], bool], change: Callable[[V], V]) -> None:
        """Apply `change` to the value of every key `select` picks, keeping each entry's expiry."""
        with self._lock:
            for key, (expires, value) in list(self._entries.items()):
                if select(key):
                    self._entries[key] = (expires, change(value))

    def forget(self, key: K | None = None) -> None:
        """Drop one key, or everything (None)."""
        with self._lock:
            if key is None:
                self._entries.clear()
            else:
                self._entries.pop(key, None)
