"""User preferences: observations, preferences and moods are appended; approaches are kept one per
(agent, approach) and count their successes and failures."""
from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.clock import utcnow
from ..core.errors import validation_failed
from ..core.ids import hex_id
from ..core.pagination import Page
from ..core.redaction import redact_fields
from ..core.serialize import row_to_dict
from ..db.unique import retry_on_duplicate
from .models import UserApproach, UserMood, UserObservation, UserPreference
from .schemas import PreferenceFilters, PreferenceRecord

if TYPE_CHECKING:
    from ..deps import AppContext

DEFAULT_CONFIDENCE = 50
# record type -> (model, id prefix, the body fields it stores, the free text among them)
RECORDS: dict[str, tuple[type, str, tuple[str, ...], tuple[str, ...]]] = {
    "observation": (UserObservation, "uo", ("observation", "category", "importance"), ("observation",)),
    "preference": (UserPreference, "up", ("preference", "category", "confidence"), ("preference",)),
    "mood": (UserMood, "um", ("mood", "energy", "notes"), ("mood", "notes")),
    "approach": (UserApproach, "ua", ("approach", "context"), ("approach", "context")),
}
LISTED = {"observations": UserObservation, "preferences": UserPreference, "moods": UserMood, "approaches": UserApproach}


def checked(body: PreferenceRecord) -> PreferenceRecord:
    """The record, refused (400) when its type's own text is missing."""
    if not getattr(body, body.type):
        raise validation_failed([f"{body.type} is required"])
    return body


def add_record(session: Session, org_id: str, user_id: str | None, agent_id: str | None, body: PreferenceRecord,
               mode: str) -> Any:
    """Store one record in the caller's transaction: a new row, or for an approach its counted row."""
    model, prefix, stored, redacted = RECORDS[body.type]
    fields = {name: getattr(body, name) for name in stored if getattr(body, name) is not None}
    redact_fields(fields, redacted, mode)
    if body.type == "preference":
        fields["confidence"] = fields.get("confidence") or DEFAULT_CONFIDENCE
    if body.type == "approach":
        return _count_approach(session, org_id, user_id, agent_id, fields, body.success)
    row = model(id=hex_id(prefix), org_id=org_id, user_id=user_id, agent_id=agent_id, **fields)
    session.add(row)
    return row


def _count_approach(session: Session, org_id: str, user_id: str | None, agent_id: str | None, fields: dict[str, Any],
                    success: bool | None) -> UserApproach:
    key = hashlib.sha256(f"{agent_id or ''}\n{fields['approach']}".encode()).hexdigest()
    row = session.scalar(select(UserApproach).where(UserApproach.org_id == org_id, UserApproach.approach_key == key)
                         .with_for_update())
    if row is None:
        row = UserApproach(id=hex_id("ua"), org_id=org_id, approach_key=key, user_id=user_id, agent_id=agent_id,
                           success_count=0, fail_count=0, **fields)
        session.add(row)
    elif fields.get("context") is not None:
        row.context = fields["context"]
    row.success_count += success is True
    row.fail_count += success is False
    row.updated_at = utcnow()
    session.flush()
    return row


def _public(row: Any) -> dict[str, Any]:
    return row_to_dict(row, exclude=("approach_key",))


def record(ctx: AppContext, caller: Principal, body: PreferenceRecord) -> dict[str, Any]:
    """Store an observation, preference, mood or approach (approaches upsert and count success and failure)."""
    checked(body)
    org_id = caller.org_id
    mode = ctx.redaction.mode(org_id)

    def store() -> dict[str, Any]:
        with ctx.db.write() as session:
            row = add_record(session, org_id, caller.actor_id or None, body.agent_id, body, mode)
            session.flush()
            return _public(row)

    data = retry_on_duplicate(store)
    return {body.type: data, f"{body.type}_id": data["id"]}


def read(ctx: AppContext, caller: Principal, filters: PreferenceFilters, page: Page) -> dict[str, Any]:
    """One kind of record (newest first; approaches by success) or the summary of all four."""
    with ctx.db.read() as session:
        if filters.type == "summary":
            return {"summary": _summary(session, caller.org_id, filters.agent_id)}
        model = LISTED[filters.type]
        order = (model.success_count.desc(), model.updated_at.desc()) if model is UserApproach else (model.created_at.desc(),)
        rows = _rows(session, model, caller.org_id, filters.agent_id, order, page.limit, page.offset)
    return {filters.type: rows, "total": len(rows)}


def _rows(session: Session, model: type, org_id: str, agent_id: str | None, order: tuple, limit: int,
          offset: int = 0) -> list[dict[str, Any]]:
    query = select(model).where(model.org_id == org_id)
    if agent_id:
        query = query.where(model.agent_id == agent_id)
    return [_public(row) for row in session.scalars(query.order_by(*order, model.id).limit(limit).offset(offset))]


def _summary(session: Session, org_id: str, agent_id: str | None) -> dict[str, Any]:
    count = select(func.count()).select_from(UserObservation).where(UserObservation.org_id == org_id)
    if agent_id:
        count = count.where(UserObservation.agent_id == agent_id)
    return {
        "observations_count": session.scalar(count) or 0,
        "preferences": _rows(session, UserPreference, org_id, agent_id,
                             (UserPreference.confidence.desc(), UserPreference.created_at.desc()), 20),
        "recent_moods": _rows(session, UserMood, org_id, agent_id, (UserMood.created_at.desc(),), 5),
        "top_approaches": _rows(session, UserApproach, org_id, agent_id,
                                (UserApproach.success_count.desc(), UserApproach.updated_at.desc()), 10),
    }
