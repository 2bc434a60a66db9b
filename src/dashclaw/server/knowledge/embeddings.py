"""Vectors from an OpenAI-compatible embeddings endpoint (`POST {base}/embeddings`), and how passages rank by them.

Optional: with no `embeddings_base_url` nothing here is called and search is full-text only. Vectors are
stored scaled to unit length and packed as float32, so a cosine similarity is a dot product computed here
(no vector extension is needed in either database). Any failure of the endpoint (network, timeout, HTTP
status, a reply without one finite vector per input) raises `EmbeddingsUnavailable`; sync and search then
carry on with full-text search alone and say so.
"""
from __future__ import annotations

import http.client
import json
import math
from array import array
from dataclasses import dataclass
from operator import mul
from typing import TYPE_CHECKING

from ..core import http as outbound

if TYPE_CHECKING:
    from ..settings import Settings

INPUTS_PER_REQUEST = 64
MAX_REPLY_BYTES = 32 * 1024 * 1024
MAX_DIMENSIONS = 8192
SEMANTIC_WEIGHT = 0.5
"""In hybrid mode a passage scores SEMANTIC_WEIGHT x its similarity plus the rest x its full-text rank
(divided by the best full-text rank of the search, so both parts run from 0 to 1)."""


class EmbeddingsUnavailable(Exception):
    """The endpoint gave no usable vectors; the message says why."""


def configured(settings: Settings) -> bool:
    """Whether semantic search is switched on for this server."""
    return bool(settings.embeddings_base_url)


def embed(settings: Settings, texts: list[str]) -> list[bytes | None]:
    """One packed unit vector per text (None for a zero vector), in order, `INPUTS_PER_REQUEST` texts per request."""
    vectors: list[bytes | None] = []
    for start in range(0, len(texts), INPUTS_PER_REQUEST):
        vectors.extend(pack(vector) for vector in _request(settings, texts[start:start + INPUTS_PER_REQUEST]))
    return vectors


def pack(vector: list[float]) -> bytes | None:
    """`vector` scaled to unit length, as float32 bytes (None for a zero vector, which has no direction)."""
    norm = math.sqrt(sum(value * value for value in vector))
    return array("f", (value / norm for value in vector)).tobytes() if norm else None


def similarity(query: bytes, passage: bytes) -> float:
    """Cosine similarity of two packed unit vectors (0 when their lengths differ: different models)."""
    if len(query) != len(passage):
        return 0.0
    return sum(map(mul, array("f", query), array("f", passage)))


@dataclass(frozen=True)
class Candidate:
    """A passage some search found: its full-text rank (0 if full-text did not find it) and similarity."""

    pk: int
    fulltext: float
    semantic: float


def hybrid_scores(candidates: list[Candidate]) -> dict[int, float]:
    """Each candidate's blended score (see `SEMANTIC_WEIGHT`), by passage pk; candidates scoring 0 are left out."""
    best_fulltext = max((candidate.fulltext for candidate in candidates), default=0.0) or 1.0
    scores = {candidate.pk: SEMANTIC_WEIGHT * max(candidate.semantic, 0.0)
              + (1 - SEMANTIC_WEIGHT) * candidate.fulltext / best_fulltext for candidate in candidates}
    return {pk: score for pk, score in scores.items() if score > 0}


def _request(settings: Settings, texts: list[str]) -> list[list[float]]:
    body = json.dumps({"model": settings.embeddings_model, "input": texts}).encode()
    headers = {"Content-Type": "application/json"}
    if settings.embeddings_api_key:
        headers["Authorization"] = f"Bearer {settings.embeddings_api_key}"
    try:
        # The endpoint is the operator's own configuration (often a local model server), as for the guard's LLM.
        reply = outbound.post(settings.embeddings_base_url.rstrip("/") + "/embeddings", body, headers,
                              settings.embeddings_timeout_ms / 1000.0, allow_private=True, max_bytes=MAX_REPLY_BYTES)
    except (OSError, http.client.HTTPException) as exc:
        raise EmbeddingsUnavailable(str(exc)[:200] or type(exc).__name__) from None
    if reply.status != 200:
        raise EmbeddingsUnavailable(f"HTTP {reply.status}")
    try:
        rows = sorted(json.loads(reply.body)["data"], key=lambda row: row["index"])
        vectors = [[float(value) for value in row["embedding"]] for row in rows]
    except (ValueError, KeyError, TypeError):
        raise EmbeddingsUnavailable("the reply is not an embeddings list") from None
    if len(vectors) != len(texts) or not all(0 < len(vector) <= MAX_DIMENSIONS and all(map(math.isfinite, vector))
                                             for vector in vectors):
        raise EmbeddingsUnavailable("the reply does not hold one finite vector per input")
    return vectors
