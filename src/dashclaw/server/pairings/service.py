"""Pairing requests: an agent offers its public key, an admin approves (see `flows/pairing.py`) or denies it.

A request expires `PAIRING_TTL` after it was made. Expiry is read, never written: a pending row whose
`expires_at` has passed is shown, filtered and refused as `expired`, so no read has to write.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import not_, select, update
from sqlalchemy.orm import Session

from ..activity.service import log_activity
from ..core.auth import Principal
from ..core.clock import utcnow
from ..core.errors import ApiError, conflict, not_found
from ..core.ids import uuid_id
from ..core.pagination import NewestFirst, Page
from ..core.serialize import row_to_dict
from ..identities.signatures import check_public_key, key_fingerprint
from .models import Pairing
from .schemas import PairingCreate, PairingFilters

if TYPE_CHECKING:
    from ..deps import AppContext

PAIRING_TTL = timedelta(minutes=15)
NEWEST_FIRST = NewestFirst(Pairing.created_at, Pairing.id)


def to_dict(pairing: Pairing, now: datetime | None = None) -> dict[str, Any]:
    """A pairing as the API shows it: its key's fingerprint instead of the key, and its status as of now."""
    data = row_to_dict(pairing, exclude=("org_id", "public_key"))
    data["status"] = status_of(pairing, now or utcnow())
    data["key_fingerprint"] = key_fingerprint(pairing.public_key)
    return data


def status_of(pairing: Pairing, now: datetime) -> str:
    """The stored status, or `expired` for a pending request past its deadline."""
    return "expired" if pairing.status == "pending" and pairing.expires_at <= now else pairing.status


def create(ctx: AppContext, caller: Principal, body: PairingCreate) -> dict[str, Any]:
    """Store a pending request to bind `public_key` to the agent; any key of the org may ask."""
    check_public_key(body.public_key, body.algorithm)
    now = utcnow()
    pairing = Pairing(
        id=uuid_id("pair"), org_id=caller.org_id, agent_id=body.agent_id, agent_name=body.agent_name,
        public_key=body.public_key, algorithm=body.algorithm, status="pending", created_at=now, updated_at=now,
        expires_at=now + PAIRING_TTL,
    )
    with ctx.db.write() as session:
        session.add(pairing)
        session.flush()
        return to_dict(pairing, now)


def get(ctx: AppContext, caller: Principal, pairing_id: str) -> dict[str, Any]:
    """One of the org's pairing requests, as of now."""
    with ctx.db.read() as session:
        return to_dict(_find(session, caller.org_id, pairing_id))


def list_pairings(ctx: AppContext, caller: Principal, filters: PairingFilters, page: Page) -> dict[str, Any]:
    """The org's pairing requests, newest first, optionally of one status."""
    now = utcnow()
    conditions = [Pairing.org_id == caller.org_id]
    live = Pairing.expires_at > now
    if filters.status == "pending":
        conditions += [Pairing.status == "pending", live]
    elif filters.status == "expired":
        conditions += [Pairing.status == "pending", not_(live)]
    elif filters.status:
        conditions.append(Pairing.status == filters.status)
    with ctx.db.read() as session:
        rows, next_cursor = NEWEST_FIRST.read(
            session, select(Pairing).where(*conditions), filters.cursor, page.limit, page.offset
        )
        pairings = [to_dict(row, now) for row in rows]
    return {"pairings": pairings, "total": len(pairings), "next_cursor": next_cursor}


def decide(session: Session, caller: Principal, pairing_id: str, status: str) -> Pairing:
    """Move a pending, unexpired request to `status` in the caller's transaction and audit it.

    A compare-and-set, so of two operators deciding at once exactly one wins; 404, 410 expired, 409 decided.
    """
    now = utcnow()
    decided = session.execute(
        update(Pairing)
        .where(Pairing.org_id == caller.org_id, Pairing.id == pairing_id, Pairing.status == "pending",
               Pairing.expires_at > now)
        .values(status=status, decided_by=caller.actor_id or caller.key_id, decided_at=now, updated_at=now)
    )
    pairing = _find(session, caller.org_id, pairing_id)
    if decided.rowcount != 1:
        current = status_of(pairing, now)
        if current == "expired":
            raise ApiError(410, "Pairing expired")
        raise conflict(f"Pairing is not pending (status={current})")
    session.refresh(pairing)
    log_activity(session, caller, f"pairing.{status}", resource_type="pairing", resource_id=pairing_id,
                 agent_id=pairing.agent_id, details={"key_fingerprint": key_fingerprint(pairing.public_key)},
                 before={"status": "pending"}, after={"status": status})
    return pairing


def deny(ctx: AppContext, caller: Principal, pairing_id: str) -> dict[str, Any]:
    """Refuse a pending request: its key is never bound."""
    with ctx.db.write() as session:
        return to_dict(decide(session, caller, pairing_id, "denied"))


def _find(session: Session, org_id: str, pairing_id: str) -> Pairing:
    pairing = session.scalar(select(Pairing).where(Pairing.org_id == org_id, Pairing.id == pairing_id))
    if pairing is None:
        raise not_found("Pairing")
    return pairing
