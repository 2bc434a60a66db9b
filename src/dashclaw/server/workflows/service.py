"""Workflow templates and model strategies (contract execution-studio 2-3).

A template is a versioned plan: changing its `steps` bumps `version`, nothing else does. It links to a model
strategy softly (the strategy may not exist); deleting a strategy unlinks every template in the same
transaction. Launching a template (`flows/launch.py`) records a guarded action and snapshots the strategy
resolved at that moment onto the template.
"""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.clock import utcnow
from ..core.errors import ApiError, conflict, not_found
from ..core.ids import uuid_id
from ..core.pagination import NewestFirst, Page
from ..core.redaction import redact_fields
from ..core.serialize import row_to_dict
from ..core.slugs import slugify
from .models import LINKED_FIELDS, ModelStrategy, WorkflowTemplate
from .schemas import (
    MAX_CONFIG_LENGTH,
    StrategyCreate,
    StrategyUpdate,
    TemplateCopy,
    TemplateCreate,
    TemplateFilters,
    TemplateUpdate,
)

if TYPE_CHECKING:
    from ..deps import AppContext

TEMPLATES_NEWEST_FIRST = NewestFirst(WorkflowTemplate.updated_at, WorkflowTemplate.pk)
STRATEGIES_NEWEST_FIRST = NewestFirst(ModelStrategy.updated_at, ModelStrategy.pk)
DEFAULT_TEMPLATE_LIMIT = 50
DUPLICATE_SLUG = "A template with this slug already exists"
DUPLICATE_TEMPLATE_ID = "A template with this template_id already exists"
DUPLICATE_STRATEGY_ID = "A strategy with this strategy_id already exists"
FREE_TEXT = ("description", "objective")
OPTIONAL_TEXT = ("description", "objective", "model_strategy_id", "created_by")
"""Stored as null when sent empty (contract 0.2)."""

COST_SENSITIVITIES = ("low", "balanced", "high-quality")
LATENCY_SENSITIVITIES = ("low", "medium", "high")


# --- templates -------------------------------------------------------------------------------------------


def create_template(ctx: AppContext, caller: Principal, body: TemplateCreate) -> dict[str, Any]:
    """Store a new draft template (version 1) under a slug unique in the org."""
    fields = _cleaned(ctx, caller, body.provided())
    return {"template": _insert_template(ctx, caller.org_id, fields)}


def list_templates(ctx: AppContext, caller: Principal, filters: TemplateFilters, page: Page) -> dict[str, Any]:
    """The org's templates, most recently changed first (`offset` or the keyset `cursor`)."""
    conditions = [WorkflowTemplate.org_id == caller.org_id]
    if filters.status:
        conditions.append(WorkflowTemplate.status == filters.status)
    if filters.model_strategy_id:
        conditions.append(WorkflowTemplate.model_strategy_id == filters.model_strategy_id)
    limit = page.limit or DEFAULT_TEMPLATE_LIMIT
    with ctx.db.read() as session:
        rows, next_cursor = TEMPLATES_NEWEST_FIRST.read(
            session, select(WorkflowTemplate).where(*conditions), filters.cursor, limit, page.offset
        )
    return {"templates": [row_to_dict(row) for row in rows], "next_cursor": next_cursor}


def get_template(ctx: AppContext, caller: Principal, template_id: str) -> dict[str, Any]:
    """One template of the caller's org."""
    with ctx.db.read() as session:
        return {"template": row_to_dict(_template(session, caller.org_id, template_id))}


def update_template(ctx: AppContext, caller: Principal, template_id: str, body: TemplateUpdate) -> dict[str, Any]:
    """Merge the given fields (null keeps a value, except `model_strategy_id`); new `steps` bump the version."""
    changes = _cleaned(ctx, caller, body.provided())
    if slug := changes.pop("slug", None):
        changes["slug"] = slugify(slug, "wft")
    with ctx.db.write() as session:
        row = _template(session, caller.org_id, template_id, lock=True)
        if "steps" in changes and changes["steps"] != row.steps:
            row.version += 1
        for name, value in changes.items():
            setattr(row, name, value)
        row.updated_at = utcnow()
        _flush_unique(session, DUPLICATE_SLUG)
        return {"template": row_to_dict(row)}


