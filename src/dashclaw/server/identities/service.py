"""Register, list and revoke agents' public keys; look one up to verify a signed action."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..activity.service import log_activity
from ..core.auth import Principal
from ..core.clock import utcnow
from ..core.errors import not_found
from ..core.ids import uuid_id
from ..core.serialize import row_to_dict
from .models import AgentIdentity
from .schemas import IdentityRegistration
from .signatures import check_public_key, key_fingerprint

if TYPE_CHECKING:
    from ..deps import AppContext

LISTED = ("id", "org_id", "public_key")
"""Left out of lists and of approval answers: the key itself is not echoed back."""


def find(session: Session, org_id: str, agent_id: str) -> AgentIdentity | None:
    """The agent's registered key, if any."""
    return session.scalar(select(AgentIdentity).where(AgentIdentity.org_id == org_id, AgentIdentity.agent_id == agent_id))


def bind(session: Session, caller: Principal, agent_id: str, public_key: str, algorithm: str, via: str) -> AgentIdentity:
    """Upsert the agent's key in the caller's transaction (one key per agent per org) and audit it; `via` says how."""
    table = AgentIdentity.__table__
    now = utcnow()
    previous = find(session, caller.org_id, agent_id)
    before = _audited(previous) if previous is not None else None
    dialect_insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else postgresql_insert
    upsert = dialect_insert(table).values(
        id=uuid_id("aid"), org_id=caller.org_id, agent_id=agent_id, public_key=public_key, algorithm=algorithm,
        created_at=now, updated_at=now,
    )
    session.execute(upsert.on_conflict_do_update(
        index_elements=["org_id", "agent_id"],
        set_={"public_key": upsert.excluded.public_key, "algorithm": upsert.excluded.algorithm, "updated_at": now},
    ))
    identity = find(session, caller.org_id, agent_id)
    session.refresh(identity)
    log_activity(session, caller, "identity.registered", resource_type="identity", resource_id=agent_id,
                 agent_id=agent_id, details={"via": via}, before=before, after=_audited(identity))
    return identity


def register(ctx: AppContext, caller: Principal, body: IdentityRegistration) -> dict[str, Any]:
    """Bind (or re-bind) the agent's public key; one key per agent per org."""
    check_public_key(body.public_key, body.algorithm)
    with ctx.db.write() as session:
        return row_to_dict(bind(session, caller, body.agent_id, body.public_key, body.algorithm, via="api"))


def list_identities(ctx: AppContext, caller: Principal) -> list[dict[str, Any]]:
    """The org's registered agents and algorithms (public keys are not echoed)."""
    with ctx.db.read() as session:
        rows = session.scalars(
            select(AgentIdentity).where(AgentIdentity.org_id == caller.org_id).order_by(AgentIdentity.agent_id)
        )
        return [row_to_dict(row, exclude=LISTED) for row in rows]


def revoke(ctx: AppContext, caller: Principal, agent_id: str) -> None:
    """Unbind the agent's key: from the commit on, no replica verifies its signatures (lookups are not cached)."""
    with ctx.db.write() as session:
        identity = find(session, caller.org_id, agent_id)
        if identity is None:
            raise not_found("Identity")
        session.delete(identity)
        log_activity(session, caller, "identity.revoked", resource_type="identity", resource_id=agent_id,
                     agent_id=agent_id, before=_audited(identity), after=None)


def _audited(identity: AgentIdentity) -> dict[str, Any]:
    """What the audit trail keeps of an identity: its algorithm and key fingerprint, not the key."""
    return {"algorithm": identity.algorithm, "key_fingerprint": key_fingerprint(identity.public_key)}
