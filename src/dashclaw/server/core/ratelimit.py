"""Fixed-window request limits per API key (per client IP for unauthenticated calls)."""
from __future__ import annotations

import math
import threading
import time


class RateLimiter:
    def __init__(self, max_requests: int, window_ms: int):
        self.max_requests = max_requests
        self.window = max(window_ms, 1) / 1000.0
        self._windows: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()

    def hit(self, identity: str) -> float | None:
        """Count one request; return seconds to wait if over the limit, else None."""
        if self.max_requests <= 0:
            return None
        now = time.monotonic()
        with self._lock:
            start, count = self._windows.get(identity, (now, 0))
            if now - start >= self.window:
                start, count = now, 0
            count += 1
            self._windows[identity] = (start, count)
            if len(self._windows) > 50_000:
                self._evict(now)
        if count > self.max_requests:
            return max(1.0, math.ceil(start + self.window - now))
        return None

    def _evict(self, now: float) -> None:
        for identity, (start, _) in list(self._windows.items()):
            if now - start >= self.window:
                del self._windows[identity]
