"""Orgs and API keys: bootstrap, minting (the raw key is shown once), revocation, usage.

Every org route works on the caller's own org only: another org's id is a 404, as if it did not exist.
Creating orgs takes a platform admin (the bootstrap key, or a key the operator's CLI minted as one).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..activity.service import log_activity, system_actor
from ..core.auth import MASTER, ROLES, Principal, ServerMisconfigured, hash_key
from ..core.clock import iso, utcnow
from ..core.errors import ApiError, conflict, not_found
from ..core.ids import raw_api_key, uuid_id
from ..core.serialize import row_to_dict
from ..core.topics import KEY_REVOKED
from ..db.engine import Database
from .models import ApiKey, ApiKeyUsage, Org
from .schemas import KeyCreate, OrgCreate, OrgUpdate, PlainKeyCreate

if TYPE_CHECKING:
    from ..deps import AppContext

DEFAULT_ORG = "org_default"
PREFIX_LENGTH = 12
SLUG_PATTERN = re.compile(r"^[a-z0-9-]+$")
KEY_ID_PREFIX = "key_"


@dataclass
class MintedKey:
    id: str
    raw_key: str
    org_id: str
    role: str
    prefix: str
    label: str
    platform_admin: bool = False

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


def _mint(session: Session, caller: Principal, org_id: str, role: str, label: str, platform_admin: bool = False) -> MintedKey:
    """Add a new key for `org_id` to the caller's transaction (only its hash is stored) and audit it."""
    raw = raw_api_key()
    key = ApiKey(
        id=uuid_id("key"), org_id=org_id, key_hash=hash_key(raw), key_prefix=raw[:PREFIX_LENGTH], label=label, role=role,
        platform_admin=platform_admin,
    )
    session.add(key)
    log_activity(session, caller, "key.created", resource_type="api_key", resource_id=key.id, before=None,
                 after={"org_id": org_id, "key_prefix": key.key_prefix, "role": role, "label": label,
                        "platform_admin": platform_admin})
    return MintedKey(id=key.id, raw_key=raw, org_id=org_id, role=role, prefix=key.key_prefix, label=label,
                     platform_admin=platform_admin)


def mint_key(db: Database, org_id: str, role: str = "admin", label: str = "API Key", platform_admin: bool = False) -> MintedKey:
    """A new key for `org_id`, minted by the operator (CLI, first start): the raw key is returned once.

    Only here can a platform admin key be made; it must be an admin key too.
    """
    if role not in ROLES:
        raise ValueError(f"role must be one of: {', '.join(ROLES)}")
    if platform_admin and role != "admin":
        raise ValueError("a platform admin key must have the admin role")
    with db.write() as session:
        if session.get(Org, org_id) is None:
            raise LookupError(f"org {org_id} does not exist")
        return _mint(session, system_actor(org_id), org_id, role, label, platform_admin)


def principal_for_key(db: Database, key_hash: str) -> Principal | None:
    """The caller behind an active key's hash, or None (a read only: use is counted by `record_usage`)."""
    with db.read() as session:
        row = session.execute(
            select(ApiKey.id, ApiKey.org_id, ApiKey.role, ApiKey.platform_admin).where(
                ApiKey.key_hash == key_hash, ApiKey.revoked_at.is_(None)
            )
        ).first()
    if row is None:
        return None
    return Principal(org_id=row.org_id, role=row.role, key_id=row.id, platform_admin=row.platform_admin)


def master_principal(db: Database, org_id: str) -> Principal:
    """The admin behind the bootstrap key (`DASHCLAW_API_KEY`), a platform admin; its org must exist."""
    with db.read() as session:
        if session.get(Org, org_id) is None:
            raise ServerMisconfigured(f"Server misconfigured: org {org_id} does not exist")
    return Principal(org_id=org_id, role="admin", key_id=MASTER, platform_admin=True)


def record_usage(db: Database, counts: dict[str, int], used_at: datetime) -> None:
    """Add each key's new requests to its running total and stamp its `last_used_at` (one transaction)."""
    table = ApiKeyUsage.__table__
    upsert = (sqlite_insert if db.is_sqlite else postgresql_insert)(table)
    upsert = upsert.on_conflict_do_update(
        index_elements=["key_id"],
        set_={"request_count": table.c.request_count + upsert.excluded.request_count, "last_used_at": used_at},
    )
    rows = [{"key_id": key_id, "request_count": hits, "last_used_at": used_at}
            for key_id, hits in sorted(counts.items()) if key_id.startswith(KEY_ID_PREFIX)]
    if rows:
        with db.write_connection() as connection:
            connection.execute(upsert, rows)


def active_key_count(db: Database) -> int:
    """Unrevoked keys across all orgs (the first start mints one when there is none)."""
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(ApiKey).where(ApiKey.revoked_at.is_(None))) or 0


KEY_WARNING = "Store this key now: it is shown only once and stored hashed."


