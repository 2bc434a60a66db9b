"""The agent roster the API lists: every agent seen in actions, goals, learning decisions or heartbeats, with
its presence derived from the latest of them (`agents/presence.py`) and, on request, the connections it
reported."""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..actions.models import Action
from ..agents.models import AgentConnection, AgentPresence
from ..agents.presence import ONLINE_WINDOW, presence_state
from ..agents.schemas import AgentFilters
from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.errors import not_found
from ..core.pagination import Page
from ..core.serialize import row_to_dict
from ..learning.models import Goal, LearningDecision

if TYPE_CHECKING:
    from ..deps import AppContext


def list_agents(ctx: AppContext, caller: Principal, filters: AgentFilters, page: Page) -> dict[str, Any]:
    """Online agents first, then the most recently seen; each with its action, goal and decision counts and
    its presence."""
    now = utcnow()
    agents = _roster(ctx, caller.org_id, now, filters.include_connections)
    agents.sort(key=lambda agent: agent["last_seen_at"] or "", reverse=True)
    agents.sort(key=lambda agent: agent["presence_state"] != "online")
    shown = agents[page.offset:page.offset + page.limit]
    return {"agents": shown, "total": len(shown), "online_window_seconds": int(ONLINE_WINDOW.total_seconds()),
            "lastUpdated": iso(now)}


def agent_presence(ctx: AppContext, caller: Principal, agent_id: str) -> dict[str, Any]:
    """One agent as `list_agents` shows it, with its connections; 404 when the org has never seen it."""
    found = _roster(ctx, caller.org_id, utcnow(), True, agent_id)
    if not found:
        raise not_found("Agent")
    return found[0]


def _roster(ctx: AppContext, org_id: str, now: datetime, with_connections: bool,
            agent_id: str | None = None) -> list[dict[str, Any]]:
    """Every agent the org has seen (or only `agent_id`), unsorted."""

    def scoped(model: Any) -> list[Any]:
        return [model.org_id == org_id, *([model.agent_id == agent_id] if agent_id is not None else [])]

    with ctx.db.read() as session:
        acted = {row.agent_id: row for row in session.execute(
            select(Action.agent_id, func.count().label("count"), func.max(Action.agent_name).label("agent_name"),
                   func.max(Action.timestamp_start).label("last_at"))
            .where(*scoped(Action)).group_by(Action.agent_id)
        )}
        goals = _counted(session, Goal, Goal.created_at, scoped(Goal))
        decisions = _counted(session, LearningDecision, LearningDecision.timestamp, scoped(LearningDecision))
        beats = {row.agent_id: row for row in session.scalars(select(AgentPresence).where(*scoped(AgentPresence)))}
        connections: dict[str, list[dict[str, Any]]] = defaultdict(list)
        if with_connections:
            for row in session.scalars(select(AgentConnection).where(*scoped(AgentConnection))
                                       .order_by(AgentConnection.updated_at.desc(), AgentConnection.id.desc())):
                connections[row.agent_id].append(row_to_dict(row))
    agents = []
    for seen in acted.keys() | goals.keys() | decisions.keys() | beats.keys():
        activity = [found for found in (acted.get(seen), goals.get(seen), decisions.get(seen)) if found]
        agent = _agent(seen, activity, acted.get(seen), beats.get(seen), now)
        agent["goal_count"] = goals[seen].count if seen in goals else 0
        agent["decision_count"] = decisions[seen].count if seen in decisions else 0
        if with_connections:
            agent["connections"] = connections.get(seen, [])
        agents.append(agent)
    return agents


def _counted(session: Session, model: Any, at: Any, conditions: list[Any]) -> dict[str, Any]:
    """Rows per agent (`count`) and the latest one's time (`last_at`)."""
    return {row.agent_id: row for row in session.execute(
        select(model.agent_id, func.count().label("count"), func.max(at).label("last_at"))
        .where(*conditions, model.agent_id.is_not(None)).group_by(model.agent_id)
    )}


def _agent(agent_id: str, activity: list[Any], acted: Any, beat: AgentPresence | None, now: datetime) -> dict[str, Any]:
    last_active = max(found.last_at for found in activity) if activity else beat.last_heartbeat_at
    last_seen = max(filter(None, (last_active, beat and beat.last_heartbeat_at)))
    state, seconds = presence_state(beat.status if beat else None, last_seen, now)
    agent = {
        "agent_id": agent_id,
        "agent_name": (acted and acted.agent_name) or (beat and beat.agent_name) or agent_id,
        "action_count": acted.count if acted else 0,
        "last_active": iso(last_active),
        "reported_status": beat.status if beat else "unknown",
        "presence_state": state,
        "status": state,
        "seconds_since_seen": seconds,
        "last_seen_at": iso(last_seen),
    }
    if beat is not None:
        agent.update(last_heartbeat_at=iso(beat.last_heartbeat_at), current_task_id=beat.current_task_id,
                     presence_metadata=beat.metadata_ or {})
    return agent
