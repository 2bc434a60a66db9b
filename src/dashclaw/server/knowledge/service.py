"""Knowledge collections and items (contract execution-studio 4), their sync into the full-text index, and search.

`POST .../sync` only asks (202): every replica polls for requested syncs and claims one with a row lock
(`SKIP LOCKED` on PostgreSQL; SQLite has one writer) and a lease, so each sync runs on one replica. The
claimer moves the collection to `syncing`, reads each item's text (a note's or an uploaded file's as
stored, a URL item's fetched again through the SSRF-safe client), cuts it into passages and replaces the
item's passages in the index, a batch of items per transaction, renewing its lease as it goes. A replica
that dies mid-sync leaves a lease that lapses; another replica then starts the sync over. At the end the
collection is `ready` (or `failed` when no item could be read), with `doc_count`, `chunk_count` and
`last_synced_at`; a sync asked for meanwhile leaves it `pending` for the next poll.

Search runs on the database's own index (SQLite FTS5 with BM25, PostgreSQL `tsvector` with `ts_rank_cd`),
always within the caller's org and the one collection.
"""
from __future__ import annotations

import http.client
import logging
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, delete, func, insert, or_, select, text, update
from sqlalchemy.orm import Session

from ..core import http as outbound
from ..core.auth import Principal
from ..core.clock import utcnow
from ..core.errors import ApiError, conflict, not_found
from ..core.ids import hex_id, uuid_id
from ..core.jobs import Poller
from ..core.pagination import NewestFirst, Page
from ..core.redaction import redact_fields, redact_value
from ..core.serialize import row_to_dict
from . import ingest
from .models import FTS_TABLE, KnowledgeChunk, KnowledgeCollection, KnowledgeItem
from .schemas import CollectionCreate, CollectionFilters, CollectionUpdate, ItemCreate, ItemFilters, SearchRequest

if TYPE_CHECKING:
    from ..deps import AppContext

log = logging.getLogger("dashclaw.server.knowledge")

COLLECTIONS_NEWEST_FIRST = NewestFirst(KnowledgeCollection.updated_at, KnowledgeCollection.pk)
ITEMS_NEWEST_FIRST = NewestFirst(KnowledgeItem.created_at, KnowledgeItem.pk)
DEFAULT_COLLECTION_LIMIT, DEFAULT_ITEM_LIMIT = 50, 100
DUPLICATE_COLLECTION = "A collection with this collection_id already exists"
DUPLICATE_ITEM = "An item with this item_id already exists"
SYNC_LEASE = timedelta(minutes=2)
BATCH_ITEMS, BATCH_SECONDS = 100, 20.0
"""A sync writes (and renews its lease) after this many items, or this long, whichever comes first."""
SYNCS_PER_POLL = 20
FETCH_TIMEOUT_SECONDS = 10.0
USER_AGENT = "DashClaw-Knowledge/1.0"
NO_TEXT = "Nothing to index: send content or content_base64 (or use a urls collection)"
SNIPPET_WORDS = 24


# --- collections -----------------------------------------------------------------------------------------


def create_collection(ctx: AppContext, caller: Principal, body: CollectionCreate) -> dict[str, Any]:
    """Store an empty collection."""
    fields = body.provided()
    redact_fields(fields, ("description",), ctx.redaction.mode(caller.org_id))
    collection_id = fields.pop("collection_id", None) or uuid_id("kc")
    now = utcnow()
    row = KnowledgeCollection(
        org_id=caller.org_id, collection_id=collection_id, ingestion_status="empty", doc_count=0, chunk_count=0,
        created_at=now, updated_at=now,
        **{**fields, "description": fields.get("description") or None, "source_type": fields.get("source_type") or "files"},
    )
    with ctx.db.write() as session:
        if session.scalar(_collection_query(caller.org_id, collection_id)) is not None:
            raise conflict(DUPLICATE_COLLECTION)
        session.add(row)
        session.flush()
        return {"collection": _collection_dict(row)}


