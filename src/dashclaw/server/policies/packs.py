"""Policies as code: YAML documents and the packs shipped with the server. Pure (reading the package's own
data files aside); the API's import and the offline `dashclaw policies` CLI share it.

A document holds a `policies` list. Each item is either a policy as the API stores it

    - name: Humans approve production deploys
      policy_type: require_approval
      rules: {action_types: ["deploy.production"]}
      shadow: true            # optional: evaluated and logged, never enforced

or a guardrail, the form packs use:

    - id: exec_commands_allowlist
      description: Shell commands restricted to safe operations only
      applies_to: {tools: ["exec.*"]}
      rule: {block: true, allowlist: ["exec.ls", "exec.cat"]}    # or {require: approval}
      tests:
        - name: blocks_unknown_exec
          input: {tool: exec.curl}
          expect: {allowed: false}

Either way the item becomes (name, policy_type, rules) and passes the same validation as a policy created
through the API; its `tests` travel in `rules.tests`.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Callable

import yaml

from ..core.validation import json_value_problem
from ..guard.engine import DECISIONS, POLICY_TYPES
from .rules import RULES_MAX_CHARS, validate_rules

PACKS = ("enterprise-strict", "smb-safe", "startup-growth", "development")
MAX_POLICIES_PER_DOCUMENT = 200
NAME_MAX_CHARS = 256
UrlCheck = Callable[[str], "str | None"]


class DocumentError(ValueError):
    """The document as a whole cannot be read (not YAML, no `policies` list, aliases...)."""


@dataclass
class PolicyDraft:
    """One policy read from a document, ready to store once `errors` is empty."""

    name: str
    policy_type: str
    rules: dict[str, Any]
    shadow: bool = False
    errors: list[str] = field(default_factory=list)

    @property
    def rules_json(self) -> str:
        return json.dumps(self.rules)


def pack_text(pack: str) -> str:
    """The YAML of a shipped pack (KeyError for an unknown one: names are looked up, never used as paths)."""
    if pack not in PACKS:
        raise KeyError(pack)
    return resources.files(__package__).joinpath("packs", f"{pack}.yaml").read_text(encoding="utf-8")


ELISION = re.compile(r"(?m)^[ \t]+\.\.\.[ \t]*$")
"""An indented line holding only `...`, as the SDK's documentation abbreviates a document (never valid YAML)."""


def load_document(text: str) -> list[Any]:
    """The `policies` list of a YAML document. Anchors and aliases are refused: they let a small document
    expand into a huge one. Elided lines (`ELISION`) are dropped."""
    text = ELISION.sub("", text)
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                raise DocumentError("YAML aliases are not allowed")
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise DocumentError(f"Invalid YAML{where}: {getattr(exc, 'problem', None) or exc}") from None
    items = document.get("policies") if isinstance(document, dict) else None
    if not isinstance(items, list):
        raise DocumentError("YAML must be a document with a `policies` list")
    if len(items) > MAX_POLICIES_PER_DOCUMENT:
        raise DocumentError(f"A document holds at most {MAX_POLICIES_PER_DOCUMENT} policies")
    problem = json_value_problem(items)
    if problem:
        raise DocumentError(f"policies {problem}")
    return items


def drafts(items: list[Any], check_url: UrlCheck) -> list[PolicyDraft]:
    """Every item as a draft, each with the errors that keep it from being stored."""
    return [_draft(index, item, check_url) for index, item in enumerate(items)]


def _draft(index: int, item: Any, check_url: UrlCheck) -> PolicyDraft:
    label = f"policies[{index}]"
    if not isinstance(item, dict):
        return PolicyDraft(label, "", {}, errors=[f"{label} must be an object"])
    if "policy_type" in item:
        draft = _native(item)
    else:
        draft = _guardrail(item)
    draft.errors += _common_errors(draft, item, check_url)
    if draft.errors:
        draft.errors = [f"{label} ({draft.name or 'unnamed'}): {error}" for error in draft.errors]
    return draft


def _native(item: dict[str, Any]) -> PolicyDraft:
    rules = item.get("rules")
    rules = dict(rules) if isinstance(rules, dict) else rules
    draft = PolicyDraft(_text(item.get("name")), _text(item.get("policy_type")), rules if isinstance(rules, dict) else {})
    if not isinstance(rules, dict):
        draft.errors.append("rules must be an object")
    if draft.policy_type not in POLICY_TYPES:
        draft.errors.append("policy_type must be one of: " + ", ".join(POLICY_TYPES))
    if "tests" in item:
        draft.rules["tests"] = item["tests"]
    return draft


def _guardrail(item: dict[str, Any]) -> PolicyDraft:
    rule = item.get("rule") if isinstance(item.get("rule"), dict) else {}
    applies_to = item.get("applies_to") if isinstance(item.get("applies_to"), dict) else {}
    name = _text(item.get("description")) or _text(item.get("name")) or _text(item.get("id"))
    errors = []
    if rule.get("require") == "approval":
        policy_type = "require_approval"
    elif rule.get("block") is True:
        policy_type = "block_action_type"
    else:
        policy_type = "block_action_type"
        errors.append("rule must be {block: true} or {require: approval}")
    rules: dict[str, Any] = {"action_types": applies_to.get("tools") or []}
    if "allowlist" in rule:
        rules["allowlist"] = rule["allowlist"]
    if item.get("id") is not None:
        rules["guardrail_id"] = item["id"]
    rules["tests"] = item.get("tests") or []
    return PolicyDraft(name, policy_type, rules, errors=errors)


def _common_errors(draft: PolicyDraft, item: dict[str, Any], check_url: UrlCheck) -> list[str]:
    errors = []
    if not draft.name:
        errors.append("name is required (or description/id for a guardrail)")
    elif len(draft.name) > NAME_MAX_CHARS:
        errors.append(f"name exceeds max length of {NAME_MAX_CHARS}")
    shadow = item.get("shadow", False)
    if not isinstance(shadow, bool):
        errors.append("shadow must be a boolean")
    draft.shadow = shadow is True
    if draft.policy_type in POLICY_TYPES:
        errors += validate_rules(draft.policy_type, draft.rules, check_url)
    errors += case_errors(draft.rules.get("tests", []))
    if len(draft.rules_json) > RULES_MAX_CHARS:
        errors.append(f"rules exceeds max length of {RULES_MAX_CHARS}")
    return errors


def case_errors(tests: Any) -> list[str]:
    """What is wrong with a policy's `tests` (empty when they can run)."""
    if not isinstance(tests, list):
        return ["tests must be an array"]
    errors = []
    for index, test in enumerate(tests):
        where = f"tests[{index}]"
        if not isinstance(test, dict):
            errors.append(f"{where} must be an object")
            continue
        test_input = test.get("input")
        if not isinstance(test_input, dict) or not isinstance(test_input.get("tool"), str) or not test_input["tool"]:
            errors.append(f"{where}.input.tool must be a non-empty string")
        expect = test.get("expect")
        if not isinstance(expect, dict) or not (isinstance(expect.get("allowed"), bool) or expect.get("decision") in DECISIONS):
            errors.append(f"{where}.expect must give allowed (a boolean) or decision (one of: {', '.join(DECISIONS)})")
    return errors


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
