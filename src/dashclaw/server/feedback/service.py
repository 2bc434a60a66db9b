"""Feedback: stored with a rule-based sentiment and tags (`sentiment.py`), listed, resolved, summarised."""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, delete, func, select

from ..core.auth import Principal
from ..core.clock import utcnow
from ..core.errors import ApiError, not_found
from ..core.ids import hex_id
from ..core.numbers import js_round
from ..core.pagination import NewestFirst
from ..core.redaction import redact_value
from ..core.serialize import row_to_dict
from . import sentiment
from .models import Feedback
from .schemas import FeedbackCreate, FeedbackFilters, FeedbackResolve, StatsFilters

if TYPE_CHECKING:
    from ..deps import AppContext

NEWEST_FIRST = NewestFirst(Feedback.created_at, Feedback.id)


def _get(session: Any, org_id: str, feedback_id: str) -> Feedback:
    row = session.scalar(select(Feedback).where(Feedback.org_id == org_id, Feedback.id == feedback_id))
    if row is None:
        raise not_found("Feedback")
    return row


def submit(ctx: AppContext, caller: Principal, body: FeedbackCreate) -> dict[str, Any]:
    """Store feedback with its sentiment and tags (a rating, a comment or both)."""
    rating = body.rating or None  # 0 means "no rating", as the reference reads it
    if rating is None and not body.comment:
        raise ApiError(400, "rating or comment is required")
    if rating is not None and not 1 <= rating <= 5:
        raise ApiError(400, "rating must be 1-5")
    comment, _ = redact_value(body.comment, ctx.redaction.mode(caller.org_id))
    row = Feedback(id=hex_id("fb"), org_id=caller.org_id, action_id=body.action_id, agent_id=body.agent_id,
                   source=body.source, rating=rating, sentiment=sentiment.sentiment(rating, body.comment),
                   category=body.category, comment=comment, tags=sentiment.tags(body.tags, body.comment),
                   metadata_=body.metadata, resolved=False, created_by=caller.actor_id or caller.role, created_at=utcnow())
    with ctx.db.write() as session:
        session.add(row)
    return {"id": row.id, "sentiment": row.sentiment, "tags": row.tags}


def list_feedback(ctx: AppContext, caller: Principal, filters: FeedbackFilters, limit: int) -> dict[str, Any]:
    """Feedback, newest first, every given filter applying."""
    conditions = [Feedback.org_id == caller.org_id]
    for name in ("action_id", "agent_id", "category", "sentiment", "resolved"):
        if getattr(filters, name) is not None:
            conditions.append(getattr(Feedback, name) == getattr(filters, name))
    with ctx.db.read() as session:
        page, next_cursor = NEWEST_FIRST.read(session, select(Feedback).where(*conditions), filters.cursor, limit)
    return {"feedback": [row_to_dict(r) for r in page], "total": len(page), "next_cursor": next_cursor}


def get_feedback(ctx: AppContext, caller: Principal, feedback_id: str) -> dict[str, Any]:
    """One piece of feedback."""
    with ctx.db.read() as session:
        return row_to_dict(_get(session, caller.org_id, feedback_id))


def resolve(ctx: AppContext, caller: Principal, feedback_id: str, body: FeedbackResolve) -> dict[str, Any]:
    """Mark feedback as dealt with."""
    with ctx.db.write() as session:
        row = _get(session, caller.org_id, feedback_id)
        row.resolved = True
        row.resolved_at = utcnow()
        row.resolved_by = body.resolved_by or "user"
        session.flush()
        return row_to_dict(row)


def delete_feedback(ctx: AppContext, caller: Principal, feedback_id: str) -> dict[str, Any]:
    """Delete feedback (unknown ids too, as the reference answers)."""
    with ctx.db.write() as session:
        session.execute(delete(Feedback).where(Feedback.org_id == caller.org_id, Feedback.id == feedback_id))
    return {"deleted": True}


def _avg(value: Any) -> float | None:
    return js_round(float(value), 2) if value is not None else None


def stats(ctx: AppContext, caller: Principal, filters: StatsFilters) -> dict[str, Any]:
    """Totals (of one agent when given), by category, by agent, by rating, and the commonest tags."""
    f = Feedback
    org = f.org_id == caller.org_id
    count_of = lambda condition: func.sum(case((condition, 1), else_=0))  # noqa: E731
    with ctx.db.read() as session:
        total, avg, positive, negative, neutral, unresolved, today = session.execute(select(
            func.count(), func.avg(f.rating), count_of(f.sentiment == "positive"), count_of(f.sentiment == "negative"),
            count_of(f.sentiment == "neutral"), count_of(f.resolved.is_(False)),
            count_of(f.created_at >= utcnow() - timedelta(days=1)),
        ).where(org, *([f.agent_id == filters.agent_id] if filters.agent_id else []))).one()
        by_category = [{"category": c, "count": n, "avg_rating": _avg(a)} for c, n, a in session.execute(
            select(f.category, func.count(), func.avg(f.rating)).where(org).group_by(f.category)
            .order_by(func.count().desc(), f.category).limit(10))]
        by_agent = [{"agent_id": agent, "count": n, "avg_rating": _avg(a), "positive": int(p or 0), "negative": int(m or 0)}
                    for agent, n, a, p, m in session.execute(
                        select(f.agent_id, func.count(), func.avg(f.rating), count_of(f.sentiment == "positive"),
                               count_of(f.sentiment == "negative")).where(org, f.agent_id != "")
                        .group_by(f.agent_id).order_by(func.count().desc(), f.agent_id).limit(10))]
        ratings = [{"rating": r, "count": n} for r, n in session.execute(
            select(f.rating, func.count()).where(org, f.rating.is_not(None)).group_by(f.rating).order_by(f.rating))]
        tag_counts: dict[str, int] = {}
        for tags in session.scalars(select(f.tags).where(org).order_by(f.created_at.desc()).limit(10_000)):
            for tag in tags or ():
                tag_counts[tag] = tag_counts.get(tag, 0) + 1
    return {
        "overall": {"total_feedback": total, "avg_rating": _avg(avg), "positive_count": int(positive or 0),
                    "negative_count": int(negative or 0), "neutral_count": int(neutral or 0),
                    "unresolved_count": int(unresolved or 0), "today_count": int(today or 0)},
        "by_category": by_category, "by_agent": by_agent, "rating_distribution": ratings,
        "top_tags": [{"tag": t, "count": n} for t, n in sorted(tag_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:15]],
    }
