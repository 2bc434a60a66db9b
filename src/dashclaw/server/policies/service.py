"""Policy CRUD, policies as code (import, tests, proof); every query is scoped to the caller's org."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..activity.service import log_activity
from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.errors import ApiError, conflict, not_found, validation_failed
from ..core.http import check_target_url
from ..core.ids import hex_id
from ..core.serialize import row_to_dict
from ..core.topics import POLICIES_CHANGED
from ..events import service as events
from ..events.log import POLICY_CHANGED
from ..guard.engine import PolicySpec
from ..settings import Settings
from .models import Policy, PolicyTestRun
from .packs import PACKS, DocumentError, drafts, load_document, pack_text
from .proof import proof_data, render
from .rules import parse_rules, validate_rules
from .schemas import PolicyCreate, PolicyImport, PolicyUpdate
from .testing import run_policy_tests, summary

if TYPE_CHECKING:
    from ..deps import AppContext

DUPLICATE_NAME = "A policy with that name already exists"


def to_dict(policy: Policy) -> dict[str, Any]:
    return row_to_dict(policy)


def active_specs(session: Session, org_id: str) -> list[PolicySpec]:
    """The org's active policies in evaluation order (oldest first, then id); broken rules are skipped."""
    rows = session.execute(
        select(Policy.id, Policy.name, Policy.policy_type, Policy.rules, Policy.shadow)
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
            specs.append(PolicySpec(id=row.id, name=row.name, policy_type=row.policy_type, rules=rules,
                                    shadow=bool(row.shadow)))
    return specs


def list_policies(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """Every policy of the caller's org, newest first."""
    with ctx.db.read() as session:
        rows = session.scalars(
            select(Policy).where(Policy.org_id == caller.org_id).order_by(Policy.created_at.desc(), Policy.id)
        )
        return {"policies": [to_dict(p) for p in rows]}


def get_policy(ctx: AppContext, caller: Principal, policy_id: str) -> dict[str, Any]:
    """One of the caller's policies, else 404."""
    with ctx.db.read() as session:
        return to_dict(_get(session, caller.org_id, policy_id))


def _get(session: Session, org_id: str, policy_id: str) -> Policy:
    policy = session.scalar(select(Policy).where(Policy.org_id == org_id, Policy.id == policy_id))
    if policy is None:
        raise not_found("Policy")
    return policy


def url_check(settings: Settings):
    """The webhook URL rule policies are held to on this server."""
    return lambda url: check_target_url(url, settings.webhook_allowed_domains, settings.allow_private_webhooks)


def checked_rules(settings: Settings, policy_type: str, raw: Any) -> dict[str, Any]:
    """`raw` (a JSON string or an object) as valid rules for `policy_type`, else a 400 with every problem."""
    rules, errors = parse_rules(raw)
    if rules is not None:
        errors = validate_rules(policy_type, rules, url_check(settings))
    if errors:
        raise validation_failed(errors)
    return rules


def _checked_rules(settings: Settings, policy_type: str, raw: Any) -> str:
    return json.dumps(checked_rules(settings, policy_type, raw))


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
            shadow=body.shadow,
            created_by=body.created_by,
        )
        session.add(policy)
        _flush_unique(session)
        data = to_dict(policy)
        _record_change(ctx, session, caller.org_id, "created", policy.id, data)
        log_activity(session, caller, "policy.created", resource_type="policy", resource_id=policy.id, after=data)
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
        before = to_dict(policy)
        if "rules" in changes:
            policy.rules = _checked_rules(ctx.settings, policy.policy_type, changes["rules"])
        if "name" in changes and changes["name"] != policy.name:
            if session.scalar(select(Policy.id).where(Policy.org_id == caller.org_id, Policy.name == changes["name"])):
                raise conflict(DUPLICATE_NAME)
            policy.name = changes["name"]
        if "active" in changes:
            policy.active = 1 if changes["active"] else 0
        if "shadow" in changes:
            policy.shadow = changes["shadow"]
        _flush_unique(session)
        data = to_dict(policy)
        _record_change(ctx, session, caller.org_id, "updated", policy.id, data)
        log_activity(session, caller, "policy.updated", resource_type="policy", resource_id=policy.id,
                     before=before, after=data)
    _announce(ctx, caller.org_id)
    return data


def delete_policy(ctx: AppContext, caller: Principal, policy_id: str | None) -> None:
    """Delete one of the caller's policies."""
    if not policy_id:
        raise ApiError(400, "Policy id is required")
    with ctx.db.write() as session:
        policy = _get(session, caller.org_id, policy_id)
        session.delete(policy)
        _record_change(ctx, session, caller.org_id, "deleted", policy_id)
        log_activity(session, caller, "policy.deleted", resource_type="policy", resource_id=policy_id,
                     before=to_dict(policy))
    _announce(ctx, caller.org_id)


def _record_change(ctx: AppContext, session: Session, org_id: str, change_type: str, policy_id: str,
                   policy: dict[str, Any] | None = None) -> None:
    """The `policy.changed` stream event, in the change's transaction."""
    data = {"policy_id": policy_id, "change_type": change_type, "policy": policy}
    events.emit(ctx, session, org_id, POLICY_CHANGED, data, subject_id=policy_id)


def _announce(ctx: AppContext, org_id: str) -> None:
    """Tell every replica (this one included) to reload the org's active policies."""
    ctx.bus.publish(POLICIES_CHANGED, {"org_id": org_id})


def _flush_unique(session: Session) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        raise conflict(DUPLICATE_NAME) from exc


# --- policies as code ------------------------------------------------------------------------------------


def import_policies(ctx: AppContext, caller: Principal, body: PolicyImport) -> dict[str, Any]:
    """Import a shipped pack or a YAML document; items pass the same validation as created policies, names
    the org already has are skipped, and invalid items are reported without stopping the others."""
    if body.pack is not None:
        try:
            text = pack_text(body.pack)
        except KeyError:
            raise ApiError(400, f"Unknown pack: {body.pack}", available=list(PACKS)) from None
    elif body.yaml is not None:
        text = body.yaml
    else:
        raise ApiError(400, "pack or yaml is required", available=list(PACKS))
    try:
        items = load_document(text)
    except DocumentError as exc:
        raise ApiError(400, str(exc)) from None
    policy_drafts = drafts(items, url_check(ctx.settings))
    imported, skipped, errors = [], 0, []
    with ctx.db.write() as session:
        taken = set(session.scalars(select(Policy.name).where(Policy.org_id == caller.org_id)))
        for draft in policy_drafts:
            if draft.errors:
                errors += draft.errors
                continue
            if draft.name in taken:
                skipped += 1
                continue
            taken.add(draft.name)
            policy = Policy(id=hex_id("gp"), org_id=caller.org_id, name=draft.name, policy_type=draft.policy_type,
                            rules=draft.rules_json, active=1, shadow=int(draft.shadow or body.shadow),
                            created_by=f"import:{body.pack or 'yaml'}")
            session.add(policy)
            _flush_unique(session)
            data = to_dict(policy)
            _record_change(ctx, session, caller.org_id, "created", policy.id, data)
            imported.append(data)
        if imported:
            log_activity(session, caller, "policy.imported", resource_type="policy",
                         details={"source": body.pack or "yaml", "skipped": skipped, "errors": len(errors)},
                         after={"policies": imported})
    if imported:
        _announce(ctx, caller.org_id)
    return {
        "imported": len(imported),
        "skipped": skipped,
        "errors": errors,
        "policies": [{key: p[key] for key in ("id", "name", "policy_type", "active", "shadow")} for p in imported],
    }


def list_packs() -> dict[str, Any]:
    """The packs this server ships, with the policies each would import."""
    packs = []
    for pack in PACKS:
        items = drafts(load_document(pack_text(pack)), lambda url: None)
        packs.append({"id": pack, "policies": [{"name": d.name, "policy_type": d.policy_type} for d in items]})
    return {"packs": packs}


def test_policies(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """Run every active policy's tests on the guard engine and keep the run for the proof report."""
    with ctx.db.read() as session:
        policies = active_specs(session, caller.org_id)
    reports = run_policy_tests(policies)
    counts = summary(reports)
    results = [report.to_dict() for report in reports]
    run_id = None
    if reports:
        run = PolicyTestRun(id=hex_id("gtr"), org_id=caller.org_id, details=results, triggered_by="manual",
                            **{key: counts[key] for key in ("total_policies", "passed", "failed", "total_tests",
                                                            "tests_passed", "tests_failed")})
        with ctx.db.write() as session:
            session.add(run)
        run_id = run.id
    return {"results": results, **counts, "run_id": run_id, "generated_at": iso(utcnow())}


def latest_test_run(ctx: AppContext, caller: Principal) -> dict[str, Any] | None:
    """The org's most recent policy test run with each policy's results (`details`), or None."""
    with ctx.db.read() as session:
        last = _latest_run(session, caller.org_id)
        return row_to_dict(last, exclude=("org_id",)) if last else None


def _latest_run(session: Session, org_id: str) -> PolicyTestRun | None:
    return session.scalars(
        select(PolicyTestRun).where(PolicyTestRun.org_id == org_id)
        .order_by(PolicyTestRun.created_at.desc(), PolicyTestRun.id).limit(1)
    ).first()


def proof_report(ctx: AppContext, caller: Principal, report_format: str) -> dict[str, Any]:
    """The proof report of the org's active policies, as a JSON string or Markdown."""
    with ctx.db.read() as session:
        policies = active_specs(session, caller.org_id)
        last = _latest_run(session, caller.org_id)
    last_run = row_to_dict(last, exclude=("org_id", "details")) if last else None
    if last_run:
        last_run["total"] = last_run["total_policies"]
    generated_at = iso(utcnow())
    report = render(proof_data(caller.org_id, policies, last_run, generated_at), report_format)
    return {"report": report, "format": report_format, "generated_at": generated_at}
