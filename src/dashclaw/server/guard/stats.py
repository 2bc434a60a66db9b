"""The decision log's `total` without a scan per request.

`guard_decision_counters` holds how many decisions of each kind the log has per org and agent. Rows are
counted in the transaction that inserts them (the group-commit writer's batch, or an action's own
transaction), so the counters are exactly as fresh as the log.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Callable, Mapping

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..db.counters import add_to_counters
from .models import GuardDecision, GuardDecisionCounter
from .schemas import DecisionFilters

NO_AGENT = ""  # the counters' agent for decisions made without one


def count_logged(connection: Connection | Session, records: list[Mapping[str, Any]]) -> None:
    """Add these decision-log rows (`org_id`, `agent_id`, `decision`) to the counters."""
    keys = Counter((record["org_id"], record["agent_id"] or NO_AGENT, record["decision"]) for record in records)
    add_to_counters(connection, GuardDecisionCounter.__table__, {key: (count,) for key, count in keys.items()})


def batch_counter(table: Table) -> Callable[[Connection, list[tuple]], Callable[[], None]]:
    """A `BatchWriter` companion counting each batch of encoded log rows in the batch's own transaction."""
    names = [column.name for column in table.columns]
    positions = {name: names.index(name) for name in ("org_id", "agent_id", "decision")}

    def count(connection: Connection, rows: list[tuple]) -> Callable[[], None]:
        count_logged(connection, [{name: row[at] for name, at in positions.items()} for row in rows])
        return lambda: None

    return count


def decision_total(session: Session, org_id: str, filters: DecisionFilters) -> int:
    """How many of the org's logged decisions match the list's filters."""
    conditions = [GuardDecisionCounter.org_id == org_id]
    if filters.agent_id:
        conditions.append(GuardDecisionCounter.agent_id == filters.agent_id)
    if filters.decision:
        conditions.append(GuardDecisionCounter.decision == filters.decision)
    return int(session.scalar(select(func.sum(GuardDecisionCounter.decisions)).where(*conditions)) or 0)


def rebuild_counters(connection: Connection) -> None:
    """Recount every org's decision log from the rows (after rows were loaded around the API, e.g. in bulk)."""
    agent = func.coalesce(GuardDecision.agent_id, NO_AGENT)
    keys = (GuardDecision.org_id, agent, GuardDecision.decision)
    connection.execute(delete(GuardDecisionCounter))
    connection.execute(insert(GuardDecisionCounter).from_select(
        ["org_id", "agent_id", "decision", "decisions"], select(*keys, func.count()).group_by(*keys)
    ))
