"""Scoring profiles, their dimensions, the scores they gave, and risk templates (contract 7).

Scores are computed by `formulas` from the action the caller sends; `custom_function` dimensions are compiled
by the `compile_custom` the `flows.scoring` flow passes in (checked when a dimension is stored, run when one
scores); auto-calibration, which reads the org's actions, is that flow too.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.clock import utcnow
from ..core.errors import ApiError, conflict, not_found, validation_failed
from ..core.ids import hex_id
from ..core.numbers import js_round
from ..core.pagination import NewestFirst
from ..core.serialize import row_to_dict
from ..core.validation import validated_items
from . import formulas
from .models import ProfileScore, RiskTemplate, ScoringDimension, ScoringProfile
from .schemas import (DimensionCreate, DimensionUpdate, ProfileCreate, ProfileFilters, ProfileUpdate, ScoreFilters,
                      ScoreRequest, TemplateCreate, TemplateFilters, TemplateUpdate)

if TYPE_CHECKING:
    from ..deps import AppContext

PROFILES_ORDER = NewestFirst(ScoringProfile.updated_at, ScoringProfile.id)
SCORES_ORDER = NewestFirst(ProfileScore.scored_at, ProfileScore.id)
TEMPLATES_ORDER = NewestFirst(RiskTemplate.updated_at, RiskTemplate.id)
NOTHING_SCORED = "No dimension of the profile had data for this action"


def _checked_scale(scale: list[Any] | None, field: str = "scale") -> None:
    problems = formulas.scale_problems(scale or [], field)
    if problems:
        raise validation_failed(problems)


def _custom_problems(data_source: str | None, data_config: dict[str, Any], compile_custom: formulas.CustomCompiler,
                     place: str = "") -> list[str]:
    """Why a `custom_function` dimension's config does not compile (nothing for other sources)."""
    if data_source != "custom_function":
        return []
    try:
        compile_custom(data_config)
    except ValueError as exc:
        return [f"{place}{exc}"]
    return []


def _checked_custom(data_source: str | None, data_config: dict[str, Any], compile_custom: formulas.CustomCompiler) -> None:
    problems = _custom_problems(data_source, data_config, compile_custom)
    if problems:
        raise validation_failed(problems)


def _compiled(compile_custom: formulas.CustomCompiler, data_config: dict[str, Any]) -> formulas.CustomFunction:
    """The dimension's function; one stored before configs were checked fails each action with the reason."""
    try:
        return compile_custom(data_config)
    except ValueError as exc:
        return formulas.refusing(str(exc))


def _dimension(org_id: str, profile_id: str, body: DimensionCreate) -> ScoringDimension:
    if not body.name or not body.data_source:
        raise ApiError(400, "name and data_source are required")
    return ScoringDimension(id=hex_id("sd"), org_id=org_id, profile_id=profile_id, name=body.name,
                            description=body.description, weight=body.weight, data_source=body.data_source,
                            data_config=body.data_config, scale=body.scale, sort_order=body.sort_order)


