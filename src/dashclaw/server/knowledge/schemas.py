from __future__ import annotations

from ..core.validation import Array, Integer, Object, OneOf, QueryFilters, RequestModel, Text

SOURCE_TYPES = ("files", "urls", "external", "notes")
MAX_CONTENT_LENGTH = 1_000_000
"""A note's text, in UTF-16 units (the whole request body is at most 2 MiB)."""
MAX_ENCODED_FILE_LENGTH = 1_500_000
"""An uploaded file's base64 text: room for `ingest.MAX_FILE_BYTES` and a little more, which is a 413."""
MAX_RESULTS = 50


class CollectionCreate(RequestModel):
    collection_id: Text(128, required=True) | None = None
    name: Text(256, required=True)
    description: Text(4000) | None = None
    source_type: OneOf(*SOURCE_TYPES) | None = None
    tags: Array(50, 128) | None = None


class CollectionUpdate(RequestModel):
    name: Text(256, required=True) | None = None
    description: Text(4000) | None = None
    source_type: OneOf(*SOURCE_TYPES) | None = None
    tags: Array(50, 128) | None = None
    ingestion_status: Text(32) | None = None


class ItemCreate(RequestModel):
    """An item; its text, when it has one here, is `content` (a note) or `content_base64` (an uploaded file)."""

    item_id: Text(128, required=True) | None = None
    source_uri: Text(2048, required=True)
    title: Text(512) | None = None
    mime_type: Text(128) | None = None
    status: Text(32) | None = None
    metadata: Object(10_000) | None = None
    content: Text(MAX_CONTENT_LENGTH) | None = None
    content_base64: Text(MAX_ENCODED_FILE_LENGTH) | None = None


SEARCH_MODES = ("fulltext", "hybrid", "semantic")


class SearchRequest(RequestModel):
    """`mode` defaults to `hybrid` when the server has an embeddings endpoint, else `fulltext`."""

    query: Text(1000, required=True)
    limit: Integer(1, MAX_RESULTS) = 10
    mode: OneOf(*SEARCH_MODES) | None = None


class CollectionFilters(QueryFilters):
    source_type: str | None = None
    cursor: str | None = None


class ItemFilters(QueryFilters):
    cursor: str | None = None
