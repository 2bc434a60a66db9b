"""Assumptions behind decisions: register, validate or invalidate, report drift."""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ..actions.models import Action
from ..core.clock import iso, utcnow
from ..core.errors import ApiError, conflict
from ..core.ids import uuid_id
from ..core.pagination import Page
from ..core.parents import ActionChildren, with_action_context
from ..core.redaction import redact_fields, redact_value
from ..db.engine import Database
from .models import Assumption
from .schemas import AssumptionCreate, AssumptionValidation

STALE_DAYS = 7
assumptions = ActionChildren(Assumption, "assumption_id", "Assumption")
to_dict = assumptions.to_dict


def create(db: Database, org_id: str, body: AssumptionCreate) -> dict[str, Any]:
    data = body.model_dump()
    data["assumption_id"] = data["assumption_id"] or uuid_id("asm")
    findings = redact_fields(data, ("assumption", "basis", "invalidated_reason"))

    def build(fields: dict[str, Any]) -> Assumption:
        return Assumption(
            org_id=org_id,
            **{**fields, "validated": int(fields["validated"]), "invalidated": int(fields["invalidated"])},
            validated_at=utcnow() if fields["validated"] else None,
        )

    result = assumptions.insert(db, org_id, data, build)
    return {"assumption": result, "assumption_id": result["assumption_id"], "security": findings.summary()}


def detail(session: Session, org_id: str, assumption_id: str) -> dict[str, Any]:
    return {"assumption": assumptions.detail(session, org_id, assumption_id)}


def validate(db: Database, org_id: str, assumption_id: str, body: AssumptionValidation) -> dict[str, Any]:
    reason = (body.invalidated_reason or "").strip()
    if not body.validated and not reason:
        raise ApiError(400, "invalidated_reason is required when invalidating an assumption")
    with db.write() as session:
        row = assumptions.get(session, org_id, assumption_id)
        if row.invalidated:
            raise conflict("Assumption is already invalidated")
        now = utcnow()
        if body.validated:
            row.validated, row.validated_at = 1, now
            session.flush()
            return {"assumption": to_dict(row)}
        reason, findings = redact_value(reason)
        row.invalidated, row.invalidated_reason, row.invalidated_at = 1, reason, now
        session.flush()
        return {"assumption": to_dict(row), "security": findings.summary()}


def drift_score(row: Assumption, now) -> int | None:
    if row.validated:
        return 0
    if row.invalidated:
        return None
    age_days = (now - row.created_at).total_seconds() / 86400
    return min(100, round(age_days / 30 * 100))


def list_assumptions(session: Session, org_id: str, params: dict[str, Any], page: Page) -> dict[str, Any]:
    now = utcnow()
    conditions = [Assumption.org_id == org_id]
    validated = params.get("validated")
    if validated == "true":
        conditions.append(Assumption.validated == 1)
    elif validated == "false":
        conditions += [Assumption.validated == 0, Assumption.invalidated == 0]
    if params.get("stale") == "true":
        conditions += [Assumption.validated == 0, Assumption.invalidated == 0, Assumption.created_at < now - timedelta(days=STALE_DAYS)]
    if params.get("action_id"):
        conditions.append(Assumption.action_id == params["action_id"])
    if params.get("agent_id"):
        conditions.append(Action.agent_id == params["agent_id"])
    joined = and_(Action.org_id == Assumption.org_id, Action.action_id == Assumption.action_id)
    rows = session.execute(
        select(Assumption, Action)
        .outerjoin(Action, joined)
        .where(*conditions)
        .order_by(Assumption.created_at.desc(), Assumption.pk.desc())
        .limit(page.limit)
        .offset(page.offset)
    ).all()
    total = session.scalar(select(func.count()).select_from(Assumption).outerjoin(Action, joined).where(*conditions)) or 0
    items = [with_action_context(to_dict(a), action) for a, action in rows]
    result: dict[str, Any] = {"assumptions": items, "total": total, "lastUpdated": iso(now)}
    if params.get("drift") == "true":
        scores = [drift_score(a, now) for a, _ in rows]
        for item, score in zip(items, scores):
            item["drift_score"] = score
        result["drift_summary"] = {
            "total": total,
            "at_risk": sum(1 for s in scores if s is not None and s >= 50),
            "validated": sum(1 for a, _ in rows if a.validated),
            "invalidated": sum(1 for a, _ in rows if a.invalidated),
            "unvalidated": sum(1 for a, _ in rows if not a.validated and not a.invalidated),
        }
    return result