def org_to_dict(org: Org) -> dict:
    """An org as the API shows it."""
    return row_to_dict(org)


def key_to_dict(key: ApiKey, usage: ApiKeyUsage | None) -> dict:
    """A key as the API lists it, with its use: never its hash."""
    data = row_to_dict(key, exclude=("key_hash", "org_id"))
    data["last_used_at"] = iso(usage.last_used_at) if usage else None
    data["usage_count"] = usage.request_count if usage else 0
    return data


def check_org_name(name: Any, *, required: bool) -> None:
    """400 unless `name` is a non-empty string of at most 256 characters (or absent when optional)."""
    if name is None and not required:
        return
    if not isinstance(name, str) or not name.strip():
        raise ApiError(400, "name is required" if required else "name must be a non-empty string")
    if len(name) > 256:
        raise ApiError(400, "name must be 256 characters or fewer")


def create_org(ctx: AppContext, caller: Principal, body: OrgCreate) -> dict[str, Any]:
    """A new org with its first admin key (shown once); the caller is a platform admin."""
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
            log_activity(session, caller, "org.created", resource_type="org", resource_id=org.id, before=None,
                         after={"name": org.name, "slug": slug, "plan": org.plan})
            minted = _mint(session, caller, org.id, "admin", "Initial admin key")
    except IntegrityError as exc:
        raise conflict("An organization with this slug already exists") from exc
    return {"organization": data, "api_key": minted.to_dict()}


def _own_org(session: Session, caller: Principal, org_id: str) -> Org:
    """The caller's org if `org_id` names it; any other id is a 404, whether or not that org exists."""
    org = session.get(Org, org_id) if org_id == caller.org_id else None
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
    """One org by id: the caller's own, else 404."""
    with ctx.db.read() as session:
        org = _own_org(session, caller, org_id)
        return {"organization": org_to_dict(org), "active_keys": _active_keys(session, org_id)}


def update_org(ctx: AppContext, caller: Principal, org_id: str, body: OrgUpdate) -> dict[str, Any]:
    """Rename the caller's org."""
    with ctx.db.write() as session:
        org = _own_org(session, caller, org_id)
        check_org_name(body.name, required=False)
        before = org.name
        if body.name is not None:
            org.name = body.name
        org.updated_at = utcnow()
        session.flush()
        log_activity(session, caller, "org.updated", resource_type="org", resource_id=org_id,
                     before={"name": before}, after={"name": org.name})
        return {"organization": org_to_dict(org)}


def list_keys(ctx: AppContext, caller: Principal, org_id: str) -> dict[str, Any]:
    """The org's keys (never their hashes) with their use, newest first."""
    ctx.usage.flush()  # this replica's latest counts first, so a caller sees its own requests
    with ctx.db.read() as session:
        _own_org(session, caller, org_id)
        rows = session.execute(
            select(ApiKey, ApiKeyUsage).outerjoin(ApiKeyUsage, ApiKeyUsage.key_id == ApiKey.id)
            .where(ApiKey.org_id == org_id).order_by(ApiKey.created_at.desc(), ApiKey.id)
        )
        return {"keys": [key_to_dict(key, usage) for key, usage in rows]}


def create_key(ctx: AppContext, caller: Principal, org_id: str, body: KeyCreate) -> dict[str, Any]:
    """Mint a key for the caller's org; the raw key is in this answer only."""
    with ctx.db.write() as session:
        _own_org(session, caller, org_id)
        return {"key": _mint(session, caller, org_id, body.role, body.label).to_dict()}


def create_admin_key(ctx: AppContext, caller: Principal, body: PlainKeyCreate) -> dict[str, Any]:
    """`POST /api/keys` (contract 10.2): an admin key for the caller's org, the raw key as `raw_key`."""
    label = body.label if body.label is not None else "API Key"
    if not isinstance(label, str) or len(label) > 256:
        raise ApiError(400, "Label must be a string of 256 characters or fewer")
    with ctx.db.write() as session:
        minted = _mint(session, caller, caller.org_id, "admin", label).to_dict()
    minted["raw_key"] = minted.pop("key")
    return {"key": minted}


def revoke_own_key(ctx: AppContext, caller: Principal, key_id: str | None) -> None:
    """`DELETE /api/keys?id=key_...` (contract 10.2): revoke one of the caller's org's keys."""
    if not key_id or not key_id.startswith(KEY_ID_PREFIX):
        raise ApiError(400, "Valid key id is required")
    revoke_key(ctx, key_id, caller=caller, org_id=caller.org_id)


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
        log_activity(session, caller or system_actor(key.org_id), "key.revoked", resource_type="api_key",
                     resource_id=key_id, before={"role": key.role, "label": key.label, "revoked_at": None},
                     after={"role": key.role, "label": key.label, "revoked_at": key.revoked_at})
    ctx.bus.publish(KEY_REVOKED, {"key_hash": key_hash})
