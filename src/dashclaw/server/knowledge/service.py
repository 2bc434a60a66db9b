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
always within the caller's org and the one collection. When an OpenAI-compatible embeddings endpoint is
configured (`DASHCLAW_EMBEDDINGS_BASE_URL`, see `embeddings.py`), a sync also stores each passage's vector and
a search can rank by meaning too (`mode`: `hybrid`, the default then, or `semantic`); if the endpoint fails, a
sync indexes for full-text search only and a search answers full-text, saying so in `fallback_reason`.
"""
from __future__ import annotations

import heapq
import http.client
import logging
import time
from dataclasses import dataclass, field
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
from . import embeddings, ingest
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
BATCH_ITEMS, BATCH_PASSAGES, BATCH_SECONDS = 100, 256, 20.0
"""A sync embeds and writes (and renews its lease) after this many items or passages, or this long, whichever
comes first."""
SYNCS_PER_POLL = 20
FETCH_TIMEOUT_SECONDS = 10.0
USER_AGENT = "DashClaw-Knowledge/1.0"
NO_TEXT = "Nothing to index: send content or content_base64 (or use a urls collection)"
SNIPPET_WORDS = 24
SNIPPET_CHARACTERS = 300
"""A passage without a highlighted snippet is shown by its start, this long."""
HYBRID_CANDIDATES = 100
"""A hybrid search blends similarity into the rank of at most this many full-text matches (and similar passages)."""
SEMANTIC_SCAN_PASSAGES = 2000
"""Similarity is computed in Python over at most this many passages of a collection per search."""
NOT_CONFIGURED = "semantic search is not configured on this server; full-text results"
ENDPOINT_FAILED = "the embeddings endpoint gave no usable answer; full-text results"


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
        rows, next_cursor = COLLECTIONS_NEWEST_FIRST.read(
            session, select(KnowledgeCollection).where(*conditions), filters.cursor, limit, page.offset
        )
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
        rows, next_cursor = ITEMS_NEWEST_FIRST.read(session, select(KnowledgeItem).where(
            KnowledgeItem.org_id == caller.org_id, KnowledgeItem.collection_id == collection_id
        ), filters.cursor, limit, page.offset)
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
class _Read:
    """One item as a sync read it: its new status and passages (with their vectors, once embedded), or why not."""

    item_id: str
    status: str
    passages: list[str] = field(default_factory=list)
    error: str | None = None
    vectors: list[bytes | None] = field(init=False)

    def __post_init__(self) -> None:
        self.vectors = [None] * len(self.passages)


@dataclass
class _Progress:
    indexed: int = 0
    failed: int = 0
    skipped: int = 0
    first_error: str | None = None
    embeddings_error: str | None = None
    """Why the embeddings endpoint failed; the rest of the sync then indexes for full-text search only."""


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
            if time.monotonic() - started > BATCH_SECONDS or sum(len(entry.passages) for entry in read) >= BATCH_PASSAGES:
                if not _store(ctx, claim, read, progress):
                    return
                started, read = time.monotonic(), []
        if not _store(ctx, claim, read, progress):
            return
        after_pk = items[-1].pk
    _finish(ctx, claim, progress)


def _read_item(ctx: AppContext, claim: _Claim, item: Any) -> _Read:
    """One item's stored text, or its URL fetched now, cut into passages."""
    text = item.content
    if text is None and claim.source_type == "urls":
        try:
            text = _fetch(ctx, item.source_uri)
        except (OSError, ValueError, http.client.HTTPException) as exc:
            return _Read(item.item_id, "failed", error=str(exc)[:500] or type(exc).__name__)
        text, _ = redact_value(text, ctx.redaction.mode(claim.org_id))
    if text is None:
        return _Read(item.item_id, "skipped", error=NO_TEXT)
    return _Read(item.item_id, "indexed", ingest.chunks(text))


def _fetch(ctx: AppContext, url: str) -> str:
    allow_private = ctx.settings.allow_private_webhooks
    if problem := outbound.check_target_url(url, allow_private=allow_private):
        raise ValueError(problem)
    reply = outbound.get(url, {"User-Agent": USER_AGENT, "Accept": "text/html, text/plain, */*"}, FETCH_TIMEOUT_SECONDS,
                     allow_private=allow_private, max_bytes=ingest.MAX_FETCH_BYTES)
    if not 200 <= reply.status < 300:
        raise ValueError(f"HTTP {reply.status}")
    return ingest.fetched_text(reply.body, reply.content_type)


