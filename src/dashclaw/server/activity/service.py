"""The audit trail: one helper every domain records its changes with, the org's log as the API lists it, and
the check that its hash chain (`chain.py`) still holds."""
from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Any, Iterator

from sqlalchemy import distinct, exists, func, or_, select
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.clock import TIMESTAMP_RULE, iso, parse_iso, shifted, utcnow
from ..core.errors import CLIENT_IP, validation_failed
from ..core.ids import uuid_id
from ..core.pagination import COUNT_CAP, Descending, Page, count_up_to
from ..core.redaction import redact_value
from ..db.engine import Database
from . import chain
from .models import ActivityChainHead, ActivityLog
from .schemas import ActivityFilters

if TYPE_CHECKING:
    from ..deps import AppContext

SYSTEM_ACTOR = "system"
"""The `key_id` prefix of changes nobody called the API for: the operator's CLI, the server's own start-up."""
SECRET_FIELDS = frozenset({
    "key", "raw_key", "api_key", "key_hash", "secret", "password", "password_hash", "token", "token_hash", "private_key",
})
"""Fields an audited state never keeps, whatever a caller hands in."""
WITHHELD = "[WITHHELD]"
IP_LENGTH = 64
MILLISECOND = timedelta(milliseconds=1)
VERIFY_CHUNK = 1000  # entries read per query while a chain is checked
NEWEST_FIRST = Descending(ActivityLog.sequence)


def system_actor(org_id: str, name: str = "cli") -> Principal:
    """The actor of a change made by the operator's CLI (`cli`) or by the server itself (`startup`)."""
    return Principal(org_id=org_id, role="admin", key_id=f"{SYSTEM_ACTOR}:{name}")


def log_activity(
    session: Session,
    principal: Principal,
    action: str,
    *,
    resource_type: str | None = None,
    resource_id: str | None = None,
    details: dict[str, Any] | None = None,
    ip_address: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    agent_id: str | None = None,
    org_id: str | None = None,
) -> str:
    """Add an audit entry for `action` by `principal` to the caller's transaction; returns its id.

    `before` and `after` are the target's state around the change (None where it did not exist); secret
    fields are withheld and secrets in text redacted. The entry joins the hash chain of `org_id` (default:
    the principal's org) as the transaction commits, and is dropped if it rolls back. The client's address
    defaults to the request's.
    """
    entry_id = uuid_id("al")
    if principal.actor_id:
        actor_type = "user"
    elif principal.key_id.startswith(SYSTEM_ACTOR + ":"):
        actor_type = "system"
    else:
        actor_type = "api_key"
    address = ip_address or CLIENT_IP.get()
    chain.stage(session, {
        "id": entry_id,
        "org_id": org_id or principal.org_id,
        "actor_id": principal.actor_id or principal.key_id,
        "actor_type": actor_type,
        "action": action,
        "resource_type": resource_type,
        "resource_id": resource_id,
        "agent_id": agent_id,
        "details": _audited(details) or {},
        "before": _audited(before),
        "after": _audited(after),
        "ip_address": address[:IP_LENGTH] if address else None,
    })
    return entry_id


def _audited(state: dict[str, Any] | None) -> dict[str, Any] | None:
    """`state` as JSON stores it (what the hash is computed over), secret fields withheld, secrets redacted."""
    if state is None:
        return None
    plain = json.loads(json.dumps(state, default=lambda value: iso(value) if isinstance(value, datetime) else str(value)))
    pending: list[Any] = [plain]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            for name in SECRET_FIELDS.intersection(item):
                item[name] = WITHHELD
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return redact_value(plain)[0]


def to_dict(entry: ActivityLog) -> dict[str, Any]:
    """An entry as `GET /api/activity` lists it."""
    return {
        "id": entry.id,
        "org_id": entry.org_id,
        "sequence": entry.sequence,
        "actor_id": entry.actor_id,
        "actor_type": entry.actor_type,
        "actor_name": entry.actor_id if entry.actor_type == "user" else None,
        "actor_image": None,
        "action": entry.action,
        "resource_type": entry.resource_type,
        "resource_id": entry.resource_id,
        "agent_id": entry.agent_id,
        "details": entry.details,
        "before": entry.before,
        "after": entry.after,
        "ip_address": entry.ip_address,
        "created_at": iso(entry.created_at),
        "prev_hash": entry.prev_hash,
        "hash": entry.hash,
    }


