"""Agent presence: each heartbeat refreshes one row per (org, agent); reported connections, one row per
(org, agent, provider)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.errors import validation_failed
from ..core.ids import uuid_id
from ..core.pagination import Page
from ..core.redaction import redact_value
from ..core.serialize import row_to_dict
from ..core.validation import UnstorableValue, describe_errors
from ..db.unique import retry_on_duplicate
from .models import AgentConnection, AgentPresence
from .schemas import Connection, ConnectionFilters, ConnectionsReport, Heartbeat

if TYPE_CHECKING:
    from ..deps import AppContext


def heartbeat(ctx: AppContext, caller: Principal, body: Heartbeat) -> dict:
    """Record that the agent is alive (and what it is doing)."""
    org_id = caller.org_id
    now = utcnow()
    metadata, _ = redact_value(body.metadata or {}, ctx.redaction.mode(org_id))
    with ctx.db.write() as session:
        row = session.scalar(select(AgentPresence).where(AgentPresence.org_id == org_id, AgentPresence.agent_id == body.agent_id))
        if row is None:
            row = AgentPresence(org_id=org_id, agent_id=body.agent_id)
            session.add(row)
        if body.agent_name is not None:  # a heartbeat without a name keeps the known one
            row.agent_name = body.agent_name
        row.status = body.status
        row.current_task_id = body.current_task_id
        row.metadata_ = metadata
        row.last_heartbeat_at = now
    return {"status": "ok", "timestamp": iso(now)}


def report_connections(ctx: AppContext, caller: Principal, body: ConnectionsReport) -> dict[str, Any]:
    """Upsert the agent's reported connections; items that fail validation are listed in `errors` instead."""
    if not body.connections:
        raise validation_failed(["connections cannot be empty"])
    org_id = caller.org_id
    mode = ctx.redaction.mode(org_id)
    valid: list[Connection] = []
    errors = []
    for item in body.connections:
        connection, problem = _checked(item)
        if connection is None:
            errors.append({"provider": item.get("provider") if isinstance(item, dict) else None, "error": problem})
        else:
            valid.append(connection)

    def upsert() -> list[dict[str, Any]]:
        with ctx.db.write() as session:
            rows = {connection.provider: put_connection(session, org_id, body.agent_id, connection, mode) for connection in valid}
            return [row_to_dict(row) for row in rows.values()]

    result: dict[str, Any] = {"connections": retry_on_duplicate(upsert) if valid else [], "created": len(valid)}
    if errors:
        result["errors"] = errors
    return result


def put_connection(session: Session, org_id: str, agent_id: str, connection: Connection, mode: str) -> AgentConnection:
    """In `session`: the agent's connection to that provider, created or updated."""
    now = utcnow()
    row = session.scalar(select(AgentConnection).where(
        AgentConnection.org_id == org_id, AgentConnection.agent_id == agent_id, AgentConnection.provider == connection.provider,
    ))
    if row is None:
        row = AgentConnection(id=uuid_id("conn"), org_id=org_id, agent_id=agent_id, provider=connection.provider, reported_at=now)
        session.add(row)
    row.auth_type, row.plan_name, row.status = connection.auth_type, connection.plan_name, connection.status
    row.metadata_ = redact_value(connection.metadata, mode)[0] if connection.metadata is not None else None
    row.updated_at = now
    session.flush()
    return row


def list_connections(ctx: AppContext, caller: Principal, filters: ConnectionFilters, page: Page) -> dict[str, Any]:
    """The org's reported connections, most recently updated first."""
    conditions = [AgentConnection.org_id == caller.org_id]
    for name in ("agent_id", "provider"):
        if getattr(filters, name):
            conditions.append(getattr(AgentConnection, name) == getattr(filters, name))
    with ctx.db.read() as session:
        rows = session.scalars(
            select(AgentConnection).where(*conditions)
            .order_by(AgentConnection.updated_at.desc(), AgentConnection.id.desc()).limit(page.limit).offset(page.offset)
        ).all()
    connections = [row_to_dict(row) for row in rows]
    return {"connections": connections, "total": len(connections)}


def _checked(item: Any) -> tuple[Connection | None, str | None]:
    """The item as a valid connection, or None and what is wrong with it."""
    if not isinstance(item, dict):
        return None, "each connection must be an object"
    try:
        return Connection.model_validate(item), None
    except ValidationError as exc:
        return None, "; ".join(describe_errors(exc.errors())[2] or ["is invalid"])
    except UnstorableValue as exc:
        return None, "; ".join(exc.details)
