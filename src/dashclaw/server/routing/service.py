"""Task routing: register agents with skills and capacity, submit tasks, match them, finish or retry them.

An agent's `current_load` only moves by conditional updates (`current_load < max_concurrent`), so no
interleaving of requests or replicas ever assigns past capacity. Timeouts are counted from assignment and
handled by `run_maintenance`, which every replica polls: overdue tasks are claimed with row locks (SKIP
LOCKED on PostgreSQL; SQLite has one writer), so each is retried or escalated exactly once. Whenever a slot
frees (completion, timeout, an agent registering or becoming available) the org's queue is routed again,
most urgent and oldest first.
"""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any, Iterable

import orjson
from sqlalchemy import case, delete, func, select, update
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.errors import ApiError, conflict, not_found
from ..core.http import check_target_url
from ..core.ids import hex_id
from ..core.jobs import Poller
from ..core.pagination import Page
from ..core.serialize import row_to_dict
from ..events import service as events
from ..events.log import TASK_ASSIGNED, TASK_COMPLETED
from .matching import PoolAgent, Scored, Track, rank
from .models import RoutingAgent, RoutingAgentMetric, RoutingDecision, RoutingTask
from .schemas import (
    MAX_RESULT_LENGTH,
    AgentFilters,
    AgentRegistration,
    AgentStatusUpdate,
    TaskCompletion,
    TaskFilters,
    TaskSubmission,
)

if TYPE_CHECKING:
    from ..deps import AppContext

NO_MATCH = "No matching agent available"
NO_CAPABLE_AGENT = "No agent has every required skill"
URGENCY_ORDER = case(
    (RoutingTask.urgency == "critical", 0), (RoutingTask.urgency == "high", 1),
    (RoutingTask.urgency.in_(("normal", "medium")), 2), (RoutingTask.urgency == "low", 3), else_=4,
)
QUEUE_BATCH = 200
"""Pending tasks routed, or overdue tasks claimed, per pass."""
BOARD_ORDER = {
    "pending": (URGENCY_ORDER, RoutingTask.created_at), "assigned": (RoutingTask.deadline_at,),
    "escalated": (RoutingTask.updated_at.desc(),),
}
"""The task board's columns and how each is sorted."""


# --- agents ----------------------------------------------------------------------------------------------


def register_agent(ctx: AppContext, caller: Principal, body: AgentRegistration) -> dict[str, Any]:
    """Add an agent to the pool, or update the one of the same name; queued tasks it can take go to it."""
    _check_url(ctx, "Agent endpoint", body.endpoint)
    now = utcnow()
    fields = {"capabilities": body.capabilities, "max_concurrent": body.max_concurrent, "endpoint": body.endpoint}
    with ctx.db.write() as session:
        agent = session.scalar(select(RoutingAgent).where(RoutingAgent.org_id == caller.org_id,
                                                          RoutingAgent.name == body.name))
        if agent is None:
            agent = RoutingAgent(id=hex_id("ra"), org_id=caller.org_id, name=body.name, current_load=0,
                                 status="available", created_at=now, updated_at=now, **fields)
            session.add(agent)
        else:
            for name, value in fields.items():
                setattr(agent, name, value)
            agent.updated_at = now
        session.flush()
        _route_queue(ctx, session, caller.org_id)
        session.refresh(agent)
        return {"agent": row_to_dict(agent)}


def list_agents(ctx: AppContext, caller: Principal, filters: AgentFilters) -> dict[str, Any]:
    """The org's pool, by name."""
    query = select(RoutingAgent).where(RoutingAgent.org_id == caller.org_id)
    if filters.status:
        query = query.where(RoutingAgent.status == filters.status)
    with ctx.db.read() as session:
        return {"agents": [row_to_dict(agent) for agent in session.scalars(query.order_by(RoutingAgent.name))]}


