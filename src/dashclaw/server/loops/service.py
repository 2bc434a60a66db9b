"""Open loops: register the work a decision depends on, close it, list what is still open."""
from __future__ import annotations

from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from ..actions.models import Action
from ..core.clock import iso, utcnow
from ..core.errors import ApiError, conflict
from ..core.ids import uuid_id
from ..core.pagination import Page
from ..core.parents import ActionChildren, with_action_context
from ..core.redaction import redact_fields, redact_value
from ..db.engine import Database
from .models import OpenLoop
from .schemas import LoopCreate, LoopResolution

PRIORITY_ORDER = case(
    (OpenLoop.priority == "critical", 0), (OpenLoop.priority == "high", 1),
    (OpenLoop.priority == "medium", 2), (OpenLoop.priority == "low", 3), else_=4,
)
loops = ActionChildren(OpenLoop, "loop_id", "Open loop")
to_dict = loops.to_dict


def create(db: Database, org_id: str, body: LoopCreate) -> dict[str, Any]:
    data = body.model_dump()
    data["loop_id"] = data["loop_id"] or uuid_id("loop")
    findings = redact_fields(data, ("description", "owner", "resolution"))

    def build(fields: dict[str, Any]) -> OpenLoop:
        closed = fields["status"] != "open"  # resolution is kept only for a loop created already closed
        return OpenLoop(
            org_id=org_id,
            resolved_at=utcnow() if closed else None,
            **{**fields, "resolution": fields["resolution"] if closed else None},
        )

    result = loops.insert(db, org_id, data, build)
    return {"loop": result, "loop_id": result["loop_id"], "security": findings.summary()}


def detail(session: Session, org_id: str, loop_id: str) -> dict[str, Any]:
    return {"loop": loops.detail(session, org_id, loop_id)}


def resolve(db: Database, org_id: str, loop_id: str, body: LoopResolution) -> dict[str, Any]:
    resolution = (body.resolution or "").strip() or None
    if body.status == "resolved" and not resolution:
        raise ApiError(400, "resolution is required when resolving a loop")
    resolution, findings = redact_value(resolution)
    with db.write() as session:
        row = loops.get(session, org_id, loop_id)
        if row.status != "open":
            raise conflict(f"Loop is already {row.status}")
        row.status, row.resolution, row.resolved_at = body.status, resolution, utcnow()
        session.flush()
        return {"loop": to_dict(row), "security": findings.summary()}


def list_loops(session: Session, org_id: str, params: dict[str, Any], page: Page) -> dict[str, Any]:
    conditions = [OpenLoop.org_id == org_id]
    for name in ("status", "loop_type", "priority"):
        if params.get(name):
            conditions.append(getattr(OpenLoop, name) == params[name])
    if params.get("agent_id"):
        conditions.append(Action.agent_id == params["agent_id"])
    joined = and_(Action.org_id == OpenLoop.org_id, Action.action_id == OpenLoop.action_id)
    rows = session.execute(
        select(OpenLoop, Action)
        .outerjoin(Action, joined)
        .where(*conditions)
        .order_by(PRIORITY_ORDER, OpenLoop.created_at.desc(), OpenLoop.pk.desc())
        .limit(page.limit)
        .offset(page.offset)
    ).all()
    total = session.scalar(select(func.count()).select_from(OpenLoop).outerjoin(Action, joined).where(*conditions)) or 0
    is_open = OpenLoop.status == "open"
    stats = session.execute(
        select(
            func.sum(case((is_open, 1), else_=0)),
            func.sum(case((OpenLoop.status == "resolved", 1), else_=0)),
            func.sum(case((and_(is_open, OpenLoop.priority == "critical"), 1), else_=0)),
            func.sum(case((and_(is_open, OpenLoop.priority == "high"), 1), else_=0)),
        ).where(OpenLoop.org_id == org_id)
    ).one()
    return {
        "loops": [with_action_context(to_dict(loop), action) for loop, action in rows],
        "total": total,
        "stats": {
            "open_count": int(stats[0] or 0),
            "resolved_count": int(stats[1] or 0),
            "critical_open": int(stats[2] or 0),
            "high_open": int(stats[3] or 0),
        },
        "lastUpdated": iso(utcnow()),
    }
