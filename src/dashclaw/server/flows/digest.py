"""The daily digest: what an agent (or the org) did on one day, from actions and every workspace record.

A day runs from midnight to midnight in the caller's time zone (`timezone`, an IANA name; UTC by default),
so an agent in Auckland and one in Los Angeles each get their own "today".
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..actions.models import Action
from ..core.auth import Principal
from ..core.clock import iso, utcnow
from ..core.errors import validation_failed
from ..learning.models import ContentItem, Goal, Interaction, LearningDecision
from ..workspace.models import Idea
from ..workspace.schemas import DigestQuery

if TYPE_CHECKING:
    from ..deps import AppContext

ACTION_ITEMS, OTHER_ITEMS = 20, 10
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
TIMEZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*")
# source -> (model, time column, whether it has an agent, the fields each item shows)
SOURCES: dict[str, tuple[type, str, bool, tuple[str, ...]]] = {
    "decisions": (LearningDecision, "timestamp", True, ("id", "decision", "outcome")),
    "content": (ContentItem, "created_at", True, ("id", "title", "platform", "status")),
    "ideas": (Idea, "captured_at", False, ("id", "title", "score")),
    "interactions": (Interaction, "created_at", True, ("id", "summary", "direction")),
    "goals": (Goal, "created_at", True, ("id", "title", "progress", "status")),
}
SUMMARY_KEYS = {"actions": "action_count", "decisions": "decision_count", "lessons": "lesson_count",
                "content": "content_count", "ideas": "idea_count", "interactions": "interaction_count",
                "goals": "goal_count"}


def _zone(name: str | None) -> ZoneInfo | timezone:
    if not name:
        return timezone.utc
    if len(name) > 64 or not TIMEZONE_NAME.fullmatch(name):
        raise validation_failed(["timezone must be an IANA time zone name such as Europe/Berlin"])
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise validation_failed([f"timezone {name!r} is not a known IANA time zone"]) from None


def _day(text: str | None, zone: ZoneInfo | timezone) -> date:
    if text is None:
        return utcnow().astimezone(zone).date()
    try:
        day = date.fromisoformat(text) if DAY.fullmatch(text) else None
    except ValueError:
        day = None
    if day is None or not 1 < day.year < 9998:
        raise validation_failed(["date must be a day as YYYY-MM-DD between years 2 and 9997"])
    return day


def day_bounds(day: date, zone: ZoneInfo | timezone) -> tuple[datetime, datetime]:
    """The UTC instants where `day` starts and where the next day starts, in `zone`."""
    start = datetime.combine(day, time.min, zone)
    end = datetime.combine(day + timedelta(days=1), time.min, zone)
    return start.astimezone(timezone.utc), end.astimezone(timezone.utc)


def daily_digest(ctx: AppContext, caller: Principal, query: DigestQuery) -> dict[str, Any]:
    """Everything recorded on one day (today by default), with counts per source."""
    zone = _zone(query.timezone)
    day = _day(query.date, zone)
    start, end = day_bounds(day, zone)
    with ctx.db.read() as session:
        digest = {"actions": _actions(session, caller.org_id, query.agent_id, start, end),
                  "lessons": {"total": 0, "items": []}}  # no API records lessons
        for name, (model, column, by_agent, fields) in SOURCES.items():
            digest[name] = _source(session, caller.org_id, query.agent_id if by_agent else None, model,
                                   getattr(model, column), fields, start, end)
    summary = {key: digest[name]["total"] for name, key in SUMMARY_KEYS.items()}
    return {
        "date": day.isoformat(),
        "timezone": query.timezone or "UTC",
        "agent_id": query.agent_id,
        "starts_at": iso(start),
        "ends_at": iso(end),
        "digest": {name: digest[name] for name in SUMMARY_KEYS},
        "summary": {"total_activities": sum(summary.values()), **summary},
    }


def _actions(session: Session, org_id: str, agent_id: str | None, start: datetime, end: datetime) -> dict[str, Any]:
    scope = [Action.org_id == org_id, Action.timestamp_start >= start, Action.timestamp_start < end]
    if agent_id:
        scope.append(Action.agent_id == agent_id)
    total, completed, failed, risk = session.execute(select(
        func.count(), func.sum(case((Action.status == "completed", 1), else_=0)),
        func.sum(case((Action.status == "failed", 1), else_=0)), func.avg(Action.risk_score),
    ).where(*scope)).one()
    rows = session.execute(select(Action.action_id, Action.action_type, Action.declared_goal, Action.status,
                                  Action.risk_score, Action.timestamp_start)
                           .where(*scope).order_by(Action.timestamp_start.desc()).limit(ACTION_ITEMS)).all()
    items = [{**row._asdict(), "timestamp_start": iso(row.timestamp_start)} for row in rows]
    return {"total": total, "completed": int(completed or 0), "failed": int(failed or 0),
            "avg_risk": round(float(risk or 0)), "items": items}


def _source(session: Session, org_id: str, agent_id: str | None, model: type, column: Any, fields: tuple[str, ...],
            start: datetime, end: datetime) -> dict[str, Any]:
    scope = [model.org_id == org_id, column >= start, column < end]
    if agent_id:
        scope.append(model.agent_id == agent_id)
    total = session.scalar(select(func.count()).select_from(model).where(*scope))
    rows = session.execute(select(*(getattr(model, name) for name in fields), column.label("at"))
                           .where(*scope).order_by(column.desc(), model.id.desc()).limit(OTHER_ITEMS)).all()
    items = [{**{name: getattr(row, name) for name in fields}, column.key: iso(row.at)} for row in rows]
    return {"total": total, "items": items}
