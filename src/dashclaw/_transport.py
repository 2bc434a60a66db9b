"""HTTP transport: keep-alive connections, timeouts, retries and idempotency keys, on the stdlib only.

One ``Transport`` serves one base URL. It keeps a small pool of idle ``http.client`` connections so
that calls reuse TCP (and TLS) sessions, and is safe to share between threads: each request borrows a
connection for its whole exchange and hands it back only once the response has been read in full.

Retry policy. A request is retried (exponential backoff with jitter) on connection errors, timeouts and
502/503/504 answers only when repeating it cannot do harm: GET/HEAD, guard evaluations (they create
nothing), and any request that carries an ``Idempotency-Key``, which every other POST gets (one key per
logical call, reused by all its attempts).
Separately, a reused keep-alive connection that the server had already closed (it fails before any
response arrives) is re-opened once for every method: the request never reached the application.

``BaseTransport`` holds all of that, written once as steps (``dashclaw._steps``); ``Transport`` runs it on
blocking ``http.client`` connections and ``dashclaw._async_transport.AsyncTransport`` on asyncio streams.
"""

from __future__ import annotations

import http.client
import json
import logging
import random
import ssl
import threading
import time
import urllib.parse
import urllib.request
import uuid

from ._steps import run_blocking, steps
from ._version import __version__
from ._errors import (
    REQUEST_ID_HEADER,
    APIConnectionError,
    DashClawError,
    error_from_response,
    parse_retry_after,
)

logger = logging.getLogger("dashclaw")

RETRYABLE_STATUSES = frozenset({502, 503, 504})
SAFE_METHODS = frozenset({"GET", "HEAD"})
# What a server-closed keep-alive socket looks like when we try to reuse it.
STALE_CONNECTION_ERRORS = (
    http.client.RemoteDisconnected,
    BrokenPipeError,
    ConnectionResetError,
    ConnectionAbortedError,
)
MAX_IDLE_CONNECTIONS = 10


def new_idempotency_key():
    """A fresh key for one logical call; all its attempts (and a later delivery from the outbox) reuse it."""
    return str(uuid.uuid4())


class RawResponse:
    """A fully read response: status, headers and body bytes."""

    def __init__(self, url, status, reason, headers, data):
        self.url = url
        self.status = status
        self.reason = reason
        self.headers = headers
        self.data = data


class BaseTransport:
    """Sends JSON requests to one DashClaw server; see the module docstring for the retry rules.

    Subclasses supply the I/O: ``_exchange`` (one request and its fully read response on a pooled
    connection), ``_pause`` (wait before a retry) and ``_run_steps`` (the driver of their kind).
    """

    def __init__(self, base_url, api_key, timeout=30.0, max_retries=2, backoff_factor=0.25, backoff_max=8.0):
        parts = urllib.parse.urlsplit(base_url.rstrip("/"))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("base_url must be an http:// or https:// URL, got {!r}".format(base_url))
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff_factor = backoff_factor
        self.backoff_max = backoff_max
        self._scheme = parts.scheme
        self._host = parts.hostname
        self._port = parts.port or (443 if parts.scheme == "https" else 80)
        self._path_prefix = parts.path
        self._headers = {
            "Content-Type": "application/json",
            "Accept": "application/json",
            "x-api-key": api_key,
            "User-Agent": "dashclaw-python/" + __version__,
        }
        self._proxy = self._proxy_for(parts)
        self._ssl_context = ssl.create_default_context() if parts.scheme == "https" else None

    # -- public API --------------------------------------------------------------------------------

    @steps
    def request(self, method, path, body=None, evaluation=False, idempotency_key=None):
        """Send one logical call to ``path`` (query included) and return the parsed JSON body ({} when empty).

        ``evaluation`` marks a POST that only asks a question (the guard): it creates nothing, so it
        carries no Idempotency-Key and is safe to retry as it is. ``idempotency_key`` replaces the fresh
        key a POST gets, for a call sent again later (the outbox).
        """
        response = yield self.request_raw(
            method, path, body=body, evaluation=evaluation, idempotency_key=idempotency_key
        )
        if not response.data.strip():
            return {}
        try:
            return json.loads(response.data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise DashClawError(
                "Invalid JSON in response (HTTP {})".format(response.status),
                status=response.status,
                method=method.upper(),
                url=response.url,
                request_id=response.headers.get(REQUEST_ID_HEADER),
            ) from None

    @steps
    def request_raw(self, method, path, body=None, accept=None, evaluation=False, idempotency_key=None):
        """Send one logical call and return the raw 2xx response; raise the matching DashClawError otherwise."""
        method = method.upper()
        target = self._path_prefix + path
        url = self.base_url + path
        headers = dict(self._headers)
        if accept:
            headers["Accept"] = accept
        if method == "POST" and not evaluation:
            headers["Idempotency-Key"] = idempotency_key or new_idempotency_key()
        elif idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        data = json.dumps(body).encode("utf-8") if body is not None else None
        retryable = method in SAFE_METHODS or evaluation or "Idempotency-Key" in headers

        attempt = 0
        while True:
            try:
                response = yield self._exchange(method, target, url, headers, data)
            except (OSError, http.client.HTTPException) as exc:
                if retryable and attempt < self.max_retries:
                    attempt += 1
                    cause = "{}: {}".format(type(exc).__name__, exc)
                    yield self._pause(self._retry_delay(attempt, None, cause, method, url))
                    continue
                reason = str(exc) or type(exc).__name__
                raise APIConnectionError("Request failed: " + reason, method=method, url=url) from exc
            if response.status in RETRYABLE_STATUSES and retryable and attempt < self.max_retries:
                attempt += 1
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                cause = "HTTP {}".format(response.status)
                yield self._pause(self._retry_delay(attempt, retry_after, cause, method, url))
                continue
            if 200 <= response.status < 300:
                return response
            raise error_from_response(response.status, response.reason, response.data, response.headers, method, url)

    def _retry_delay(self, attempt, retry_after, cause, method, url):
        """Seconds to wait before retry ``attempt``: exponential backoff with jitter, at least Retry-After."""
        delay = min(self.backoff_max, self.backoff_factor * (2 ** (attempt - 1)))
        delay = delay / 2 + random.uniform(0, delay / 2)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.backoff_max))
        logger.warning(
            "dashclaw: %s %s failed (%s); retry %d/%d in %.2fs", method, url, cause, attempt, self.max_retries, delay
        )
        return delay

    @staticmethod
    def _proxy_for(parts):
        """(host, port) of the proxy that urllib would use for this URL (HTTP(S)_PROXY, NO_PROXY), if any."""
        proxy_url = urllib.request.getproxies().get(parts.scheme)
        if not proxy_url or parts.hostname in ("localhost", "127.0.0.1", "::1"):
            return None
        if urllib.request.proxy_bypass(parts.netloc.rsplit("@", 1)[-1]):
            return None
        proxy = urllib.parse.urlsplit(proxy_url if "://" in proxy_url else "http://" + proxy_url)
        return proxy.hostname, proxy.port or 80

    def _request_target(self, target):
        """The request line's target: absolute through a plain-HTTP proxy, else the path."""
        if self._proxy and self._scheme == "http":
            return "http://{}:{}{}".format(self._host, self._port, target)
        return target


