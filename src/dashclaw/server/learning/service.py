"""Learning records: decisions, goals, content and interactions an agent reports, and the contacts they name.

Each `new_*` builds a row from validated fields with its free text redacted, so `/api/sync` stores items
exactly as the single-record routes do.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.clock import utcnow
from ..core.errors import not_found
from ..core.records import insert_returning
from ..core.redaction import Findings, redact_fields
from ..core.serialize import row_to_dict
from .models import Contact, ContentItem, Goal, Interaction, LearningDecision
from .schemas import ContactCreate, ContentCreate, DecisionCreate, GoalCreate, InteractionCreate

if TYPE_CHECKING:
    from ..deps import AppContext

DEFAULT_CONFIDENCE = 50


def _fields(body: BaseModel, agent_id: str | None, redacted: tuple[str, ...], mode: str) -> tuple[dict[str, Any], Findings]:
    fields = {"agent_id": agent_id, **body.provided()}
    return fields, redact_fields(fields, redacted, mode)


def new_decision(org_id: str, agent_id: str | None, body: DecisionCreate, mode: str) -> LearningDecision:
    """A decision row; a confidence of 0 means "not said" (50), as the reference stores it."""
    fields, _ = _fields(body, agent_id, ("decision", "context", "reasoning"), mode)
    fields["confidence"] = fields.get("confidence") or DEFAULT_CONFIDENCE
    return LearningDecision(org_id=org_id, **fields)


def new_goal(org_id: str, agent_id: str | None, body: GoalCreate, mode: str) -> Goal:
    """A goal row."""
    fields, _ = _fields(body, agent_id, ("title", "description"), mode)
    return Goal(org_id=org_id, **fields)


def new_content(org_id: str, agent_id: str | None, body: ContentCreate, mode: str) -> tuple[ContentItem, Findings]:
    """A content row and what redaction found in it."""
    fields, findings = _fields(body, agent_id, ("title", "body", "url"), mode)
    return ContentItem(org_id=org_id, **fields), findings


def add_contact(session: Session, org_id: str, agent_id: str | None, body: ContactCreate, mode: str) -> None:
    """Add a contact unless the agent already has one by that name (a repeat counts as done)."""
    fields, _ = _fields(body, agent_id, ("description",), mode)
    exists = session.scalar(select(Contact.id).where(
        Contact.org_id == org_id, Contact.agent_id.is_(None) if agent_id is None else Contact.agent_id == agent_id,
        Contact.name == body.name,
    ).limit(1))
    if exists is None:
        session.add(Contact(org_id=org_id, agent_id=agent_id, name=body.name, platform=fields.get("relationship_type"),
                            notes=fields.get("description")))


def record_decision(ctx: AppContext, caller: Principal, body: DecisionCreate) -> dict[str, Any]:
    """Store a learning decision."""
    row = new_decision(caller.org_id, body.agent_id, body, ctx.redaction.mode(caller.org_id))
    return {"decision": insert_returning(ctx.db, row)}


def create_goal(ctx: AppContext, caller: Principal, body: GoalCreate) -> dict[str, Any]:
    """Store a goal."""
    row = new_goal(caller.org_id, body.agent_id, body, ctx.redaction.mode(caller.org_id))
    return {"goal": insert_returning(ctx.db, row)}


def record_content(ctx: AppContext, caller: Principal, body: ContentCreate) -> dict[str, Any]:
    """Store a piece of content the agent produced, with what redaction found in it."""
    row, findings = new_content(caller.org_id, body.agent_id, body, ctx.redaction.mode(caller.org_id))
    return {"content": insert_returning(ctx.db, row), "security": findings.summary()}


def record_interaction(ctx: AppContext, caller: Principal, body: InteractionCreate) -> dict[str, Any]:
    """Store an interaction; a named or numbered contact of the org is linked and marked as contacted now."""
    org_id = caller.org_id
    fields, _ = _fields(body, body.agent_id, ("summary",), ctx.redaction.mode(org_id))
    contact_name = fields.pop("contact_name", None)
    with ctx.db.write() as session:
        contact = None
        if body.contact_id is not None:
            contact = session.scalar(select(Contact).where(Contact.org_id == org_id, Contact.id == body.contact_id))
            if contact is None:
                raise not_found("Contact")
        elif contact_name:
            contact = session.scalar(select(Contact).where(Contact.org_id == org_id, Contact.name == contact_name)
                                     .order_by(Contact.id).limit(1))
        if contact is not None:
            contact.last_contact = utcnow()
            contact.interaction_count += 1
        row = Interaction(org_id=org_id, **{**fields, "contact_id": contact.id if contact else None})
        session.add(row)
        session.flush()
        return {"interaction": row_to_dict(row)}
