"""Register, list and revoke agents' public keys; look one up to verify a signed action."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.errors import ApiError, not_found
from ..core.ids import uuid_id
from ..core.serialize import row_to_dict
from ..db.engine import Database
from .models import AgentIdentity
from .schemas import IdentityRegistration
from .signatures import ALGORITHMS, load_public_key


def find(session: Session, org_id: str, agent_id: str) -> AgentIdentity | None:
    return session.scalar(select(AgentIdentity).where(AgentIdentity.org_id == org_id, AgentIdentity.agent_id == agent_id))


def register(db: Database, org_id: str, body: IdentityRegistration) -> dict[str, Any]:
    """Bind (or re-bind) the agent's public key; one key per agent per org."""
    if body.algorithm not in ALGORITHMS:
        raise ApiError(400, "Validation failed", ["algorithm must be one of: " + ", ".join(ALGORITHMS)])
    if load_public_key(body.public_key) is None:
        raise ApiError(400, "public_key must be a PEM RSA public key")
    with db.write() as session:
        identity = find(session, org_id, body.agent_id)
        if identity is None:
            identity = AgentIdentity(id=uuid_id("aid"), org_id=org_id, agent_id=body.agent_id)
            session.add(identity)
        identity.public_key, identity.algorithm = body.public_key, body.algorithm
        session.flush()
        return row_to_dict(identity)


def list_identities(session: Session, org_id: str) -> list[dict[str, Any]]:
    rows = session.scalars(select(AgentIdentity).where(AgentIdentity.org_id == org_id).order_by(AgentIdentity.agent_id))
    return [row_to_dict(row, exclude=("id", "org_id", "public_key")) for row in rows]


def revoke(db: Database, org_id: str, agent_id: str) -> None:
    with db.write() as session:
        identity = find(session, org_id, agent_id)
        if identity is None:
            raise not_found("Identity")
        session.delete(identity)
