"""The actions list's `total` and `stats` without a scan per request.

`action_counters` holds, per org, agent, action type and status, how many actions there are, how many are
high-risk, and the sums of their risk scores and costs. Every write that creates, changes or deletes
actions adds its difference in its own transaction, so the counters are exactly as fresh as the rows: a
list filtered by nothing but agent, type and status sums a few counter rows. Filters the counters do not
key (`risk_min`, `swarm_id`) are counted on the rows themselves, exactly while at most `COUNT_CAP` rows
match; beyond that `total` is `COUNT_CAP`, flagged as a lower bound, and `stats` describe the rows counted.
"""
from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import case, delete, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..core.pagination import COUNT_CAP
from ..db.counters import add_to_counters
from .models import Action, ActionCounter
from .schemas import ActionFilters

HIGH_RISK = 70
COUNTED_FILTERS = ("agent_id", "action_type", "status")
Counted = tuple[tuple[str, str, str, str], tuple[int, int, int, float]]
"""(counter key, what one action adds to its sums)."""


def counted(action: Action) -> Counted:
    """What `action`, as it stands, contributes to the counters."""
    key = (action.org_id, action.agent_id, action.action_type, action.status)
    return key, (1, int(action.risk_score >= HIGH_RISK), action.risk_score, float(action.cost_estimate or 0))


def count_change(session: Session, before: Counted | None, after: Counted | None) -> None:
    """Move one action's contribution from `before` to `after` (None: it did not exist, or no longer does)."""
    deltas: dict[tuple, list[float]] = {}
    for entry, sign in ((before, -1), (after, 1)):
        if entry is not None:
            key, values = entry
            sums = deltas.setdefault(key, [0, 0, 0, 0.0])
            for index, value in enumerate(values):
                sums[index] += sign * value
    add_to_counters(session, ActionCounter.__table__, deltas)


def count_deleted(session: Session, conditions: Iterable[Any]) -> None:
    """Take the actions matching `conditions` out of the counters (before deleting them, in the same transaction)."""
    keys = (Action.org_id, Action.agent_id, Action.action_type, Action.status)
    rows = session.execute(select(*keys, *_sums()).where(*conditions).group_by(*keys))
    add_to_counters(session, ActionCounter.__table__, {tuple(row[:4]): [-value for value in row[4:]] for row in rows})


def action_stats(session: Session, org_id: str, filters: ActionFilters, conditions: list[Any]) -> tuple[dict[str, Any], bool]:
    """(the list's `stats` for these filters, whether `total` is exact) from the counters when they key every
    filter, else from at most `COUNT_CAP` + 1 matching rows (`conditions`)."""
    if filters.risk_min is None and not filters.swarm_id:
        matching = [ActionCounter.org_id == org_id] + [
            getattr(ActionCounter, name) == getattr(filters, name) for name in COUNTED_FILTERS if getattr(filters, name)
        ]
        counter = ActionCounter
        row = session.execute(select(
            func.sum(counter.actions), *_by_status(counter.status, counter.actions),
            func.sum(counter.high_risk), func.sum(counter.risk_sum), func.sum(counter.cost_sum),
        ).where(*matching)).one()
        return _stats(*row), True
    capped = select(Action.status, Action.risk_score, Action.cost_estimate).where(*conditions).limit(COUNT_CAP + 1).subquery()
    row = session.execute(select(
        func.count(), *_by_status(capped.c.status, 1),
        func.sum(case((capped.c.risk_score >= HIGH_RISK, 1), else_=0)), func.sum(capped.c.risk_score),
        func.sum(capped.c.cost_estimate),
    )).one()
    stats = _stats(*row)
    if stats["total"] <= COUNT_CAP:
        return stats, True
    return {**stats, "total": COUNT_CAP}, False


def rebuild_counters(connection: Connection) -> None:
    """Recount every org's actions from the rows (after rows were loaded around the API, e.g. in bulk)."""
    keys = (Action.org_id, Action.agent_id, Action.action_type, Action.status)
    connection.execute(delete(ActionCounter))
    connection.execute(insert(ActionCounter).from_select(
        [*(column.key for column in keys), "actions", "high_risk", "risk_sum", "cost_sum"],
        select(*keys, *_sums()).group_by(*keys),
    ))


def _sums() -> tuple[Any, ...]:
    """Per group of actions: the counters' sums, in column order."""
    return (
        func.count(), func.sum(case((Action.risk_score >= HIGH_RISK, 1), else_=0)), func.sum(Action.risk_score),
        func.sum(Action.cost_estimate),
    )


def _by_status(status: Any, weight: Any) -> tuple[Any, ...]:
    return tuple(func.sum(case((status == name, weight), else_=0)) for name in ("completed", "failed", "running"))


def _stats(total, completed, failed, running, high_risk, risk_sum, cost_sum) -> dict[str, Any]:
    total = int(total or 0)
    return {
        "total": total,
        "completed": int(completed or 0),
        "failed": int(failed or 0),
        "running": int(running or 0),
        "high_risk": int(high_risk or 0),
        "avg_risk": round(float(risk_sum or 0) / total, 2) if total else 0.0,
        "total_cost": round(float(cost_sum or 0), 4),
    }
