"""Scorers as a pure engine: a scorer's config is checked once (`check_config`), then `score` turns one action's
fields into a 0..1 score and a label, or an error. No I/O: `llm_judge` is prepared here (`judge_prompt`,
`parse_judgement`) and called by the evaluations flow.

User regular expressions run on the `regex` engine with a time limit and without holding the interpreter
lock, so a catastrophic pattern fails that one action (`error`) instead of stalling the server.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import regex

from .expressions import Expression, ExpressionError, compile_expression

SCORER_TYPES = ("regex", "contains", "numeric_range", "custom_function", "llm_judge")
REGEX_TIME_LIMIT_SECONDS = 0.1
MAX_PATTERN_LENGTH = 1000
MAX_KEYWORDS = 100
NUMERIC_FIELDS = ("risk_score", "confidence", "duration_ms", "cost_estimate", "tokens_in", "tokens_out")
DEFAULT_JUDGE_PROMPT = (
    "Rate how well this AI agent action achieved its goal, from 0.0 (not at all) to 1.0 (fully).\n"
    "Action type: {action_type}\nGoal: {declared_goal}\nStatus: {status}\nRisk score: {risk_score}\nOutcome: {outcome}\n"
    'Answer with JSON only: {{"score": <0.0-1.0>, "label": "<one word>", "reasoning": "<one sentence>"}}'
)
JUDGE_FIELDS = ("action_type", "declared_goal", "status", "risk_score", "outcome", "agent_id")


class ScorerConfigError(ValueError):
    """A scorer config that cannot work (a bad pattern, an expression outside the language, ...)."""


@dataclass(frozen=True)
class ScoreResult:
    score: float | None
    label: str | None = None
    reasoning: str | None = None
    error: str | None = None


def _flags(text: Any) -> int:
    flags = 0
    for letter in str(text if text is not None else "i"):
        flags |= {"i": regex.IGNORECASE, "m": regex.MULTILINE, "s": regex.DOTALL, "g": 0, "u": 0}.get(letter, 0)
    return flags


def _number(config: dict[str, Any], name: str, default: float | None) -> float | None:
    value = config.get(name, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ScorerConfigError(f"config.{name} must be a number")
    return float(value)


def check_config(scorer_type: str, config: dict[str, Any]) -> None:
    """Refuse a config the scorer cannot run (ScorerConfigError with the reason)."""
    if scorer_type == "regex":
        pattern = config.get("pattern")
        if not isinstance(pattern, str) or not pattern or len(pattern) > MAX_PATTERN_LENGTH:
            raise ScorerConfigError(f"config.pattern must be a regular expression of 1 to {MAX_PATTERN_LENGTH} characters")
        try:
            regex.compile(pattern, _flags(config.get("flags")))
        except regex.error as exc:
            raise ScorerConfigError(f"config.pattern is not a valid regular expression: {exc}") from None
    elif scorer_type == "contains":
        keywords = config.get("keywords")
        if not isinstance(keywords, list) or not keywords or len(keywords) > MAX_KEYWORDS or not all(
                isinstance(k, str) and k for k in keywords):
            raise ScorerConfigError(f"config.keywords must be 1 to {MAX_KEYWORDS} non-empty strings")
        if config.get("mode", "any") not in ("any", "all"):
            raise ScorerConfigError("config.mode must be any or all")
    elif scorer_type == "numeric_range":
        if config.get("field", "risk_score") not in NUMERIC_FIELDS:
            raise ScorerConfigError("config.field must be one of: " + ", ".join(NUMERIC_FIELDS))
        for name in ("min", "max", "in_range_score", "out_of_range_score"):
            _number(config, name, None)
    elif scorer_type == "custom_function":
        try:
            compile_expression(config.get("expression"))
        except ExpressionError as exc:
            raise ScorerConfigError(f"config.expression refused: {exc}") from None
    elif scorer_type == "llm_judge":
        template = config.get("prompt_template", DEFAULT_JUDGE_PROMPT)
        if not isinstance(template, str) or len(template) > 10_000:
            raise ScorerConfigError("config.prompt_template must be a string of at most 10000 characters")
    for name in ("match_score", "no_match_score"):
        value = _number(config, name, None)
        if value is not None and not 0 <= value <= 1:
            raise ScorerConfigError(f"config.{name} must be between 0 and 1")


def _clamped(value: float) -> float:
    return max(0.0, min(1.0, value))


def score(scorer_type: str, config: dict[str, Any], action: dict[str, Any], expression: Expression | None = None) -> ScoreResult:
    """Score one action (a dict of its fields with `outcome` text) with a checked config."""
    outcome = action.get("outcome") or ""
    if scorer_type == "regex":
        try:
            found = regex.search(config["pattern"], outcome, _flags(config.get("flags")),
                                 timeout=REGEX_TIME_LIMIT_SECONDS, concurrent=True)
        except TimeoutError:
            return ScoreResult(None, error=f"pattern took longer than {REGEX_TIME_LIMIT_SECONDS} s")
        matched = found is not None
        return ScoreResult(_number(config, "match_score" if matched else "no_match_score", 1.0 if matched else 0.0),
                           "match" if matched else "no_match")
    if scorer_type == "contains":
        text = outcome.lower()
        hits = [k.lower() in text for k in config["keywords"]]
        matched = all(hits) if config.get("mode") == "all" else any(hits)
        return ScoreResult(_number(config, "match_score" if matched else "no_match_score", 1.0 if matched else 0.0),
                           "contains" if matched else "missing")
    if scorer_type == "numeric_range":
        value = action.get(config.get("field", "risk_score"))
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return ScoreResult(None, "no_data")
        low, high = _number(config, "min", None), _number(config, "max", None)
        inside = (low is None or value >= low) and (high is None or value <= high)
        return ScoreResult(_number(config, "in_range_score" if inside else "out_of_range_score", 1.0 if inside else 0.0),
                           "in_range" if inside else "out_of_range")
    if scorer_type == "custom_function":
        expression = expression or compile_expression(config.get("expression"))
        try:
            value = expression.evaluate({name: action.get(name) for name in ("outcome", "action_type", "risk_score",
                                                                              "declared_goal", "status")})
        except ExpressionError as exc:
            return ScoreResult(None, error=str(exc))
        except RecursionError:
            return ScoreResult(None, error="expression too deep to evaluate")
        if isinstance(value, bool):
            value = 1.0 if value else 0.0
        if not isinstance(value, (int, float)) or not math.isfinite(value):
            return ScoreResult(None, error="expression did not give a number")
        result = _clamped(float(value))
        return ScoreResult(result, "pass" if result >= 0.5 else "fail")
    return ScoreResult(None, error=f"{scorer_type} scorers are not run here")


def judge_prompt(config: dict[str, Any], action: dict[str, Any]) -> str:
    """The judge's prompt: `{field}` placeholders replaced literally with the action's values."""
    prompt = config.get("prompt_template") or DEFAULT_JUDGE_PROMPT
    for name in JUDGE_FIELDS:
        prompt = prompt.replace("{" + name + "}", str(action.get(name) if action.get(name) is not None else ""))
    return prompt.replace("{{", "{").replace("}}", "}")


def parse_judgement(content: str) -> ScoreResult:
    """A judge's answer: JSON `{score, label, reasoning}` or a bare number; the score clamped to 0..1."""
    text = content.strip().strip("`")
    if "{" in text:
        text = text[text.find("{"):text.rfind("}") + 1]
    try:
        answer = json.loads(text)
    except ValueError:
        return ScoreResult(None, error="the judge's answer is not JSON or a number")
    if isinstance(answer, dict):
        value, label, reasoning = answer.get("score"), answer.get("label"), answer.get("reasoning")
    else:
        value, label, reasoning = answer, None, None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return ScoreResult(None, error="the judge gave no numeric score")
    result = _clamped(float(value))
    return ScoreResult(result, str(label)[:256] if label is not None else ("pass" if result >= 0.5 else "fail"),
                       str(reasoning)[:2000] if reasoning is not None else None)


def bucket(value: float) -> str:
    """`excellent` >= 0.8, `acceptable` >= 0.5, else `poor`."""
    return "excellent" if value >= 0.8 else "acceptable" if value >= 0.5 else "poor"
