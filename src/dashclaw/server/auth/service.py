"""Orgs and API keys: bootstrap, minting (the raw key is shown once), revocation."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from datetime import timedelta

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..core.auth import ROLES, Principal, ServerMisconfigured, hash_key
from ..core.clock import utcnow
from ..core.errors import ApiError, conflict, not_found
from ..core.ids import raw_api_key, uuid_id
from ..core.serialize import row_to_dict
from ..core.topics import KEY_REVOKED
from ..db.engine import Database
from .models import ApiKey, Org
from .schemas import KeyCreate, OrgCreate, OrgUpdate

if TYPE_CHECKING:
    from ..deps import AppContext

DEFAULT_ORG = "org_default"
PREFIX_LENGTH = 12
SLUG_PATTERN = re.compile(r"^[a-z0-9-]+$")
LAST_USED_RESOLUTION = timedelta(minutes=1)  # `last_used_at` is refreshed at most this often


@dataclass
class MintedKey:
    id: str
    raw_key: str
    org_id: str
    role: str
    prefix: str
    label: str

    def to_dict(self) -> dict[str, Any]:
        """The one response that ever shows the raw key."""
        return {
            "id": self.id, "key": self.raw_key, "prefix": self.prefix, "label": self.label, "role": self.role,
            "warning": KEY_WARNING,
        }


def ensure_org(db: Database, org_id: str, name: str | None = None) -> None:
    """Create the org unless it exists (bootstrap and CLI)."""
    with db.write() as session:
        if session.get(Org, org_id) is None:
            session.add(Org(id=org_id, name=name or org_id, slug=org_id.replace("_", "-").lower()))


def mint_key(db: Database, org_id: str, role: str = "admin", label: str = "API Key") -> MintedKey:
    """A new key for `org_id`: only its hash is stored, the raw key is returned once."""
    if role not in ROLES:
        raise ValueError(f"role must be one of: {', '.join(ROLES)}")
    raw = raw_api_key()
    key = ApiKey(
        id=uuid_id("key"), org_id=org_id, key_hash=hash_key(raw), key_prefix=raw[:PREFIX_LENGTH], label=label, role=role
    )
    with db.write() as session:
        if session.get(Org, org_id) is None:
            raise LookupError(f"org {org_id} does not exist")
        session.add(key)
    return MintedKey(id=key.id, raw_key=raw, org_id=org_id, role=role, prefix=key.key_prefix, label=label)


def principal_for_key(db: Database, key_hash: str) -> Principal | None:
    """The caller behind an active key's hash (refreshing its `last_used_at`), or None."""
    with db.read() as session:
        row = session.execute(
            select(ApiKey.id, ApiKey.org_id, ApiKey.role, ApiKey.last_used_at).where(
                ApiKey.key_hash == key_hash, ApiKey.revoked_at.is_(None)
            )
        ).first()
    if row is None:
        return None
    now = utcnow()
    if row.last_used_at is None or now - row.last_used_at > LAST_USED_RESOLUTION:
        with db.write_connection() as connection:
            connection.execute(update(ApiKey).where(ApiKey.id == row.id).values(last_used_at=now))
    return Principal(org_id=row.org_id, role=row.role, key_id=row.id)


def master_principal(db: Database, org_id: str) -> Principal:
    """The admin behind the bootstrap key (`DASHCLAW_API_KEY`); its org must exist."""
    with db.read() as session:
        if session.get(Org, org_id) is None:
            raise ServerMisconfigured(f"Server misconfigured: org {org_id} does not exist")
    return Principal(org_id=org_id, role="admin", key_id="master")


def active_key_count(db: Database) -> int:
    """Unrevoked keys across all orgs (the first start mints one when there is none)."""
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(ApiKey).where(ApiKey.revoked_at.is_(None))) or 0


KEY_WARNING = "Store this key now: it is shown only once and stored hashed."


def org_to_dict(org: Org) -> dict:
    """An org as the API shows it."""
    return row_to_dict(org)


def key_to_dict(key: ApiKey) -> dict:
    """A key as the API lists it: never its hash."""
    return row_to_dict(key, exclude=("key_hash", "org_id"))


def check_org_name(name: Any, *, required: bool) -> None:
    """400 unless `name` is a non-empty string of at most 256 characters (or absent when optional)."""
    if name is None and not required:
        return
    if not isinstance(name, str) or not name.strip():
        raise ApiError(400, "name is required" if required else "name must be a non-empty string")
    if len(name) > 256:
        raise ApiError(400, "name must be 256 characters or fewer")


