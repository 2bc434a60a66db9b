"""Records that hang off an action (assumptions, open loops): one way to create, find, list and show them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from sqlalchemy import and_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..core.errors import ApiError, conflict, not_found
from ..core.pagination import NewestFirst, Page, count_up_to
from ..core.serialize import row_to_dict
from ..db.engine import Database
from .models import Action

PARENT_NOT_FOUND = {404: {"description": "No action with that action_id in the caller's organization."}}
"""What a child-record create documents besides the usual errors: `insert` answers 404 without the parent."""


def find_action(session: Session, org_id: str, action_id: str) -> Action | None:
    """The org's action with this id, if any (the one lookup every domain uses)."""
    return session.scalar(select(Action).where(Action.org_id == org_id, Action.action_id == action_id))


def with_action_context(row: dict, action: Action | None, *, status: bool = False) -> dict:
    """A child row plus the fields of its action that lists and detail views show."""
    row["agent_id"] = action.agent_id if action else None
    row["agent_name"] = (action.agent_name or action.agent_id) if action else None
    row["declared_goal"] = action.declared_goal if action else None
    row["action_type"] = action.action_type if action else None
    if status:
        row["action_status"] = action.status if action else None
    return row


@dataclass(frozen=True)
class ChildPage:
    rows: list[Any]
    items: list[dict[str, Any]]
    paging: dict[str, Any]
    """`total`, `total_is_lower_bound` and `next_cursor`, as the list answers them."""


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
        """The org's row with this id, else 404."""
        column = getattr(self.model, self.id_field)
        row = session.scalar(select(self.model).where(self.model.org_id == org_id, column == child_id))
        if row is None:
            raise not_found(self.label)
        return row

    def detail(self, db: Database, org_id: str, child_id: str) -> dict[str, Any]:
        """One row with its action's context and status."""
        with db.read() as session:
            row = self.get(session, org_id, child_id)
            return with_action_context(self.to_dict(row), find_action(session, org_id, row.action_id), status=True)

    def page(
        self, session: Session, org_id: str, conditions: Sequence[Any], order: NewestFirst, page: Page,
        cursor: str | None, agent_id: str | None = None,
    ) -> ChildPage:
        """One page of a filtered list in `order` (`cursor` or `offset`), with its action context and a capped total."""
        model = self.model
        conditions = [model.org_id == org_id, *conditions]
        if agent_id:
            conditions.append(Action.agent_id == agent_id)
        joined = and_(Action.org_id == model.org_id, Action.action_id == model.action_id)
        listed = select(model, Action).outerjoin(Action, joined).where(*conditions)
        pairs, next_cursor = order.read(session, listed, cursor, page.limit, page.offset)
        matching = select(model.pk).where(*conditions)
        if agent_id:
            matching = matching.join(Action, joined)
        total, exact = count_up_to(session, matching)
        rows = [row for row, _ in pairs]
        items = [with_action_context(self.to_dict(row), action) for row, action in pairs]
        return ChildPage(rows, items, {"total": total, "total_is_lower_bound": not exact, "next_cursor": next_cursor})

    def insert(self, db: Database, org_id: str, data: dict[str, Any], build: Callable[[dict[str, Any]], Any]) -> dict[str, Any]:
        """Store `build(data)` under its parent action; 404 without the parent, 409 on a reused id."""
        column = getattr(self.model, self.id_field)
        try:
            with db.write() as session:
                action = find_action(session, org_id, data["action_id"])
                if action is None:
                    raise ApiError(404, "Parent action not found")
                if session.scalar(select(column).where(self.model.org_id == org_id, column == data[self.id_field])):
                    raise conflict(self.duplicate)
                row = build(data)
                session.add(row)
                session.flush()
                return with_action_context(self.to_dict(row), action)
        except IntegrityError as exc:
            raise conflict(self.duplicate) from exc
