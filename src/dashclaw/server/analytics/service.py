"""Stored learning analytics: velocity rows and learning curves, replaced per window when recomputed."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.ids import hex_id
from ..core.pagination import NewestFirst
from ..core.serialize import row_to_dict
from .formulas import MATURITY_LEVELS
from .models import LearningCurve, LearningVelocity
from .schemas import CurveFilters, VelocityFilters

if TYPE_CHECKING:
    from ..deps import AppContext

NEWEST_FIRST = NewestFirst(LearningVelocity.created_at, LearningVelocity.id)


def replace_velocity(session: Session, org_id: str, agent_id: str, period: str, result: dict[str, Any]) -> dict[str, Any]:
    """Store an agent's velocity, replacing the row of the same period and window start."""
    session.execute(delete(LearningVelocity).where(
        LearningVelocity.org_id == org_id, LearningVelocity.agent_id == agent_id, LearningVelocity.period == period,
        LearningVelocity.period_start == result["period_start"]))
    fields = {name: value for name, value in result.items() if name != "windows"}
    row = LearningVelocity(id=hex_id("lv"), org_id=org_id, agent_id=agent_id, period=period, **fields)
    session.add(row)
    session.flush()
    return row_to_dict(row)


def replace_curve(session: Session, org_id: str, agent_id: str, action_type: str, windows: list[dict[str, Any]]) -> None:
    """Store an agent's curve windows of one action type, replacing the rows of the same window starts."""
    if not windows:
        return
    session.execute(delete(LearningCurve).where(
        LearningCurve.org_id == org_id, LearningCurve.agent_id == agent_id, LearningCurve.action_type == action_type,
        LearningCurve.window_start.in_([window["window_start"] for window in windows])))
    session.add_all(LearningCurve(id=hex_id("lc"), org_id=org_id, agent_id=agent_id, action_type=action_type, **window)
                    for window in windows)


def latest_velocity(session: Session, org_id: str) -> dict[str, LearningVelocity]:
    """Each agent's newest velocity row."""
    latest: dict[str, LearningVelocity] = {}
    for row in session.scalars(select(LearningVelocity).where(LearningVelocity.org_id == org_id)
                               .order_by(*NEWEST_FIRST.order_by())):
        latest.setdefault(row.agent_id, row)
    return latest


def list_velocity(ctx: AppContext, caller: Principal, filters: VelocityFilters, limit: int) -> dict[str, Any]:
    """Velocity rows, newest first, a keyset page at a time."""
    conditions = [LearningVelocity.org_id == caller.org_id]
    if filters.agent_id:
        conditions.append(LearningVelocity.agent_id == filters.agent_id)
    if filters.period:
        conditions.append(LearningVelocity.period == filters.period)
    with ctx.db.read() as session:
        page, next_cursor = NEWEST_FIRST.read(session, select(LearningVelocity).where(*conditions), filters.cursor, limit)
    return {"velocity": [row_to_dict(row) for row in page], "next_cursor": next_cursor}


def list_curves(ctx: AppContext, caller: Principal, filters: CurveFilters, limit: int) -> dict[str, Any]:
    """Learning-curve windows, oldest first (every given filter applies)."""
    conditions = [LearningCurve.org_id == caller.org_id]
    if filters.agent_id:
        conditions.append(LearningCurve.agent_id == filters.agent_id)
    if filters.action_type:
        conditions.append(LearningCurve.action_type == filters.action_type)
    with ctx.db.read() as session:
        rows = session.scalars(select(LearningCurve).where(*conditions)
                               .order_by(LearningCurve.window_start, LearningCurve.id).limit(limit))
        return {"curves": [row_to_dict(row) for row in rows]}


def maturity_levels(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """The maturity ladder, novice to master."""
    return {"levels": [{"level": level.level, "min_episodes": level.min_episodes,
                        "min_success_rate": level.min_success_rate, "min_avg_score": level.min_avg_score}
                       for level in MATURITY_LEVELS]}
