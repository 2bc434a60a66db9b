"""Scoring formulas (contract 7.2, 7.3): raw values, scales, composites, risk-template rules and calibration.

Pure functions over plain dicts and numbers (no I/O); the service loads profiles and actions and stores what
these return. A `custom_function` dimension measures with a `CustomFunction` compiled outside this module (the
`flows.scoring` flow compiles the evaluations' safe expression language; nothing here runs user code).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from ..core.numbers import clamp, js_round, nearest_rank

DATA_SOURCES = ("duration_ms", "cost_estimate", "confidence", "eval_score", "risk_score", "tokens_total",
                "metadata_field", "custom_function")
COMPOSITE_METHODS = ("weighted_average", "minimum", "geometric_mean")
SCALE_OPERATORS = ("lt", "lte", "gt", "gte", "eq", "between", "contains")
UNSCALED_SCORE = 50
MAX_RULE_SCORE = 1_000_000  # no negative score (a geometric mean of one is undefined), none that overflows
CALIBRATION_METRICS = ("duration_ms", "cost_estimate", "tokens_total", "risk_score", "confidence")
CALIBRATION_WEIGHTS = {"risk_score": 0.3, "duration_ms": 0.2, "cost_estimate": 0.2, "confidence": 0.2, "tokens_total": 0.1}
MIN_CALIBRATION_ACTIONS = 10
MIN_METRIC_VALUES = 5
HIGHER_IS_BETTER = ("confidence",)
RULE_OPERATORS = ("==", "!=", ">=", "<=", ">", "<", "contains")
_CONDITION = re.compile(r"^\s*([A-Za-z_][\w.]*)\s+(==|!=|>=|<=|>|<|contains)\s+(.+?)\s*$")

CustomFunction = Callable[[dict[str, Any]], Any]
"""A compiled `custom_function` dimension: an action's value, or ValueError saying why it has none."""
CustomCompiler = Callable[[dict[str, Any]], CustomFunction]
"""Compiles a `custom_function` dimension's `data_config`, or raises ValueError saying why it cannot."""


def refusing(reason: str) -> CustomFunction:
    """A custom function that measures nothing: every action gets `reason` as the dimension's error."""
    def refused(action: dict[str, Any]) -> Any:
        raise ValueError(reason)
    return refused


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def dotted(container: Any, path: str) -> Any:
    """The value at a dotted path inside nested objects, or None."""
    for part in path.split("."):
        if not isinstance(container, dict):
            return None
        container = container.get(part)
    return container


def raw_value(action: dict[str, Any], data_source: str, data_config: dict[str, Any]) -> Any:
    """What a dimension measures on an action; None when the action does not say."""
    metadata = action.get("metadata") if isinstance(action.get("metadata"), dict) else {}
    if data_source in ("duration_ms", "cost_estimate", "confidence", "eval_score"):
        value = action.get(data_source)
        return value if value is not None else metadata.get(data_source)
    if data_source == "risk_score":
        return action.get("risk_score")
    if data_source == "tokens_total":
        prompt, completion = _number(action.get("prompt_tokens")), _number(action.get("completion_tokens"))
        if prompt is not None or completion is not None:
            return (prompt or 0) + (completion or 0)
        return metadata.get("tokens_total")
    if data_source == "metadata_field" and isinstance(data_config.get("field"), str):
        return dotted(metadata, data_config["field"])
    return None  # custom_function: measured by the dimension's compiled function (`measure`)


