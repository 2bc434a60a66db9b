"""Scoring across domains: `custom_function` dimensions written in the evaluations' safe expression language
(checked when stored, run over each scored action; never `eval`), and auto-calibration (contract 7.3) from the
org's recent actions, turned into suggested scales by `scoring.formulas`."""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..actions.models import Action
from ..core.auth import Principal
from ..core.clock import utcnow
from ..evaluations.expressions import ExpressionError, compile_expression
from ..scoring import formulas
from ..scoring import service as scoring
from ..scoring.schemas import (
    CalibrateRequest,
    DimensionCreate,
    DimensionUpdate,
    ProfileCreate,
    ScoreRequest,
)

if TYPE_CHECKING:
    from ..deps import AppContext

MAX_ACTIONS = 10_000
ACTION_FIELDS = ("outcome", "action_type", "risk_score", "declared_goal", "status", "duration_ms", "cost_estimate",
                 "confidence", "reversible", "agent_id", "eval_score", "tokens_in", "tokens_out", "metadata")
"""What a custom function may read by name; `action` is the whole action object (the reference's parameter)."""
CUSTOM_VARIABLES = (*ACTION_FIELDS, "action")
CUSTOM_SOURCES = ("expression", "function_body")
COLUMNS = {"duration_ms": Action.duration_ms, "cost_estimate": Action.cost_estimate,
           "tokens_total": Action.tokens_in + Action.tokens_out, "risk_score": Action.risk_score,
           "confidence": Action.confidence}


def custom_function(data_config: dict[str, Any]) -> formulas.CustomFunction:
    """Compile a dimension's `data_config.expression` over the action's fields; ValueError naming why it is
    refused. The reference's `function_body` (JavaScript) is taken when it reads in the expression language;
    otherwise it is kept as given and the dimension reports, for every action, why it measures nothing."""
    key = next((name for name in CUSTOM_SOURCES if data_config.get(name) is not None), None)
    if key is None:
        raise ValueError("data_config.expression is required for a custom_function dimension")
    try:
        expression = compile_expression(data_config[key], CUSTOM_VARIABLES)
    except ExpressionError as exc:
        reason = f"data_config.{key} refused: {exc}"
        if key == "function_body":
            return formulas.refusing(reason)
        raise ValueError(reason) from None

    def value(action: dict[str, Any]) -> Any:
        fields = {name: action.get(name) for name in ACTION_FIELDS}
        if fields["outcome"] is None:
            fields["outcome"] = action.get("output_summary")
        return expression.evaluate({**fields, "action": action})
    return value


def create_profile(ctx: AppContext, caller: Principal, body: ProfileCreate) -> dict[str, Any]:
    """Store a profile and its dimensions, refusing custom functions outside the expression language."""
    return scoring.create_profile(ctx, caller, body, custom_function)


def add_dimension(ctx: AppContext, caller: Principal, profile_id: str, body: DimensionCreate) -> dict[str, Any]:
    """Add a dimension, refusing a custom function outside the expression language."""
    return scoring.add_dimension(ctx, caller, profile_id, body, custom_function)


def update_dimension(ctx: AppContext, caller: Principal, profile_id: str, dimension_id: str,
                     body: DimensionUpdate) -> dict[str, Any]:
    """Change a dimension, refusing a custom function outside the expression language."""
    return scoring.update_dimension(ctx, caller, profile_id, dimension_id, body, custom_function)


def score(ctx: AppContext, caller: Principal, body: ScoreRequest) -> dict[str, Any]:
    """Score actions with a profile, its custom functions run in the expression language."""
    return scoring.score(ctx, caller, body, custom_function)


def calibrate(ctx: AppContext, caller: Principal, body: CalibrateRequest) -> dict[str, Any]:
    """Suggested scales and weights from the distribution of each metric over the last `lookback_days`."""
    conditions = [Action.org_id == caller.org_id, Action.timestamp_start >= utcnow() - timedelta(days=body.lookback_days)]
    if body.action_type:
        conditions.append(Action.action_type == body.action_type)
    if body.agent_id:
        conditions.append(Action.agent_id == body.agent_id)
    metrics = list(dict.fromkeys(body.metrics)) or list(formulas.CALIBRATION_METRICS)
    with ctx.db.read() as session:
        rows = session.execute(select(*(COLUMNS[m] for m in metrics)).where(*conditions)
                               .order_by(Action.timestamp_start.desc()).limit(MAX_ACTIONS)).all()
    if len(rows) < formulas.MIN_CALIBRATION_ACTIONS:
        return {"status": "insufficient_data", "message": f"Need at least {formulas.MIN_CALIBRATION_ACTIONS} actions, found {len(rows)}",
                "count": len(rows), "suggestions": []}
    suggestions = []
    for index, metric in enumerate(metrics):
        found = formulas.calibrate(metric, [float(row[index]) for row in rows if row[index] is not None])
        if found is not None:
            suggestions.append(found)
    return {"status": "ok", "count": len(rows), "action_type": body.action_type or "(all)",
            "lookback_days": body.lookback_days, "suggestions": suggestions}
