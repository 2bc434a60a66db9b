"""Dashboard users and their sessions.

Passwords are hashed with argon2id. A session is an opaque random token in an HttpOnly cookie; only its
SHA-256 is stored, so a leaked database holds no usable session. Failed sign-ins are limited per account
and per client address (the counts are summed over replicas, like the API's rate limit).
"""
from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from ..activity.service import log_activity, system_actor
from ..core.auth import ROLES, Principal
from ..core.clock import utcnow
from ..core.errors import ApiError, conflict, not_found, validation_failed
from ..core.ids import uuid_id
from ..db.engine import Database
from .models import User, UserSession

if TYPE_CHECKING:
    from ..deps import AppContext

DEFAULT_ORG = "org_default"
FIRST_ADMIN_EMAIL = "admin@dashclaw.local"
EMAIL_PATTERN = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$")
MAX_EMAIL_LENGTH = 320
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 1024
LAST_SEEN_RESOLUTION = timedelta(minutes=1)  # `last_seen_at` is refreshed at most this often
ADDRESS_FAILURE_FACTOR = 5  # one address may fail this many times the per-account limit

_hasher = PasswordHasher()


@dataclass(frozen=True)
class NewUser:
    """A created user; `password` is set only when it was generated (to be shown once)."""

    id: str
    email: str
    org_id: str
    role: str
    password: str | None = None


@dataclass(frozen=True)
class SignIn:
    """The result of a sign-in attempt: a session token, or why not."""

    outcome: str  # "signed_in", "invalid" or "throttled"
    token: str | None = None
    principal: Principal | None = None
    retry_after: float | None = None


def normalize_email(raw: str) -> str:
    """The stored form of an email address (trimmed, lower-case); 400 unless it looks like one."""
    email = (raw or "").strip().lower()
    if len(email) > MAX_EMAIL_LENGTH or not EMAIL_PATTERN.match(email):
        raise validation_failed(["email must be an email address"])
    return email


def generate_password() -> str:
    """A random password for a user created without one."""
    return secrets.token_urlsafe(18)


def _checked_password(password: str) -> str:
    if not MIN_PASSWORD_LENGTH <= len(password) <= MAX_PASSWORD_LENGTH:
        raise validation_failed([f"password must be {MIN_PASSWORD_LENGTH} to {MAX_PASSWORD_LENGTH} characters"])
    return password


def create_user(db: Database, org_id: str, email: str, role: str, password: str | None = None, *,
                created_by: str = "cli") -> NewUser:
    """Store a user of `org_id` with an argon2 hash of `password` (generated, and returned once, when None);
    audited as a change by the system actor `created_by`."""
    email = normalize_email(email)
    if role not in ROLES:
        raise validation_failed(["role must be one of: " + ", ".join(ROLES)])
    generated = None if password is not None else generate_password()
    password_hash = _hasher.hash(_checked_password(password if password is not None else generated))
    user = User(id=uuid_id("usr"), org_id=org_id, email=email, role=role, password_hash=password_hash)
    try:
        with db.write() as session:
            if session.scalar(select(User.id).where(User.email == email)):
                raise conflict("A user with this email already exists")
            session.add(user)
            log_activity(session, system_actor(org_id, created_by), "user.created", resource_type="user",
                         resource_id=user.id, after={"email": email, "role": role})
    except IntegrityError as exc:  # the org does not exist, or the same email was taken a moment ago
        with db.read() as session:
            taken = session.scalar(select(User.id).where(User.email == email))
        raise (conflict("A user with this email already exists") if taken else not_found("Organization")) from exc
    return NewUser(id=user.id, email=email, org_id=org_id, role=role, password=generated)


def user_count(db: Database) -> int:
    """Users across all orgs."""
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(User)) or 0


def ensure_first_admin(db: Database, email: str | None, password: str | None) -> NewUser | None:
    """At start: create the configured admin (`email`/`password`) if missing, else an admin with a generated
    password when there is no user at all, so the dashboard is never open. Returns whom it created."""
    if email and password:
        with db.read() as session:
            if session.scalar(select(User.id).where(User.email == normalize_email(email))):
                return None
        return _create_if_still_free(db, email, password)
    if user_count(db):
        return None
    return _create_if_still_free(db, FIRST_ADMIN_EMAIL, None)


def _create_if_still_free(db: Database, email: str, password: str | None) -> NewUser | None:
    try:
        return create_user(db, DEFAULT_ORG, email, "admin", password, created_by="startup")
    except ApiError as exc:
        if exc.status == 409:  # another replica starting at the same moment created it
            return None
        raise


@lru_cache(maxsize=1)
def _decoy_hash() -> str:
    return _hasher.hash(secrets.token_urlsafe(18))


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def sign_in(ctx: AppContext, email: str, password: str, client_ip: str) -> SignIn:
    """Check a password and open a session; unknown emails cost the same time as wrong passwords."""
    email = (email or "").strip().lower()
    limits = ctx.sign_in_failures
    account, address = f"signin:{email}", f"signin-ip:{client_ip}"
    retry_after = limits.blocked(account, ctx.settings.login_max_failures) or limits.blocked(
        address, ctx.settings.login_max_failures * ADDRESS_FAILURE_FACTOR
    )
    if retry_after is not None:
        return SignIn("throttled", retry_after=retry_after)
    with ctx.db.read() as session:
        user = session.scalar(select(User).where(User.email == email)) if len(email) <= MAX_EMAIL_LENGTH else None
    if not _verify(user.password_hash if user else _decoy_hash(), password[:MAX_PASSWORD_LENGTH]) or user is None:
        limits.hit(account)
        limits.hit(address)
        return SignIn("invalid")
    token = secrets.token_urlsafe(32)
    now = utcnow()
    row = UserSession(
        id=uuid_id("ses"), org_id=user.org_id, user_id=user.id, token_hash=_token_hash(token),
        created_at=now, last_seen_at=now, expires_at=now + timedelta(hours=ctx.settings.session_hours),
    )
    with ctx.db.write() as session:
        session.execute(delete(UserSession).where(UserSession.user_id == user.id, UserSession.expires_at < now))
        session.execute(update(User).where(User.id == user.id).values(last_login_at=now))
        session.add(row)
    return SignIn("signed_in", token=token, principal=_principal(row.id, user.org_id, user.role, user.email))


def principal_for_session(db: Database, token: str) -> Principal | None:
    """The signed-in user behind a session token (refreshing `last_seen_at`), or None if unknown or expired."""
    with db.read() as session:
        row = session.execute(
            select(UserSession.id, UserSession.last_seen_at, UserSession.expires_at, User.org_id, User.role, User.email)
            .join(User, User.id == UserSession.user_id)
            .where(UserSession.token_hash == _token_hash(token))
        ).first()
    now = utcnow()
    if row is None or row.expires_at <= now:
        return None
    if now - row.last_seen_at > LAST_SEEN_RESOLUTION:
        with db.write_connection() as connection:
            connection.execute(update(UserSession).where(UserSession.id == row.id).values(last_seen_at=now))
    return _principal(row.id, row.org_id, row.role, row.email)


def sign_out(ctx: AppContext, token: str) -> None:
    """End the session behind `token` (on every replica at once: sessions are not cached)."""
    with ctx.db.write() as session:
        session.execute(delete(UserSession).where(UserSession.token_hash == _token_hash(token)))


def _principal(session_id: str, org_id: str, role: str, email: str) -> Principal:
    return Principal(org_id=org_id, role=role, key_id=f"session:{session_id}", actor_id=email)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