def list_collections(ctx: AppContext, caller: Principal, filters: CollectionFilters, page: Page) -> dict[str, Any]:
    """The org's collections, most recently changed first."""
    conditions = [KnowledgeCollection.org_id == caller.org_id]
    if filters.source_type:
        conditions.append(KnowledgeCollection.source_type == filters.source_type)
    limit = page.limit or DEFAULT_COLLECTION_LIMIT
    with ctx.db.read() as session:
        rows = session.scalars(
            select(KnowledgeCollection).where(*conditions, *COLLECTIONS_NEWEST_FIRST.after(filters.cursor))
            .order_by(*COLLECTIONS_NEWEST_FIRST.order_by()).limit(limit + 1).offset(page.offset)
        ).all()
    rows, next_cursor = COLLECTIONS_NEWEST_FIRST.page(list(rows), limit)
    return {"collections": [_collection_dict(row) for row in rows], "next_cursor": next_cursor}


def get_collection(ctx: AppContext, caller: Principal, collection_id: str) -> dict[str, Any]:
    """One collection of the caller's org."""
    with ctx.db.read() as session:
        return {"collection": _collection_dict(_collection(session, caller.org_id, collection_id))}


def update_collection(ctx: AppContext, caller: Principal, collection_id: str, body: CollectionUpdate) -> dict[str, Any]:
    """Merge the given fields over the stored ones (counts and sync times are the sync's own)."""
    changes = body.provided()
    redact_fields(changes, ("description",), ctx.redaction.mode(caller.org_id))
    with ctx.db.write() as session:
        row = _collection(session, caller.org_id, collection_id, lock=True)
        for name, value in changes.items():
            setattr(row, name, None if name == "description" and value == "" else value)
        row.updated_at = utcnow()
        session.flush()
        return {"collection": _collection_dict(row)}


def delete_collection(ctx: AppContext, caller: Principal, collection_id: str) -> dict[str, Any]:
    """Delete a collection with its items and their indexed passages."""
    with ctx.db.write() as session:
        row = _collection(session, caller.org_id, collection_id, lock=True)
        for model in (KnowledgeChunk, KnowledgeItem):
            session.execute(delete(model).where(model.org_id == caller.org_id, model.collection_id == collection_id))
        session.delete(row)
    return {"deleted": True, "collection_id": collection_id}


# --- items -----------------------------------------------------------------------------------------------


def list_items(ctx: AppContext, caller: Principal, collection_id: str, filters: ItemFilters, page: Page) -> dict[str, Any]:
    """A collection's items, newest first (an unknown collection has none)."""
    limit = page.limit or DEFAULT_ITEM_LIMIT
    with ctx.db.read() as session:
        rows = session.scalars(
            select(KnowledgeItem).where(KnowledgeItem.org_id == caller.org_id, KnowledgeItem.collection_id == collection_id,
                                        *ITEMS_NEWEST_FIRST.after(filters.cursor))
            .order_by(*ITEMS_NEWEST_FIRST.order_by()).limit(limit + 1).offset(page.offset)
        ).all()
    rows, next_cursor = ITEMS_NEWEST_FIRST.page(list(rows), limit)
    return {"items": [_item_dict(row) for row in rows], "next_cursor": next_cursor}


def add_item(ctx: AppContext, caller: Principal, collection_id: str, body: ItemCreate) -> dict[str, Any]:
    """Add an item (a note's text, an uploaded file or a URL to fetch at sync); the collection counts it and
    leaves `empty` for `pending`."""
    fields = body.provided()
    encoded = fields.pop("content_base64", None)
    if encoded is not None:
        fields["content"] = ingest.decoded_file(encoded, fields.get("mime_type"))
    redact_fields(fields, ("content",), ctx.redaction.mode(caller.org_id))
    item_id = fields.pop("item_id", None) or uuid_id("kci")
    now = utcnow()
    with ctx.db.write() as session:
        collection = _collection(session, caller.org_id, collection_id, lock=True)
        _check_source(ctx, collection.source_type, fields)
        if session.scalar(select(KnowledgeItem.pk).where(KnowledgeItem.org_id == caller.org_id,
                                                         KnowledgeItem.item_id == item_id)) is not None:
            raise conflict(DUPLICATE_ITEM)
        item = KnowledgeItem(
            org_id=caller.org_id, item_id=item_id, collection_id=collection_id, created_at=now, updated_at=now,
            item_metadata=fields.pop("metadata", {}), **{**fields, "status": fields.get("status") or "pending"},
        )
        session.add(item)
        collection.doc_count += 1
        if collection.ingestion_status == "empty":
            collection.ingestion_status = "pending"
        collection.updated_at = now
        session.flush()
        return {"item": _item_dict(item)}


