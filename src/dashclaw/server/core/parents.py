"""Lookups shared by the domains that hang off an action (assumptions, loops)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..actions.models import Action
from .errors import ApiError


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
