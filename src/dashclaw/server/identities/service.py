"""Register, list and revoke agents' public keys; look one up to verify a signed action."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.errors import ApiError, not_found
from ..core.ids import uuid_id
from ..core.serialize import row_to_dict
from .models import AgentIdentity
from .schemas import IdentityRegistration
from .signatures import ALGORITHMS, load_public_key

if TYPE_CHECKING:
    from ..deps import AppContext


def find(session: Session, org_id: str, agent_id: str) -> AgentIdentity | None:
    """The agent's registered key, if any."""
    return session.scalar(select(AgentIdentity).where(AgentIdentity.org_id == org_id, AgentIdentity.agent_id == agent_id))


def register(ctx: AppContext, caller: Principal, body: IdentityRegistration) -> dict[str, Any]:
    """Bind (or re-bind) the agent's public key; one key per agent per org."""
    if body.algorithm not in ALGORITHMS:
        raise ApiError(400, "Validation failed", ["algorithm must be one of: " + ", ".join(ALGORITHMS)])
    if load_public_key(body.public_key) is None:
        raise ApiError(400, "public_key must be a PEM RSA public key")
    with ctx.db.write() as session:
        identity = find(session, caller.org_id, body.agent_id)
        if identity is None:
            identity = AgentIdentity(id=uuid_id("aid"), org_id=caller.org_id, agent_id=body.agent_id)
            session.add(identity)
        identity.public_key, identity.algorithm = body.public_key, body.algorithm
        session.flush()
        return row_to_dict(identity)


def list_identities(ctx: AppContext, caller: Principal) -> list[dict[str, Any]]:
    """The org's registered agents and algorithms (public keys are not echoed)."""
    with ctx.db.read() as session:
        rows = session.scalars(
            select(AgentIdentity).where(AgentIdentity.org_id == caller.org_id).order_by(AgentIdentity.agent_id)
        )
        return [row_to_dict(row, exclude=("id", "org_id", "public_key")) for row in rows]


def revoke(ctx: AppContext, caller: Principal, agent_id: str) -> None:
    """Unbind the agent's key: its later signatures no longer verify."""
    with ctx.db.write() as session:
        identity = find(session, caller.org_id, agent_id)
        if identity is None:
            raise not_found("Identity")
        session.delete(identity)
