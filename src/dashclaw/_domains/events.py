"""The real-time stream (``GET /api/stream``, Server-Sent Events): ``events()`` and the approval watch.

Stdlib only. A stream has a connection of its own (a long-lived response never holds one of the pooled
JSON connections) and, after a drop, reconnects with ``Last-Event-ID``: the server replays exactly what was
missed while it still keeps it (ten minutes by default), so nothing is lost or seen twice.
"""

from __future__ import annotations

import http.client
import json
import random
import socket
import threading
import time

from .._errors import DashClawError
from ._base import ClientBase, logger, with_query

STREAM_PATH = "/api/stream"
READ_TIMEOUT = 45.0  # three missed heartbeats: the connection is dead, reconnect
RECONNECT_DELAY_MAX = 10.0
CONTROL_EVENTS = frozenset({"connected"})
STREAM_ERRORS = (OSError, http.client.HTTPException)
APPROVAL_EVENTS = ("approval.decided", "action.updated")
CONNECT_WAIT = 5.0  # how long wait_for_approval waits for the stream before it polls without it


class Frame(object):
    """One server-sent event: its ``event`` name, ``id`` (or None) and ``data`` text."""

    __slots__ = ("event", "id", "data")

    def __init__(self, event, event_id, data):
        self.event = event
        self.id = event_id
        self.data = data


class FrameParser(object):
    """Server-Sent Events, one line at a time: ``feed`` returns a Frame when a line completes one, else None;
    comments (heartbeats) are skipped."""

    def __init__(self):
        self._event, self._id, self._data = "message", None, []

    def feed(self, line):
        line = line.decode("utf-8").rstrip("\r\n")
        if not line:
            frame = Frame(self._event, self._id, "\n".join(self._data)) if self._data else None
            self._event, self._id, self._data = "message", None, []
            return frame
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "event":
            self._event = value
        elif name == "data":
            self._data.append(value)
        elif name == "id":
            self._id = value
        return None


def read_frames(response):
    """Parse Server-Sent Events from a readable response."""
    parser = FrameParser()
    while True:
        line = response.readline()
        if not line:
            return
        frame = parser.feed(line)
        if frame is not None:
            yield frame


def stream_request(types=None, last_event_id=None):
    """Path and headers of ``GET /api/stream`` for some event types, resuming after ``last_event_id``."""
    path = with_query(STREAM_PATH, {"types": ",".join(types) if types else None})
    headers = {"Accept": "text/event-stream", "Cache-Control": "no-cache"}
    if last_event_id is not None:
        headers["Last-Event-ID"] = str(last_event_id)
    return path, headers


class EventStream(object):
    """One open stream: iterate ``frames``; ``close()`` ends it from any thread."""

    def __init__(self, connection, response):
        self._connection = connection
        self.frames = read_frames(response)

    def close(self):
        sock = self._connection.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)  # wakes a reader blocked in another thread
            except OSError:
                pass
        self._connection.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class EventsMixin:
    def events(self, types=None, last_event_id=None):
        """Yield the org's events as they happen: dicts with ``id``, ``type``, ``org_id``, ``created_at``, ``data``.

        ``types`` narrows to some event types (e.g. ``["approval.requested"]``); ``last_event_id`` resumes
        after an event seen earlier. Runs until the caller stops iterating; a dropped connection, a 429 or a 5xx
        is retried (with backoff) after the last event seen; other refusals (401, 403, 400) are raised.
        """
        cursor = last_event_id
        failures = 0
        while True:
            wait_at_least = 0.0
            try:
                with self._open_event_stream(types, cursor) as stream:
                    failures = 0
                    for frame in stream.frames:
                        if frame.id:
                            cursor = frame.id
                        if frame.event not in CONTROL_EVENTS:
                            yield json.loads(frame.data)
            except DashClawError as error:
                if error.status is None or (error.status < 500 and error.status != 429):
                    raise
                failures += 1
                wait_at_least = getattr(error, "retry_after", None) or 0.0
            except STREAM_ERRORS as error:
                failures += 1
                logger.debug("dashclaw: event stream dropped (%s); reconnecting", error)
            delay = min(RECONNECT_DELAY_MAX, 0.25 * 2 ** (failures - 1)) if failures else 0.0
            time.sleep(max(wait_at_least, delay / 2 + random.uniform(0, delay / 2)))

    def _open_event_stream(self, types=None, last_event_id=None):
        """Open ``GET /api/stream`` and return an ``EventStream`` (use it in a ``with`` block)."""
        path, headers = stream_request(types, last_event_id)
        connection, response = self._transport.open_stream(path, headers, read_timeout=READ_TIMEOUT)
        return EventStream(connection, response)

    def _approval_watch(self, action_id, connect_wait):
        """What ``wait_for_approval`` sleeps on between checks: a watch on the stream when the server offers one
        (it wakes as soon as the action is decided), else plain sleeps. Waits up to ``connect_wait`` seconds for
        the stream to be live, so that no decision made after this returns can be missed."""
        if getattr(self, "_stream_unavailable", False) or not self._requests_use_transport():
            return Sleeper()
        try:
            return ApprovalWatch(self._open_event_stream(APPROVAL_EVENTS), action_id, min(connect_wait, CONNECT_WAIT))
        except (DashClawError,) + STREAM_ERRORS as error:
            logger.debug("dashclaw: no event stream (%s); polling for the approval", error)
            if isinstance(error, DashClawError) and error.status in (404, 405):
                self._stream_unavailable = True
            return Sleeper()

    def _requests_use_transport(self):
        """False when ``_request`` was overridden or patched: that code owns the network, so no side channel."""
        return type(self)._request is ClientBase._request and "_request" not in vars(self)


class Sleeper(object):
    """Waits the whole interval (no stream to wake it)."""

    def wait(self, seconds):
        time.sleep(seconds)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        pass


class ApprovalWatch(object):
    """Reads a stream of approval events in a thread; ``wait`` returns early once one names the action."""

    def __init__(self, stream, action_id, connect_wait):
        self._stream = stream
        self._action_id = action_id
        self._decided = threading.Event()
        self._connected = threading.Event()
        self._thread = threading.Thread(target=self._read, name="dashclaw-approval-watch", daemon=True)
        self._thread.start()
        self._connected.wait(connect_wait)  # subscribed: nothing decided from now on can be missed

    def wait(self, seconds):
        """Return once the stream has news of the action (or has ended), else after ``seconds``."""
        if self._decided.is_set() or self._thread.is_alive():
            self._decided.wait(seconds)
            self._decided.clear()
        else:
            time.sleep(seconds)

    def _read(self):
        try:
            for frame in self._stream.frames:
                if frame.event == "connected":
                    self._connected.set()
                elif self._names_the_action(frame.data):
                    self._decided.set()
        except Exception as error:  # a dropped or closed stream; closing it from another thread can raise anything
            logger.debug("dashclaw: approval watch ended (%s)", error)
        finally:
            self._connected.set()
            self._decided.set()  # the stream is gone: check now, then sleep between checks

    def _names_the_action(self, data):
        event = json.loads(data)
        action = event.get("data") if isinstance(event.get("data"), dict) else event
        return isinstance(action, dict) and action.get("action_id") == self._action_id

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self._stream.close()
        self._thread.join(timeout=1)
