"""The ASGI layer in front of every route, one named step each; for `/api` routes:

request id -> CORS -> URL check -> body (whole, bounded) -> a turn -> authentication -> rate limit (and key
usage) -> JSON check -> idempotency.

Pages get the request id, the body and the turn. A step that refuses the request raises `ApiError`; the
gateway answers it as JSON like any route error. Written as plain ASGI (not BaseHTTPMiddleware) because it
runs on every request and must stay cheap.

Turns: at most `MAX_ACTIVE_REQUESTS` requests are served at once; the rest wait on the event loop, holding
no worker thread. The worker pool is larger (`WORKER_THREADS`, set by `size_worker_threads`), and that is
what keeps SQLite live: a keyed create holds the writer lock from its last write until its answer is stored
(core/idempotency.py), and storing it needs a worker thread. Were every worker thread waiting for that lock,
nothing could release it; with fewer requests served than threads, the holder always finds one.
"""
from __future__ import annotations

import asyncio
import re
from contextlib import AbstractAsyncContextManager, nullcontext
from typing import Awaitable, Callable

from anyio import to_thread
from starlette.concurrency import run_in_threadpool

from .auth import (
    READ_METHODS,
    SESSION_COOKIE,
    SESSION_METHODS,
    Authenticator,
    Principal,
    ServerMisconfigured,
)
from .cache import MISSING
from .errors import CLIENT_IP, REQUEST_ID, ApiError
from .idempotency import MAX_KEY_LENGTH, IdempotencyStore, fingerprint
from .ids import hex_id
from .ratelimit import RateLimiter
from .responses import dumps
from .usage import UsageMeter
from .validation import json_body_problem

PUBLIC_PREFIXES = ("/api/health",)
UNCOUNTED_PREFIXES = ("/api/health", "/api/stream")  # probes, and streams that stay open (they only read)
MAX_ACTIVE_REQUESTS = 32
WORKER_THREADS = MAX_ACTIVE_REQUESTS + 8  # the headroom serves streams' reads and start-up work
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})  # bodies are size-limited and must be JSON
REQUEST_ID_HEADER = b"x-request-id"
CLIENT_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
ASGIApp = Callable[..., Awaitable[None]]
Send = Callable[[dict], Awaitable[None]]


def size_worker_threads() -> None:
    """Give the worker pool `WORKER_THREADS` threads (call from the running event loop, at start-up)."""
    to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS


class ClientGone(Exception):
    """The client disconnected before its request body was complete."""


