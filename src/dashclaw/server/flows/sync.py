"""Bulk sync (`POST /api/sync`): an agent's whole state in one request, stored as the single-record routes store it.

The request is validated whole first (a 400 names every bad item, and nothing is written). Sections are then
stored in a fixed order, each in one transaction of its own: a section is stored entirely or not at all, and
one that fails is reported (`"<section>: sync failed"`) without undoing the sections before it. An absent
section is skipped; an empty one is reported with `synced: 0`.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.errors import ApiError, validation_failed
from ..agents import service as agents
from ..agents.schemas import Connection
from ..context import service as context
from ..context.schemas import PointCreate, ThreadCreate
from ..core.clock import DAY_RULE, is_day
from ..core.validation import RequestModel, UnstorableValue, validated_items
from ..handoffs import service as handoffs
from ..handoffs.schemas import HandoffCreate
from ..learning import service as learning
from ..learning.schemas import ContactCreate, ContentCreate, DecisionCreate, GoalCreate
from ..preferences import service as preferences
from ..preferences.schemas import PreferenceRecord
from ..snippets import service as snippets
from ..snippets.schemas import SnippetSave
from ..workspace import service as workspace
from ..workspace.schemas import CapabilityReport, IdeaCreate, MemoryReport, SyncRequest

if TYPE_CHECKING:
    from ..deps import AppContext

log = logging.getLogger("dashclaw.server")
PREFERENCE_LISTS = {"observations": "observation", "preferences": "preference", "moods": "mood", "approaches": "approach"}
MAX_PREFERENCES = 1000

Store = Callable[[Session, str, "str | None", Any, str], int]
"""Stores a section's validated items in the given transaction: (session, org, agent, items, redaction mode) -> count."""


@dataclass(frozen=True)
class Section:
    name: str
    item: type[RequestModel] | None  # the schema of each item of a list section; None for an object section
    max_items: int
    store: Store


def _rows(build: Callable[[str, "str | None", Any, str], Any]) -> Store:
    """A section whose items each become one new row (`build(org, agent, item, mode)`)."""
    def store(session: Session, org_id: str, agent_id: str | None, items: list[Any], mode: str) -> int:
        session.add_all(build(org_id, agent_id, item, mode) for item in items)
        return len(items)

    return store


def _each(add: Callable[[Session, str, "str | None", Any, str], None]) -> Store:
    """A section whose items each go through `add(session, org, agent, item, mode)` (upserts)."""
    def store(session: Session, org_id: str, agent_id: str | None, items: list[Any], mode: str) -> int:
        for item in items:
            add(session, org_id, agent_id, item, mode)
            session.flush()  # a later item with the same key finds this one
        return len(items)

    return store


def _memory(session: Session, org_id: str, agent_id: str | None, memory: tuple, mode: str) -> int:
    health, entities, topics = memory
    return workspace.store_memory(session, org_id, health, entities, topics, snapshot=health is not None)[1]


def _preferences(session: Session, org_id: str, agent_id: str | None, records: list[PreferenceRecord], mode: str) -> int:
    for record in records:
        preferences.add_record(session, org_id, None, agent_id, record, mode)
        session.flush()  # the next report of the same approach counts on this row
    return len(records)


def _connections(session: Session, org_id: str, agent_id: str | None, items: list[Connection], mode: str) -> int:
    for item in items:
        agents.put_connection(session, org_id, agent_id, item, mode)
    return len(items)


SECTIONS = (  # the contract's order (6.2)
    Section("connections", Connection, 1000, _connections),
    Section("memory", None, 0, _memory),
    Section("goals", GoalCreate, 2000, _rows(learning.new_goal)),
    Section("learning", DecisionCreate, 2000, _rows(learning.new_decision)),
    Section("content", ContentCreate, 2000, _rows(lambda org, agent, item, mode: learning.new_content(org, agent, item, mode)[0])),
    Section("inspiration", IdeaCreate, 2000, _rows(lambda org, agent, item, mode: workspace.new_idea(org, item, mode))),
    Section("context_points", PointCreate, 5000, _rows(context.new_point)),
    Section("context_threads", ThreadCreate, 1000, _each(context.put_thread)),
    Section("handoffs", HandoffCreate, 1000, _rows(lambda org, agent, item, mode: handoffs.new_handoff(org, agent, item, mode)[0])),
    Section("preferences", None, MAX_PREFERENCES, _preferences),
    Section("snippets", SnippetSave, 1000, _each(snippets.put_snippet)),
    Section("relationships", ContactCreate, 1000, _each(learning.add_contact)),
    Section("capabilities", CapabilityReport, 1000, _each(workspace.upsert_capability)),
)
DATED = frozenset({"context_points", "handoffs"})
"""Sections whose items carry a `session_date` that must be a day."""


