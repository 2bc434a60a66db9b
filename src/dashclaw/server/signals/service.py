"""Decision-integrity signals (contract 4): eight detectors over actions, loops, assumptions and presence.

Each detector is a function of (session, org, agent filter, now) returning signals; they run in the
contract's order and the result is stably sorted red before amber.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, Callable, Iterator

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ..actions.models import Action
from ..agents.models import AgentPresence
from ..assumptions.models import Assumption
from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.jobs import PeriodicJob
from ..events import service as events
from ..events.log import SIGNAL
from ..loops.models import OpenLoop

if TYPE_CHECKING:
    from ..deps import AppContext

ROW_CAP = 10
WINDOW_CAP = 50_000
"""The most rows a counting signal reads from its time window; past it, its counts are lower bounds."""
AgentFilter = Callable[[Any], Any]


def _signal(kind: str, severity: str, label: str, detail: str, help_text: str, agent_id: str | None, **ids) -> dict:
    return {"type": kind, "severity": severity, "label": label, "detail": detail, "help": help_text, "agent_id": agent_id, **ids}


def _busy_agents(session: Session, *conditions: Any, minimum: int, newest: Any = Action.timestamp_start,
                 join: tuple | None = None) -> Iterator[tuple[str, str, int]]:
    """(agent_id, display name, count) for agents with at least `minimum` matching actions, counted over the
    newest `WINDOW_CAP` matches (by `newest`): one index range read newest first, never a scan of the org's
    history in agent order (which SQLite prefers for the grouping when it cannot tell how narrow the range is)."""
    window = select(Action.agent_id, Action.agent_name)
    if join is not None:
        window = window.join(*join)
    window = window.where(*conditions).order_by(newest.desc()).limit(WINDOW_CAP).subquery()
    for agent, name, count in session.execute(
        select(window.c.agent_id, func.max(window.c.agent_name), func.count())
        .group_by(window.c.agent_id).having(func.count() >= minimum)
    ):
        yield agent, name or agent, count


def _agent_silent(session: Session, org_id: str, agent: AgentFilter, now: datetime) -> list[dict]:
    rows = session.scalars(
        select(AgentPresence)
        .where(
            AgentPresence.org_id == org_id,
            AgentPresence.last_heartbeat_at < now - timedelta(minutes=10),
            or_(AgentPresence.status != "offline", AgentPresence.current_task_id.is_not(None)),
            agent(AgentPresence.agent_id),
        )
        .order_by(AgentPresence.last_heartbeat_at)
        .limit(ROW_CAP)
    )
    signals = []
    for p in rows:
        minutes = round((now - p.last_heartbeat_at).total_seconds() / 60)
        task = f" while working on {p.current_task_id}" if p.current_task_id else ""
        signals.append(_signal(
            "agent_silent", "red" if p.current_task_id else "amber", f"{p.agent_name or p.agent_id} silent for {minutes}m",
            f"Last heartbeat {minutes} minutes ago{task}",
            "The agent stopped reporting presence. Check whether it crashed or lost connectivity.", p.agent_id,
        ))
    return signals


def _autonomy_spike(session: Session, org_id: str, agent: AgentFilter, now: datetime) -> list[dict]:
    recent = (Action.org_id == org_id, Action.timestamp_start >= now - timedelta(hours=1), agent(Action.agent_id))
    return [
        _signal(
            "autonomy_spike", "red" if count > 20 else "amber", f"{name}: {count} actions in the last hour",
            f"{count} actions started in the last hour",
            "An unusual burst of autonomous activity. Review whether the agent is looping.", agent_id,
        )
        for agent_id, name, count in _busy_agents(session, *recent, minimum=11)
    ]


def _high_impact_low_oversight(session: Session, org_id: str, agent: AgentFilter, now: datetime) -> list[dict]:
    rows = session.scalars(
        select(Action)
        .where(
            Action.org_id == org_id, Action.reversible == 0, Action.risk_score >= 70, Action.status == "running",
            or_(Action.authorization_scope.is_(None), Action.authorization_scope == ""), agent(Action.agent_id),
        )
        .order_by(Action.risk_score.desc(), Action.timestamp_start)
        .limit(ROW_CAP)
    )
    return [
        _signal(
            "high_impact_low_oversight", "red" if a.risk_score >= 90 else "amber",
            f"{a.agent_name or a.agent_id}: irreversible risk {a.risk_score} without authorization", a.declared_goal,
            "An irreversible, high-risk action is running without an authorization scope.", a.agent_id,
            action_id=a.action_id,
        )
        for a in rows
    ]


def _repeated_failures(session: Session, org_id: str, agent: AgentFilter, now: datetime) -> list[dict]:
    failed = (Action.org_id == org_id, Action.status == "failed", Action.timestamp_start >= now - timedelta(hours=24),
              agent(Action.agent_id))
    return [
        _signal(
            "repeated_failures", "red" if count > 5 else "amber", f"{name}: {count} failures in 24h",
            f"{count} failed actions in the last 24 hours",
            "The agent keeps failing. Look for a broken dependency or a bad plan.", agent_id,
        )
        for agent_id, name, count in _busy_agents(session, *failed, minimum=4)
    ]


def _stale_loop(session: Session, org_id: str, agent: AgentFilter, now: datetime) -> list[dict]:
    rows = session.execute(
        select(OpenLoop, Action.agent_id, Action.agent_name)
        .join(Action, and_(Action.action_id == OpenLoop.action_id, Action.org_id == OpenLoop.org_id))
        .where(OpenLoop.org_id == org_id, OpenLoop.status == "open", OpenLoop.created_at < now - timedelta(hours=48),
               agent(Action.agent_id))
        .order_by(OpenLoop.created_at)
        .limit(ROW_CAP)
    )
    signals = []
    for loop, agent_id, name in rows:
        hours = round((now - loop.created_at).total_seconds() / 3600)
        signals.append(_signal(
            "stale_loop", "red" if hours > 96 else "amber", f"{name or agent_id}: loop open {hours}h", loop.description,
            "An open loop has waited more than two days. Resolve or cancel it.", agent_id, loop_id=loop.loop_id,
        ))
    return signals


def _assumption_drift(session: Session, org_id: str, agent: AgentFilter, now: datetime) -> list[dict]:
    invalidated = (Assumption.org_id == org_id, Assumption.invalidated == 1,
                   Assumption.invalidated_at >= now - timedelta(days=7), agent(Action.agent_id))
    join = (Assumption, and_(Assumption.action_id == Action.action_id, Assumption.org_id == Action.org_id))
    return [
        _signal(
            "assumption_drift", "red" if count >= 4 else "amber", f"{name}: {count} assumptions invalidated this week",
            f"{count} assumptions invalidated in the last 7 days",
            "The beliefs this agent acts on keep turning out wrong. Review its inputs.", agent_id,
        )
        for agent_id, name, count in _busy_agents(session, *invalidated, minimum=2, newest=Assumption.invalidated_at,
                                                  join=join)
    ]


def _stale_assumption(session: Session, org_id: str, agent: AgentFilter, now: datetime) -> list[dict]:
    rows = session.execute(
        select(Assumption, Action.agent_id, Action.agent_name)
        .join(Action, and_(Action.action_id == Assumption.action_id, Action.org_id == Assumption.org_id))
        .where(Assumption.org_id == org_id, Assumption.validated == 0, Assumption.invalidated == 0,
               Assumption.created_at < now - timedelta(days=14), agent(Action.agent_id))
        .order_by(Assumption.created_at)
        .limit(ROW_CAP)
    )
    signals = []
    for assumption, agent_id, name in rows:
        days = round((now - assumption.created_at).total_seconds() / 86400)
        signals.append(_signal(
            "stale_assumption", "red" if days > 30 else "amber", f"{name or agent_id}: assumption unchecked for {days}d",
            assumption.assumption, "An assumption has never been validated. Confirm or invalidate it.", agent_id,
            assumption_id=assumption.assumption_id,
        ))
    return signals


def _stale_running_action(session: Session, org_id: str, agent: AgentFilter, now: datetime) -> list[dict]:
    rows = session.scalars(
        select(Action)
        .where(Action.org_id == org_id, Action.status == "running", Action.timestamp_start < now - timedelta(hours=4),
               agent(Action.agent_id))
        .order_by(Action.timestamp_start)
        .limit(ROW_CAP)
    )
    signals = []
    for a in rows:
        hours = round((now - a.timestamp_start).total_seconds() / 3600)
        signals.append(_signal(
            "stale_running_action", "red" if hours > 24 else "amber", f"{a.agent_name or a.agent_id}: running for {hours}h",
            a.declared_goal, "An action never reported an outcome. Update it or cancel it.", a.agent_id,
            action_id=a.action_id,
        ))
    return signals


DETECTORS = (
    _agent_silent, _autonomy_spike, _high_impact_low_oversight, _repeated_failures, _stale_loop, _assumption_drift,
    _stale_assumption, _stale_running_action,
)


def compute_signals(session: Session, org_id: str, agent_id: str | None = None) -> list[dict[str, Any]]:
    """Every active signal for the org, red before amber; `agent_id` narrows to one agent."""
    now = utcnow()

    def agent(column: Any) -> Any:
        return column == agent_id if agent_id else True

    signals = [signal for detect in DETECTORS for signal in detect(session, org_id, agent, now)]
    signals.sort(key=lambda s: 0 if s["severity"] == "red" else 1)
    return signals


def signals_report(ctx: AppContext, caller: Principal, agent_id: str | None) -> dict[str, Any]:
    """The org's active signals with red/amber counts."""
    with ctx.db.read() as session:
        signals = compute_signals(session, caller.org_id, agent_id)
    red = sum(1 for s in signals if s["severity"] == "red")
    return {
        "signals": signals,
        "counts": {"red": red, "amber": len(signals) - red, "total": len(signals)},
        "lastUpdated": iso(utcnow()),
    }