class ApiGateway:
    def __init__(
        self,
        app: ASGIApp,
        *,
        authenticator: Authenticator,
        limiter: RateLimiter,
        idempotency: IdempotencyStore,
        usage: UsageMeter,
        max_body_bytes: int,
        trust_proxy: bool = False,
        cors_origins: tuple[str, ...] = ("*",),
    ):
        self.app = app
        self.authenticator = authenticator
        self.limiter = limiter
        self.idempotency = idempotency
        self.usage = usage
        self.max_body_bytes = max_body_bytes
        self.trust_proxy = trust_proxy
        self.cors_origins = cors_origins
        self._turns = asyncio.Semaphore(MAX_ACTIVE_REQUESTS)

    async def __call__(self, scope: dict, receive: Callable, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        send = self._with_request_id(scope, headers, send)
        CLIENT_IP.set(self._client_ip(scope, headers))
        api = scope["path"].startswith("/api")
        origin = headers.get("origin") if api else None
        if origin is not None:
            if scope["method"] == "OPTIONS" and "access-control-request-method" in headers:
                await self._preflight(send, origin)
                return
            send = self._with_cors(send, origin)
        try:
            if api:
                _check_url(scope)
            body = await self._read_body(headers, receive) if scope["method"] in BODY_METHODS else None
            if body is not None:
                receive = _replay(body, receive)
            async with self._admission(scope["path"]):
                if api:
                    await self._handle(scope, receive, send, headers, body)
                else:
                    await self.app(scope, receive, send)
        except ApiError as refusal:
            await _send_json(send, refusal.status, dumps(refusal.body()), refusal.headers)
        except ClientGone:
            pass  # nobody is left to answer, and a request that never fully arrived must not run

    def _admission(self, path: str) -> AbstractAsyncContextManager:
        """A turn among the `MAX_ACTIVE_REQUESTS` served at once (streams and health checks need none)."""
        return nullcontext() if path.startswith(UNCOUNTED_PREFIXES) else self._turns

    async def _handle(self, scope: dict, receive: Callable, send: Send, headers: dict[str, str],
                      body: bytes | None) -> None:
        method = scope["method"]
        principal = await self._authenticate(scope, headers, method)
        await self._check_rate(principal.key_id if principal else "ip:" + self._client_ip(scope, headers))
        if principal is not None:
            self.usage.count(principal.key_id)
        if body is None:
            await self.app(scope, receive, send)
            return
        problem = json_body_problem(body) if body.strip() else None
        if problem:
            raise ApiError(400, problem)
        if body and "content-type" not in headers:  # curl-style clients: the API only speaks JSON
            scope["headers"] = [*scope["headers"], (b"content-type", b"application/json")]
        key = headers.get("idempotency-key")
        if key and principal is not None and method == "POST":
            await self._idempotent(scope, receive, send, principal.org_id, key, body)
        else:
            await self.app(scope, receive, send)

    # -- request id and CORS ---------------------------------------------------------------------------

    def _with_request_id(self, scope: dict, headers: dict[str, str], send: Send) -> Send:
        """Give the request an id (the client's `X-Request-Id` if sane), echoed on the response and logged."""
        client_id = headers.get("x-request-id", "")
        request_id = client_id if CLIENT_REQUEST_ID.match(client_id) else hex_id("req")
        REQUEST_ID.set(request_id)
        scope.setdefault("state", {})["request_id"] = request_id
        return _adding_header(send, REQUEST_ID_HEADER, request_id.encode())

    def _allowed_origin(self, origin: str) -> str | None:
        if "*" in self.cors_origins:
            return "*"
        return origin if origin in self.cors_origins else None

    async def _preflight(self, send: Send, origin: str) -> None:
        allowed = self._allowed_origin(origin)
        headers = [(b"access-control-max-age", b"600"), (b"vary", b"Origin")]
        if allowed:
            headers += [
                (b"access-control-allow-origin", allowed.encode()),
                (b"access-control-allow-methods", b"GET, POST, PATCH, DELETE, OPTIONS"),
                (b"access-control-allow-headers", b"Content-Type, x-api-key, Idempotency-Key, X-Request-Id"),
            ]
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})

    def _with_cors(self, send: Send, origin: str) -> Send:
        allowed = self._allowed_origin(origin)
        return _adding_header(send, b"access-control-allow-origin", allowed.encode()) if allowed else send

    # -- authentication and rate ----------------------------------------------------------------------

    async def _authenticate(self, scope: dict, headers: dict[str, str], method: str) -> Principal | None:
        """The caller behind `x-api-key`, or behind a dashboard session cookie on a GET/HEAD (None on public
        paths); 401, or 403 for a readonly key that writes."""
        if scope["path"].startswith(PUBLIC_PREFIXES):
            return None
        raw_key = headers.get("x-api-key")
        principal = None
        if raw_key:
            principal = self.authenticator.cached(raw_key)
            if principal is MISSING:
                try:
                    principal = await run_in_threadpool(self.authenticator.authenticate, raw_key)
                except ServerMisconfigured as exc:
                    raise ApiError(503, str(exc)) from exc
        elif method in SESSION_METHODS and (token := _cookie(headers, SESSION_COOKIE)):
            principal = await run_in_threadpool(self.authenticator.session, token)
        if principal is None:
            # Failed attempts count against the caller's address, so keys cannot be guessed at speed.
            await self._check_rate("ip:" + self._client_ip(scope, headers))
            raise ApiError(401, "Unauthorized - Invalid or missing API key")
        if principal.role == "readonly" and method not in READ_METHODS:
            raise ApiError(403, "Forbidden - readonly API key")
        scope.setdefault("state", {})["principal"] = principal
        return principal

    async def _check_rate(self, identity: str) -> None:
        retry_after = self.limiter.hit(identity)
        if retry_after is not None:
            raise ApiError(
                429, "Rate limit exceeded. Please slow down.", retry_after=retry_after,
                headers={"retry-after": str(int(retry_after))},
            )

    # -- the body --------------------------------------------------------------------------------------

    async def _read_body(self, headers: dict[str, str], receive: Callable) -> bytes:
        """The whole body, at most `max_body_bytes` (413, refused from `Content-Length` before reading).

        Read before the request takes a turn, so a slow upload holds no turn. A client that goes away before
        its body has fully arrived raises `ClientGone`: running the request on the part that came (an empty
        create, a truncated update) would record what the client never sent.
        """
        length = headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body_bytes:
            raise self._too_large()
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise ClientGone
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                raise self._too_large()
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def _too_large(self) -> ApiError:
        return ApiError(413, "Request body too large", maxBytes=self.max_body_bytes)

    # -- idempotency -----------------------------------------------------------------------------------

    async def _idempotent(self, scope: dict, receive: Callable, send: Send, org_id: str, key: str, body: bytes) -> None:
        """Run a keyed create once: replay its stored answer to retries, 409 for a reused key."""
        if len(key) > MAX_KEY_LENGTH:
            raise ApiError(400, f"Idempotency-Key exceeds max length of {MAX_KEY_LENGTH}")
        request_fingerprint = fingerprint(scope["method"], scope["path"], scope.get("query_string", b""), body)
        claim = await self.idempotency.claim(org_id, key, request_fingerprint)
        if claim.conflict:
            raise ApiError(409, claim.conflict, code=claim.code)
        if claim.replay:
            status, stored = claim.replay
            await _send_json(send, status, stored, {"idempotent-replayed": "true"})
            return

        # Hold the response until it is stored, so a retry arriving right after it sees the stored answer.
        messages: list[dict] = []

        async def capture(message: dict) -> None:
            messages.append(message)

        # The request's last write commits together with its stored answer (see core/idempotency.py).
        held = self.idempotency.hold_writes()
        status = 500
        answer_stands = False
        try:
            with held:
                await self.app(scope, receive, capture)
            status = next((m["status"] for m in messages if m["type"] == "http.response.start"), 500)
        finally:
            if status < 500:
                body_bytes = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
                answer_stands = await run_in_threadpool(self.idempotency.complete, held, org_id, key, status, body_bytes)
            else:
                await run_in_threadpool(self.idempotency.release, held, org_id, key)
        if status < 500 and not answer_stands:
            raise ApiError(503, "The request was interrupted; retry it with the same Idempotency-Key", headers={"retry-after": "1"})
        for message in messages:
            await send(message)

    def _client_ip(self, scope: dict, headers: dict[str, str]) -> str:
        if self.trust_proxy and headers.get("x-forwarded-for"):
            return headers["x-forwarded-for"].split(",")[0].strip()
        client = scope.get("client")
        return client[0] if client else "unknown"


def _check_url(scope: dict) -> None:
    if "\x00" in scope["path"] or b"%00" in scope.get("query_string", b""):
        raise ApiError(400, "Request path or query contains a NUL character")


def _cookie(headers: dict[str, str], name: str) -> str | None:
    """The value of cookie `name` in the request's `Cookie` header, if any."""
    for pair in headers.get("cookie", "").split(";"):
        key, _, value = pair.strip().partition("=")
        if key == name and value:
            return value
    return None


def _headers(scope: dict) -> dict[str, str]:
    return {name.decode("latin-1"): value.decode("latin-1") for name, value in scope.get("headers", [])}


def _adding_header(send: Send, name: bytes, value: bytes) -> Send:
    """A `send` that adds one header to the response."""

    async def send_with_header(message: dict) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), (name, value)]}
        await send(message)

    return send_with_header


def _replay(body: bytes, downstream: Callable) -> Callable:
    """A `receive` that hands the app the body we already read, then defers to the real channel."""
    sent = False

    async def receive() -> dict:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await downstream()

    return receive


async def _send_json(send: Send, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
    raw_headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw_headers += [(name.encode("latin-1"), value.encode("latin-1")) for name, value in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})
