"""One background sender of records, for callers that must neither raise into nor hold up their host's work.

A framework integration or a wrapped LLM client records from inside the host's own work. ``RecordSender`` sends
records in order from one thread. While DashClaw answers within ``wait`` seconds each record is awaited, so
records land in the order and at the moment the host's work happens (``wait=0``: never awaited). Once a record
fails or takes longer, the host stops waiting: later records queue (at most ``max_queued``; more are dropped
with a warning) and go out in order in the background, and waiting resumes once one gets through in time again.
``flush(timeout)`` waits for the queue to empty (before exit, or before reading back what was recorded).
"""

from __future__ import annotations

import collections
import logging
import threading
import time

logger = logging.getLogger("dashclaw")


class RecordSender:
    """Sends ``call(*args, **kwargs)`` records in order from one daemon thread; see the module docstring."""

    IDLE_SECONDS = 30.0  # the thread ends after this long with nothing to send, and starts again when needed

    def __init__(self, wait=1.0, max_queued=10000):
        self.wait = wait
        self.max_queued = max_queued
        self._pending = collections.deque()  # the head is the record being sent
        self._condition = threading.Condition()
        self._worker = None
        self._prompt = True  # the last record got through within `wait`
        self._done = 0  # records taken off the queue, sent or failed

    def send(self, call, *args, **kwargs):
        """Queue a record, and wait for it while DashClaw answers promptly."""
        self._enqueue(call, args, kwargs, wait=True)

    def send_nowait(self, call, *args, **kwargs):
        """Queue a record without waiting for it (for hosts running an event loop)."""
        self._enqueue(call, args, kwargs, wait=False)

    def flush(self, timeout=None):
        """Wait until every queued record was sent or failed; False if ``timeout`` seconds passed first."""
        with self._condition:
            return self._condition.wait_for(lambda: not self._pending, timeout)

    def _enqueue(self, call, args, kwargs, wait):
        with self._condition:
            if len(self._pending) >= self.max_queued:
                logger.warning("dashclaw: %d records already wait for the server; this one is dropped", self.max_queued)
                return
            self._pending.append((call, args, kwargs))
            ticket = self._done + len(self._pending)
            if self._worker is None:
                self._worker = threading.Thread(target=self._run, name="dashclaw-integration", daemon=True)
                self._worker.start()
            self._condition.notify_all()
            if wait and self._prompt and not self._condition.wait_for(lambda: self._done >= ticket, self.wait):
                self._prompt = False
                logger.warning("dashclaw: no answer within %ss; recording goes on in the background", self.wait)

    def _run(self):
        while True:
            with self._condition:
                if not self._condition.wait_for(lambda: self._pending, self.IDLE_SECONDS):
                    self._worker = None
                    return
                call, args, kwargs = self._pending[0]
                was_prompt = self._prompt
            started = time.monotonic()
            try:
                call(*args, **kwargs)
                delivered = True
            except Exception as exc:  # the host must never see DashClaw's failures
                delivered = False
                logger.log(logging.WARNING if was_prompt else logging.DEBUG, "dashclaw: record not sent: %s", exc)
            with self._condition:
                self._pending.popleft()
                self._done += 1
                self._prompt = delivered and time.monotonic() - started < self.wait
                self._condition.notify_all()
