"""Open loops: register the work a decision depends on, close it, list what is still open."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..actions.children import ActionChildren
from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.errors import ApiError, conflict
from ..core.ids import uuid_id
from ..core.pagination import NewestFirst, Page, Ranked, count_up_to
from ..core.redaction import redact_fields, redact_value
from .models import OpenLoop
from .schemas import PRIORITIES, LoopCreate, LoopFilters, LoopResolution

if TYPE_CHECKING:
    from ..deps import AppContext

MOST_URGENT_FIRST = NewestFirst(OpenLoop.created_at, OpenLoop.pk, Ranked(OpenLoop.priority, PRIORITIES[::-1]))
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
    """A page of the org's loops, most urgent first (`cursor` or `offset`), with org-wide open/resolved counts
    (each exact up to `COUNT_CAP`, like `total`)."""
    conditions = [
        getattr(OpenLoop, name) == getattr(filters, name)
        for name in ("status", "loop_type", "priority") if getattr(filters, name)
    ]
    org = OpenLoop.org_id == caller.org_id
    is_open = OpenLoop.status == "open"
    counted = {
        "open_count": (is_open,),
        "resolved_count": (OpenLoop.status == "resolved",),
        "critical_open": (is_open, OpenLoop.priority == "critical"),
        "high_open": (is_open, OpenLoop.priority == "high"),
    }
    with ctx.db.read() as session:
        listed = loops.page(session, caller.org_id, conditions, MOST_URGENT_FIRST, page, filters.cursor, filters.agent_id)
        counts = {name: count_up_to(session, select(OpenLoop.pk).where(org, *where)) for name, where in counted.items()}
    return {
        "loops": listed.items,
        **listed.paging,
        "stats": {name: count for name, (count, _) in counts.items()},
        "stats_are_lower_bounds": not all(exact for _, exact in counts.values()),
        "lastUpdated": iso(utcnow()),
    }
