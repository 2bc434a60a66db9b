from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Caller, Ctx
from . import service
from .schemas import SnippetDelete, SnippetFilters, SnippetSave

router = APIRouter(prefix="/api/snippets", tags=["snippets"])
NOT_FOUND = {404: {"description": "No snippet with that id in the caller's organization."}}


@router.post("", status_code=201)
def save_snippet(body: SnippetSave, ctx: Ctx, caller: Caller):
    """Upsert by name: the id and use count survive, the code is replaced."""
    return service.save_snippet(ctx, caller, body)


@router.get("")
def list_snippets(filters: Annotated[SnippetFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return service.list_snippets(ctx, caller, filters, page)


@router.delete("", responses=NOT_FOUND)
def delete_snippet(query: Annotated[SnippetDelete, Query()], ctx: Ctx, caller: Caller):
    return service.delete_snippet(ctx, caller, query.id)


@router.get("/{snippet_id}")
def get_snippet(snippet_id: str, ctx: Ctx, caller: Caller):
    return service.get_snippet(ctx, caller, snippet_id)


@router.post("/{snippet_id}/use")
def use_snippet(snippet_id: str, ctx: Ctx, caller: Caller):
    return service.use_snippet(ctx, caller, snippet_id)
