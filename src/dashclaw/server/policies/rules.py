"""Create-time validation of a policy's `rules` for its type (pure; shared by the API and the CLI)."""
from __future__ import annotations

import json
import math
from typing import Any, Callable

from ..core.validation import MAX_JSON_DEPTH, json_value_problem
from ..guard.engine import DECISIONS, POLICY_TYPES

RULES_MAX_CHARS = 4000
UrlCheck = Callable[[str], "str | None"]


def parse_rules(raw: Any) -> tuple[dict[str, Any] | None, list[str]]:
    """Accept rules as a JSON string or an object; return (rules, errors), never raising.

    Either way the rules must be strict JSON (no NaN or Infinity) that can be stored and served back: no
    integer beyond 64 bits, objects and arrays nested at most `MAX_JSON_DEPTH` deep.
    """
    if isinstance(raw, dict):
        problem = json_value_problem(raw)  # checked before `json.dumps`, which recurses
        if problem:
            return None, [f"rules {problem}"]
        text = json.dumps(raw)
    elif isinstance(raw, str):
        text = raw
    else:
        return None, ["rules must be a string"]
    if len(text) > RULES_MAX_CHARS:
        return None, [f"rules exceeds max length of {RULES_MAX_CHARS}"]
    try:
        rules = json.loads(text, parse_constant=_not_json)
    except ValueError:
        return None, ["rules must be valid JSON"]
    except RecursionError:  # nested deeper than the parser recurses, so far deeper than allowed
        return None, [f"rules must not nest objects and arrays more than {MAX_JSON_DEPTH} levels deep"]
    if not isinstance(rules, dict):
        return None, ["rules must be a JSON object"]
    problem = json_value_problem(rules)
    if problem:
        return None, [f"rules {problem}"]
    return rules, []


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


def _is_number(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return isinstance(value, int) or math.isfinite(value)  # an int is finite, however large


def validate_rules(policy_type: str, rules: dict[str, Any], check_url: UrlCheck) -> list[str]:
    """Messages for everything wrong with `rules` for `policy_type` (empty when valid)."""
    errors: list[str] = []
    action = rules.get("action")
    if action is not None and action not in DECISIONS:
        errors.append("rules.action must be one of: " + ", ".join(DECISIONS))
    if policy_type == "risk_threshold":
        threshold = rules.get("threshold")
        if not _is_number(threshold) or not 0 <= threshold <= 100:
            errors.append("rules.threshold must be a number between 0 and 100")
    elif policy_type in ("require_approval", "block_action_type"):
        types = rules.get("action_types")
        if not isinstance(types, list) or not types or not all(isinstance(t, str) and t for t in types):
            errors.append("rules.action_types must be a non-empty array of strings")
        allowlist = rules.get("allowlist")
        if allowlist is not None and (not isinstance(allowlist, list) or not all(isinstance(t, str) and t for t in allowlist)):
            errors.append("rules.allowlist must be an array of strings")
    elif policy_type == "rate_limit":
        for key in ("max_actions", "window_minutes"):
            if not _is_number(rules.get(key)) or rules[key] <= 0:
                errors.append(f"rules.{key} must be a number greater than 0")
    elif policy_type == "webhook_check":
        url = rules.get("url")
        problem = check_url(url) if isinstance(url, str) else "URL is required"
        if problem:
            errors.append(f"rules.url: {problem}")
        timeout = rules.get("timeout_ms")
        if timeout is not None and (not _is_number(timeout) or not 1000 <= timeout <= 10000):
            errors.append("rules.timeout_ms must be between 1000 and 10000")
        if rules.get("on_timeout") not in (None, "allow", "block"):
            errors.append("rules.on_timeout must be one of: allow, block")
    elif policy_type == "behavioral_anomaly":
        threshold = rules.get("similarity_threshold")
        if threshold is not None and (not _is_number(threshold) or not 0 <= threshold <= 1):
            errors.append("rules.similarity_threshold must be a number between 0 and 1")
        min_history = rules.get("min_history")
        if min_history is not None and (not _is_number(min_history) or min_history < 0):
            errors.append("rules.min_history must be a number >= 0")
    elif policy_type == "semantic_check":
        instruction = rules.get("instruction")
        if not isinstance(instruction, str) or not instruction.strip():
            errors.append("rules.instruction must be a non-empty string")
        if rules.get("fallback") not in (None, "allow", "block"):
            errors.append("rules.fallback must be one of: allow, block")
    elif policy_type not in POLICY_TYPES:
        errors.append("policy_type must be one of: " + ", ".join(POLICY_TYPES))
    return errors
