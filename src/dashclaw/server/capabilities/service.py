"""The capability registry (contract execution-studio 5), and the approvals it asks of the guard.

A capability with `requires_approval` is enforced: an action (or a guard request) that names it, as its
`action_type` or among its `systems_touched`, by id or slug, waits for a human like any approval policy's
action. `ApprovalGates` hands those capabilities to the guard as engine policies; every change that could
alter them is announced on the event bus, so each replica reloads the org's gates at once.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import String, cast, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..activity.service import log_activity
from ..core.auth import Principal
from ..core.clock import utcnow
from ..core.errors import ApiError, conflict, not_found
from ..core.ids import uuid_id
from ..core.pagination import NewestFirst, Page
from ..core.redaction import redact_fields
from ..core.search import contains_text
from ..core.serialize import row_to_dict
from ..core.slugs import slugify
from ..core.topics import CAPABILITIES_CHANGED
from ..db.engine import Database
from ..guard.engine import PolicySpec
from .models import Capability
from .schemas import CapabilityCreate, CapabilityFilters, CapabilityUpdate

if TYPE_CHECKING:
    from ..deps import AppContext

NEWEST_FIRST = NewestFirst(Capability.updated_at, Capability.pk)
DEFAULT_LIMIT = 100
DUPLICATE_SLUG = "A capability with this slug already exists"
DUPLICATE_ID = "A capability with this capability_id already exists"
OPTIONAL_TEXT = ("description", "category", "docs_url")
GATE_POLICY_TYPE = "capability_approval"


def create_capability(ctx: AppContext, caller: Principal, body: CapabilityCreate) -> dict[str, Any]:
    """Register a capability under a slug unique in the org."""
    fields = _cleaned(ctx, caller, body.provided())
    capability_id = fields.pop("capability_id", None) or uuid_id("cap")
    fields["slug"] = slugify(fields.get("slug") or fields["name"], "cap")
    now = utcnow()
    row = Capability(org_id=caller.org_id, capability_id=capability_id, created_at=now, updated_at=now, **fields)
    with ctx.db.write() as session:
        if session.scalar(_by_id(caller.org_id, capability_id)) is not None:
            raise conflict(DUPLICATE_ID)
        session.add(row)
        _flush_unique(session)
        data = row_to_dict(row)
        log_activity(session, caller, "capability.registered", resource_type="capability",
                     resource_id=capability_id, after=data)
    _announce(ctx, caller.org_id)
    return {"capability": data}


def list_capabilities(ctx: AppContext, caller: Principal, filters: CapabilityFilters, page: Page) -> dict[str, Any]:
    """The org's capabilities matching every filter given, most recently changed first."""
    conditions = [Capability.org_id == caller.org_id]
    if filters.category:
        conditions.append(Capability.category == filters.category)
    if filters.risk_level:
        conditions.append(Capability.risk_level == filters.risk_level)
    if filters.search:
        conditions.append(or_(contains_text(Capability.name, filters.search),
                              contains_text(Capability.description, filters.search),
                              contains_text(cast(Capability.tags, String), filters.search)))
    limit = page.limit or DEFAULT_LIMIT
    with ctx.db.read() as session:
        rows, next_cursor = NEWEST_FIRST.read(
            session, select(Capability).where(*conditions), filters.cursor, limit, page.offset
        )
    return {"capabilities": [row_to_dict(row) for row in rows], "next_cursor": next_cursor}


def get_capability(ctx: AppContext, caller: Principal, capability_id: str) -> dict[str, Any]:
    """One capability of the caller's org."""
    with ctx.db.read() as session:
        return {"capability": row_to_dict(_capability(session, caller.org_id, capability_id))}


def update_capability(ctx: AppContext, caller: Principal, capability_id: str, body: CapabilityUpdate) -> dict[str, Any]:
    """Merge the given fields over the stored ones (the slug stays)."""
    changes = _cleaned(ctx, caller, body.provided())
    with ctx.db.write() as session:
        row = _capability(session, caller.org_id, capability_id, lock=True)
        before = row_to_dict(row)
        for name, value in changes.items():
            setattr(row, name, value)
        row.updated_at = utcnow()
        session.flush()
        data = row_to_dict(row)
        log_activity(session, caller, "capability.updated", resource_type="capability", resource_id=capability_id,
                     before=before, after=data)
    _announce(ctx, caller.org_id)
    return {"capability": data}


def approval_gates(db: Database, org_id: str) -> list[PolicySpec]:
    """The org's capabilities that need a human, as the guard engine's policies (names: id and slug)."""
    with db.read() as session:
        rows = session.execute(select(Capability.capability_id, Capability.slug, Capability.name).where(
            Capability.org_id == org_id, Capability.requires_approval.is_(True),
        ).order_by(Capability.created_at, Capability.pk)).all()
    return [PolicySpec(id=capability_id, name=f"Capability '{name}'", policy_type=GATE_POLICY_TYPE,
                       rules={"names": [capability_id, slug]}) for capability_id, slug, name in rows]


def _by_id(org_id: str, capability_id: str):
    return select(Capability).where(Capability.org_id == org_id, Capability.capability_id == capability_id)


def _capability(session: Session, org_id: str, capability_id: str, *, lock: bool = False) -> Capability:
    query = _by_id(org_id, capability_id)
    row = session.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise not_found("Capability")
    return row


def _cleaned(ctx: AppContext, caller: Principal, fields: dict[str, Any]) -> dict[str, Any]:
    redact_fields(fields, ("description",), ctx.redaction.mode(caller.org_id))
    return {name: (None if name in OPTIONAL_TEXT and value == "" else value) for name, value in fields.items()}


def _flush_unique(session: Session) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        raise ApiError(409, DUPLICATE_SLUG) from exc


def _announce(ctx: AppContext, org_id: str) -> None:
    """Tell every replica (this one included) to reload the org's approval gates."""
    ctx.bus.publish(CAPABILITIES_CHANGED, {"org_id": org_id})