def _check_source(ctx: AppContext, source_type: str, fields: dict[str, Any]) -> None:
    """A note carries its text; a URL to fetch must be one the server may call (re-checked at every fetch)."""
    if source_type == "notes" and fields.get("content") is None:
        raise ApiError(400, "content is required for an item of a notes collection")
    if source_type == "urls" and fields.get("content") is None:
        allow_private = ctx.settings.allow_private_webhooks
        if problem := outbound.check_target_url(fields["source_uri"], allow_private=allow_private, resolve=True):
            raise ApiError(400, f"source_uri: {problem}")


# --- sync ------------------------------------------------------------------------------------------------


def request_sync(ctx: AppContext, caller: Principal, collection_id: str) -> dict[str, Any]:
    """Ask for the collection to be (re)indexed; a replica's poller runs it shortly."""
    now = utcnow()
    with ctx.db.write() as session:
        row = _collection(session, caller.org_id, collection_id, lock=True)
        row.sync_requested_at = now
        if row.sync_claim is None:
            row.ingestion_status = "pending"
        row.updated_at = now
        session.flush()
        return {"collection": _collection_dict(row)}


def run_due_syncs(ctx: AppContext) -> int:
    """Claim and run requested syncs (and syncs whose replica died) until none is due; safe on every replica."""
    done = 0
    while done < SYNCS_PER_POLL and (claim := _claim(ctx)) is not None:
        _sync(ctx, claim)
        done += 1
    return done


def sync_poller(ctx: AppContext) -> Poller:
    """Polls `run_due_syncs` every `knowledge_sync_poll_seconds` (the app's lifespan starts it)."""
    return Poller("knowledge-sync", lambda: ctx.settings.knowledge_sync_poll_seconds, lambda: run_due_syncs(ctx))


@dataclass(frozen=True)
class _Claim:
    org_id: str
    collection_id: str
    source_type: str
    token: str


@dataclass
class _Progress:
    indexed: int = 0
    failed: int = 0
    skipped: int = 0
    first_error: str | None = None


def _claim(ctx: AppContext) -> _Claim | None:
    now = utcnow()
    due = or_(and_(KnowledgeCollection.sync_requested_at.isnot(None), KnowledgeCollection.sync_claim.is_(None)),
              KnowledgeCollection.sync_lease_until < now)
    query = select(KnowledgeCollection).where(due).order_by(KnowledgeCollection.sync_requested_at).limit(1)
    with ctx.db.write() as session:
        row = session.scalar(query if ctx.db.is_sqlite else query.with_for_update(skip_locked=True))
        if row is None:
            return None
        row.sync_claim, row.sync_lease_until = hex_id("ks"), now + SYNC_LEASE
        row.sync_requested_at, row.ingestion_status, row.updated_at = None, "syncing", now
        return _Claim(row.org_id, row.collection_id, row.source_type, row.sync_claim)


def _sync(ctx: AppContext, claim: _Claim) -> None:
    """Index every item the collection has now, a batch per transaction, then settle its status."""
    progress = _Progress()
    after_pk = 0
    while True:
        with ctx.db.read() as session:
            items = session.execute(select(KnowledgeItem.pk, KnowledgeItem.item_id, KnowledgeItem.source_uri,
                                           KnowledgeItem.content).where(
                KnowledgeItem.org_id == claim.org_id, KnowledgeItem.collection_id == claim.collection_id,
                KnowledgeItem.pk > after_pk,
            ).order_by(KnowledgeItem.pk).limit(BATCH_ITEMS)).all()
        if not items:
            break
        started, read = time.monotonic(), []
        for item in items:
            read.append(_read_item(ctx, claim, item))
            if time.monotonic() - started > BATCH_SECONDS:
                if not _store(ctx, claim, read, progress):
                    return
                started, read = time.monotonic(), []
        if not _store(ctx, claim, read, progress):
            return
        after_pk = items[-1].pk
    _finish(ctx, claim, progress)


