"""Automation snippets: saved by name (saving a name again replaces its code and keeps its id and use count),
searched, fetched and counted as they are used."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.clock import utcnow
from ..core.errors import ApiError, not_found
from ..core.ids import hex_id
from ..core.pagination import Page
from ..core.redaction import Findings, redact_fields
from ..core.search import contains_text, holds_string
from ..core.serialize import row_to_dict
from ..db.unique import retry_on_duplicate
from .models import Snippet
from .schemas import SnippetFilters, SnippetSave

if TYPE_CHECKING:
    from ..deps import AppContext

REPLACED_WHEN_GIVEN = ("agent_id", "description", "language", "tags")


def save_snippet(ctx: AppContext, caller: Principal, body: SnippetSave) -> dict[str, Any]:
    """Create the org's snippet of that name, or replace its code (and whatever else is given)."""
    mode = ctx.redaction.mode(caller.org_id)
    found: list[Findings] = []

    def upsert() -> dict[str, Any]:
        with ctx.db.write() as session:
            snippet, findings = put_snippet(session, caller.org_id, None, body, mode)
            found[:] = [findings]
            return row_to_dict(snippet)

    snippet = retry_on_duplicate(upsert)
    return {"snippet": snippet, "snippet_id": snippet["id"], "security": found[0].summary()}


def put_snippet(session: Session, org_id: str, agent_id: str | None, body: SnippetSave, mode: str) -> tuple[Snippet, Findings]:
    """In `session`: the org's snippet of that name, created or given the new code (and whatever else is given)."""
    data = body.model_dump()
    data["agent_id"] = body.agent_id or agent_id
    findings = redact_fields(data, ("code", "description"), mode)
    snippet = session.scalar(select(Snippet).where(Snippet.org_id == org_id, Snippet.name == body.name))
    if snippet is None:
        snippet = Snippet(id=hex_id("sn"), org_id=org_id, name=body.name, tags=[], use_count=0, created_at=utcnow())
        session.add(snippet)
    snippet.code = data["code"]
    for name in REPLACED_WHEN_GIVEN:
        if data[name] is not None:
            setattr(snippet, name, data[name])
    session.flush()
    return snippet, findings


def list_snippets(ctx: AppContext, caller: Principal, filters: SnippetFilters, page: Page) -> dict[str, Any]:
    """Snippets whose name or description holds `search`, tagged `tag`, in `language`: most used first."""
    conditions = [Snippet.org_id == caller.org_id]
    if filters.search:
        conditions.append(or_(contains_text(Snippet.name, filters.search), contains_text(Snippet.description, filters.search)))
    if filters.tag:
        conditions.append(holds_string(Snippet.tags, filters.tag))
    if filters.language:
        conditions.append(Snippet.language == filters.language)
    with ctx.db.read() as session:
        rows = session.scalars(
            select(Snippet).where(*conditions)
            .order_by(Snippet.use_count.desc(), Snippet.created_at.desc(), Snippet.id.desc())
            .limit(page.limit).offset(page.offset)
        ).all()
    snippets = [row_to_dict(row) for row in rows]
    return {"snippets": snippets, "total": len(snippets)}


def get_snippet(ctx: AppContext, caller: Principal, snippet_id: str) -> dict[str, Any]:
    """One snippet of the org."""
    with ctx.db.read() as session:
        return {"snippet": row_to_dict(_snippet(session, caller.org_id, snippet_id))}


def use_snippet(ctx: AppContext, caller: Principal, snippet_id: str) -> dict[str, Any]:
    """Count one more use of the snippet."""
    with ctx.db.write() as session:
        snippet = _snippet(session, caller.org_id, snippet_id)
        snippet.use_count = Snippet.use_count + 1  # in the database: concurrent uses all count
        snippet.last_used = utcnow()
        session.flush()
        session.refresh(snippet)
        return {"snippet": row_to_dict(snippet)}


def delete_snippet(ctx: AppContext, caller: Principal, snippet_id: str | None) -> dict[str, Any]:
    """Delete one snippet of the org."""
    if not snippet_id:
        raise ApiError(400, "id query param is required")
    with ctx.db.write() as session:
        deleted = session.execute(delete(Snippet).where(Snippet.org_id == caller.org_id, Snippet.id == snippet_id)).rowcount
    if not deleted:
        raise not_found("Snippet")
    return {"deleted": True, "id": snippet_id}


def _snippet(session: Session, org_id: str, snippet_id: str) -> Snippet:
    snippet = session.scalar(select(Snippet).where(Snippet.org_id == org_id, Snippet.id == snippet_id))
    if snippet is None:
        raise not_found("Snippet")
    return snippet
