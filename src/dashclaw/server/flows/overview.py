"""The operator's read models that span domains: the overview's figures over time and the agent roster."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..actions.models import Action
from ..actions.service import to_dict as action_dict
from ..agents.models import AgentPresence
from ..agents.presence import ONLINE_WINDOW, SIGNED_OFF, presence_state
from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..guard.engine import DECISIONS
from ..guard.models import GuardDecision
from ..signals.service import compute_signals

if TYPE_CHECKING:
    from ..deps import AppContext

ROSTER_WINDOW = timedelta(hours=24)  # agents are found by presence, or by actions this recent
ROSTER_LIMIT = 200
RISK_BANDS = ((0, 19), (20, 39), (40, 59), (60, 79), (80, 100))
PREVIEW_ROWS = 5


@dataclass(frozen=True)
class Range:
    """A period the overview charts, cut into equal buckets."""

    name: str
    label: str
    bucket: timedelta
    buckets: int


RANGES = {
    "24h": Range("24h", "last 24 hours", timedelta(hours=1), 24),
    "7d": Range("7d", "last 7 days", timedelta(hours=6), 28),
    "30d": Range("30d", "last 30 days", timedelta(days=1), 30),
}


def overview(ctx: AppContext, caller: Principal, range_name: str) -> dict[str, Any]:
    """Actions and guard decisions over time, the decision mix, the risk distribution, pending approvals,
    active signals and agents online, for the caller's org over one of `RANGES`."""
    period = RANGES.get(range_name, RANGES["24h"])
    now = utcnow()
    bounds = [now - period.bucket * (period.buckets - index) for index in range(period.buckets + 1)]
    org_id = caller.org_id
    ctx.decision_log.flush()  # include guard decisions still waiting for their group commit
    with ctx.db.read() as session:
        actions = _bucketed(session, Action.timestamp_start, bounds, Action.org_id == org_id)
        decisions = {
            decision: _bucketed(session, GuardDecision.created_at, bounds, GuardDecision.org_id == org_id,
                                GuardDecision.decision == decision)
            for decision in DECISIONS
        }
        risk = _risk_bands(session, org_id, bounds[0])
        pending = session.scalars(
            select(Action).where(Action.org_id == org_id, Action.status == "pending_approval")
            .order_by(Action.timestamp_start.desc(), Action.pk.desc()).limit(PREVIEW_ROWS)
        ).all()
        pending_total = session.scalar(
            select(func.count()).select_from(Action).where(Action.org_id == org_id, Action.status == "pending_approval")
        ) or 0
        signals = compute_signals(session, org_id)
        presence = session.execute(
            select(func.count(), func.sum(case((_online(now), 1), else_=0))).where(AgentPresence.org_id == org_id)
        ).one()
    return {
        "range": period,
        "bucket_starts": [iso(bound) for bound in bounds[:-1]],
        "actions_over_time": actions,
        "decisions_over_time": decisions,
        "decision_mix": {decision: sum(counts) for decision, counts in decisions.items()},
        "risk_distribution": risk,
        "pending_approvals": [action_dict(a) for a in pending],
        "pending_total": pending_total,
        "signals": signals,
        "agents": {"reporting": presence[0] or 0, "online": int(presence[1] or 0)},
    }


def agent_roster(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """Every agent that reports heartbeats or acted in the last 24 hours: presence, last action, recent volume."""
    now = utcnow()
    org_id = caller.org_id
    with ctx.db.read() as session:
        presence = {row.agent_id: row for row in session.scalars(
            select(AgentPresence).where(AgentPresence.org_id == org_id).limit(ROSTER_LIMIT)
        )}
        activity = {row.agent_id: row for row in session.execute(
            select(Action.agent_id, func.max(Action.agent_name).label("agent_name"),
                   func.max(Action.timestamp_start).label("last_at"), func.count().label("actions"))
            .where(Action.org_id == org_id, Action.timestamp_start >= now - ROSTER_WINDOW)
            .group_by(Action.agent_id).order_by(func.max(Action.timestamp_start).desc()).limit(ROSTER_LIMIT)
        )}
        agents = []
        for agent_id in sorted(presence.keys() | activity.keys()):
            last = session.scalar(
                select(Action).where(Action.org_id == org_id, Action.agent_id == agent_id)
                .order_by(Action.timestamp_start.desc(), Action.pk.desc()).limit(1)
            )
            beat, acted = presence.get(agent_id), activity.get(agent_id)
            agents.append({
                "agent_id": agent_id,
                "agent_name": (beat and beat.agent_name) or (acted and acted.agent_name) or None,
                "online": bool(beat and _is_online(beat, now)),
                "status": beat.status if beat else None,
                "current_task_id": beat.current_task_id if beat else None,
                "last_heartbeat_at": iso(beat.last_heartbeat_at) if beat else None,
                "actions_24h": acted.actions if acted else 0,
                "last_action": action_dict(last) if last is not None else None,
            })
    agents.sort(key=lambda agent: (not agent["online"], agent["agent_id"]))
    return {"agents": agents, "online": sum(1 for agent in agents if agent["online"])}


def _online(now: datetime) -> Any:
    return (AgentPresence.last_heartbeat_at > now - ONLINE_WINDOW) & AgentPresence.status.not_in(SIGNED_OFF)


def _is_online(beat: AgentPresence, now: datetime) -> bool:
    return presence_state(beat.status, beat.last_heartbeat_at, now)[0] == "online"


def _bucketed(session: Session, column: Any, bounds: list[datetime], *conditions: Any) -> list[int]:
    """How many rows fall in each [bounds[i], bounds[i+1]) period, in one indexed range scan."""
    bucket = case(*[(column < upper, index) for index, upper in enumerate(bounds[1:])], else_=None)
    counts = dict(session.execute(
        select(bucket, func.count()).where(*conditions, column >= bounds[0], column < bounds[-1]).group_by(bucket)
    ).all())
    return [counts.get(index, 0) for index in range(len(bounds) - 1)]


def _risk_bands(session: Session, org_id: str, since: datetime) -> list[dict[str, Any]]:
    band = case(*[(Action.risk_score <= high, index) for index, (_, high) in enumerate(RISK_BANDS)], else_=len(RISK_BANDS) - 1)
    counts = dict(session.execute(
        select(band, func.count()).where(Action.org_id == org_id, Action.timestamp_start >= since).group_by(band)
    ).all())
    return [{"low": low, "high": high, "count": counts.get(index, 0)} for index, (low, high) in enumerate(RISK_BANDS)]
