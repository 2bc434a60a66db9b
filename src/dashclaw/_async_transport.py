"""The asyncio transport: ``BaseTransport``'s retry policy on a small HTTP/1.1 client over asyncio streams.

Stdlib only, like the rest of the SDK. One pool per client: at most ``max_connections`` connections are
open at once (more concurrent calls wait for one to come back), and finished ones are kept for reuse.
A response is read whole: by Content-Length, by chunks, or up to the end of a connection that closes.
The whole exchange is bounded by the client's timeout, which counts as a connection failure (retried
like one). HTTPS goes through the default SSL context; a proxy from ``HTTP(S)_PROXY`` is honoured as the
blocking transport does (absolute targets for http, a CONNECT tunnel for https).
"""

from __future__ import annotations

import asyncio
import http.client
import io
import socket

from ._errors import error_from_response
from ._steps import run_async
from ._transport import STALE_CONNECTION_ERRORS, BaseTransport, RawResponse, logger

MAX_CONNECTIONS = 10
NO_BODY_STATUSES = frozenset({204, 304})
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})  # sent with Content-Length: 0 when empty, as http.client does


class AsyncTransport(BaseTransport):
    """Sends the calls of an ``AsyncDashClaw``; every public method returns an awaitable."""

    _run_steps = staticmethod(run_async)
    _pause = staticmethod(asyncio.sleep)

    def __init__(self, *args, max_connections=MAX_CONNECTIONS, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_connections = max_connections
        self._idle = []  # (reader, writer) pairs ready for reuse
        self._slots = None  # made in the event loop that first uses the pool
        self._loop = None

    async def open_stream(self, path, headers):
        """GET a long-lived response (server-sent events) on a connection of its own, not the pool.

        Returns ``(lines, writer)``: an async iterator of the body's lines (chunked transfer decoded) and the
        writer, which the caller closes.
        A non-2xx answer raises the matching DashClawError; nothing is retried here.
        """
        url = self.base_url + path
        reader, writer = await self._connect()
        try:
            writer.write(self._encode("GET", self._path_prefix + path, dict(self._headers, **headers), None))
            await writer.drain()
            _, status, reason, response_headers = await _read_head(reader)
            if not 200 <= status < 300:
                body, _ = await _read_body(reader, "GET", status, response_headers)
                raise error_from_response(status, reason, body, response_headers, "GET", url)
        except BaseException:
            writer.close()
            raise
        chunked = "chunked" in response_headers.get("Transfer-Encoding", "").lower()
        return _body_lines(reader, chunked), writer

    async def close(self):
        """Close every idle connection; later requests open new ones."""
        idle, self._idle = self._idle, []
        for _, writer in idle:
            writer.close()

    # -- internals ---------------------------------------------------------------------------------

    async def _exchange(self, method, target, url, headers, data):
        """One request/response on a pooled connection, within the timeout and the pool's bound."""
        async with self._pool_slot():
            try:
                return await asyncio.wait_for(self._exchange_on_pool(method, target, url, headers, data), self.timeout)
            except asyncio.TimeoutError:
                raise socket.timeout("timed out") from None

    def _pool_slot(self):
        loop = asyncio.get_running_loop()
        if loop is not self._loop:  # a pool belongs to one event loop; a new loop starts a new one
            self._loop, self._idle = loop, []
            self._slots = asyncio.Semaphore(self.max_connections)
        return self._slots

    async def _exchange_on_pool(self, method, target, url, headers, data):
        request = self._encode(method, target, headers, data)
        reused = bool(self._idle)
        connection = self._idle.pop() if reused else await self._connect()
        try:
            try:
                response, keep_alive = await self._round_trip(connection, method, url, request)
            except STALE_CONNECTION_ERRORS:
                if not reused:
                    raise
                logger.debug("dashclaw: reused connection was closed by the server; reconnecting")
                connection[1].close()
                connection = await self._connect()
                response, keep_alive = await self._round_trip(connection, method, url, request)
        except BaseException:
            connection[1].close()
            raise
        if keep_alive:
            self._idle.append(connection)
        else:
            connection[1].close()
        logger.debug("dashclaw: %s %s -> %s", method, url, response.status)
        return response

    def _encode(self, method, target, headers, data):
        lines = ["{} {} HTTP/1.1".format(method, self._request_target(target)), "Host: " + self._host_header()]
        lines.extend("{}: {}".format(name, value) for name, value in headers.items())
        lines.append("Accept-Encoding: identity")
        if data is not None or method in BODY_METHODS:
            lines.append("Content-Length: {}".format(len(data or b"")))
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + (data or b"")

    def _host_header(self):
        host = "[{}]".format(self._host) if ":" in self._host else self._host
        default_port = 443 if self._scheme == "https" else 80
        return host if self._port == default_port else "{}:{}".format(host, self._port)

    async def _round_trip(self, connection, method, url, request):
        """Write the request, read the whole response; returns (RawResponse, whether to keep the connection)."""
        reader, writer = connection
        writer.write(request)
        await writer.drain()
        try:
            version, status, reason, headers = await _read_head(reader)
            body, at_eof = await _read_body(reader, method, status, headers)
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as exc:
            raise http.client.HTTPException("Malformed or truncated response: {}".format(exc)) from exc
        closes = headers.get("Connection", "").lower() == "close" or version == "HTTP/1.0"
        return RawResponse(url, status, reason, headers, body), not (closes or at_eof)

    async def _connect(self):
        if self._scheme == "https" and self._proxy:
            sock = await self._tunnel()
            return await asyncio.open_connection(sock=sock, ssl=self._ssl_context, server_hostname=self._host)
        host, port = self._proxy or (self._host, self._port)
        if self._scheme == "https":
            return await asyncio.open_connection(host, port, ssl=self._ssl_context, server_hostname=self._host)
        return await asyncio.open_connection(host, port)

    async def _tunnel(self):
        """A socket through the proxy to the server (CONNECT), ready for TLS."""
        loop = asyncio.get_running_loop()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setblocking(False)
        try:
            await loop.sock_connect(sock, self._proxy)
            authority = "{}:{}".format(self._host, self._port)
            await loop.sock_sendall(sock, "CONNECT {0} HTTP/1.1\r\nHost: {0}\r\n\r\n".format(authority).encode("ascii"))
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = await loop.sock_recv(sock, 4096)
                if not chunk:
                    raise http.client.RemoteDisconnected("Proxy closed the connection during CONNECT")
                head += chunk
            status_line = head.split(b"\r\n", 1)[0].decode("latin-1")
            if status_line.split(" ")[1:2] != ["200"]:
                raise OSError("Tunnel connection failed: " + status_line)
        except BaseException:
            sock.close()
            raise
        return sock


async def _read_head(reader):
    """Status line and headers, skipping interim 1xx answers."""
    while True:
        status_line = await reader.readline()
        if not status_line:
            raise http.client.RemoteDisconnected("Remote end closed connection without response")
        version, status, reason = (status_line.decode("latin-1").rstrip("\r\n").split(" ", 2) + [""])[:3]
        lines = []
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            lines.append(line)
        if not 100 <= int(status) < 200:
            return version, int(status), reason, http.client.parse_headers(io.BytesIO(b"".join(lines) + b"\r\n"))


async def _read_body(reader, method, status, headers):
    """The body bytes and whether they ran to the end of the connection."""
    if method == "HEAD" or status in NO_BODY_STATUSES:
        return b"", False
    if "chunked" in headers.get("Transfer-Encoding", "").lower():
        chunks = []
        while True:
            size = int((await reader.readline()).split(b";", 1)[0].strip(), 16)
            if size == 0:
                while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(chunks), False
            chunks.append(await reader.readexactly(size))
            await reader.readexactly(2)
    length = headers.get("Content-Length")
    if length is not None:
        return await reader.readexactly(int(length)), False
    return await reader.read(), True


async def _body_lines(reader, chunked):
    """The lines of a body read as it arrives, up to the end of the connection (or of the chunks)."""
    if not chunked:
        while True:
            line = await reader.readline()
            if not line:
                return
            yield line
    pending = b""
    while True:
        size_line = await reader.readline()
        size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
        if size == 0:
            return
        pending += await reader.readexactly(size)
        await reader.readexactly(2)
        *lines, pending = pending.split(b"\n")
        for line in lines:
            yield line + b"\n"