def _read_item(ctx: AppContext, claim: _Claim, item: Any) -> tuple[str, str, list[str], str | None]:
    """(item id, status, passages, error) for one item: its stored text, or its URL fetched now."""
    text = item.content
    if text is None and claim.source_type == "urls":
        try:
            text = _fetch(ctx, item.source_uri)
        except (OSError, ValueError, http.client.HTTPException) as exc:
            return item.item_id, "failed", [], str(exc)[:500] or type(exc).__name__
        text, _ = redact_value(text, ctx.redaction.mode(claim.org_id))
    if text is None:
        return item.item_id, "skipped", [], NO_TEXT
    return item.item_id, "indexed", ingest.chunks(text), None


def _fetch(ctx: AppContext, url: str) -> str:
    allow_private = ctx.settings.allow_private_webhooks
    if problem := outbound.check_target_url(url, allow_private=allow_private):
        raise ValueError(problem)
    reply = outbound.get(url, {"User-Agent": USER_AGENT, "Accept": "text/html, text/plain, */*"}, FETCH_TIMEOUT_SECONDS,
                     allow_private=allow_private, max_bytes=ingest.MAX_FETCH_BYTES)
    if not 200 <= reply.status < 300:
        raise ValueError(f"HTTP {reply.status}")
    return ingest.fetched_text(reply.body, reply.content_type)


def _store(ctx: AppContext, claim: _Claim, read: list[tuple[str, str, list[str], str | None]], progress: _Progress) -> bool:
    """Replace these items' passages while the claim is still ours (renewing it); False when it was lost."""
    now = utcnow()
    with ctx.db.write() as session:
        if not _renew(session, claim, now):
            log.warning("knowledge sync of %s lost its lease; another replica took it over", claim.collection_id)
            return False
        ids = [item_id for item_id, *_ in read]
        session.execute(delete(KnowledgeChunk).where(KnowledgeChunk.org_id == claim.org_id,
                                                     KnowledgeChunk.collection_id == claim.collection_id,
                                                     KnowledgeChunk.item_id.in_(ids)))
        passages = [{"org_id": claim.org_id, "collection_id": claim.collection_id, "item_id": item_id,
                     "ordinal": ordinal, "content": passage}
                    for item_id, _, item_passages, _ in read for ordinal, passage in enumerate(item_passages)]
        if passages:
            session.execute(insert(KnowledgeChunk), passages)
        for item_id, status, _, error in read:
            session.execute(update(KnowledgeItem).where(KnowledgeItem.org_id == claim.org_id, KnowledgeItem.item_id == item_id)
                            .values(status=status, error=error, updated_at=now))
            setattr(progress, status, getattr(progress, status) + 1)
            if status == "failed" and progress.first_error is None:
                progress.first_error = f"{item_id}: {error}"
    return True


def _finish(ctx: AppContext, claim: _Claim, progress: _Progress) -> None:
    now = utcnow()
    with ctx.db.write() as session:
        row = session.scalar(_collection_query(claim.org_id, claim.collection_id).where(
            KnowledgeCollection.sync_claim == claim.token))
        if row is None:
            return
        row.doc_count, row.chunk_count = (session.scalar(select(func.count()).select_from(model).where(
            model.org_id == claim.org_id, model.collection_id == claim.collection_id)) or 0
            for model in (KnowledgeItem, KnowledgeChunk))
        settled = "failed" if progress.failed and not progress.indexed else "ready"
        row.ingestion_status = "pending" if row.sync_requested_at is not None else settled
        row.last_sync_error = (f"{progress.failed} of {progress.failed + progress.indexed + progress.skipped} items "
                               f"failed; first: {progress.first_error}") if progress.failed else None
        row.last_synced_at = row.updated_at = now
        row.sync_claim = row.sync_lease_until = None


def _renew(session: Session, claim: _Claim, now) -> bool:
    renewed = session.execute(update(KnowledgeCollection).where(
        KnowledgeCollection.org_id == claim.org_id, KnowledgeCollection.collection_id == claim.collection_id,
        KnowledgeCollection.sync_claim == claim.token,
    ).values(sync_lease_until=now + SYNC_LEASE))
    return renewed.rowcount == 1


