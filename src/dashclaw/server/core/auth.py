"""Who is calling: API-key authentication, roles, and the dependencies routers use to require them."""
from __future__ import annotations

import hashlib
import hmac
import threading
import time
from dataclasses import dataclass
from datetime import timedelta

from fastapi import Request
from sqlalchemy import select, update

from ..db.engine import Database
from .clock import utcnow
from .errors import ApiError

ROLES = ("admin", "member", "readonly")
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
LAST_USED_RESOLUTION = timedelta(minutes=1)  # `last_used_at` is refreshed at most this often


@dataclass(frozen=True)
class Principal:
    """The authenticated caller. `actor_id` is the user id; API-key callers have none."""

    org_id: str
    role: str
    key_id: str
    actor_id: str = ""

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class ServerMisconfigured(Exception):
    pass


def hash_key(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


class Authenticator:
    """Resolves raw keys to principals with a short cache; a revocation (heard on the event bus by every
    replica) drops the entry at once."""

    CACHE_SECONDS = 1.0

    def __init__(self, db: Database, master_key: str | None, master_org: str):
        self._db = db
        self._master_hash = hash_key(master_key) if master_key else None
        self._master_org = master_org
        self._cache: dict[str, tuple[float, Principal | None]] = {}
        self._lock = threading.Lock()

    def authenticate(self, raw_key: str) -> Principal | None:
        key_hash = hash_key(raw_key)
        if self._master_hash is not None and hmac.compare_digest(key_hash, self._master_hash):
            return self._master_principal()
        now = time.monotonic()
        cached = self._cache.get(key_hash)
        if cached is not None and cached[0] > now:
            return cached[1]
        principal = self._lookup(key_hash)
        with self._lock:
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[key_hash] = (now + self.CACHE_SECONDS, principal)
        return principal

    def cached(self, raw_key: str) -> Principal | None:
        """A still-fresh cached principal for `raw_key`, without touching the database (None if not cached)."""
        key_hash = hash_key(raw_key)
        if self._master_hash is not None and hmac.compare_digest(key_hash, self._master_hash):
            key_hash = "master"
        entry = self._cache.get(key_hash)
        if entry is not None and entry[0] > time.monotonic():
            return entry[1]
        return None

    def forget(self, key_hash: str | None = None) -> None:
        """Drop cached lookups (one key, or all) so a revocation takes effect on the next request."""
        with self._lock:
            if key_hash is None:
                self._cache.clear()
            else:
                self._cache.pop(key_hash, None)

    def _master_principal(self) -> Principal:
        from ..auth.models import Org

        cached = self._cache.get("master")
        if cached is not None and cached[0] > time.monotonic():
            return cached[1]  # type: ignore[return-value]
        with self._db.read() as session:
            if session.get(Org, self._master_org) is None:
                raise ServerMisconfigured(f"Server misconfigured: org {self._master_org} does not exist")
        principal = Principal(org_id=self._master_org, role="admin", key_id="master")
        self._cache["master"] = (time.monotonic() + 60, principal)
        return principal

    def _lookup(self, key_hash: str) -> Principal | None:
        from ..auth.models import ApiKey

        with self._db.read() as session:
            row = session.execute(
                select(ApiKey.id, ApiKey.org_id, ApiKey.role, ApiKey.last_used_at).where(
                    ApiKey.key_hash == key_hash, ApiKey.revoked_at.is_(None)
                )
            ).first()
        if row is None:
            return None
        now = utcnow()
        if row.last_used_at is None or now - row.last_used_at > LAST_USED_RESOLUTION:
            with self._db.write_connection() as connection:
                connection.execute(update(ApiKey).where(ApiKey.id == row.id).values(last_used_at=now))
        return Principal(org_id=row.org_id, role=row.role, key_id=row.id)


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

    return require


require_admin = admin_only()
require_approver = admin_only("Admin access required for approvals")
