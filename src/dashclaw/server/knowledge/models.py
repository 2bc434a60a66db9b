"""Knowledge collections, their items (notes, files, URLs) and the chunks a sync indexes for full-text search.

The search index is each database's own and lives outside the ORM (migration 0014): on SQLite the FTS5 table
`knowledge_chunks_fts`, kept by triggers on `knowledge_chunks`; on PostgreSQL the generated `tsvector`
column `knowledge_chunks.search_vector` with a GIN index.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped

FTS_TABLE = "knowledge_chunks_fts"
SEARCH_VECTOR = "search_vector"
SEARCH_INDEX = "ix_knowledge_chunks_search_vector"
Base.metadata.info.setdefault("unmodelled", set()).update({FTS_TABLE, f"knowledge_chunks.{SEARCH_VECTOR}", SEARCH_INDEX})
"""Schema the migrations make by hand, per database, that the models do not describe (see `db.migrate.modelled`)."""


class KnowledgeCollection(OrgScoped, Base):
    __tablename__ = "knowledge_collections"
    __table_args__ = (
        UniqueConstraint("org_id", "collection_id"),
        Index("ix_knowledge_collections_org_updated", "org_id", "updated_at", "pk"),
        Index("ix_knowledge_collections_sync_requested", "sync_requested_at"),
        Index("ix_knowledge_collections_sync_lease", "sync_lease_until"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    collection_id: Mapped[str] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(String(256))
    description: Mapped[str | None] = mapped_column(Text)
    source_type: Mapped[str] = mapped_column(String(16), default="files")
    tags: Mapped[list[Any]] = mapped_column(default=list)
    ingestion_status: Mapped[str] = mapped_column(String(32), default="empty")
    doc_count: Mapped[int] = mapped_column(Integer, default=0)
    chunk_count: Mapped[int] = mapped_column(Integer, default=0)
    last_synced_at: Mapped[datetime | None]
    last_sync_error: Mapped[str | None] = mapped_column(Text)
    sync_requested_at: Mapped[datetime | None]
    """Set by `POST .../sync`, cleared when a replica claims the sync."""
    sync_claim: Mapped[str | None] = mapped_column(String(64))
    sync_lease_until: Mapped[datetime | None]
    """While a replica syncs: when its claim lapses (a replica that died mid-sync is taken over then)."""
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class KnowledgeItem(OrgScoped, Base):
    __tablename__ = "knowledge_collection_items"
    __table_args__ = (
        UniqueConstraint("org_id", "item_id"),
        Index("ix_knowledge_collection_items_org_collection", "org_id", "collection_id", "created_at", "pk"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(String(128))
    collection_id: Mapped[str] = mapped_column(String(128))
    source_uri: Mapped[str] = mapped_column(String(2048))
    title: Mapped[str | None] = mapped_column(String(512))
    mime_type: Mapped[str | None] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(32), default="pending")
    error: Mapped[str | None] = mapped_column(Text)
    item_metadata: Mapped[dict[str, Any]] = mapped_column("metadata", JSON, default=dict)
    content: Mapped[str | None] = mapped_column(Text)
    """A note's text or an uploaded file's; URL items are fetched at each sync instead."""
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class KnowledgeChunk(OrgScoped, Base):
    """A passage of an item's text, as the last sync indexed it."""

    __tablename__ = "knowledge_chunks"
    __table_args__ = (Index("ix_knowledge_chunks_org_collection", "org_id", "collection_id", "item_id"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    collection_id: Mapped[str] = mapped_column(String(128))
    item_id: Mapped[str] = mapped_column(String(128))
    ordinal: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary)
    """The passage's unit-length vector, packed float32 (see `embeddings.pack`), when embeddings are configured."""
    embedding_model: Mapped[str | None] = mapped_column(String(256))
    """The model that made `embedding`: a search compares only vectors of the model it embeds the query with."""
