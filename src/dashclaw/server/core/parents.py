"""Records that hang off an action (assumptions, open loops): one way to create, find and show them."""
from __future__ import annotations

from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..actions.models import Action
from ..db.engine import Database
from .errors import ApiError, conflict, not_found
from .serialize import row_to_dict


def parent_action(session: Session, org_id: str, action_id: str) -> Action:
    action = session.scalar(select(Action).where(Action.org_id == org_id, Action.action_id == action_id))
    if action is None:
        raise ApiError(404, "Parent action not found")
    return action


def with_action_context(row: dict, action: Action | None, *, status: bool = False) -> dict:
    """A child row plus the fields of its action that lists and detail views show."""
    row["agent_id"] = action.agent_id if action else None
    row["agent_name"] = (action.agent_name or action.agent_id) if action else None
    row["declared_goal"] = action.declared_goal if action else None
    row["action_type"] = action.action_type if action else None
    if status:
        row["action_status"] = action.status if action else None
    return row


class ActionChildren:
    """The rows of one child model, addressed by their string id (`id_field`) within an org."""

    def __init__(self, model: type, id_field: str, label: str):
        self.model = model
        self.id_field = id_field
        self.label = label
        self.duplicate = f"An {label.lower()} with that {id_field} already exists"

    def to_dict(self, row: Any) -> dict[str, Any]:
        return row_to_dict(row, id_field=self.id_field)

    def get(self, session: Session, org_id: str, child_id: str) -> Any:
        column = getattr(self.model, self.id_field)
        row = session.scalar(select(self.model).where(self.model.org_id == org_id, column == child_id))
        if row is None:
            raise not_found(self.label)
        return row

    def detail(self, session: Session, org_id: str, child_id: str) -> dict[str, Any]:
        row = self.get(session, org_id, child_id)
        action = session.scalar(select(Action).where(Action.org_id == org_id, Action.action_id == row.action_id))
        return with_action_context(self.to_dict(row), action, status=True)

    def insert(self, db: Database, org_id: str, data: dict[str, Any], build: Callable[[dict[str, Any]], Any]) -> dict[str, Any]:
        """Store `build(data)` under its parent action; 404 without the parent, 409 on a reused id."""
        column = getattr(self.model, self.id_field)
        try:
            with db.write() as session:
                action = parent_action(session, org_id, data["action_id"])
                if session.scalar(select(column).where(self.model.org_id == org_id, column == data[self.id_field])):
                    raise conflict(self.duplicate)
                row = build(data)
                session.add(row)
                session.flush()
                return with_action_context(self.to_dict(row), action)
        except IntegrityError as exc:
            raise conflict(self.duplicate) from exc