def agent_detail(ctx: AppContext, caller: Principal, agent_id: str) -> dict[str, Any]:
    """One agent with its results per skill."""
    with ctx.db.read() as session:
        agent = _agent(session, caller.org_id, agent_id)
        metrics = session.scalars(select(RoutingAgentMetric).where(
            RoutingAgentMetric.org_id == caller.org_id, RoutingAgentMetric.agent_id == agent_id,
        ).order_by(RoutingAgentMetric.skill))
        return {"agent": row_to_dict(agent), "metrics": [row_to_dict(metric, exclude=("org_id",)) for metric in metrics]}


def agent_named(ctx: AppContext, caller: Principal, name: str) -> dict[str, Any] | None:
    """The pool agent registered under `name` (agents usually register under their agent id), or None."""
    with ctx.db.read() as session:
        agent = session.scalar(select(RoutingAgent).where(RoutingAgent.org_id == caller.org_id, RoutingAgent.name == name))
        return None if agent is None else row_to_dict(agent)


def set_agent_status(ctx: AppContext, caller: Principal, agent_id: str, body: AgentStatusUpdate) -> dict[str, Any]:
    """Mark an agent available, busy or offline (only available agents take new tasks)."""
    with ctx.db.write() as session:
        agent = _agent(session, caller.org_id, agent_id)
        agent.status, agent.updated_at = body.status, utcnow()
        session.flush()
        if body.status == "available":
            _route_queue(ctx, session, caller.org_id)
            session.refresh(agent)
        return {"agent": row_to_dict(agent)}


def remove_agent(ctx: AppContext, caller: Principal, agent_id: str) -> dict[str, Any]:
    """Take an agent out of the pool; the tasks it held go back to the queue."""
    with ctx.db.write() as session:
        agent = _agent(session, caller.org_id, agent_id)
        before = row_to_dict(agent)
        session.execute(delete(RoutingAgent).where(RoutingAgent.id == agent.id))
        held = session.scalars(_locked(ctx, select(RoutingTask).where(
            RoutingTask.org_id == caller.org_id, RoutingTask.assigned_to == agent_id, RoutingTask.status == "assigned",
        )))
        for task in held:
            _requeue(task)
        session.flush()
        _route_queue(ctx, session, caller.org_id)
        return {"deleted": True, "agent": before}


# --- tasks -----------------------------------------------------------------------------------------------


def submit_task(ctx: AppContext, caller: Principal, body: TaskSubmission) -> dict[str, Any]:
    """Store a task and route it at once; it waits in the queue when no capable agent has a free slot."""
    _check_url(ctx, "Callback URL", body.callback_url)
    now = utcnow()
    task = RoutingTask(
        id=hex_id("rt"), org_id=caller.org_id, title=body.title, description=body.description,
        required_skills=list(dict.fromkeys(body.required_skills)), urgency=body.urgency, status="pending",
        timeout_seconds=body.timeout_seconds or 3600, max_retries=body.max_retries, retry_count=0,
        callback_url=body.callback_url, created_at=now, updated_at=now,
    )
    with ctx.db.write() as session:
        session.add(task)
        session.flush()
        routing = _route(ctx, session, task)
        answer = {"task": _task_dict(task), "routing": routing, "task_id": task.id}
        if routing["status"] == "assigned":
            answer["assigned_agent"] = {"id": routing["agent_id"], "name": routing["agent_name"]}
        return answer


def list_tasks(ctx: AppContext, caller: Principal, filters: TaskFilters, page: Page) -> dict[str, Any]:
    """A page of the org's tasks, newest first."""
    query = select(RoutingTask).where(RoutingTask.org_id == caller.org_id)
    if filters.status:
        query = query.where(RoutingTask.status == filters.status)
    if filters.assigned_to:
        query = query.where(RoutingTask.assigned_to == filters.assigned_to)
    query = query.order_by(RoutingTask.created_at.desc(), RoutingTask.id.desc()).limit(page.limit).offset(page.offset)
    with ctx.db.read() as session:
        tasks = [_task_dict(task) for task in session.scalars(query)]
    return {"tasks": tasks, "total": len(tasks)}


