from __future__ import annotations

from typing import Any

from pydantic import Field

from ..core.validation import Integer, Number, Object, QueryFilters, RequestModel, Text

BIG = 10**15  # token and line counts far beyond anything real, still exact in every JSON client
MAX_MEMORY_ITEMS = 100


class TokenReport(RequestModel):
    tokens_in: Integer(0, BIG) | None = None
    tokens_out: Integer(0, BIG) | None = None
    agent_id: Text(128) | None = None
    model: Text(128) | None = None
    session_key: Text(256) | None = None
    context_used: Integer(0, BIG) | None = None
    context_max: Integer(1, BIG) | None = None
    hourly_pct_left: Number(0, 100) | None = None
    weekly_pct_left: Number(0, 100) | None = None
    compactions: Integer(0, 10**9) | None = None


class CalendarEventCreate(RequestModel):
    summary: Text(500, required=True)
    start_time: Text(64, required=True)
    end_time: Text(64) | None = None
    location: Text(500) | None = None
    description: Text(5000) | None = None


class IdeaCreate(RequestModel):
    title: Text(500, required=True)
    description: Text(5000) | None = None
    category: Text(200) | None = None
    source: Text(500) | None = None
    status: Text(50) | None = None
    score: Integer(0, 100) | None = None
    fun_factor: Integer(0, 100) | None = None
    learning_potential: Integer(0, 100) | None = None
    income_potential: Integer(0, 100) | None = None


class HealthFigures(RequestModel):
    """Memory health figures; each accepted under either of the two names agents use."""

    score: Number(0, BIG) | None = None
    health_score: Number(0, BIG) | None = None
    total_files: Integer(0, BIG) | None = None
    total_lines: Integer(0, BIG) | None = None
    total_size_kb: Number(0, BIG) | None = None
    memory_md_lines: Integer(0, BIG) | None = None
    oldest_daily: Text(64) | None = None
    newest_daily: Text(64) | None = None
    days_with_notes: Integer(0, BIG) | None = None
    avg_lines_per_day: Number(0, BIG) | None = None
    duplicates: Integer(0, BIG) | None = None
    potential_duplicates: Integer(0, BIG) | None = None
    stale_count: Integer(0, BIG) | None = None
    stale_facts_count: Integer(0, BIG) | None = None


class EntityReport(RequestModel):
    name: Text(255, required=True)
    type: Text(50) | None = None
    mentions: Integer(0, BIG) | None = None
    mention_count: Integer(0, BIG) | None = None


class TopicReport(RequestModel):
    name: Text(255, required=True)
    mentions: Integer(0, BIG) | None = None
    mention_count: Integer(0, BIG) | None = None


class MemoryReport(RequestModel):
    """`health` may be any value (a non-object stores zeros); non-array `entities`/`topics` are ignored."""

    health: Any = None
    entities: Any = None
    topics: Any = None


class CapabilityReport(RequestModel):
    name: Text(255, required=True)
    capability_type: Text(50) | None = None
    description: Text(5000) | None = None
    source_path: Text(2000) | None = None
    file_count: Integer(0, 10**9) | None = None
    metadata: Object(10_000) | None = None


class AgentFilter(QueryFilters):
    agent_id: str | None = None


class DigestQuery(QueryFilters):
    agent_id: str | None = None
    date: str | None = Field(None, description="A day as YYYY-MM-DD; today (in `timezone`) when absent.")
    timezone: str | None = Field(None, description="An IANA time zone whose midnights bound the day; UTC when absent.")



class SyncRequest(RequestModel):
    """`POST /api/sync`: each section is checked item by item (see `flows/sync.py`); unknown sections are ignored."""

    agent_id: Text(128) | None = None
    target_org_id: Text(100) | None = None  # accepted and ignored: writes always go to the caller's org
    connections: Any = None
    memory: Any = None
    goals: Any = None
    learning: Any = None
    content: Any = None
    inspiration: Any = None
    context_points: Any = None
    context_threads: Any = None
    handoffs: Any = None
    preferences: Any = None
    snippets: Any = None
    relationships: Any = None
    capabilities: Any = None
