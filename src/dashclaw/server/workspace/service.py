"""The agent workspace: token usage snapshots, calendar events, ideas, memory health, and agent capabilities."""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.clock import TIMESTAMP_RULE, iso, parse_iso, utcnow
from ..core.errors import ApiError, validation_failed
from ..core.ids import hex_id
from ..core.records import insert_returning
from ..core.redaction import redact_fields
from ..core.serialize import row_to_dict
from ..core.validation import validated_items
from .models import (
    AgentCapability, CalendarEvent, Idea, MemoryEntity, MemoryHealthSnapshot, MemoryTopic, TokenSnapshot,
)
from .schemas import (
    MAX_MEMORY_ITEMS, CalendarEventCreate, CapabilityReport, EntityReport, HealthFigures, IdeaCreate, MemoryReport,
    TokenReport, TopicReport,
)

if TYPE_CHECKING:
    from ..deps import AppContext

DEFAULT_CONTEXT_MAX = 200_000
DEFAULT_IDEA_SCORE = 50
# USD per million tokens in and out, by the first model-name fragment that matches (the reference's table)
PRICES = (("haiku", 0.25, 1.25), ("sonnet", 3.0, 15.0), ("gpt-4o-mini", 0.15, 0.60), ("gpt-4o", 5.0, 15.0))
FALLBACK_PRICE = (15.0, 75.0)
UPCOMING_WINDOW = timedelta(hours=6)
UPCOMING_EVENTS = 10
HISTORY_DAYS = 7
TOP_IDEA_SCORE = 70
# stored health column <- the names agents send it under, first found wins
HEALTH_FIELDS = {
    "health_score": ("score", "health_score"), "total_files": ("total_files",), "total_lines": ("total_lines",),
    "total_size_kb": ("total_size_kb",), "memory_md_lines": ("memory_md_lines",), "oldest_daily": ("oldest_daily",),
    "newest_daily": ("newest_daily",), "days_with_notes": ("days_with_notes",),
    "avg_lines_per_day": ("avg_lines_per_day",), "potential_duplicates": ("duplicates", "potential_duplicates"),
    "stale_facts_count": ("stale_count", "stale_facts_count"),
}


def estimated_cost(model: str, tokens_in: int, tokens_out: int) -> float:
    """What the tokens cost in USD at the model's list price (the most expensive tier for unknown models)."""
    price_in, price_out = next(((i, o) for name, i, o in PRICES if name in model.lower()), FALLBACK_PRICE)
    return round((tokens_in * price_in + tokens_out * price_out) / 1_000_000, 6)


# --- tokens -------------------------------------------------------------------------------------------------


def report_tokens(ctx: AppContext, caller: Principal, body: TokenReport) -> dict[str, Any]:
    """Store one token usage snapshot, with its context fill and estimated cost."""
    if body.tokens_in is None and body.tokens_out is None:
        raise ApiError(400, "tokens_in or tokens_out is required")
    tokens_in, tokens_out = body.tokens_in or 0, body.tokens_out or 0
    model = body.model or "unknown"
    context_max = body.context_max or DEFAULT_CONTEXT_MAX
    context_used = body.context_used or 0
    row = TokenSnapshot(
        org_id=caller.org_id, agent_id=body.agent_id, session_key=body.session_key or body.agent_id or "sdk",
        model=model, tokens_in=tokens_in, tokens_out=tokens_out, context_used=context_used, context_max=context_max,
        context_pct=min(round(100 * context_used / context_max), 10**6),
        hourly_pct_left=100.0 if body.hourly_pct_left is None else body.hourly_pct_left,
        weekly_pct_left=100.0 if body.weekly_pct_left is None else body.weekly_pct_left,
        compactions=body.compactions or 0, estimated_cost=estimated_cost(model, tokens_in, tokens_out),
    )
    return {"snapshot": insert_returning(ctx.db, row)}


def token_usage(ctx: AppContext, caller: Principal, agent_id: str | None) -> dict[str, Any]:
    """The latest snapshot, and totals per UTC day for the last week (today first), for one agent or the org."""
    now = utcnow()
    scope = [TokenSnapshot.org_id == caller.org_id]
    if agent_id:
        scope.append(TokenSnapshot.agent_id == agent_id)
    day = func.date(TokenSnapshot.created_at)
    since = (now - timedelta(days=HISTORY_DAYS - 1)).replace(hour=0, minute=0, second=0, microsecond=0)
    with ctx.db.read() as session:
        latest = session.scalar(select(TokenSnapshot).where(*scope).order_by(TokenSnapshot.created_at.desc(),
                                                                            TokenSnapshot.id.desc()).limit(1))
        days = session.execute(
            select(day, func.sum(TokenSnapshot.tokens_in), func.sum(TokenSnapshot.tokens_out), func.count(),
                   func.sum(TokenSnapshot.estimated_cost))
            .where(*scope, TokenSnapshot.created_at >= since).group_by(day).order_by(day.desc())
        ).all()
    history = [
        {"date": str(date), "tokensIn": int(tokens_in), "tokensOut": int(tokens_out),
         "totalTokens": int(tokens_in + tokens_out), "snapshots": count, "estimatedCost": round(float(cost), 6)}
        for date, tokens_in, tokens_out, count, cost in days
    ]
    today = now.date().isoformat()
    return {
        "current": None if latest is None else {
            "tokensIn": latest.tokens_in, "tokensOut": latest.tokens_out, "compactions": latest.compactions,
            "model": latest.model, "session": latest.session_key, "agentId": latest.agent_id,
            "updatedAt": iso(latest.created_at),
        },
        "today": next((entry for entry in history if entry["date"] == today), None),
        "history": history,
        "lastUpdated": iso(now),
    }