def task_detail(ctx: AppContext, caller: Principal, task_id: str) -> dict[str, Any]:
    """One task with every routing decision made for it."""
    with ctx.db.read() as session:
        task = _task(session, caller.org_id, task_id)
        decisions = session.scalars(select(RoutingDecision).where(
            RoutingDecision.org_id == caller.org_id, RoutingDecision.task_id == task_id,
        ).order_by(RoutingDecision.created_at))
        return {"task": _task_dict(task), "decisions": [row_to_dict(d, exclude=("org_id",)) for d in decisions]}


def task_board(ctx: AppContext, caller: Principal, limit: int) -> dict[str, list[dict[str, Any]]]:
    """Queued (most urgent, then oldest first), assigned (nearest deadline first) and escalated (latest first)
    tasks, at most `limit` of each, each with its latest routing decision (`latest_decision`, or None)."""
    board: dict[str, list[dict[str, Any]]] = {}
    with ctx.db.read() as session:
        for status, order in BOARD_ORDER.items():
            tasks = session.scalars(select(RoutingTask).where(RoutingTask.org_id == caller.org_id, RoutingTask.status == status)
                                    .order_by(*order, RoutingTask.id).limit(limit))
            board[status] = [_task_dict(task) for task in tasks]
        shown = [task["id"] for tasks in board.values() for task in tasks]
        latest = {decision.task_id: row_to_dict(decision, exclude=("org_id",)) for decision in session.scalars(
            select(RoutingDecision).where(RoutingDecision.org_id == caller.org_id, RoutingDecision.task_id.in_(shown))
            .order_by(RoutingDecision.created_at, RoutingDecision.id))}
    for tasks in board.values():
        for task in tasks:
            task["latest_decision"] = latest.get(task["id"])
    return board


def remove_task(ctx: AppContext, caller: Principal, task_id: str) -> dict[str, Any]:
    """Delete a task, freeing its agent's slot if it held one."""
    with ctx.db.write() as session:
        task = _task(session, caller.org_id, task_id, ctx)
        freed = _release(session, task)
        session.execute(delete(RoutingTask).where(RoutingTask.id == task.id))
        if freed:
            _route_queue(ctx, session, caller.org_id)
        return {"deleted": True, "id": task_id}


def complete_task(ctx: AppContext, caller: Principal, task_id: str, body: TaskCompletion) -> dict[str, Any]:
    """Finish a task: success completes it; failure retries it on another agent or escalates it."""
    result = _bounded_result(body.result)
    with ctx.db.write() as session:
        task = _task(session, caller.org_id, task_id, ctx)
        if task.status in ("completed", "escalated"):
            raise conflict(f"Task is already {task.status}")
        agent_id = task.assigned_to
        _release(session, task, succeeded=body.success)
        task.result, task.error = result, body.error
        if body.success:
            task.status, task.updated_at = "completed", utcnow()
            session.flush()
            _announce(ctx, session, task, TASK_COMPLETED, task.callback_url)
            routing: dict[str, Any] = {"status": "completed"}
        else:
            routing = _fail(ctx, session, task, agent_id, body.error or "Reported as failed")
        _route_queue(ctx, session, caller.org_id)
        session.refresh(task)
        return {"task": _task_dict(task), "routing": routing}