class Transport(BaseTransport):
    """The blocking transport: a thread-safe pool of keep-alive ``http.client`` connections."""

    _run_steps = staticmethod(run_blocking)
    _pause = staticmethod(time.sleep)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._idle = []
        self._lock = threading.Lock()

    def open_stream(self, path, headers=None, read_timeout=None):
        """GET a long-lived response (server-sent events) on a connection of its own, not the pool.

        Returns ``(connection, response)`` with the body unread; the caller reads it and closes the connection.
        A non-2xx answer raises the matching DashClawError; nothing is retried here.
        """
        url = self.base_url + path
        connection = self._new_connection()
        try:
            response = self._send(connection, "GET", self._path_prefix + path, dict(self._headers, **(headers or {})), None)
            if not 200 <= response.status < 300:
                raise error_from_response(response.status, response.reason, response.read(), response.headers, "GET", url)
            if read_timeout is not None:
                connection.sock.settimeout(read_timeout)
        except BaseException:
            connection.close()
            raise
        return connection, response

    def close(self):
        """Close every idle connection; later requests open new ones."""
        with self._lock:
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()

    # -- internals ---------------------------------------------------------------------------------

    def _exchange(self, method, target, url, headers, data):
        """One request/response on a pooled connection, re-opening once if a reused socket was stale."""
        connection, reused = self._acquire()
        try:
            try:
                response = self._send(connection, method, target, headers, data)
            except STALE_CONNECTION_ERRORS:
                if not reused:
                    raise
                logger.debug("dashclaw: reused connection was closed by the server; reconnecting")
                connection.close()
                connection = self._new_connection()
                response = self._send(connection, method, target, headers, data)
            payload = response.read()
        except BaseException:
            connection.close()
            raise
        if response.will_close:
            connection.close()
        else:
            self._release(connection)
        logger.debug("dashclaw: %s %s -> %s", method, url, response.status)
        return RawResponse(url, response.status, response.reason, response.headers, payload)

    def _send(self, connection, method, target, headers, data):
        connection.request(method, self._request_target(target), body=data, headers=headers)
        return connection.getresponse()

    def _acquire(self):
        with self._lock:
            if self._idle:
                return self._idle.pop(), True
        return self._new_connection(), False

    def _release(self, connection):
        with self._lock:
            if len(self._idle) < MAX_IDLE_CONNECTIONS:
                self._idle.append(connection)
                return
        connection.close()

    def _new_connection(self):
        host, port = self._proxy or (self._host, self._port)
        if self._scheme == "https":
            connection = http.client.HTTPSConnection(host, port, timeout=self.timeout, context=self._ssl_context)
            if self._proxy:
                connection.set_tunnel(self._host, self._port)
        else:
            connection = http.client.HTTPConnection(host, port, timeout=self.timeout)
        return connection