def _dimensions(session: Session, org_id: str, profile_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in session.scalars(select(ScoringDimension).where(
            ScoringDimension.org_id == org_id, ScoringDimension.profile_id.in_(profile_ids))
            .order_by(ScoringDimension.sort_order, ScoringDimension.id)):
        grouped.setdefault(row.profile_id, []).append(row_to_dict(row))
    return grouped


def _profile(session: Session, org_id: str, profile_id: str, what: str = "Profile") -> ScoringProfile:
    row = session.scalar(select(ScoringProfile).where(ScoringProfile.org_id == org_id, ScoringProfile.id == profile_id))
    if row is None:
        raise not_found(what)
    return row


def create_profile(ctx: AppContext, caller: Principal, body: ProfileCreate,
                   compile_custom: formulas.CustomCompiler) -> dict[str, Any]:
    """Store a profile and the dimensions given with it (custom functions must compile)."""
    if not body.name:
        raise ApiError(400, "name is required")
    given, problems = validated_items(DimensionCreate, body.dimensions, "dimensions")
    for index, dim in enumerate(given):
        problems += formulas.scale_problems(dim.scale, f"dimensions[{index}].scale")
        problems += _custom_problems(dim.data_source, dim.data_config, compile_custom, f"dimensions[{index}].")
    if problems:
        raise validation_failed(problems)
    now = utcnow()
    profile = ScoringProfile(id=hex_id("sp"), org_id=caller.org_id, name=body.name, description=body.description,
                             action_type=body.action_type, composite_method=body.composite_method,
                             metadata_=body.metadata, status="active", created_at=now, updated_at=now)
    dims = [_dimension(caller.org_id, profile.id, dim) for dim in given]
    with ctx.db.write() as session:
        session.add(profile)
        session.add_all(dims)
        session.flush()
        answer = row_to_dict(profile)
        if dims:
            answer["dimensions"] = [row_to_dict(dim) for dim in sorted(dims, key=lambda d: d.sort_order)]
    return answer


def list_profiles(ctx: AppContext, caller: Principal, filters: ProfileFilters, limit: int) -> dict[str, Any]:
    """Profiles of a status, most recently updated first; with `action_type`, that type's and untyped ones."""
    conditions = [ScoringProfile.org_id == caller.org_id, ScoringProfile.status == filters.status]
    if filters.action_type:
        conditions.append(or_(ScoringProfile.action_type == filters.action_type, ScoringProfile.action_type.is_(None)))
    with ctx.db.read() as session:
        page, next_cursor = PROFILES_ORDER.read(session, select(ScoringProfile).where(*conditions), filters.cursor, limit)
        dims = _dimensions(session, caller.org_id, [row.id for row in page])
    return {"profiles": [{**row_to_dict(row), "dimensions": dims.get(row.id)} for row in page], "next_cursor": next_cursor}


def get_profile(ctx: AppContext, caller: Principal, profile_id: str) -> dict[str, Any]:
    """A profile with its dimensions in `sort_order` (null when it has none)."""
    with ctx.db.read() as session:
        profile = _profile(session, caller.org_id, profile_id)
        return {**row_to_dict(profile), "dimensions": _dimensions(session, caller.org_id, [profile_id]).get(profile_id)}


def update_profile(ctx: AppContext, caller: Principal, profile_id: str, body: ProfileUpdate) -> dict[str, Any]:
    """Change the fields given (an empty `action_type` clears it); 404 when none is."""
    changes = body.provided()
    if not changes:
        raise not_found("Profile")
    with ctx.db.write() as session:
        profile = _profile(session, caller.org_id, profile_id)
        for name, value in changes.items():
            if name == "metadata":
                profile.metadata_ = value
            else:
                setattr(profile, name, value or None if name == "action_type" else value)
        profile.updated_at = utcnow()
        session.flush()
        return row_to_dict(profile)


def delete_profile(ctx: AppContext, caller: Principal, profile_id: str) -> dict[str, Any]:
    """Delete a profile and its dimensions (the scores it gave stay)."""
    with ctx.db.write() as session:
        session.delete(_profile(session, caller.org_id, profile_id))
        session.execute(delete(ScoringDimension).where(ScoringDimension.org_id == caller.org_id,
                                                       ScoringDimension.profile_id == profile_id))
    return {"deleted": True}


def add_dimension(ctx: AppContext, caller: Principal, profile_id: str, body: DimensionCreate,
                  compile_custom: formulas.CustomCompiler) -> dict[str, Any]:
    """Add a dimension to a profile (a custom function must compile)."""
    _checked_scale(body.scale)
    _checked_custom(body.data_source, body.data_config, compile_custom)
    dim = _dimension(caller.org_id, profile_id, body)
    with ctx.db.write() as session:
        profile = _profile(session, caller.org_id, profile_id)
        profile.updated_at = utcnow()
        session.add(dim)
        session.flush()
        return row_to_dict(dim)


def _owned_dimension(session: Session, org_id: str, profile_id: str, dimension_id: str) -> ScoringDimension:
    row = session.scalar(select(ScoringDimension).where(
        ScoringDimension.org_id == org_id, ScoringDimension.profile_id == profile_id, ScoringDimension.id == dimension_id))
    if row is None:
        raise not_found("Dimension")
    return row


def update_dimension(ctx: AppContext, caller: Principal, profile_id: str, dimension_id: str,
                     body: DimensionUpdate, compile_custom: formulas.CustomCompiler) -> dict[str, Any]:
    """Change the fields given of a profile's dimension (a custom function it ends up with must compile)."""
    changes = body.provided()
    _checked_scale(changes.get("scale"))
    with ctx.db.write() as session:
        dim = _owned_dimension(session, caller.org_id, profile_id, dimension_id)
        if "data_source" in changes or "data_config" in changes:
            _checked_custom(changes.get("data_source", dim.data_source), changes.get("data_config", dim.data_config),
                            compile_custom)
        for name, value in changes.items():
            setattr(dim, name, value)
        session.flush()
        return row_to_dict(dim)


def delete_dimension(ctx: AppContext, caller: Principal, profile_id: str, dimension_id: str) -> dict[str, Any]:
    """Remove a dimension from its profile."""
    with ctx.db.write() as session:
        session.delete(_owned_dimension(session, caller.org_id, profile_id, dimension_id))
    return {"deleted": True}


def _score_one(profile: ScoringProfile, dims: list[formulas.Dimension], action: dict[str, Any]) -> tuple[ProfileScore, dict[str, Any]]:
    """The stored row and the answer for one action; 409 when the profile has no dimensions, 400 when none had data."""
    if not dims:
        raise conflict("Profile has no dimensions")
    value, results = formulas.score_action(profile.composite_method, dims, action)
    if value is None:
        raise ApiError(400, NOTHING_SCORED)
    action_id = action.get("action_id") or action.get("id")
    action_id = str(action_id) if action_id is not None else None
    agent_id = str(action["agent_id"]) if action.get("agent_id") is not None else None
    row = ProfileScore(id=hex_id("ps"), org_id=profile.org_id, profile_id=profile.id, action_id=action_id,
                       agent_id=agent_id, composite_score=value, dimension_scores=results,
                       metadata_={"profile_name": profile.name, "action_type": action.get("action_type")},
                       scored_at=utcnow())
    return row, {"id": row.id, "profile_id": profile.id, "profile_name": profile.name, "action_id": action_id,
                 "composite_score": value, "composite_method": profile.composite_method, "dimensions": results}


def score(ctx: AppContext, caller: Principal, body: ScoreRequest, compile_custom: formulas.CustomCompiler) -> dict[str, Any]:
    """Score one action (`action`) or several (`actions`) with a profile, storing every score given."""
    if not body.profile_id:
        raise ApiError(400, "profile_id is required")
    if body.action is None and body.actions is None:
        raise ApiError(400, "action object or actions array is required")
    if body.actions is not None and any(not isinstance(item, dict) for item in body.actions):
        raise validation_failed([f"actions[{i}] must be an object" for i, item in enumerate(body.actions)
                                 if not isinstance(item, dict)])
    with ctx.db.write() as session:
        profile = session.scalar(select(ScoringProfile).where(ScoringProfile.org_id == caller.org_id,
                                                              ScoringProfile.id == body.profile_id))
        if profile is None:
            raise ApiError(404, f"Profile {body.profile_id} not found")
        dims = [formulas.Dimension(d["id"], d["name"], d["weight"], d["data_source"], d["data_config"], d["scale"],
                                   _compiled(compile_custom, d["data_config"]) if d["data_source"] == "custom_function" else None)
                for d in _dimensions(session, caller.org_id, [profile.id]).get(profile.id, [])]
        if body.actions is None:
            row, answer = _score_one(profile, dims, body.action)
            session.add(row)
            return answer
        results, values = [], []
        for action in body.actions:
            try:
                row, answer = _score_one(profile, dims, action)
            except ApiError as exc:
                results.append({"action_id": action.get("action_id") or action.get("id"), "error": exc.error})
                continue
            session.add(row)
            results.append(answer)
            values.append(answer["composite_score"])
    average = js_round(sum(values) / len(values), 2) if values else None
    return {"results": results, "summary": {"total": len(results), "scored": len(values), "avg_score": average}}


def _score_conditions(caller: Principal, filters: ScoreFilters) -> list[Any]:
    conditions = [ProfileScore.org_id == caller.org_id]
    for name in ("profile_id", "agent_id", "action_id"):
        if getattr(filters, name):
            conditions.append(getattr(ProfileScore, name) == getattr(filters, name))
    return conditions


def list_scores(ctx: AppContext, caller: Principal, filters: ScoreFilters, limit: int) -> dict[str, Any]:
    """Stored scores, newest first, every given filter applying, each with its profile's name."""
    with ctx.db.read() as session:
        page, next_cursor = SCORES_ORDER.read(
            session, select(ProfileScore).where(*_score_conditions(caller, filters)), filters.cursor, limit
        )
    return {"scores": [{**row_to_dict(row), "profile_name": row.metadata_.get("profile_name")} for row in page],
            "next_cursor": next_cursor}


def _two(value: Any) -> float | None:
    return js_round(float(value), 2) if value is not None else None


def score_stats(ctx: AppContext, caller: Principal, filters: ScoreFilters) -> dict[str, Any]:
    """Count, mean, range and sample standard deviation of the stored scores, and how many agents and actions."""
    s = ProfileScore.composite_score
    with ctx.db.read() as session:
        total, average, low, high, squares, agents, actions = session.execute(select(
            func.count(), func.avg(s), func.min(s), func.max(s), func.sum(s * s),
            func.count(ProfileScore.agent_id.distinct()), func.count(ProfileScore.action_id.distinct()),
        ).where(*_score_conditions(caller, filters))).one()
    stddev = None
    if total >= 2:
        stddev = max(0.0, (float(squares) - total * float(average) ** 2) / (total - 1)) ** 0.5
    return {"total_scores": total, "avg_score": _two(average), "min_score": _two(low), "max_score": _two(high),
            "stddev_score": _two(stddev), "unique_agents": agents, "unique_actions": actions}


def _checked_rules(rules: list[Any] | None) -> None:
    problems = formulas.rule_problems(rules or [])
    if problems:
        raise validation_failed(problems)


def _template(session: Session, org_id: str, template_id: str) -> RiskTemplate:
    row = session.scalar(select(RiskTemplate).where(RiskTemplate.org_id == org_id, RiskTemplate.id == template_id))
    if row is None:
        raise not_found("Template")
    return row


def create_template(ctx: AppContext, caller: Principal, body: TemplateCreate) -> dict[str, Any]:
    """Store a risk template after checking every rule's condition parses."""
    if not body.name:
        raise ApiError(400, "name is required")
    _checked_rules(body.rules)
    now = utcnow()
    row = RiskTemplate(id=hex_id("rt"), org_id=caller.org_id, name=body.name, description=body.description,
                       action_type=body.action_type, base_risk=body.base_risk, rules=body.rules, status="active",
                       created_at=now, updated_at=now)
    with ctx.db.write() as session:
        session.add(row)
        session.flush()
        return row_to_dict(row)


def list_templates(ctx: AppContext, caller: Principal, filters: TemplateFilters, limit: int) -> dict[str, Any]:
    """Active templates, most recently updated first; with `action_type`, that type's and untyped ones."""
    conditions = [RiskTemplate.org_id == caller.org_id, RiskTemplate.status == "active"]
    if filters.action_type:
        conditions.append(or_(RiskTemplate.action_type == filters.action_type, RiskTemplate.action_type.is_(None)))
    with ctx.db.read() as session:
        page, next_cursor = TEMPLATES_ORDER.read(session, select(RiskTemplate).where(*conditions), filters.cursor, limit)
    return {"templates": [row_to_dict(row) for row in page], "next_cursor": next_cursor}


def update_template(ctx: AppContext, caller: Principal, template_id: str, body: TemplateUpdate) -> dict[str, Any]:
    """Change the fields given (an empty `action_type` clears it)."""
    changes = body.provided()
    _checked_rules(changes.get("rules"))
    with ctx.db.write() as session:
        row = _template(session, caller.org_id, template_id)
        for name, value in changes.items():
            setattr(row, name, value or None if name == "action_type" else value)
        row.updated_at = utcnow()
        session.flush()
        return row_to_dict(row)


def delete_template(ctx: AppContext, caller: Principal, template_id: str) -> dict[str, Any]:
    """Delete a risk template."""
    with ctx.db.write() as session:
        session.delete(_template(session, caller.org_id, template_id))
    return {"deleted": True}