def duplicate_template(ctx: AppContext, caller: Principal, template_id: str, body: TemplateCopy) -> dict[str, Any]:
    """A new draft copy (version 1, no snapshot) of a template, named `<name> (copy)` unless given a name."""
    with ctx.db.read() as session:
        source = session.scalar(_by_id(caller.org_id, template_id))
        if source is None:
            raise not_found("Source template")
    fields = {name: getattr(source, name) for name in ("description", "objective", "steps", "model_strategy_id",
                                                       *LINKED_FIELDS)}
    fields["name"] = body.name or f"{source.name} (copy)"
    fields["slug"] = body.slug or f"{source.slug}-copy-{_base36(int(time.time() * 1000))}"
    fields["created_by"] = body.created_by or source.created_by
    return {"template": _insert_template(ctx, caller.org_id, fields)}


def delete_template(ctx: AppContext, caller: Principal, template_id: str) -> dict[str, Any]:
    """Delete one template (past launches keep their actions)."""
    with ctx.db.write() as session:
        session.delete(_template(session, caller.org_id, template_id))
    return {"deleted": True, "template_id": template_id}


def launch_plan(ctx: AppContext, caller: Principal, template_id: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The template as it is now and its strategy resolved (`{strategy_id, name, config}`, None when unlinked
    or missing): what a launch records."""
    with ctx.db.read() as session:
        template = _template(session, caller.org_id, template_id)
        strategy = template.model_strategy_id and session.scalar(_strategy_by_id(caller.org_id, template.model_strategy_id))
        resolved = {"strategy_id": strategy.strategy_id, "name": strategy.name, "config": strategy.config} if strategy else None
        return row_to_dict(template), resolved


def keep_launch_snapshot(ctx: AppContext, caller: Principal, template_id: str, snapshot: dict[str, Any]) -> None:
    """Store the strategy a launch resolved on its template (the version stays)."""
    with ctx.db.write() as session:
        session.execute(update(WorkflowTemplate).where(
            WorkflowTemplate.org_id == caller.org_id, WorkflowTemplate.template_id == template_id,
        ).values(model_strategy_snapshot=snapshot, updated_at=utcnow()))


def _insert_template(ctx: AppContext, org_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    template_id = fields.pop("template_id", None) or uuid_id("wft")
    fields["slug"] = slugify(fields.get("slug") or fields["name"], "wft")
    now = utcnow()
    row = WorkflowTemplate(
        org_id=org_id, template_id=template_id, version=1, model_strategy_snapshot=None, created_at=now,
        updated_at=now, **{"steps": [], **{name: [] for name in LINKED_FIELDS}, **fields, "status": fields.get("status") or "draft"},
    )
    with ctx.db.write() as session:
        if session.scalar(_by_id(org_id, template_id)) is not None:
            raise conflict(DUPLICATE_TEMPLATE_ID)
        session.add(row)
        _flush_unique(session, DUPLICATE_SLUG)
        return row_to_dict(row)


def _by_id(org_id: str, template_id: str):
    return select(WorkflowTemplate).where(WorkflowTemplate.org_id == org_id, WorkflowTemplate.template_id == template_id)


def _template(session: Session, org_id: str, template_id: str, *, lock: bool = False) -> WorkflowTemplate:
    query = _by_id(org_id, template_id)
    row = session.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise not_found("Template")
    return row


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while number:
        number, digit = divmod(number, 36)
        text = digits[digit] + text
    return text or "0"


# --- model strategies ------------------------------------------------------------------------------------


def create_strategy(ctx: AppContext, caller: Principal, body: StrategyCreate) -> dict[str, Any]:
    """Store a strategy whose config passes the contract's checks (3.3)."""
    _check_config(body.config)
    fields = _cleaned(ctx, caller, body.provided())
    strategy_id = fields.pop("strategy_id", None) or uuid_id("mst")
    now = utcnow()
    row = ModelStrategy(org_id=caller.org_id, strategy_id=strategy_id, created_at=now, updated_at=now, **fields)
    with ctx.db.write() as session:
        if session.scalar(_strategy_by_id(caller.org_id, strategy_id)) is not None:
            raise conflict(DUPLICATE_STRATEGY_ID)
        session.add(row)
        _flush_unique(session, DUPLICATE_STRATEGY_ID)
        return {"strategy": row_to_dict(row)}


def list_strategies(ctx: AppContext, caller: Principal, cursor: str | None, page: Page) -> dict[str, Any]:
    """The org's strategies, most recently changed first."""
    with ctx.db.read() as session:
        rows, next_cursor = STRATEGIES_NEWEST_FIRST.read(
            session, select(ModelStrategy).where(ModelStrategy.org_id == caller.org_id), cursor, page.limit, page.offset
        )
    return {"strategies": [row_to_dict(row) for row in rows], "next_cursor": next_cursor}


def get_strategy(ctx: AppContext, caller: Principal, strategy_id: str) -> dict[str, Any]:
    """One strategy of the caller's org."""
    with ctx.db.read() as session:
        return {"strategy": row_to_dict(_strategy(session, caller.org_id, strategy_id))}


def update_strategy(ctx: AppContext, caller: Principal, strategy_id: str, body: StrategyUpdate) -> dict[str, Any]:
    """Merge name and description; a `config` is merged key by key over the stored one and checked whole."""
    changes = _cleaned(ctx, caller, body.provided())
    with ctx.db.write() as session:
        row = _strategy(session, caller.org_id, strategy_id, lock=True)
        if "config" in changes:
            changes["config"] = {**row.config, **changes["config"]}
            _check_config(changes["config"])
        for name, value in changes.items():
            setattr(row, name, value)
        row.updated_at = utcnow()
        session.flush()
        return {"strategy": row_to_dict(row)}


def delete_strategy(ctx: AppContext, caller: Principal, strategy_id: str) -> dict[str, Any]:
    """Delete a strategy and unlink it from the org's templates (their snapshots stay, as history)."""
    with ctx.db.write() as session:
        row = _strategy(session, caller.org_id, strategy_id, lock=True)
        session.execute(update(WorkflowTemplate).where(
            WorkflowTemplate.org_id == caller.org_id, WorkflowTemplate.model_strategy_id == strategy_id,
        ).values(model_strategy_id=None, updated_at=utcnow()))
        session.delete(row)
    return {"deleted": True, "strategy_id": strategy_id}


def strategy_config_problem(config: Any) -> str | None:
    """The first way `config` breaks the contract's rules (3.3), in their order, or None."""
    if not isinstance(config, dict):
        return "config must be an object"
    if len(orjson.dumps(config)) > MAX_CONFIG_LENGTH:
        return f"config exceeds max length of {MAX_CONFIG_LENGTH}"
    primary = config.get("primary")
    if not isinstance(primary, dict):
        return "config.primary is required"
    if not primary.get("provider") or not primary.get("model"):
        return "config.primary.provider and config.primary.model are required"
    for key, allowed in (("costSensitivity", COST_SENSITIVITIES), ("latencySensitivity", LATENCY_SENSITIVITIES)):
        if config.get(key) and config[key] not in allowed:
            return f"config.{key} must be one of {', '.join(allowed)}"
    budget, retries = config.get("maxBudgetUsd"), config.get("maxRetries")
    if budget is not None and (isinstance(budget, bool) or not isinstance(budget, (int, float))):
        return "config.maxBudgetUsd must be a number when provided"
    if retries is not None and (isinstance(retries, bool) or not isinstance(retries, (int, float))
                                or not float(retries).is_integer()):
        return "config.maxRetries must be an integer when provided"
    for key in ("fallback", "allowedProviders", "disallowedProviders"):
        if config.get(key) is not None and not isinstance(config[key], list):
            return f"config.{key} must be an array when provided"
    return None


def _check_config(config: Any) -> None:
    if problem := strategy_config_problem(config):
        raise ApiError(400, problem)


def _strategy_by_id(org_id: str, strategy_id: str):
    return select(ModelStrategy).where(ModelStrategy.org_id == org_id, ModelStrategy.strategy_id == strategy_id)


def _strategy(session: Session, org_id: str, strategy_id: str, *, lock: bool = False) -> ModelStrategy:
    query = _strategy_by_id(org_id, strategy_id)
    row = session.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise not_found("Strategy")
    return row


# --- shared ----------------------------------------------------------------------------------------------


def _cleaned(ctx: AppContext, caller: Principal, fields: dict[str, Any]) -> dict[str, Any]:
    """Free text redacted as everywhere; optional text sent empty stored as null."""
    redact_fields(fields, FREE_TEXT, ctx.redaction.mode(caller.org_id))
    return {name: (None if name in OPTIONAL_TEXT and value == "" else value) for name, value in fields.items()}


def _flush_unique(session: Session, message: str) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        raise ApiError(409, message) from exc
