"""Orgs and API keys: bootstrap, minting (the raw key is shown once), revocation."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..core.auth import ROLES, Principal, hash_key
from ..core.clock import utcnow
from ..core.errors import ApiError, conflict, not_found
from ..core.ids import raw_api_key, uuid_id
from ..core.serialize import row_to_dict
from ..db.engine import Database
from .models import ApiKey, Org

DEFAULT_ORG = "org_default"
PREFIX_LENGTH = 12
SLUG_PATTERN = re.compile(r"^[a-z0-9-]+$")


@dataclass
class MintedKey:
    id: str
    raw_key: str
    org_id: str
    role: str
    prefix: str


def ensure_org(db: Database, org_id: str, name: str | None = None) -> None:
    with db.write() as session:
        if session.get(Org, org_id) is None:
            session.add(Org(id=org_id, name=name or org_id, slug=org_id.replace("_", "-").lower()))


def mint_key(db: Database, org_id: str, role: str = "admin", label: str = "API Key") -> MintedKey:
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
    return MintedKey(id=key.id, raw_key=raw, org_id=org_id, role=role, prefix=key.key_prefix)


def active_key_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(ApiKey).where(ApiKey.revoked_at.is_(None))) or 0


KEY_WARNING = "Store this key now: it is shown only once and stored hashed."


def org_to_dict(org: Org) -> dict:
    return row_to_dict(org)


def key_to_dict(key: ApiKey) -> dict:
    return row_to_dict(key, exclude=("key_hash", "org_id"))


def check_org_name(name: Any, *, required: bool) -> None:
    if name is None and not required:
        return
    if not isinstance(name, str) or not name.strip():
        raise ApiError(400, "name is required" if required else "name must be a non-empty string")
    if len(name) > 256:
        raise ApiError(400, "name must be 256 characters or fewer")


def create_org(db: Database, name: Any, slug: Any) -> tuple[dict, MintedKey]:
    check_org_name(name, required=True)
    if not isinstance(slug, str) or not SLUG_PATTERN.match(slug):
        raise ApiError(400, "slug is required and must be lowercase alphanumeric with hyphens")
    if len(slug) > 64:
        raise ApiError(400, "slug must be 64 characters or fewer")
    org = Org(id=uuid_id("org"), name=name, slug=slug)
    try:
        with db.write() as session:
            if session.scalar(select(Org.id).where(Org.slug == slug)):
                raise conflict("An organization with this slug already exists")
            session.add(org)
            session.flush()
            data = org_to_dict(org)
    except IntegrityError as exc:
        raise conflict("An organization with this slug already exists") from exc
    return data, mint_key(db, org.id, role="admin", label="Initial admin key")


def own_org(session: Session, principal: Principal, org_id: str) -> Org:
    if org_id != principal.org_id:
        raise ApiError(403, "Forbidden - cannot access other organizations")
    org = session.get(Org, org_id)
    if org is None:
        raise not_found("Organization")
    return org


def active_keys(session: Session, org_id: str) -> int:
    return session.scalar(
        select(func.count()).select_from(ApiKey).where(ApiKey.org_id == org_id, ApiKey.revoked_at.is_(None))
    ) or 0


def list_keys(session: Session, org_id: str) -> list[dict]:
    rows = session.scalars(select(ApiKey).where(ApiKey.org_id == org_id).order_by(ApiKey.created_at.desc(), ApiKey.id))
    return [key_to_dict(k) for k in rows]


def revoke_key(db: Database, key_id: str, org_id: str | None = None) -> str:
    """Revoke a key (of `org_id`, or of any org for the operator's CLI) and return its hash."""
    with db.write() as session:
        query = select(ApiKey).where(ApiKey.id == key_id)
        if org_id is not None:
            query = query.where(ApiKey.org_id == org_id)
        key = session.scalar(query)
        if key is None:
            raise not_found("API key")
        if key.revoked_at is not None:
            raise conflict("API key is already revoked")
        key.revoked_at = utcnow()
        return key.key_hash