def announce_new_signals(ctx: AppContext) -> int:
    """Put each active signal of every org active within the stream's replay window on that org's stream (a
    `signal` event), unless it is there already; returns how many were new. Run by `signal_watch`."""
    announced = 0
    for org_id in ctx.events.active_orgs():
        known = ctx.events.subjects(org_id, SIGNAL)
        with ctx.db.read() as session:
            fresh = [(key, signal) for signal in compute_signals(session, org_id) if (key := signal_key(signal)) not in known]
        if fresh:
            with ctx.db.write() as session:
                for key, signal in fresh:
                    events.emit(ctx, session, org_id, SIGNAL, signal, subject_id=key)
            announced += len(fresh)
    return announced


def signal_key(signal: dict[str, Any]) -> str:
    """What identifies one signal over time (its type, agent and record), whatever its changing label says."""
    parts = [signal["type"], signal.get("agent_id") or ""] + [str(signal[k]) for k in sorted(signal) if k.endswith("_id") and k != "agent_id"]
    return "sig_" + hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:32]


def signal_watch(ctx: AppContext) -> PeriodicJob:
    """The job that announces new signals, once every `signal_watch_seconds` across all replicas."""
    period = timedelta(seconds=ctx.settings.signal_watch_seconds)
    return PeriodicJob(ctx.db, "signals.announce", period, partial(announce_new_signals, ctx))