def _custom_raw(value: Any) -> Any:
    """A custom function's result as a raw value: booleans count 1/0, whole numbers are integers."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if value is None or isinstance(value, (int, float, str)):
        return value
    raise ValueError("the expression gave an object or a list, not a value")


def _matches(rule: dict[str, Any], raw: Any) -> bool:
    operator, target = rule.get("operator"), rule.get("value")
    if operator == "eq":
        return raw == target or str(raw) == str(target)
    if operator == "contains":
        return isinstance(raw, str) and isinstance(target, str) and target.lower() in raw.lower()
    number = _number(raw)
    if number is None:
        return False
    if operator == "between":
        bounds = [_number(v) for v in target] if isinstance(target, list) and len(target) == 2 else [None]
        return None not in bounds and bounds[0] <= number <= bounds[1]
    limit = _number(target)
    if limit is None:
        return False
    return {"lt": number < limit, "lte": number <= limit, "gt": number > limit, "gte": number >= limit}.get(operator, False)


def apply_scale(raw: Any, scale: Sequence[dict[str, Any]]) -> tuple[float | None, str]:
    """(score, label) of a raw value: the first matching rule, else the scale's lowest score (`default`)."""
    if raw is None:
        return None, "no_data"
    if not scale:
        return UNSCALED_SCORE, "unscaled"
    for rule in scale:
        if _matches(rule, raw):
            return rule["score"], rule.get("label") or "matched"
    return min(rule["score"] for rule in scale), "default"


def composite(method: str, scored: Sequence[tuple[float, float]]) -> float | None:
    """The composite of (score, weight) pairs; None when nothing was scored."""
    if not scored:
        return None
    if method == "minimum":
        return min(score for score, _ in scored)
    total = sum(weight for _, weight in scored)
    if total <= 0:
        return None
    if method == "geometric_mean":
        if any(score == 0 for score, _ in scored):
            return 0
        return js_round(math.prod(score ** (weight / total) for score, weight in scored), 2)
    return js_round(sum(score * weight / total for score, weight in scored), 2)


@dataclass(frozen=True)
class Dimension:
    id: str
    name: str
    weight: float
    data_source: str
    data_config: dict[str, Any]
    scale: list[dict[str, Any]]
    custom: CustomFunction | None = None


def measure(dim: Dimension, action: dict[str, Any]) -> tuple[Any, str | None]:
    """(raw value, error) of a dimension on an action; a custom function that fails gives no value and its error."""
    if dim.data_source != "custom_function" or dim.custom is None:
        return raw_value(action, dim.data_source, dim.data_config), None
    try:
        return _custom_raw(dim.custom(action)), None
    except ValueError as exc:
        return None, str(exc)
    except RecursionError:
        return None, "expression too deep to evaluate"


def score_action(method: str, dimensions: Sequence[Dimension], action: dict[str, Any]) -> tuple[float | None, list[dict[str, Any]]]:
    """(composite, per-dimension results) of one action under a profile's dimensions; a dimension whose custom
    function failed says why in `error`."""
    results, scored = [], []
    for dim in dimensions:
        raw, error = measure(dim, action)
        score, label = apply_scale(raw, dim.scale)
        results.append({"dimension_id": dim.id, "dimension_name": dim.name, "weight": dim.weight,
                        "raw_value": raw, "score": score, "label": label, **({"error": error} if error else {})})
        if score is not None:
            scored.append((score, dim.weight))
    return composite(method, scored), results


def scale_problems(scale: Sequence[Any], field: str = "scale") -> list[str]:
    """What is wrong with a scale's rules (each `{operator, value, score, label?}`)."""
    problems = []
    for index, rule in enumerate(scale):
        place = f"{field}[{index}]"
        if not isinstance(rule, dict):
            problems.append(f"{place} must be an object")
            continue
        if rule.get("operator") not in SCALE_OPERATORS:
            problems.append(f"{place}.operator must be one of: " + ", ".join(SCALE_OPERATORS))
        elif rule["operator"] == "between" and not (
                isinstance(rule.get("value"), list) and len(rule["value"]) == 2
                and all(_number(v) is not None for v in rule["value"])):
            problems.append(f"{place}.value must be an array of two numbers")
        score = _number(rule.get("score"))
        if score is None or not 0 <= score <= MAX_RULE_SCORE:
            problems.append(f"{place}.score must be a number from 0 to {MAX_RULE_SCORE}")
        if rule.get("label") is not None and not isinstance(rule["label"], str):
            problems.append(f"{place}.label must be a string")
    return problems


# -- risk templates ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Condition:
    field: str
    operator: str
    literal: Any


def _literal(text: str) -> Any:
    if text in ("true", "false"):
        return text == "true"
    if text == "null":
        return None
    try:
        number = float(text)
    except ValueError:
        return text[1:-1] if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"" else text
    return number if math.isfinite(number) else text


