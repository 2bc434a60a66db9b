"""One agent as the dashboard's agent page shows it: presence, recent actions, messages, handoffs, token spend
and its routing-pool entry, each read through its own domain."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..actions import service as actions_service
from ..actions.schemas import ActionFilters
from ..core.auth import Principal
from ..core.pagination import Page
from ..handoffs import service as handoffs_service
from ..handoffs.schemas import HandoffFilters
from ..messaging import service as messaging_service
from ..messaging.schemas import MessageFilters
from ..routing import service as routing_service
from ..workspace import service as workspace_service
from . import presence

if TYPE_CHECKING:
    from ..deps import AppContext

RECENT = 20
"""Rows of each kind shown, newest first."""


def agent_profile(ctx: AppContext, caller: Principal, agent_id: str) -> dict[str, Any]:
    """Everything the org holds about one agent, newest first; 404 when the org has never seen it."""
    agent = presence.agent_presence(ctx, caller, agent_id)
    recent = Page(RECENT, 0)
    return {
        "agent": agent,
        "actions": actions_service.page_actions(ctx, caller, ActionFilters(agent_id=agent_id), RECENT)["actions"],
        "messages": messaging_service.list_messages(
            ctx, caller, MessageFilters(agent_id=agent_id, direction="all"), recent)["messages"],
        "handoffs": handoffs_service.list_handoffs(ctx, caller, HandoffFilters(agent_id=agent_id), recent)["handoffs"],
        "tokens": workspace_service.token_usage(ctx, caller, agent_id),
        "pool_entry": routing_service.agent_named(ctx, caller, agent_id),
    }
