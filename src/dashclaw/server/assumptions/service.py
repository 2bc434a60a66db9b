"""Assumptions behind decisions: register, validate or invalidate, report drift."""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ..actions.children import ActionChildren
from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.errors import ApiError, conflict
from ..core.ids import uuid_id
from ..core.pagination import NewestFirst, Page
from ..core.redaction import redact_fields, redact_value
from .models import Assumption
from .schemas import AssumptionCreate, AssumptionFilters, AssumptionValidation

if TYPE_CHECKING:
    from ..deps import AppContext

STALE_DAYS = 7
NEWEST_FIRST = NewestFirst(Assumption.created_at, Assumption.pk)
assumptions = ActionChildren(Assumption, "assumption_id", "Assumption")
to_dict = assumptions.to_dict


def create(ctx: AppContext, caller: Principal, body: AssumptionCreate) -> dict[str, Any]:
    """Register an assumption under one of the caller's actions."""
    org_id = caller.org_id
    data = body.model_dump()
    data["assumption_id"] = data["assumption_id"] or uuid_id("asm")
    findings = redact_fields(data, ("assumption", "basis", "invalidated_reason"), ctx.redaction.mode(org_id))

    def build(fields: dict[str, Any]) -> Assumption:
        return Assumption(
            org_id=org_id,
            **{**fields, "validated": int(fields["validated"]), "invalidated": int(fields["invalidated"])},
            validated_at=utcnow() if fields["validated"] else None,
        )

    result = assumptions.insert(ctx.db, org_id, data, build)
    return {"assumption": result, "assumption_id": result["assumption_id"], "security": findings.summary()}


def detail(ctx: AppContext, caller: Principal, assumption_id: str) -> dict[str, Any]:
    """One assumption with its action's context."""
    return {"assumption": assumptions.detail(ctx.db, caller.org_id, assumption_id)}


def validate(ctx: AppContext, caller: Principal, assumption_id: str, body: AssumptionValidation) -> dict[str, Any]:
    """Mark an assumption validated, or invalidated with a reason (final)."""
    reason = (body.invalidated_reason or "").strip()
    if not body.validated and not reason:
        raise ApiError(400, "invalidated_reason is required when invalidating an assumption")
    mode = ctx.redaction.mode(caller.org_id)
    with ctx.db.write() as session:
        row = assumptions.get(session, caller.org_id, assumption_id)
        if row.invalidated:
            raise conflict("Assumption is already invalidated")
        now = utcnow()
        if body.validated:
            row.validated, row.validated_at = 1, now
            session.flush()
            return {"assumption": to_dict(row)}
        reason, findings = redact_value(reason, mode)
        row.invalidated, row.invalidated_reason, row.invalidated_at = 1, reason, now
        session.flush()
        return {"assumption": to_dict(row), "security": findings.summary()}


def drift_score(row: Assumption, now) -> int | None:
    """0 when validated, None when invalidated, else grows with age to 100 at 30 days."""
    if row.validated:
        return 0
    if row.invalidated:
        return None
    age_days = (now - row.created_at).total_seconds() / 86400
    return min(100, round(age_days / 30 * 100))


def list_assumptions(ctx: AppContext, caller: Principal, filters: AssumptionFilters, page: Page) -> dict[str, Any]:
    """A page of the org's assumptions, newest first (`cursor` or `offset`); `drift=true` adds scores and a summary."""
    now = utcnow()
    unresolved = [Assumption.validated == 0, Assumption.invalidated == 0]
    conditions = []
    if filters.validated == "true":
        conditions.append(Assumption.validated == 1)
    elif filters.validated == "false":
        conditions += unresolved
    if filters.stale == "true":
        conditions += [*unresolved, Assumption.created_at < now - timedelta(days=STALE_DAYS)]
    if filters.action_id:
        conditions.append(Assumption.action_id == filters.action_id)
    with ctx.db.read() as session:
        listed = assumptions.page(session, caller.org_id, conditions, NEWEST_FIRST, page, filters.cursor, filters.agent_id)
    rows, items, total = listed.rows, listed.items, listed.paging["total"]
    result: dict[str, Any] = {"assumptions": items, **listed.paging, "lastUpdated": iso(now)}
    if filters.drift == "true":
        scores = [drift_score(a, now) for a in rows]
        for item, score in zip(items, scores):
            item["drift_score"] = score
        result["drift_summary"] = {
            "total": total,
            "at_risk": sum(1 for s in scores if s is not None and s >= 50),
            "validated": sum(1 for a in rows if a.validated),
            "invalidated": sum(1 for a in rows if a.invalidated),
            "unvalidated": sum(1 for a in rows if not a.validated and not a.invalidated),
        }
    return result
