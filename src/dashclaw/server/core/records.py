"""Storing one new row the one way: in its own transaction, answered as the API shows rows."""
from __future__ import annotations

from typing import Any

from ..db.engine import Database
from .serialize import row_to_dict


def insert_returning(db: Database, row: Any) -> dict[str, Any]:
    """Store `row` (commit or roll back whole) and return it as `row_to_dict` shows it, server defaults filled in."""
    with db.write() as session:
        session.add(row)
        session.flush()
        return row_to_dict(row)