def _checked(section: Section, value: Any, agent_id: str | None) -> tuple[Any, list[str]]:
    """The section's validated content, and every problem in it (named by place); items that name no agent
    are the request's `agent_id`'s."""
    name = section.name
    if name == "memory":
        if not isinstance(value, dict):
            return None, ["memory must be an object"]
        try:
            return workspace.checked_memory(MemoryReport.model_validate(value)), []
        except (ApiError, UnstorableValue) as exc:
            return None, [f"memory.{detail}" for detail in exc.details or ()]
    if name == "preferences":
        if not isinstance(value, dict):
            return None, ["preferences must be an object"]
        records, details = [], []
        for key, record_type in PREFERENCE_LISTS.items():
            items = value.get(key)
            if items is None:
                continue
            if not isinstance(items, list):
                details.append(f"preferences.{key} must be an array")
            elif len(items) > section.max_items:
                details.append(f"preferences.{key} exceeds max items of {section.max_items}")
            else:
                typed = [{**item, "type": record_type} if isinstance(item, dict) else item for item in items]
                valid, problems = validated_items(PreferenceRecord, typed, f"preferences.{key}")
                missing = [f"preferences.{key}[{index}].{record_type} is required"
                           for index, item in enumerate(typed) if isinstance(item, dict) and not item.get(record_type)]
                records += valid
                details += problems + missing
        return records, details
    if not isinstance(value, list):
        return None, [f"{name} must be an array"]
    if len(value) > section.max_items:
        return None, [f"{name} exceeds max items of {section.max_items}"]
    if name == "connections" and agent_id is None:
        return None, ["agent_id is required to sync connections"]
    if agent_id is not None and "agent_id" in section.item.model_fields:
        value = [{"agent_id": agent_id, **item} if isinstance(item, dict) and item.get("agent_id") is None else item
                 for item in value]
    valid, details = validated_items(section.item, value, name)
    if name in DATED:
        details += [f"{name}[{index}].session_date must be {DAY_RULE}" for index, item in enumerate(value)
                    if isinstance(item, dict) and isinstance(item.get("session_date"), str) and not is_day(item["session_date"])]
    return valid, details


def sync_state(ctx: AppContext, caller: Principal, body: SyncRequest) -> dict[str, Any]:
    """Store every section present, in order, each all-or-nothing; counts and failures per section."""
    started = time.monotonic()
    present = [(section, getattr(body, section.name)) for section in SECTIONS if getattr(body, section.name) is not None]
    checked, details = [], []
    for section, value in present:
        content, problems = _checked(section, value, body.agent_id)
        checked.append((section, content))
        details += problems
    if details:
        raise validation_failed(details)

    org_id, agent_id = caller.org_id, body.agent_id
    mode = ctx.redaction.mode(org_id)
    results: dict[str, dict[str, Any]] = {}
    for section, content in checked:
        try:
            with ctx.db.write() as session:
                results[section.name] = {"synced": section.store(session, org_id, agent_id, content, mode)}
        except Exception as exc:  # the section's transaction rolled back; the others stand
            log.warning("sync: section %s failed (%s)", section.name, type(exc).__name__)
            results[section.name] = {"synced": 0, "errors": [f"{section.name}: sync failed"]}
    return {
        "results": results,
        "total_synced": sum(result["synced"] for result in results.values()),
        "total_errors": sum(len(result.get("errors", ())) for result in results.values()),
        "duration_ms": round((time.monotonic() - started) * 1000),
    }
