"""Prompt rendering (contract 8.2): `{{ name }}` placeholders replaced literally, never as patterns. Pure."""
from __future__ import annotations

import re
from typing import Any

PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")


def parameters(content: str) -> list[str]:
    """The distinct placeholder names in order of first appearance."""
    return list(dict.fromkeys(PLACEHOLDER.findall(content)))


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "null" if value is None else str(value)


def render(content: str, variables: dict[str, Any]) -> str:
    """Each placeholder whose name is a supplied variable becomes its text; unknown ones stay as written."""
    return PLACEHOLDER.sub(lambda m: _text(variables[m.group(1)]) if m.group(1) in variables else m.group(0), content)
