"""Text matching in queries, the one way: case-insensitive, with the client's text taken literally (its `%`
and `_` are not wildcards)."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import String, cast

ESCAPE = "\\"


def _literal(text: str) -> str:
    return text.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")


def contains_text(column: Any, text: str) -> Any:
    """`column` holds `text` anywhere, ignoring case."""
    return column.ilike(f"%{_literal(text)}%", escape=ESCAPE)


def holds_string(json_column: Any, value: str) -> Any:
    """The JSON array in `json_column` holds the string `value` (ignoring case), read from the stored JSON
    text: the value is looked for as a whole JSON string, quotes included, written as the column writes it."""
    return cast(json_column, String).ilike(f"%{_literal(json.dumps(value))}%", escape=ESCAPE)