def _embed(ctx: AppContext, claim: _Claim, read: list[_Read], progress: _Progress) -> None:
    """Give the passages read their vectors (when embeddings are configured): a passage the last sync embedded
    with the same model keeps its vector, the others are asked for in batches. After a failure of the endpoint
    the rest of the sync indexes for full-text search only."""
    if not embeddings.configured(ctx.settings) or progress.embeddings_error or not any(entry.passages for entry in read):
        return
    model = ctx.settings.embeddings_model
    with ctx.db.read() as session:
        known = dict(session.execute(select(KnowledgeChunk.content, KnowledgeChunk.embedding).where(
            KnowledgeChunk.org_id == claim.org_id, KnowledgeChunk.collection_id == claim.collection_id,
            KnowledgeChunk.item_id.in_([entry.item_id for entry in read]), KnowledgeChunk.embedding_model == model,
        )).all())
    missing = []
    for entry in read:
        for ordinal, passage in enumerate(entry.passages):
            entry.vectors[ordinal] = known.get(passage)
            if entry.vectors[ordinal] is None:
                missing.append((entry, ordinal))
    try:
        vectors = embeddings.embed(ctx.settings, [entry.passages[ordinal] for entry, ordinal in missing])
    except embeddings.EmbeddingsUnavailable as exc:
        log.warning("knowledge sync of %s: embeddings unavailable (%s); indexing for full-text search only",
                    claim.collection_id, exc)
        progress.embeddings_error = str(exc)
        return
    for (entry, ordinal), vector in zip(missing, vectors):
        entry.vectors[ordinal] = vector


def _store(ctx: AppContext, claim: _Claim, read: list[_Read], progress: _Progress) -> bool:
    """Replace these items' passages (embedded first, when configured) while the claim is still ours (renewing it);
    False when it was lost."""
    _embed(ctx, claim, read, progress)
    now = utcnow()
    model = ctx.settings.embeddings_model
    with ctx.db.write() as session:
        if not _renew(session, claim, now):
            log.warning("knowledge sync of %s lost its lease; another replica took it over", claim.collection_id)
            return False
        session.execute(delete(KnowledgeChunk).where(KnowledgeChunk.org_id == claim.org_id,
                                                     KnowledgeChunk.collection_id == claim.collection_id,
                                                     KnowledgeChunk.item_id.in_([entry.item_id for entry in read])))
        passages = [{"org_id": claim.org_id, "collection_id": claim.collection_id, "item_id": entry.item_id,
                     "ordinal": ordinal, "content": passage, "embedding": vector,
                     "embedding_model": model if vector is not None else None}
                    for entry in read for ordinal, (passage, vector) in enumerate(zip(entry.passages, entry.vectors))]
        if passages:
            session.execute(insert(KnowledgeChunk), passages)
        for entry in read:
            session.execute(update(KnowledgeItem).where(KnowledgeItem.org_id == claim.org_id,
                                                        KnowledgeItem.item_id == entry.item_id)
                            .values(status=entry.status, error=entry.error, updated_at=now))
            setattr(progress, entry.status, getattr(progress, entry.status) + 1)
            if entry.status == "failed" and progress.first_error is None:
                progress.first_error = f"{entry.item_id}: {entry.error}"
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
        row.last_sync_error = _sync_problems(progress)
        row.last_synced_at = row.updated_at = now
        row.sync_claim = row.sync_lease_until = None


def _sync_problems(progress: _Progress) -> str | None:
    problems = []
    if progress.failed:
        problems.append(f"{progress.failed} of {progress.failed + progress.indexed + progress.skipped} items failed; "
                        f"first: {progress.first_error}")
    if progress.embeddings_error:
        problems.append(f"embeddings unavailable ({progress.embeddings_error[:200]}): some passages are indexed for "
                        "full-text search only")
    return "; ".join(problems) or None


def _renew(session: Session, claim: _Claim, now) -> bool:
    renewed = session.execute(update(KnowledgeCollection).where(
        KnowledgeCollection.org_id == claim.org_id, KnowledgeCollection.collection_id == claim.collection_id,
        KnowledgeCollection.sync_claim == claim.token,
    ).values(sync_lease_until=now + SYNC_LEASE))
    return renewed.rowcount == 1