# --- search ----------------------------------------------------------------------------------------------


SQLITE_SEARCH = text(f"""
SELECT c.item_id, c.content, snippet({FTS_TABLE}, 0, '**', '**', '…', {SNIPPET_WORDS}) AS snippet,
       -bm25({FTS_TABLE}) AS score
FROM {FTS_TABLE} JOIN knowledge_chunks c ON c.pk = {FTS_TABLE}.rowid
WHERE {FTS_TABLE} MATCH :match AND c.org_id = :org_id AND c.collection_id = :collection_id
ORDER BY bm25({FTS_TABLE}), c.pk LIMIT :limit
""")
POSTGRESQL_SEARCH = text(f"""
SELECT hit.item_id, hit.content,
       ts_headline('english', hit.content, websearch_to_tsquery('english', :match),
                   'StartSel=**, StopSel=**, MaxWords={SNIPPET_WORDS}, MinWords=8, MaxFragments=1') AS snippet,
       hit.score
FROM (SELECT c.item_id, c.content, c.pk, ts_rank_cd(c.search_vector, q) AS score
      FROM knowledge_chunks c, websearch_to_tsquery('english', :match) q
      WHERE c.search_vector @@ q AND c.org_id = :org_id AND c.collection_id = :collection_id
      ORDER BY score DESC, c.pk LIMIT :limit) hit
ORDER BY hit.score DESC, hit.pk
""")


def search(ctx: AppContext, caller: Principal, collection_id: str, body: SearchRequest) -> dict[str, Any]:
    """The collection's passages best matching the query, best first: every term first, else any term."""
    terms = ingest.search_terms(body.query)
    with ctx.db.read() as session:
        _collection(session, caller.org_id, collection_id)
        hits: list[Any] = []
        if terms:
            for any_term in (False, True):
                hits = _matches(ctx, session, caller.org_id, collection_id, terms, any_term, body.limit)
                if hits or len(terms) == 1:
                    break
        items = {row.item_id: row for row in session.execute(select(
            KnowledgeItem.item_id, KnowledgeItem.title, KnowledgeItem.source_uri,
        ).where(KnowledgeItem.org_id == caller.org_id, KnowledgeItem.item_id.in_({hit.item_id for hit in hits})))}
    results = [{
        "item_id": hit.item_id, "title": items[hit.item_id].title if hit.item_id in items else None,
        "source_uri": items[hit.item_id].source_uri if hit.item_id in items else None,
        "snippet": hit.snippet or hit.content[:300], "score": round(float(hit.score), 6),
    } for hit in hits]
    return {"results": results, "query": body.query}


def _matches(ctx: AppContext, session: Session, org_id: str, collection_id: str, terms: list[str], any_term: bool,
             limit: int) -> list[Any]:
    if ctx.db.is_sqlite:
        statement, match = SQLITE_SEARCH, ingest.fts5_expression(terms, any_term)
    else:
        statement, match = POSTGRESQL_SEARCH, ingest.websearch_expression(terms, any_term)
    params = {"match": match, "org_id": org_id, "collection_id": collection_id, "limit": limit}
    return list(session.execute(statement, params))


# --- shared ----------------------------------------------------------------------------------------------


def _collection_query(org_id: str, collection_id: str):
    return select(KnowledgeCollection).where(KnowledgeCollection.org_id == org_id,
                                             KnowledgeCollection.collection_id == collection_id)


def _collection(session: Session, org_id: str, collection_id: str, *, lock: bool = False) -> KnowledgeCollection:
    query = _collection_query(org_id, collection_id)
    row = session.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise not_found("Collection")
    return row


def _collection_dict(row: KnowledgeCollection) -> dict[str, Any]:
    return row_to_dict(row, exclude=("sync_claim", "sync_lease_until"))


def _item_dict(row: KnowledgeItem) -> dict[str, Any]:
    """An item as listed: its text stays in the index (`content_length` says how long it is)."""
    data = row_to_dict(row, exclude=("content",))
    data["content_length"] = len(row.content) if row.content is not None else None
    return data