# --- calendar and ideas -------------------------------------------------------------------------------------


def _timestamp(name: str, value: str | None):
    if value is None:
        return None
    try:
        return parse_iso(value)
    except ValueError:
        raise validation_failed([f"{name} must be {TIMESTAMP_RULE}"]) from None


def create_event(ctx: AppContext, caller: Principal, body: CalendarEventCreate) -> dict[str, Any]:
    """Store a calendar event (times parsed as ISO-8601, returned in UTC)."""
    start, end = _timestamp("start_time", body.start_time), _timestamp("end_time", body.end_time)
    fields = {"summary": body.summary, "location": body.location, "description": body.description}
    redact_fields(fields, tuple(fields), ctx.redaction.mode(caller.org_id))
    event = insert_returning(ctx.db, CalendarEvent(org_id=caller.org_id, start_time=start, end_time=end, **fields))
    return {"event": event}


def upcoming_events(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """The next events, from six hours ago on, soonest first."""
    now = utcnow()
    with ctx.db.read() as session:
        events = [row_to_dict(row) for row in session.scalars(
            select(CalendarEvent).where(CalendarEvent.org_id == caller.org_id,
                                        CalendarEvent.start_time >= now - UPCOMING_WINDOW)
            .order_by(CalendarEvent.start_time, CalendarEvent.id).limit(UPCOMING_EVENTS)
        )]
    return {"events": events, "count": len(events), "lastUpdated": iso(now)}


def new_idea(org_id: str, body: IdeaCreate, mode: str) -> Idea:
    """An idea row; without a score it is the mean of the sub-scores given, else 50."""
    fields = body.provided()
    redact_fields(fields, ("title", "description", "source"), mode)
    if body.score is None:  # 0 counts as "not said", as the reference treats it
        parts = [value for value in (body.fun_factor, body.learning_potential, body.income_potential) if value is not None]
        fields["score"] = round(sum(parts) / len(parts)) if parts else DEFAULT_IDEA_SCORE
    fields["score"] = fields["score"] or DEFAULT_IDEA_SCORE
    return Idea(org_id=org_id, **fields)


def record_idea(ctx: AppContext, caller: Principal, body: IdeaCreate) -> dict[str, Any]:
    """Store an idea."""
    return {"idea": insert_returning(ctx.db, new_idea(caller.org_id, body, ctx.redaction.mode(caller.org_id)))}


def list_ideas(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """The 50 newest ideas, with org-wide counts."""
    org = Idea.org_id == caller.org_id
    with ctx.db.read() as session:
        ideas = [row_to_dict(row) for row in session.scalars(
            select(Idea).where(org).order_by(Idea.captured_at.desc(), Idea.id.desc()).limit(50))]
        total, pending, shipped, average, top = session.execute(select(
            func.count(), func.count().filter(Idea.status == "pending"), func.count().filter(Idea.status == "shipped"),
            func.avg(Idea.score), func.count().filter(Idea.score >= TOP_IDEA_SCORE),
        ).where(org)).one()
    stats = {"totalIdeas": total, "pending": pending, "shipped": shipped, "avgScore": round(float(average or 0)),
             "topIdeas": top}
    return {"ideas": ideas, "stats": stats, "lastUpdated": iso(utcnow())}


# --- memory health ------------------------------------------------------------------------------------------


def checked_memory(report: MemoryReport) -> tuple[HealthFigures | None, list[Any] | None, list[Any] | None]:
    """The health figures (None when `health` is not an object) and the entities and topics to store (None when
    not an array); 400 naming every invalid item."""
    details: list[str] = []
    health = None
    if isinstance(report.health, dict):
        health, problems = validated_items(HealthFigures, [report.health], "health")
        health = health[0] if health else None
        details += [problem.replace("health[0].", "health.") for problem in problems]
    entities = topics = None
    if isinstance(report.entities, list):
        entities, problems = validated_items(EntityReport, report.entities, "entities")
        details += problems
    if isinstance(report.topics, list):
        topics, problems = validated_items(TopicReport, report.topics, "topics")
        details += problems
    if details:
        raise validation_failed(details)
    return health, entities, topics


def store_memory(session: Session, org_id: str, health: HealthFigures | None, entities: list[Any] | None,
                 topics: list[Any] | None, *, snapshot: bool = True) -> tuple[MemoryHealthSnapshot | None, int]:
    """Write a health snapshot (zeros without figures) and replace the org's entities and topics with the first
    100 of each non-empty list, in the caller's transaction; returns the snapshot and the rows written."""
    row = None
    written = 0
    if snapshot:
        values = health.provided() if health else {}
        row = MemoryHealthSnapshot(org_id=org_id, **{
            column: next((values[name] for name in names if name in values), None)
            for column, names in HEALTH_FIELDS.items() if any(name in values for name in names)
        })
        session.add(row)
        written += 1
    for model, items in ((MemoryEntity, entities), (MemoryTopic, topics)):
        if not items:
            continue
        session.execute(delete(model).where(model.org_id == org_id))
        for item in items[:MAX_MEMORY_ITEMS]:
            count = item.mentions if item.mentions is not None else item.mention_count
            extra = {"type": item.type or "other"} if model is MemoryEntity else {}
            session.add(model(org_id=org_id, name=item.name, mention_count=1 if count is None else count, **extra))
            written += 1
    session.flush()
    return row, written


def report_memory(ctx: AppContext, caller: Principal, body: MemoryReport) -> dict[str, Any]:
    """Store a memory health snapshot; non-empty entity and topic lists replace the org's."""
    if not body.health:
        raise ApiError(400, "health object is required")
    health, entities, topics = checked_memory(body)
    with ctx.db.write() as session:
        snapshot, _ = store_memory(session, caller.org_id, health, entities, topics)
        data = row_to_dict(snapshot)
    return {
        "snapshot": data,
        "entities_count": len(body.entities) if isinstance(body.entities, list) else 0,
        "topics_count": len(body.topics) if isinstance(body.topics, list) else 0,
    }


def memory_overview(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """The latest health, the last week of snapshots, the most mentioned entities and the topics."""
    org_id = caller.org_id
    with ctx.db.read() as session:
        snapshots = list(session.scalars(select(MemoryHealthSnapshot).where(MemoryHealthSnapshot.org_id == org_id)
                                         .order_by(MemoryHealthSnapshot.timestamp.desc(), MemoryHealthSnapshot.id.desc())
                                         .limit(HISTORY_DAYS)))
        entities = session.execute(select(MemoryEntity.name, MemoryEntity.type, MemoryEntity.mention_count)
                                   .where(MemoryEntity.org_id == org_id)
                                   .order_by(MemoryEntity.mention_count.desc(), MemoryEntity.id).limit(20)).all()
        topics = session.execute(select(MemoryTopic.name, MemoryTopic.mention_count).where(MemoryTopic.org_id == org_id)
                                 .order_by(MemoryTopic.mention_count.desc(), MemoryTopic.id).limit(MAX_MEMORY_ITEMS)).all()
    return {
        "health": row_to_dict(snapshots[0]) if snapshots else None,
        "healthHistory": [{"timestamp": iso(s.timestamp), "score": s.health_score, "lines": s.total_lines,
                           "duplicates": s.potential_duplicates, "stale": s.stale_facts_count} for s in snapshots],
        "entities": [{"name": name, "type": kind, "mentions": count} for name, kind, count in entities],
        "topics": [{"name": name, "mentions": count} for name, count in topics],
        "lastUpdated": iso(utcnow()),
    }


# --- capabilities (reported through /api/sync) ----------------------------------------------------------------


def upsert_capability(session: Session, org_id: str, agent_id: str | None, body: CapabilityReport, mode: str) -> None:
    """Add or refresh one capability of the agent, keyed by (agent, name, type), in the caller's transaction."""
    kind = body.capability_type or "skill"
    fields = {"description": body.description, "source_path": body.source_path, "file_count": body.file_count,
              "metadata_": body.metadata}
    redact_fields(fields, ("description", "metadata_"), mode)
    agent = AgentCapability.agent_id.is_(None) if agent_id is None else AgentCapability.agent_id == agent_id
    row = session.scalar(select(AgentCapability).where(
        AgentCapability.org_id == org_id, agent, AgentCapability.name == body.name,
        AgentCapability.capability_type == kind,
    ))
    if row is None:
        session.add(AgentCapability(id=hex_id("ac"), org_id=org_id, agent_id=agent_id, name=body.name,
                                    capability_type=kind, **fields))
        return
    for name, value in fields.items():
        if value is not None:
            setattr(row, name, value)
    row.updated_at = utcnow()