def stats(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """Agents by status, tasks by status, and how many routing decisions were made."""
    org_id = caller.org_id
    with ctx.db.read() as session:
        agents = dict(session.execute(select(RoutingAgent.status, func.count()).where(
            RoutingAgent.org_id == org_id).group_by(RoutingAgent.status)).all())
        tasks = dict(session.execute(select(RoutingTask.status, func.count()).where(
            RoutingTask.org_id == org_id).group_by(RoutingTask.status)).all())
        decisions = session.scalar(select(func.count()).select_from(RoutingDecision).where(RoutingDecision.org_id == org_id))
    return {
        "agents": {"total": sum(agents.values()), **{status: agents.get(status, 0) for status in ("available", "busy", "offline")}},
        "tasks": {"total": sum(tasks.values()),
                  **{status: tasks.get(status, 0) for status in ("pending", "assigned", "completed", "failed", "escalated")}},
        "routing": {"total_decisions": decisions or 0},
    }


def health(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """Whether routing is keeping up: queued and overdue tasks, free capacity."""
    org_id, now = caller.org_id, utcnow()
    with ctx.db.read() as session:
        queued, oldest = session.execute(select(func.count(), func.min(RoutingTask.created_at)).where(
            RoutingTask.org_id == org_id, RoutingTask.status == "pending")).one()
        overdue = session.scalar(select(func.count()).select_from(RoutingTask).where(
            RoutingTask.org_id == org_id, RoutingTask.status == "assigned", RoutingTask.deadline_at <= now))
        free = session.scalar(select(func.coalesce(func.sum(RoutingAgent.max_concurrent - RoutingAgent.current_load), 0)).where(
            RoutingAgent.org_id == org_id, RoutingAgent.status == "available"))
    return {
        "status": "ok" if not overdue else "degraded",
        "service": "dashclaw-routing",
        "timestamp": iso(now),
        "queued_tasks": queued,
        "oldest_queued_at": iso(oldest),
        "overdue_tasks": overdue or 0,
        "free_slots": int(free or 0),
    }


# --- maintenance -----------------------------------------------------------------------------------------


def run_maintenance(ctx: AppContext) -> dict[str, int]:
    """Retry or escalate every overdue task and route the queues of the orgs whose slots that freed; safe on
    every replica at once. (Every other event that frees a slot routes its org's queue itself.)"""
    with ctx.db.write() as session:
        overdue = session.scalars(_locked(ctx, select(RoutingTask).where(
            RoutingTask.status == "assigned", RoutingTask.deadline_at <= utcnow(),
        ).order_by(RoutingTask.deadline_at).limit(QUEUE_BATCH))).all()
        for task in overdue:
            agent_id = task.assigned_to
            _release(session, task, succeeded=False)
            _fail(ctx, session, task, agent_id, f"Timed out after {task.timeout_seconds}s")
        routed = sum(_route_queue(ctx, session, org_id) for org_id in sorted({task.org_id for task in overdue}))
    return {"timed_out": len(overdue), "routed": routed}


def maintenance_poller(ctx: AppContext) -> Poller:
    """Polls `run_maintenance` every `routing_maintenance_seconds` (the app's lifespan starts it)."""
    return Poller("routing-maintenance", lambda: ctx.settings.routing_maintenance_seconds, lambda: run_maintenance(ctx))


# --- matching and bookkeeping ----------------------------------------------------------------------------


def _route(ctx: AppContext, session: Session, task: RoutingTask, *, log_miss: bool = True) -> dict[str, Any]:
    """Assign `task` to the best agent with a free slot (claimed atomically) and log the decision (a miss too,
    unless `log_miss` is false: a queued task retried on every freed slot would log one each time)."""
    pool = {agent.id: agent for agent in session.scalars(select(RoutingAgent).where(RoutingAgent.org_id == task.org_id))}
    candidates = [_pool_agent(agent) for agent in pool.values()]
    history = _history(session, task.org_id, list(pool), task.required_skills)
    chosen: Scored | None = None
    ranked: list[Scored] = []
    while True:
        chosen, ranked = rank(candidates, task.required_skills, task.urgency, history, avoid=task.last_failed_agent)
        if chosen is None or _take_slot(session, chosen.agent.id):
            break
        candidates = [agent for agent in candidates if agent.id != chosen.agent.id]  # filled by someone else
    now = utcnow()
    if chosen is None and not log_miss:
        return {"status": "pending", "reason": NO_MATCH}
    session.add(RoutingDecision(
        id=hex_id("rd"), org_id=task.org_id, task_id=task.id, selected_agent_id=chosen and chosen.agent.id,
        score=chosen.score if chosen else 0.0, reason="; ".join(chosen.reasons) if chosen else NO_MATCH,
        candidates=[scored.to_dict() for scored in ranked], created_at=now,
    ))
    if chosen is None:
        capable = any(set(task.required_skills) <= agent.skills().keys() for agent in candidates)
        return {"status": "pending", "reason": NO_MATCH if capable or not task.required_skills else NO_CAPABLE_AGENT}
    task.status, task.assigned_to, task.assigned_at, task.updated_at = "assigned", chosen.agent.id, now, now
    task.deadline_at = now + timedelta(seconds=task.timeout_seconds)
    session.flush()
    _announce(ctx, session, task, TASK_ASSIGNED, pool[chosen.agent.id].endpoint)
    return {"status": "assigned", "agent_id": chosen.agent.id, "agent_name": chosen.agent.name,
            "score": chosen.score, "reasons": chosen.reasons}


def _route_queue(ctx: AppContext, session: Session, org_id: str) -> int:
    """Route the org's queued tasks, most urgent and oldest first, while agents have free slots."""
    free = select(RoutingAgent.id).where(RoutingAgent.org_id == org_id, RoutingAgent.status == "available",
                                         RoutingAgent.current_load < RoutingAgent.max_concurrent).limit(1)
    if session.scalar(free) is None:
        return 0
    queue = session.scalars(_locked(ctx, select(RoutingTask).where(
        RoutingTask.org_id == org_id, RoutingTask.status == "pending",
    ).order_by(URGENCY_ORDER, RoutingTask.created_at).limit(QUEUE_BATCH))).all()
    routed = 0
    for task in queue:
        if _route(ctx, session, task, log_miss=False)["status"] == "assigned":
            routed += 1
            if session.scalar(free) is None:
                break
    return routed


def _take_slot(session: Session, agent_id: str) -> bool:
    claimed = session.execute(update(RoutingAgent).where(
        RoutingAgent.id == agent_id, RoutingAgent.status == "available",
        RoutingAgent.current_load < RoutingAgent.max_concurrent,
    ).values(current_load=RoutingAgent.current_load + 1, updated_at=utcnow()))
    return claimed.rowcount == 1


def _release(session: Session, task: RoutingTask, succeeded: bool | None = None) -> bool:
    """Free the slot an assigned task holds and, when it finished (`succeeded` given), record the result."""
    if task.status != "assigned" or not task.assigned_to:
        return False
    session.execute(update(RoutingAgent).where(RoutingAgent.id == task.assigned_to, RoutingAgent.current_load > 0)
                    .values(current_load=RoutingAgent.current_load - 1, updated_at=utcnow()))
    if succeeded is not None:
        _record_result(session, task, succeeded)
    return True


def _record_result(session: Session, task: RoutingTask, succeeded: bool) -> None:
    duration_ms = (utcnow() - (task.assigned_at or task.created_at)).total_seconds() * 1000
    existing = {metric.skill: metric for metric in session.scalars(select(RoutingAgentMetric).where(
        RoutingAgentMetric.org_id == task.org_id, RoutingAgentMetric.agent_id == task.assigned_to,
        RoutingAgentMetric.skill.in_(task.required_skills)))}
    for skill in task.required_skills:
        metric = existing.get(skill)
        if metric is None:
            metric = RoutingAgentMetric(id=hex_id("ram"), org_id=task.org_id, agent_id=task.assigned_to, skill=skill,
                                        completed=0, failed=0, avg_duration_ms=0.0)
            session.add(metric)
        if succeeded:
            metric.avg_duration_ms = (metric.avg_duration_ms * metric.completed + duration_ms) / (metric.completed + 1)
            metric.completed += 1
        else:
            metric.failed += 1
        metric.updated_at = utcnow()


def _fail(ctx: AppContext, session: Session, task: RoutingTask, agent_id: str | None, error: str) -> dict[str, Any]:
    """Send a failed task back to the queue (to another agent if there is one) or escalate it."""
    task.error, task.last_failed_agent = error, agent_id
    if task.retry_count < task.max_retries:
        _requeue(task)
        task.retry_count += 1
        session.flush()
        return _route(ctx, session, task)
    task.status, task.assigned_to, task.updated_at = "escalated", None, utcnow()
    reason = f"{error}; no retries left ({task.max_retries} allowed)"
    session.flush()
    _announce(ctx, session, task, TASK_COMPLETED, task.callback_url)
    return {"status": "escalated", "reason": reason}


def _announce(ctx: AppContext, session: Session, task: RoutingTask, event_type: str, url: str | None) -> None:
    """Put `{task}` on the org's stream and webhooks, and send it to `url` (an agent's endpoint, a task's
    callback) through the same durable outbox: retried, and sent once the transaction commits, or never."""
    events.emit(ctx, session, task.org_id, event_type, {"task": _task_dict(task)}, subject_id=task.id, deliver_to=url)


def _requeue(task: RoutingTask) -> None:
    task.status, task.assigned_to, task.assigned_at, task.deadline_at, task.updated_at = "pending", None, None, None, utcnow()


def _history(session: Session, org_id: str, agent_ids: list[str], skills: Iterable[str]) -> dict[str, dict[str, Track]]:
    skills = list(skills)
    if not agent_ids or not skills:
        return {}
    history: dict[str, dict[str, Track]] = {}
    for metric in session.scalars(select(RoutingAgentMetric).where(
        RoutingAgentMetric.org_id == org_id, RoutingAgentMetric.agent_id.in_(agent_ids), RoutingAgentMetric.skill.in_(skills),
    )):
        history.setdefault(metric.agent_id, {})[metric.skill] = Track(metric.completed, metric.failed)
    return history


def _locked(ctx: AppContext, query, *, skip: bool = True):
    """`query` taking row locks, which other replicas skip or wait for (PostgreSQL; SQLite has one writer)."""
    return query if ctx.db.is_sqlite else query.with_for_update(skip_locked=skip)


def _agent(session: Session, org_id: str, agent_id: str) -> RoutingAgent:
    agent = session.scalar(select(RoutingAgent).where(RoutingAgent.org_id == org_id, RoutingAgent.id == agent_id))
    if agent is None:
        raise not_found("Agent")
    return agent


def _task(session: Session, org_id: str, task_id: str, ctx: AppContext | None = None) -> RoutingTask:
    """The org's task; locked for the transaction when `ctx` is given."""
    query = select(RoutingTask).where(RoutingTask.org_id == org_id, RoutingTask.id == task_id)
    task = session.scalar(query if ctx is None else _locked(ctx, query, skip=False))
    if task is None:
        raise not_found("Task")
    return task


def _pool_agent(agent: RoutingAgent) -> PoolAgent:
    return PoolAgent(agent.id, agent.name, agent.capabilities or [], agent.max_concurrent, agent.current_load, agent.status)


def _task_dict(task: RoutingTask) -> dict[str, Any]:
    return row_to_dict(task, exclude=("last_failed_agent",))


def _check_url(ctx: AppContext, what: str, url: str | None) -> None:
    if url and (problem := check_target_url(url, allow_private=ctx.settings.allow_private_webhooks)):
        raise ApiError(400, f"{what}: {problem}")


def _bounded_result(result: Any) -> Any:
    if result is not None and len(orjson.dumps(result)) > MAX_RESULT_LENGTH:
        raise ApiError(400, "Validation failed", [f"result exceeds max length of {MAX_RESULT_LENGTH}"])
    return result
