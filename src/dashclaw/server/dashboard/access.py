"""Who is using the dashboard: the session cookie, roles, CSRF checks, and the headers every page carries.

A session cookie is HttpOnly and SameSite=Lax (Secure behind https). Every state-changing form carries a
CSRF token derived from the session's secret token, so only a page the server rendered for that session
can post it; the sign-in form, which has no session yet, uses a double-submit cookie instead. A post from
another origin is refused whatever it carries.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.responses import Response

from ..core.auth import SESSION_COOKIE, Principal

CSRF_FIELD = "csrf_token"
SIGN_IN_COOKIE = "dashclaw_signin"
SIGN_IN_PATH = "/login"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
PAGE_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
)
UNPROTECTED_PREFIXES = ("/api", "/docs", "/redoc", "/openapi.json")
"""The JSON API and its generated documentation keep their own headers."""


@dataclass(frozen=True)
class Operator:
    """The signed-in user behind a page request, with the CSRF token its forms must carry."""

    principal: Principal
    csrf_token: str

    @property
    def email(self) -> str:
        return self.principal.actor_id

    @property
    def role(self) -> str:
        return self.principal.role

    @property
    def is_admin(self) -> bool:
        return self.principal.is_admin

    @property
    def can_write(self) -> bool:
        """Admins and members change things; a readonly user only looks."""
        return self.principal.role != "readonly"


class SignInRequired(Exception):
    """No valid session: the browser is sent to the sign-in page, and back to `next_path` afterwards."""

    def __init__(self, next_path: str):
        super().__init__(next_path)
        self.next_path = next_path


class PageRefused(Exception):
    """The server refuses what the page asked for (role, CSRF, origin); shown as an error page."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def csrf_token_for(secret: str) -> str:
    """The CSRF token bound to a session (or sign-in cookie): unguessable without the HttpOnly cookie."""
    return hmac.new(secret.encode("utf-8"), b"dashclaw-csrf", hashlib.sha256).hexdigest()


async def signed_in(request: Request) -> Operator:
    """Dependency: the signed-in user, else a redirect to the sign-in page."""
    token = request.cookies.get(SESSION_COOKIE)
    authenticator = request.app.state.ctx.authenticator
    principal = await run_in_threadpool(authenticator.session, token) if token else None
    if principal is None:
        query = request.url.query
        raise SignInRequired(request.url.path + (f"?{query}" if query else ""))
    return Operator(principal, csrf_token_for(token))


async def signed_in_admin(operator: Operator = Depends(signed_in)) -> Operator:
    """Dependency: a signed-in admin; anyone else is refused by the server, whatever the page showed."""
    if not operator.is_admin:
        raise PageRefused(403, f"Only an admin can do this; you are signed in as {operator.role}.")
    return operator


async def signed_in_writer(operator: Operator = Depends(signed_in)) -> Operator:
    """Dependency: a signed-in admin or member; a readonly user changes nothing, whatever the page showed."""
    if not operator.can_write:
        raise PageRefused(403, "A readonly user cannot do this.")
    return operator


async def checked_form(request: Request, operator: Operator = Depends(signed_in)) -> FormData:
    """Dependency: a posted form from this site carrying the session's CSRF token; 403 otherwise."""
    form = await request.form()
    check_same_origin(request)
    if not hmac.compare_digest(str(form.get(CSRF_FIELD, "")), operator.csrf_token):
        raise PageRefused(403, "This form has expired or did not come from this site. Reload the page and try again.")
    return form


async def sign_in_form(request: Request) -> FormData:
    """Dependency: the posted sign-in form, checked against its double-submit cookie and origin."""
    form = await request.form()
    check_same_origin(request)
    secret = request.cookies.get(SIGN_IN_COOKIE, "")
    if not secret or not hmac.compare_digest(str(form.get(CSRF_FIELD, "")), csrf_token_for(secret)):
        raise PageRefused(403, "The sign-in form expired. Reload the page and try again.")
    return form


def check_same_origin(request: Request) -> None:
    """403 for a post whose `Origin` (or, without one, `Referer`) names another host."""
    source = request.headers.get("origin") or request.headers.get("referer")
    if source and (source == "null" or urlsplit(source).netloc != request.headers.get("host")):
        raise PageRefused(403, "Cross-site form posts are refused.")


def is_https(request: Request) -> bool:
    """Whether the browser reached us over https (directly, or through a proxy we trust)."""
    trusted_proxy = request.app.state.ctx.settings.trust_proxy
    return request.url.scheme == "https" or (trusted_proxy and request.headers.get("x-forwarded-proto") == "https")


def client_ip(request: Request) -> str:
    """The client's address (the first `X-Forwarded-For` hop behind a trusted proxy)."""
    forwarded = request.headers.get("x-forwarded-for")
    if forwarded and request.app.state.ctx.settings.trust_proxy:
        return forwarded.split(",")[0].strip()
    return request.client.host if request.client else "unknown"


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int, path: str = "/") -> None:
    """A cookie scripts cannot read, sent back only on same-site navigation (and only over https, if used)."""
    response.set_cookie(
        name, value, max_age=max_age, path=path, httponly=True, samesite="lax", secure=is_https(request)
    )


def new_sign_in_secret() -> str:
    """The double-submit secret for one sign-in form."""
    return secrets.token_urlsafe(24)


class SecurityHeaders:
    """Adds the strict Content-Security-Policy and friends to every dashboard response (pages and assets)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope: dict, receive, send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(UNPROTECTED_PREFIXES):
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *PAGE_HEADERS]}
            await send(message)

        await self.app(scope, receive, send_with_headers)