def parse_condition(text: str) -> Condition | None:
    """`<dotted field> <op> <literal>`, or None when the text is not one."""
    found = _CONDITION.match(text) if isinstance(text, str) else None
    return Condition(found[1], found[2], _literal(found[3])) if found else None


def holds(condition: Condition, action: dict[str, Any]) -> bool:
    """Whether an action satisfies a condition (a missing field satisfies only `== null` and `!=`)."""
    value, literal, operator = dotted(action, condition.field), condition.literal, condition.operator
    if operator == "==":
        return value == literal
    if operator == "!=":
        return value != literal
    if operator == "contains":
        if isinstance(value, list):
            return literal in value
        return isinstance(value, str) and str(literal).lower() in value.lower()
    number, limit = _number(value), _number(literal)
    if number is None or limit is None:
        return False
    return {">=": number >= limit, "<=": number <= limit, ">": number > limit, "<": number < limit}[operator]


def rule_problems(rules: Sequence[Any]) -> list[str]:
    """What is wrong with a risk template's rules (each `{condition, add}`)."""
    problems = []
    for index, rule in enumerate(rules):
        place = f"rules[{index}]"
        if not isinstance(rule, dict):
            problems.append(f"{place} must be an object")
            continue
        if parse_condition(rule.get("condition")) is None:
            problems.append(f"{place}.condition must read '<field> <op> <value>' with op one of: " + ", ".join(RULE_OPERATORS))
        if _number(rule.get("add")) is None:
            problems.append(f"{place}.add must be a number")
    return problems


@dataclass(frozen=True)
class RiskTemplate:
    action_type: str | None
    base_risk: float
    rules: list[dict[str, Any]]


def auto_risk(templates: Sequence[RiskTemplate], action: dict[str, Any]) -> float | None:
    """The template's base risk plus the `add` of every matching rule, clamped 0..100, using the template of the
    action's type, else the first untyped one; None when no template applies."""
    chosen = next((t for t in templates if t.action_type and t.action_type == action.get("action_type")), None)
    chosen = chosen or next((t for t in templates if not t.action_type), None)
    if chosen is None:
        return None
    risk = chosen.base_risk + sum(rule["add"] for rule in chosen.rules
                                  if (condition := parse_condition(rule["condition"])) and holds(condition, action))
    return clamp(risk, 0, 100)


# -- auto-calibration --------------------------------------------------------------------------------------

def suggested_scale(metric: str, p25: float, p50: float, p75: float) -> list[dict[str, Any]]:
    """Four rules from the quartiles: excellent, good, acceptable, poor (mirrored when higher is better)."""
    if metric in HIGHER_IS_BETTER:
        return [{"operator": "gte", "value": p75, "score": 100, "label": "excellent"},
                {"operator": "gte", "value": p50, "score": 75, "label": "good"},
                {"operator": "gte", "value": p25, "score": 50, "label": "acceptable"},
                {"operator": "lt", "value": p25, "score": 20, "label": "poor"}]
    return [{"operator": "lte", "value": p25, "score": 100, "label": "excellent"},
            {"operator": "lte", "value": p50, "score": 75, "label": "good"},
            {"operator": "lte", "value": p75, "score": 50, "label": "acceptable"},
            {"operator": "gt", "value": p75, "score": 20, "label": "poor"}]


def calibrate(metric: str, values: Sequence[float]) -> dict[str, Any] | None:
    """A metric's distribution (nearest-rank percentiles) and the scale and weight it suggests; None below 5 values."""
    if len(values) < MIN_METRIC_VALUES:
        return None
    p = {f"p{int(f * 100)}": nearest_rank(values, f) for f in (0.1, 0.25, 0.5, 0.75, 0.9)}
    return {
        "metric": metric, "data_source": metric, "lower_is_better": metric not in HIGHER_IS_BETTER,
        "sample_size": len(values), "distribution": {**p, "min": min(values), "max": max(values)},
        "suggested_scale": suggested_scale(metric, p["p25"], p["p50"], p["p75"]),
        "suggested_weight": CALIBRATION_WEIGHTS[metric],
    }
