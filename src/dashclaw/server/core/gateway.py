"""The ASGI layer in front of every `/api` route: body limit, authentication, rate limit, idempotency.

Written as plain ASGI (not BaseHTTPMiddleware) because it runs on every request and must stay cheap.
"""
from __future__ import annotations

from typing import Awaitable, Callable

import orjson
from starlette.concurrency import run_in_threadpool

from .auth import READ_METHODS, Authenticator, ServerMisconfigured
from .idempotency import MAX_KEY_LENGTH, IdempotencyStore, fingerprint
from .ratelimit import RateLimiter
from .responses import dumps

PUBLIC_PREFIXES = ("/api/health",)
ASGIApp = Callable[..., Awaitable[None]]


class BodyTooLarge(Exception):
    pass


class ApiGateway:
    def __init__(
        self,
        app: ASGIApp,
        *,
        authenticator: Authenticator,
        limiter: RateLimiter,
        idempotency: IdempotencyStore,
        max_body_bytes: int,
        trust_proxy: bool = False,
        cors_origins: tuple[str, ...] = ("*",),
    ):
        self.app = app
        self.authenticator = authenticator
        self.limiter = limiter
        self.idempotency = idempotency
        self.max_body_bytes = max_body_bytes
        self.trust_proxy = trust_proxy
        self.cors_origins = cors_origins

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api"):
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        method = scope["method"]
        origin = headers.get("origin")
        if origin is not None:
            if method == "OPTIONS" and "access-control-request-method" in headers:
                await self._preflight(send, origin)
                return
            send = self._with_cors(send, origin)

        if "\x00" in scope["path"] or b"%00" in scope.get("query_string", b""):
            await _json(send, 400, {"error": "Request path or query contains a NUL character"})
            return
        if method in ("POST", "PUT", "PATCH"):
            length = headers.get("content-length")
            if length is not None and length.isdigit() and int(length) > self.max_body_bytes:
                await self._too_large(send)
                return

        principal = None
        if not scope["path"].startswith(PUBLIC_PREFIXES):
            raw_key = headers.get("x-api-key")
            try:
                principal = await self._authenticate(raw_key) if raw_key else None
            except ServerMisconfigured as exc:
                await _json(send, 503, {"error": str(exc)})
                return
            if principal is None:
                # Failed attempts count against the caller's address, so keys cannot be guessed at speed.
                if not await self._within_limit(send, "ip:" + self._client_ip(scope, headers)):
                    return
                await _json(send, 401, {"error": "Unauthorized - Invalid or missing API key"})
                return
            if principal.role == "readonly" and method not in READ_METHODS:
                await _json(send, 403, {"error": "Forbidden - readonly API key"})
                return
            scope.setdefault("state", {})["principal"] = principal

        identity = principal.key_id if principal else "ip:" + self._client_ip(scope, headers)
        if not await self._within_limit(send, identity):
            return

        if method in ("POST", "PUT", "PATCH"):
            try:
                body = await self._read_body(receive)
            except BodyTooLarge:
                await self._too_large(send)
                return
            if body.strip():
                try:
                    orjson.loads(body)
                except orjson.JSONDecodeError:
                    await _json(send, 400, {"error": "Invalid JSON body"})
                    return
            receive = _replay(body, receive)
            if body and "content-type" not in headers:  # curl-style clients: the API only speaks JSON
                scope["headers"] = [*scope["headers"], (b"content-type", b"application/json")]
            key = headers.get("idempotency-key")
            if key and principal is not None and method == "POST":
                await self._idempotent(scope, receive, send, principal.org_id, key, body)
                return
        await self.app(scope, receive, send)

    async def _within_limit(self, send: Callable, identity: str) -> bool:
        retry_after = self.limiter.hit(identity)
        if retry_after is None:
            return True
        await _json(
            send, 429, {"error": "Rate limit exceeded. Please slow down.", "retry_after": retry_after},
            extra_headers=[(b"retry-after", str(int(retry_after)).encode())],
        )
        return False

    def _allowed_origin(self, origin: str) -> str | None:
        if "*" in self.cors_origins:
            return "*"
        return origin if origin in self.cors_origins else None

    async def _preflight(self, send: Callable, origin: str) -> None:
        allowed = self._allowed_origin(origin)
        headers = [(b"access-control-max-age", b"600"), (b"vary", b"Origin")]
        if allowed:
            headers += [
                (b"access-control-allow-origin", allowed.encode()),
                (b"access-control-allow-methods", b"GET, POST, PATCH, DELETE, OPTIONS"),
                (b"access-control-allow-headers", b"Content-Type, x-api-key, Idempotency-Key"),
            ]
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})

    def _with_cors(self, send: Callable, origin: str) -> Callable:
        allowed = self._allowed_origin(origin)
        if not allowed:
            return send

        async def send_with_cors(message: dict) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"access-control-allow-origin", allowed.encode())]}
            await send(message)

        return send_with_cors

    async def _authenticate(self, raw_key: str):
        cached = self.authenticator.cached(raw_key)
        if cached is not None:
            return cached
        return await run_in_threadpool(self.authenticator.authenticate, raw_key)

    async def _idempotent(self, scope, receive, send, org_id: str, key: str, body: bytes) -> None:
        if len(key) > MAX_KEY_LENGTH:
            await _json(send, 400, {"error": f"Idempotency-Key exceeds max length of {MAX_KEY_LENGTH}"})
            return
        request_fingerprint = fingerprint(scope["method"], scope["path"], scope.get("query_string", b""), body)
        claim = await run_in_threadpool(self.idempotency.claim, org_id, key, request_fingerprint)
        if claim.conflict:
            await _json(send, 409, {"error": claim.conflict})
            return
        if claim.replay:
            status, stored = claim.replay
            await _raw_json(send, status, stored, [(b"idempotent-replayed", b"true")])
            return

        # Hold the response until it is stored, so a retry arriving right after it sees the stored answer.
        messages: list[dict] = []

        async def capture(message: dict) -> None:
            messages.append(message)

        status = 500
        try:
            await self.app(scope, receive, capture)
            status = next((m["status"] for m in messages if m["type"] == "http.response.start"), 500)
        finally:
            if status < 500:
                body_bytes = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
                await run_in_threadpool(self.idempotency.complete, org_id, key, status, body_bytes)
            else:
                await run_in_threadpool(self.idempotency.release, org_id, key)
        for message in messages:
            await send(message)

    async def _read_body(self, receive: Callable) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                raise BodyTooLarge()
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    async def _too_large(self, send: Callable) -> None:
        await _json(send, 413, {"error": "Request body too large", "maxBytes": self.max_body_bytes})

    def _client_ip(self, scope: dict, headers: dict[str, str]) -> str:
        if self.trust_proxy and headers.get("x-forwarded-for"):
            return headers["x-forwarded-for"].split(",")[0].strip()
        client = scope.get("client")
        return client[0] if client else "unknown"


def _headers(scope: dict) -> dict[str, str]:
    return {name.decode("latin-1"): value.decode("latin-1") for name, value in scope.get("headers", [])}


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


async def _json(send: Callable, status: int, payload: dict, extra_headers: list | None = None) -> None:
    await _raw_json(send, status, dumps(payload), extra_headers)


async def _raw_json(send: Callable, status: int, body: bytes, extra_headers: list | None = None) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers.extend(extra_headers or [])
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
