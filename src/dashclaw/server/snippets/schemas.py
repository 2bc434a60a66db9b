from __future__ import annotations

from typing import Annotated

from pydantic import Field

from ..core.validation import QueryFilters, RequestModel, Text


class SnippetSave(RequestModel):
    name: Text(200, required=True)
    code: Text(50_000, required=True)
    agent_id: Text(128) | None = None
    description: Text(2000) | None = None
    language: Text(50) | None = None
    tags: Annotated[list[Text(100)], Field(max_length=50)] | None = None


class SnippetFilters(QueryFilters):
    search: str | None = None
    tag: str | None = None
    language: str | None = None


class SnippetDelete(QueryFilters):
    id: str | None = None