def create_org(ctx: AppContext, caller: Principal, body: OrgCreate) -> dict[str, Any]:
    """A new org with its first admin key (shown once)."""
    check_org_name(body.name, required=True)
    slug = body.slug
    if not isinstance(slug, str) or not SLUG_PATTERN.match(slug):
        raise ApiError(400, "slug is required and must be lowercase alphanumeric with hyphens")
    if len(slug) > 64:
        raise ApiError(400, "slug must be 64 characters or fewer")
    org = Org(id=uuid_id("org"), name=body.name, slug=slug)
    try:
        with ctx.db.write() as session:
            if session.scalar(select(Org.id).where(Org.slug == slug)):
                raise conflict("An organization with this slug already exists")
            session.add(org)
            session.flush()
            data = org_to_dict(org)
    except IntegrityError as exc:
        raise conflict("An organization with this slug already exists") from exc
    minted = mint_key(ctx.db, org.id, role="admin", label="Initial admin key")
    return {"organization": data, "api_key": minted.to_dict()}


def _own_org(session: Session, caller: Principal, org_id: str) -> Org:
    if org_id != caller.org_id:
        raise ApiError(403, "Forbidden - cannot access other organizations")
    org = session.get(Org, org_id)
    if org is None:
        raise not_found("Organization")
    return org


def _active_keys(session: Session, org_id: str) -> int:
    return session.scalar(
        select(func.count()).select_from(ApiKey).where(ApiKey.org_id == org_id, ApiKey.revoked_at.is_(None))
    ) or 0


def get_orgs(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """The caller's own org (the only one it may see), with its active key count."""
    with ctx.db.read() as session:
        org = _own_org(session, caller, caller.org_id)
        return {"organizations": [{**org_to_dict(org), "active_keys": _active_keys(session, org.id)}]}


def get_org(ctx: AppContext, caller: Principal, org_id: str) -> dict[str, Any]:
    """One org by id: the caller's own, else 403."""
    with ctx.db.read() as session:
        org = _own_org(session, caller, org_id)
        return {"organization": org_to_dict(org), "active_keys": _active_keys(session, org_id)}


def update_org(ctx: AppContext, caller: Principal, org_id: str, body: OrgUpdate) -> dict[str, Any]:
    """Rename the caller's org."""
    with ctx.db.write() as session:
        org = _own_org(session, caller, org_id)
        check_org_name(body.name, required=False)
        if body.name is not None:
            org.name = body.name
        session.flush()
        return {"organization": org_to_dict(org)}


def list_keys(ctx: AppContext, caller: Principal, org_id: str) -> dict[str, Any]:
    """The org's keys (never their hashes), newest first."""
    with ctx.db.read() as session:
        _own_org(session, caller, org_id)
        rows = session.scalars(select(ApiKey).where(ApiKey.org_id == org_id).order_by(ApiKey.created_at.desc(), ApiKey.id))
        return {"keys": [key_to_dict(k) for k in rows]}


def create_key(ctx: AppContext, caller: Principal, org_id: str, body: KeyCreate) -> dict[str, Any]:
    """Mint a key for the caller's org; the raw key is in this answer only."""
    with ctx.db.read() as session:
        _own_org(session, caller, org_id)
    return {"key": mint_key(ctx.db, org_id, role=body.role, label=body.label).to_dict()}


def revoke_key(ctx: AppContext, key_id: str | None, *, caller: Principal | None = None, org_id: str | None = None) -> None:
    """Revoke a key: one of `caller`'s org `org_id` (the API), or of any org (the operator's CLI).

    Every replica forgets the key at once (event bus).
    """
    if not key_id:
        raise ApiError(400, "id query parameter is required")
    with ctx.db.write() as session:
        query = select(ApiKey).where(ApiKey.id == key_id)
        if caller is not None:
            _own_org(session, caller, org_id)
            query = query.where(ApiKey.org_id == org_id)
        key = session.scalar(query)
        if key is None:
            raise not_found("API key")
        if key.revoked_at is not None:
            raise conflict("API key is already revoked")
        key.revoked_at = utcnow()
        key_hash = key.key_hash
    ctx.bus.publish(KEY_REVOKED, {"key_hash": key_hash})
