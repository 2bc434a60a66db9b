"""Policy CRUD; every query is scoped to the caller's org."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.errors import ApiError, conflict, not_found, validation_failed
from ..core.http import check_target_url
from ..core.ids import hex_id
from ..core.serialize import row_to_dict
from ..core.topics import POLICIES_CHANGED
from ..guard.engine import PolicySpec
from ..settings import Settings
from .models import Policy
from .rules import parse_rules, validate_rules
from .schemas import PolicyCreate, PolicyUpdate

if TYPE_CHECKING:
    from ..deps import AppContext

DUPLICATE_NAME = "A policy with that name already exists"


def to_dict(policy: Policy) -> dict[str, Any]:
    return row_to_dict(policy)


def active_specs(session: Session, org_id: str) -> list[PolicySpec]:
    """The org's active policies in evaluation order (oldest first, then id); broken rules are skipped."""
    rows = session.execute(
        select(Policy.id, Policy.name, Policy.policy_type, Policy.rules)
        .where(Policy.org_id == org_id, Policy.active == 1)
        .order_by(Policy.created_at, Policy.id)
    ).all()
    specs = []
    for row in rows:
        try:
            rules = json.loads(row.rules)
        except ValueError:
            continue
        if isinstance(rules, dict):
            specs.append(PolicySpec(id=row.id, name=row.name, policy_type=row.policy_type, rules=rules))
    return specs


def list_policies(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """Every policy of the caller's org, newest first."""
    with ctx.db.read() as session:
        rows = session.scalars(
            select(Policy).where(Policy.org_id == caller.org_id).order_by(Policy.created_at.desc(), Policy.id)
        )
        return {"policies": [to_dict(p) for p in rows]}


def _get(session: Session, org_id: str, policy_id: str) -> Policy:
    policy = session.scalar(select(Policy).where(Policy.org_id == org_id, Policy.id == policy_id))
    if policy is None:
        raise not_found("Policy")
    return policy


def _checked_rules(settings: Settings, policy_type: str, raw: Any) -> str:
    rules, errors = parse_rules(raw)
    if rules is not None:
        errors = validate_rules(
            policy_type,
            rules,
            lambda url: check_target_url(url, settings.webhook_allowed_domains, settings.allow_private_webhooks),
        )
    if errors:
        raise validation_failed(errors)
    return json.dumps(rules)


def create_policy(ctx: AppContext, caller: Principal, body: PolicyCreate) -> dict[str, Any]:
    """Validate and store a policy; every replica's guard sees it on its next call."""
    rules = _checked_rules(ctx.settings, body.policy_type, body.rules)
    with ctx.db.write() as session:
        if session.scalar(select(Policy.id).where(Policy.org_id == caller.org_id, Policy.name == body.name)):
            raise conflict(DUPLICATE_NAME)
        policy = Policy(
            id=hex_id("gp"),
            org_id=caller.org_id,
            name=body.name,
            policy_type=body.policy_type,
            rules=rules,
            active=body.active,
            created_by=body.created_by,
        )
        session.add(policy)
        _flush_unique(session)
        data = to_dict(policy)
    _announce(ctx, caller.org_id)
    return data


def update_policy(ctx: AppContext, caller: Principal, body: PolicyUpdate) -> dict[str, Any]:
    """Change a policy's name, rules or active flag (its type is fixed)."""
    if not body.id:
        raise ApiError(400, "Policy id is required")
    changes = body.provided()
    changes.pop("id", None)
    if not changes:
        raise ApiError(400, "No fields to update")
    with ctx.db.write() as session:
        policy = _get(session, caller.org_id, body.id)
        if "rules" in changes:
            policy.rules = _checked_rules(ctx.settings, policy.policy_type, changes["rules"])
        if "name" in changes and changes["name"] != policy.name:
            if session.scalar(select(Policy.id).where(Policy.org_id == caller.org_id, Policy.name == changes["name"])):
                raise conflict(DUPLICATE_NAME)
            policy.name = changes["name"]
        if "active" in changes:
            policy.active = 1 if changes["active"] else 0
        _flush_unique(session)
        data = to_dict(policy)
    _announce(ctx, caller.org_id)
    return data


def delete_policy(ctx: AppContext, caller: Principal, policy_id: str | None) -> None:
    """Delete one of the caller's policies."""
    if not policy_id:
        raise ApiError(400, "Policy id is required")
    with ctx.db.write() as session:
        session.delete(_get(session, caller.org_id, policy_id))
    _announce(ctx, caller.org_id)


def _announce(ctx: AppContext, org_id: str) -> None:
    """Tell every replica (this one included) to reload the org's active policies."""
    ctx.bus.publish(POLICIES_CHANGED, {"org_id": org_id})


def _flush_unique(session: Session) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        raise conflict(DUPLICATE_NAME) from exc
