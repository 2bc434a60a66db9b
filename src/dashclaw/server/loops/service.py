"""Open loops: register the work a decision depends on, close it, list what is still open."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, select

from ..actions.children import ActionChildren
from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.errors import ApiError, conflict
from ..core.ids import uuid_id
from ..core.pagination import Page
from ..core.redaction import redact_fields, redact_value
from .models import OpenLoop
from .schemas import LoopCreate, LoopFilters, LoopResolution

if TYPE_CHECKING:
    from ..deps import AppContext

PRIORITY_ORDER = case(
    (OpenLoop.priority == "critical", 0), (OpenLoop.priority == "high", 1),
    (OpenLoop.priority == "medium", 2), (OpenLoop.priority == "low", 3), else_=4,
)
loops = ActionChildren(OpenLoop, "loop_id", "Open loop")
to_dict = loops.to_dict


def create(ctx: AppContext, caller: Principal, body: LoopCreate) -> dict[str, Any]:
    """Register an open loop under one of the caller's actions."""
    org_id = caller.org_id
    data = body.model_dump()
    data["loop_id"] = data["loop_id"] or uuid_id("loop")
    findings = redact_fields(data, ("description", "owner", "resolution"), ctx.redaction.mode(org_id))

    def build(fields: dict[str, Any]) -> OpenLoop:
        closed = fields["status"] != "open"  # resolution is kept only for a loop created already closed
        return OpenLoop(
            org_id=org_id,
            resolved_at=utcnow() if closed else None,
            **{**fields, "resolution": fields["resolution"] if closed else None},
        )

    result = loops.insert(ctx.db, org_id, data, build)
    return {"loop": result, "loop_id": result["loop_id"], "security": findings.summary()}


def detail(ctx: AppContext, caller: Principal, loop_id: str) -> dict[str, Any]:
    """One loop with its action's context."""
    return {"loop": loops.detail(ctx.db, caller.org_id, loop_id)}


def resolve(ctx: AppContext, caller: Principal, loop_id: str, body: LoopResolution) -> dict[str, Any]:
    """Close an open loop as resolved (with a resolution) or cancelled."""
    resolution = (body.resolution or "").strip() or None
    if body.status == "resolved" and not resolution:
        raise ApiError(400, "resolution is required when resolving a loop")
    resolution, findings = redact_value(resolution, ctx.redaction.mode(caller.org_id))
    with ctx.db.write() as session:
        row = loops.get(session, caller.org_id, loop_id)
        if row.status != "open":
            raise conflict(f"Loop is already {row.status}")
        row.status, row.resolution, row.resolved_at = body.status, resolution, utcnow()
        session.flush()
        return {"loop": to_dict(row), "security": findings.summary()}


def list_loops(ctx: AppContext, caller: Principal, filters: LoopFilters, page: Page) -> dict[str, Any]:
    """A page of the org's loops, most urgent first, with org-wide open/resolved counts."""
    conditions = [
        getattr(OpenLoop, name) == getattr(filters, name)
        for name in ("status", "loop_type", "priority") if getattr(filters, name)
    ]
    is_open = OpenLoop.status == "open"
    with ctx.db.read() as session:
        _, items, total = loops.page(
            session, caller.org_id, conditions, (PRIORITY_ORDER, OpenLoop.created_at.desc()), page, filters.agent_id
        )
        stats = session.execute(
            select(
                func.sum(case((is_open, 1), else_=0)),
                func.sum(case((OpenLoop.status == "resolved", 1), else_=0)),
                func.sum(case((and_(is_open, OpenLoop.priority == "critical"), 1), else_=0)),
                func.sum(case((and_(is_open, OpenLoop.priority == "high"), 1), else_=0)),
            ).where(OpenLoop.org_id == caller.org_id)
        ).one()
    return {
        "loops": items,
        "total": total,
        "stats": {
            "open_count": int(stats[0] or 0),
            "resolved_count": int(stats[1] or 0),
            "critical_open": int(stats[2] or 0),
            "high_open": int(stats[3] or 0),
        },
        "lastUpdated": iso(utcnow()),
    }
