"""Who is calling: API-key authentication, roles, and the dependencies routers use to require them."""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Callable

from fastapi import Request

from .cache import MISSING, TTLCache
from .errors import ApiError

ROLES = ("admin", "member", "readonly")
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
MASTER = "master"
SESSION_COOKIE = "dashclaw_session"
"""The dashboard's sign-in cookie. On `/api` it authenticates `SESSION_METHODS` only: every API write needs
an API key, so no API write can be forged from another site."""
SESSION_METHODS = frozenset({"GET", "HEAD"})
PLATFORM_ADMIN_REQUIRED = "Forbidden - creating organizations needs a platform admin key"


@dataclass(frozen=True)
class Principal:
    """The authenticated caller. `actor_id` is the user id; API-key callers have none. A `platform_admin` (the
    bootstrap key, or a key the operator's CLI minted as one) may also create orgs."""

    org_id: str
    role: str
    key_id: str
    actor_id: str = ""
    platform_admin: bool = False

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class ServerMisconfigured(Exception):
    """The server cannot authenticate anyone as configured (e.g. the bootstrap key's org is missing)."""


def hash_key(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


KeyLookup = Callable[[str], "Principal | None"]
"""Resolves a key's SHA-256 hash to its principal, or None for an unknown or revoked key."""
SessionLookup = Callable[[str], "Principal | None"]
"""Resolves a dashboard session token to the signed-in user's principal, or None."""


class Authenticator:
    """Resolves raw keys to principals with a short cache; a revocation (heard on the event bus by every
    replica) drops the entry at once. The lookups themselves belong to the auth domain and are handed in."""

    CACHE_SECONDS = 1.0
    MASTER_CACHE_SECONDS = 60.0

    def __init__(
        self, lookup: KeyLookup, master_key: str | None, master: Callable[[], Principal],
        session_lookup: SessionLookup | None = None,
    ):
        self._lookup = lookup
        self._session_lookup = session_lookup
        self._master_hash = hash_key(master_key) if master_key else None
        self._master = master
        self._cache: TTLCache[str, Principal | None] = TTLCache(self.CACHE_SECONDS)

    def authenticate(self, raw_key: str) -> Principal | None:
        """The principal behind `raw_key` (None if unknown or revoked); may query the database."""
        key_hash = self._cache_key(raw_key)
        cached = self._cache.get(key_hash)
        if cached is not MISSING:
            return cached
        if key_hash == MASTER:
            return self._cache.put(MASTER, self._master(), self.MASTER_CACHE_SECONDS)
        return self._cache.put(key_hash, self._lookup(key_hash))

    def session(self, token: str) -> Principal | None:
        """The signed-in user behind a session token, or None; queries the database (sessions are not cached,
        so signing out takes effect on every replica at once)."""
        return self._session_lookup(token) if self._session_lookup is not None and token else None

    def cached(self, raw_key: str):
        """A still-fresh cached answer for `raw_key` without touching the database, else `MISSING`."""
        return self._cache.get(self._cache_key(raw_key))

    def forget(self, key_hash: str | None = None) -> None:
        """Drop cached lookups (one key, or all) so a revocation takes effect on the next request."""
        self._cache.forget(key_hash)

    def _cache_key(self, raw_key: str) -> str:
        key_hash = hash_key(raw_key)
        if self._master_hash is not None and hmac.compare_digest(key_hash, self._master_hash):
            return MASTER
        return key_hash


async def current_principal(request: Request) -> Principal:
    """Dependency: the caller the gateway authenticated."""
    principal = getattr(request.state, "principal", None)
    if principal is None:  # only reachable if a protected route was mounted outside /api
        raise ApiError(401, "Unauthorized - Invalid or missing API key")
    return principal


def admin_only(message: str = "Admin access required"):
    """A dependency that lets only admins through, refusing others with 403 `message`."""

    async def require(request: Request) -> Principal:
        principal = await current_principal(request)
        if not principal.is_admin:
            raise ApiError(403, message)
        return principal

    require.error_statuses = frozenset({403})  # read by the OpenAPI builder
    return require


async def platform_admin_only(request: Request) -> Principal:
    """Dependency: only a platform admin (see `Principal`) gets through; anyone else gets 403."""
    principal = await current_principal(request)
    if not principal.platform_admin:
        raise ApiError(403, PLATFORM_ADMIN_REQUIRED)
    return principal


platform_admin_only.error_statuses = frozenset({403})  # type: ignore[attr-defined]