# --- search ----------------------------------------------------------------------------------------------


# Both rank at most `:candidates` matching passages (`knowledge_search_candidates`), so a query whose words are
# in most of a big collection costs a bounded ranking, not one of every passage.
SQLITE_SEARCH = text(f"""
SELECT c.pk, c.item_id, c.content, snippet({FTS_TABLE}, 0, '**', '**', '…', {SNIPPET_WORDS}) AS snippet,
       -bm25({FTS_TABLE}) AS score
FROM {FTS_TABLE} JOIN knowledge_chunks c ON c.pk = {FTS_TABLE}.rowid
WHERE {FTS_TABLE} MATCH :match AND {FTS_TABLE}.rowid IN (
        SELECT candidate.pk FROM {FTS_TABLE}(:match) matched JOIN knowledge_chunks candidate ON candidate.pk = matched.rowid
        WHERE candidate.org_id = :org_id
          AND candidate.collection_id = :collection_id
        LIMIT :candidates)
ORDER BY bm25({FTS_TABLE}), c.pk LIMIT :limit
""")
POSTGRESQL_SEARCH = text(f"""
WITH matched AS MATERIALIZED (  -- planned apart from the LIMIT below, so the GIN index finds the matches
    SELECT c.item_id, c.content, c.pk, c.search_vector
    FROM knowledge_chunks c, websearch_to_tsquery('english', :match) q
    WHERE c.search_vector @@ q AND c.org_id = :org_id AND c.collection_id = :collection_id)
SELECT hit.pk, hit.item_id, hit.content,
       ts_headline('english', hit.content, websearch_to_tsquery('english', :match),
                   'StartSel=**, StopSel=**, MaxWords={SNIPPET_WORDS}, MinWords=8, MaxFragments=1') AS snippet,
       hit.score
FROM (SELECT candidate.item_id, candidate.content, candidate.pk, ts_rank_cd(candidate.search_vector, q) AS score
      FROM (SELECT * FROM matched LIMIT :candidates) candidate, websearch_to_tsquery('english', :match) q
      ORDER BY score DESC, candidate.pk LIMIT :limit) hit
ORDER BY hit.score DESC, hit.pk
""")


@dataclass(frozen=True)
class _Hit:
    pk: int
    item_id: str
    score: float
    snippet: str


def search(ctx: AppContext, caller: Principal, collection_id: str, body: SearchRequest) -> dict[str, Any]:
    """The collection's passages best matching the query, best first. Full-text: every term first, else any term.
    With embeddings configured, `hybrid` (the default there) blends full-text rank with similarity of meaning and
    `semantic` ranks by meaning alone; when the endpoint fails the search runs full-text and `fallback_reason` says so."""
    mode = body.mode or ("hybrid" if embeddings.configured(ctx.settings) else "fulltext")
    query_vector, fallback_reason = None, None
    if mode != "fulltext":
        with ctx.db.read() as session:
            _collection(session, caller.org_id, collection_id)  # a 404 before anything is sent out
        query_vector, fallback_reason = _query_vector(ctx, body.query)
    terms = ingest.search_terms(body.query)
    with ctx.db.read() as session:
        if mode == "fulltext":
            _collection(session, caller.org_id, collection_id)
        if query_vector is None:
            mode = "fulltext"
            hits = [_Hit(row.pk, row.item_id, float(row.score), _snippet(row, row))
                    for row in _fulltext(ctx, session, caller.org_id, collection_id, terms, body.limit)]
        else:
            hits = _by_meaning(ctx, session, caller.org_id, collection_id, terms, query_vector, mode, body.limit)
        items = {row.item_id: row for row in session.execute(select(
            KnowledgeItem.item_id, KnowledgeItem.title, KnowledgeItem.source_uri,
        ).where(KnowledgeItem.org_id == caller.org_id, KnowledgeItem.item_id.in_({hit.item_id for hit in hits})))}
    results = [{
        "item_id": hit.item_id, "title": items[hit.item_id].title if hit.item_id in items else None,
        "source_uri": items[hit.item_id].source_uri if hit.item_id in items else None,
        "snippet": hit.snippet, "score": round(hit.score, 6),
    } for hit in hits]
    return {"results": results, "query": body.query, "mode_used": mode, "fallback_reason": fallback_reason}


