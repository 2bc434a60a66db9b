"""Reading `GET /api/stream` as a plain HTTP client would: raw frames, collected by a thread, with timestamps."""
from __future__ import annotations

import http.client
import json
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass
from typing import Any, Callable


@dataclass
class Frame:
    """One server-sent event: name, id (None for control frames), parsed JSON data, arrival time."""

    event: str
    id: str | None
    data: Any
    received_at: float


class StreamReader:
    """An open stream whose frames a thread collects into `frames`; heartbeat comments are counted."""

    def __init__(self, base_url: str, api_key: str | None, *, query: dict | None = None,
                 headers: dict | None = None, timeout: float = 30.0, receive_buffer: int | None = None,
                 reading: bool = True):
        """`receive_buffer` shrinks the socket's receive buffer; `reading=False` leaves the stream unread until
        `start_reading()` (a client too busy to read)."""
        parts = urllib.parse.urlsplit(base_url)
        self._connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
        if receive_buffer is not None:
            sock = socket.socket()
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
            sock.settimeout(timeout)
            sock.connect((parts.hostname, parts.port))
            self._connection.sock = sock
        path = "/api/stream" + ("?" + urllib.parse.urlencode(query) if query else "")
        request_headers = {"Accept": "text/event-stream", **({"x-api-key": api_key} if api_key else {}), **(headers or {})}
        self._connection.request("GET", path, headers=request_headers)
        self.response = self._connection.getresponse()
        self.status = self.response.status
        self.headers = {name.lower(): value for name, value in self.response.getheaders()}
        self.frames: list[Frame] = []
        self.heartbeats = 0
        self.ended = threading.Event()
        self._changed = threading.Condition()
        if self.status == 200:
            if reading:
                self.start_reading()
        else:
            self.body = json.loads(self.response.read())
            self.ended.set()

    def start_reading(self) -> None:
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        event, event_id, data = "message", None, []
        try:
            while True:
                line = self.response.readline()
                if not line:
                    return
                line = line.decode().rstrip("\r\n")
                if line.startswith(":"):
                    with self._changed:
                        self.heartbeats += 1
                        self._changed.notify_all()
                elif line:
                    name, _, value = line.partition(": ")
                    if name == "event":
                        event = value
                    elif name == "id":
                        event_id = value
                    elif name == "data":
                        data.append(value)
                elif data:
                    frame = Frame(event, event_id, json.loads("\n".join(data)), time.monotonic())
                    with self._changed:
                        self.frames.append(frame)
                        self._changed.notify_all()
                    event, event_id, data = "message", None, []
        except (OSError, ValueError, AttributeError, http.client.HTTPException):
            return
        finally:
            self.ended.set()
            with self._changed:
                self._changed.notify_all()

    def wait_until(self, check: Callable[["StreamReader"], bool], timeout: float = 5.0) -> None:
        """Block until `check(self)` holds; AssertionError (with what arrived) after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not check(self):
                remaining = deadline - time.monotonic()
                assert remaining > 0, f"stream did not get there in {timeout}s; frames: {[(f.event, f.id) for f in self.frames]}"
                self._changed.wait(remaining)

    def events(self) -> list[Frame]:
        """The frames that are events (not the `connected` control frame)."""
        return [frame for frame in self.frames if frame.id is not None]

    def connected(self) -> Frame | None:
        return next((frame for frame in self.frames if frame.event == "connected"), None)

    def close(self) -> None:
        sock = self._connection.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._connection.close()

    def __enter__(self) -> "StreamReader":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def replay(base_url: str, api_key: str, after: int | str | None = None, **query: str) -> tuple[list[Frame], Frame]:
    """What a client resuming after event `after` gets before `connected`: (events, the connected frame)."""
    headers = {} if after is None else {"Last-Event-ID": str(after)}
    with StreamReader(base_url, api_key, query=query or None, headers=headers) as reader:
        assert reader.status == 200, reader.body
        reader.wait_until(lambda r: r.connected() is not None)
        connected = reader.connected()
        return [frame for frame in reader.frames[:reader.frames.index(connected)]], connected