def _conditions(caller: Principal, filters: ActivityFilters) -> list[Any]:
    conditions = [ActivityLog.org_id == caller.org_id]
    for name in ("agent_id", "action", "actor_id", "resource_type"):
        if getattr(filters, name):
            conditions.append(getattr(ActivityLog, name) == getattr(filters, name))
    if filters.type:  # `type=policy` is every `policy.*` entry
        conditions.append(or_(ActivityLog.action == filters.type, ActivityLog.action.startswith(filters.type + ".", autoescape=True)))
    errors, bounds = [], {}
    for name in ("after", "before"):
        raw = getattr(filters, name)
        if raw:
            try:
                bounds[name] = parse_iso(raw)
            except ValueError:
                errors.append(f"{name} must be {TIMESTAMP_RULE}")
    if errors:
        raise validation_failed(errors)
    # compared as responses show times (milliseconds): `after` a listed `created_at` excludes that entry
    if "after" in bounds:
        conditions.append(ActivityLog.created_at >= shifted(_whole_milliseconds(bounds["after"]), MILLISECOND))
    if "before" in bounds:
        moment = bounds["before"]
        floor = _whole_milliseconds(moment)
        conditions.append(ActivityLog.created_at < (floor if floor == moment else shifted(floor, MILLISECOND)))
    return conditions


def _whole_milliseconds(moment: datetime) -> datetime:
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def list_activity(ctx: AppContext, caller: Principal, filters: ActivityFilters, page: Page) -> dict[str, Any]:
    """The org's entries matching `filters`, newest first, with org-wide stats; `next_cursor` resumes after the
    page by sequence number, so deep pages cost what the first does."""
    with ctx.db.read() as session:
        rows, next_cursor = NEWEST_FIRST.read(
            session, select(ActivityLog).where(*_conditions(caller, filters)), filters.cursor, page.limit, page.offset
        )
        stats, exact = _stats(session, caller.org_id)
    return {
        "logs": [to_dict(row) for row in rows],
        "stats": stats,
        "stats_are_lower_bounds": not exact,
        "pagination": {"limit": page.limit, "offset": page.offset},
        "next_cursor": next_cursor,
    }


def _stats(session: Session, org_id: str) -> tuple[dict[str, int], bool]:
    """(the org's `total`, `today` and `unique_actors`, whether all are exact) without a scan of the log: the total
    is the chain head's sequence number, today's entries are counted up to `COUNT_CAP`, and the actors are
    those of the newest `COUNT_CAP` entries (every actor while the log holds no more)."""
    head = session.get(ActivityChainHead, org_id)
    total = head.last_sequence if head is not None else 0
    org = ActivityLog.org_id == org_id
    start_of_day = datetime.combine(utcnow().date(), time(), tzinfo=timezone.utc)
    today, today_exact = count_up_to(session, select(ActivityLog.id).where(org, ActivityLog.created_at >= start_of_day))
    newest = select(ActivityLog.actor_id).where(org).order_by(ActivityLog.sequence.desc()).limit(COUNT_CAP).subquery()
    unique_actors = session.scalar(select(func.count(distinct(newest.c.actor_id)))) or 0
    return {"total": total, "today": today, "unique_actors": unique_actors}, today_exact and total <= COUNT_CAP


def _chain_entries(session: Session, org_id: str, last_sequence: int) -> Iterator[dict[str, Any]]:
    """The org's entries up to `last_sequence`, in order, read a chunk at a time."""
    columns = [getattr(ActivityLog, name) for name in (*chain.HASHED_FIELDS, "hash")]
    after = 0
    while True:
        rows = session.execute(
            select(*columns).where(ActivityLog.org_id == org_id, ActivityLog.sequence > after,
                                   ActivityLog.sequence <= last_sequence)
            .order_by(ActivityLog.sequence).limit(VERIFY_CHUNK)
        ).mappings().all()
        yield from rows
        if len(rows) < VERIFY_CHUNK:
            return
        after = rows[-1]["sequence"]


def verify_chain(ctx: AppContext, caller: Principal) -> dict[str, Any]:
    """Recompute the caller's org's chain from its first entry: `valid`, how many entries hold (`checked`), and
    the first broken link (`first_broken`: its sequence number, id and why), as the API and the CLI report it."""
    org_id = caller.org_id
    with ctx.db.read() as session:
        # the head first: entries committed after it are not part of the chain being checked
        head = session.get(ActivityChainHead, org_id)
        if head is None:
            orphaned = session.scalar(select(exists().where(ActivityLog.org_id == org_id)))
            checked, broken = 0, chain.Break(1, None, "the chain's head is missing") if orphaned else None
            head_sequence, head_hash = 0, chain.GENESIS
        else:
            head_sequence, head_hash = head.last_sequence, head.last_hash
            checked, broken = chain.first_break(_chain_entries(session, org_id, head_sequence), head_sequence, head_hash)
    return {
        "org_id": org_id,
        "valid": broken is None,
        "checked": checked,
        "head": {"sequence": head_sequence, "hash": head_hash},
        "first_broken": asdict(broken) if broken else None,
        "verified_at": iso(utcnow()),
    }


def audited_orgs(db: Database) -> list[str]:
    """Every org with audit entries or a chain head (what `dashclaw audit verify` checks by default)."""
    with db.read() as session:
        heads = set(session.scalars(select(ActivityChainHead.org_id)))
        return sorted(heads | set(session.scalars(select(ActivityLog.org_id).distinct())))