def _query_vector(ctx: AppContext, query: str) -> tuple[bytes | None, str | None]:
    """The query's vector, or None and why the search runs full-text instead."""
    if not embeddings.configured(ctx.settings):
        return None, NOT_CONFIGURED
    try:
        vector = embeddings.embed(ctx.settings, [query])[0]
    except embeddings.EmbeddingsUnavailable as exc:
        log.warning("knowledge search: embeddings unavailable (%s); answering with full-text search", exc)
        return None, ENDPOINT_FAILED
    return (vector, None) if vector is not None else (None, ENDPOINT_FAILED)


def _fulltext(ctx: AppContext, session: Session, org_id: str, collection_id: str, terms: list[str], limit: int) -> list[Any]:
    """The best full-text matches: passages with every term, or if there are none, with any term."""
    if not terms:
        return []
    hits = _matches(ctx, session, org_id, collection_id, terms, False, limit)
    if hits or len(terms) == 1:
        return hits
    return _matches(ctx, session, org_id, collection_id, terms, True, limit)


def _matches(ctx: AppContext, session: Session, org_id: str, collection_id: str, terms: list[str], any_term: bool,
             limit: int) -> list[Any]:
    if ctx.db.is_sqlite:
        statement, match = SQLITE_SEARCH, ingest.fts5_expression(terms, any_term)
    else:
        statement, match = POSTGRESQL_SEARCH, ingest.websearch_expression(terms, any_term)
    params = {"match": match, "org_id": org_id, "collection_id": collection_id, "limit": limit,
              "candidates": ctx.settings.knowledge_search_candidates}
    return list(session.execute(statement, params))


def _by_meaning(ctx: AppContext, session: Session, org_id: str, collection_id: str, terms: list[str],
                query_vector: bytes, mode: str, limit: int) -> list[_Hit]:
    """Passages ranked by similarity to the query (`semantic`) or by that blended with full-text rank (`hybrid`).

    Similarity is computed here over at most `SEMANTIC_SCAN_PASSAGES` passages of the collection (in index
    order) plus every full-text candidate, so a search stays bounded on a big collection."""
    fulltext = ({row.pk: row for row in _fulltext(ctx, session, org_id, collection_id, terms, HYBRID_CANDIDATES)}
                if mode == "hybrid" else {})
    of_collection = (KnowledgeChunk.org_id == org_id, KnowledgeChunk.collection_id == collection_id,
                     KnowledgeChunk.embedding_model == ctx.settings.embeddings_model)
    vectors = dict(session.execute(select(KnowledgeChunk.pk, KnowledgeChunk.embedding).where(*of_collection)
                                   .order_by(KnowledgeChunk.pk).limit(SEMANTIC_SCAN_PASSAGES)).all())
    if unscanned := fulltext.keys() - vectors.keys():
        vectors.update(session.execute(select(KnowledgeChunk.pk, KnowledgeChunk.embedding).where(
            *of_collection, KnowledgeChunk.pk.in_(unscanned))).all())
    similarities = {pk: embeddings.similarity(query_vector, vector) for pk, vector in vectors.items()}
    if mode == "semantic":
        scores = {pk: similarity for pk, similarity in similarities.items() if similarity > 0}
    else:
        scores = embeddings.hybrid_scores([
            embeddings.Candidate(pk, float(fulltext[pk].score) if pk in fulltext else 0.0, similarities.get(pk, 0.0))
            for pk in similarities.keys() | fulltext.keys()])
    best = heapq.nlargest(limit, scores.items(), key=lambda pair: (pair[1], -pair[0]))
    passages = {row.pk: row for row in session.execute(select(KnowledgeChunk.pk, KnowledgeChunk.item_id,
                                                              KnowledgeChunk.content).where(
        KnowledgeChunk.org_id == org_id, KnowledgeChunk.pk.in_([pk for pk, _ in best])))}
    return [_Hit(pk, passages[pk].item_id, score, _snippet(fulltext.get(pk), passages[pk]))
            for pk, score in best if pk in passages]


def _snippet(match: Any, passage: Any) -> str:
    """The full-text match's highlighted snippet, else the start of the passage."""
    return (match.snippet if match is not None else None) or passage.content[:SNIPPET_CHARACTERS]


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
