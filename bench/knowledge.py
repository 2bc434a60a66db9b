"""How fast knowledge search answers on a big collection: index N passages, start `dashclaw serve`, search through the SDK.

    python bench/knowledge.py --database-url postgresql://postgres@127.0.0.1:5432/bench_knowledge
    python bench/knowledge.py                       # a temporary SQLite file (FTS5)
    python bench/knowledge.py --dimensions 384      # also hybrid and semantic search (stored vectors)

Loads `--chunks` passages (150 words each, drawn from a Zipf-distributed vocabulary) into one collection of
org_default and as many into another org's collection (which a search must never read), then times
`search_knowledge_collection` for phrases taken from random passages (every term must match) and for
two-word queries with one word no passage has (the any-term fallback). Prints p50/p95/p99 per kind, and
how often the passage a phrase came from ranked first. With `--dimensions D` every passage also gets a
vector of D dimensions (drawn from a pool of random unit vectors) and the server an embeddings endpoint (a
stand-in thread here answering random vectors), and the same phrases are timed in `hybrid` and `semantic`
mode, which compute similarity in Python over a bounded number of passages. A PostgreSQL database named in
--database-url is created and dropped by the script.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from dashboard import recreate_database  # bench/dashboard.py: drop and create a PostgreSQL database
from sqlalchemy import insert

from dashclaw import DashClaw
from dashclaw.server.app import prepare_database
from dashclaw.server.core.clock import utcnow
from dashclaw.server.db.engine import Database
from dashclaw.server.knowledge.embeddings import pack
from dashclaw.server.knowledge.ingest import CHUNK_WORDS
from dashclaw.server.knowledge.models import KnowledgeChunk, KnowledgeCollection, KnowledgeItem
from dashclaw.server.settings import Settings

ORG, OTHER_ORG = "org_default", "org_bench_other"
COLLECTION, OTHER_COLLECTION = "kc_bench", "kc_bench_other"
CHUNKS_PER_ITEM = 5
BATCH = 5_000
VOCABULARY = 20_000
SYLLABLES = "ka ri to mu se la po ne vi da ro shi an el or um ix qu ze fa".split()
EMBEDDINGS_MODEL = "bench-random"
VECTOR_POOL = 1000


def vocabulary(rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < VOCABULARY:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def passage(rng: random.Random, words: list[str], weights: list[float]) -> str:
    return " ".join(rng.choices(words, weights, k=CHUNK_WORDS))


def random_vector(rng: random.Random, dimensions: int) -> list[float]:
    return [rng.random() - 0.5 for _ in range(dimensions)]


def load(db: Database, org_id: str, collection_id: str, chunks: int, rng: random.Random, words: list[str],
         weights: list[float], vectors: list[bytes]) -> list[tuple[str, str]]:
    """`chunks` passages in `collection_id`, as a sync would have stored them (each with a vector drawn from
    `vectors`, when there are any); returns (item id, text) of a sample."""
    now = utcnow()
    items = chunks // CHUNKS_PER_ITEM
    with db.write_connection() as connection:
        connection.execute(insert(KnowledgeCollection.__table__), [{
            "org_id": org_id, "collection_id": collection_id, "name": "Bench", "source_type": "notes", "tags": [],
            "ingestion_status": "ready", "doc_count": items, "chunk_count": chunks, "last_synced_at": now,
            "created_at": now, "updated_at": now,
        }])
    sample = []
    for first in range(0, items, BATCH // CHUNKS_PER_ITEM):
        item_rows, chunk_rows = [], []
        for n in range(first, min(first + BATCH // CHUNKS_PER_ITEM, items)):
            item_id = f"kci_{collection_id}_{n}"
            item_rows.append({"org_id": org_id, "item_id": item_id, "collection_id": collection_id,
                              "source_uri": f"note://{n}", "title": f"Note {n}", "status": "indexed", "metadata": {},
                              "created_at": now, "updated_at": now})
            for ordinal in range(CHUNKS_PER_ITEM):
                text = passage(rng, words, weights)
                chunk_rows.append({"org_id": org_id, "collection_id": collection_id, "item_id": item_id,
                                   "ordinal": ordinal, "content": text,
                                   "embedding": rng.choice(vectors) if vectors else None,
                                   "embedding_model": EMBEDDINGS_MODEL if vectors else None})
                if rng.random() < 0.002:
                    sample.append((item_id, text))
        with db.write_connection() as connection:
            connection.execute(insert(KnowledgeItem.__table__), item_rows)
            connection.execute(insert(KnowledgeChunk.__table__), chunk_rows)
    return sample


def embeddings_endpoint(dimensions: int) -> ThreadingHTTPServer:
    """A stand-in OpenAI-compatible embeddings endpoint on a thread: a random vector for every input."""
    rng = random.Random(7)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            inputs = json.loads(self.rfile.read(int(self.headers["Content-Length"])))["input"]
            body = json.dumps({"data": [{"index": n, "embedding": random_vector(rng, dimensions)}
                                        for n in range(len(inputs))]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    endpoint = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=endpoint.serve_forever, daemon=True).start()
    return endpoint


def serve(url: str, data_dir: str, api_key: str, **settings: str) -> tuple[subprocess.Popen, str]:
    port = 3900 + random.randint(0, 200)
    env = {**os.environ, "DASHCLAW_DATA_DIR": data_dir, "DASHCLAW_API_KEY": api_key, "DASHCLAW_RATE_LIMIT_MAX": "10000000",
           **settings}
    process = subprocess.Popen([sys.executable, "-m", "dashclaw.cli", "serve", "--port", str(port), "--database-url", url,
                                "--log-level", "warning"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            urllib.request.urlopen(base + "/api/health", timeout=2)
            return process, base
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("server did not start")


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    cut = statistics.quantiles(ordered, n=100)
    return f"p50 {cut[49]:7.1f}   p95 {cut[94]:7.1f}   p99 {cut[98]:7.1f}   (n={len(ordered)})"


def timed(claw: DashClaw, phrases: list[tuple[str, str]], mode: str) -> tuple[list[float], int]:
    """Milliseconds per search of each phrase in `mode`, and how many found their source passage's item first."""
    timings, first = [], 0
    for item_id, phrase in phrases:
        began = time.perf_counter()
        answer = claw.search_knowledge_collection(COLLECTION, f'"{phrase}"', limit=10, mode=mode)
        timings.append((time.perf_counter() - began) * 1000)
        assert answer["mode_used"] == mode, answer["fallback_reason"]
        first += bool(answer["results"]) and answer["results"][0]["item_id"] == item_id
    return timings, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--database-url", help="postgresql://... (a database of that name is created and dropped)")
    parser.add_argument("--dimensions", type=int, default=0,
                        help="store a vector of this many dimensions per passage and also time hybrid and semantic "
                             "search (default 0: full-text only)")
    args = parser.parse_args()
    rng = random.Random(11)
    words = vocabulary(rng)
    weights = [1 / rank for rank in range(1, len(words) + 1)]  # Zipf: a few words are everywhere
    with tempfile.TemporaryDirectory() as directory:
        url = args.database_url or f"sqlite:///{Path(directory) / 'bench.db'}"
        postgres = url.startswith("postgresql")
        if postgres:
            recreate_database(url, create=True)
        settings = Settings.from_env(database_url=url)
        db = Database(settings.resolved_database_url())
        prepare_database(settings, db)
        started = time.perf_counter()
        vectors = [pack(random_vector(rng, args.dimensions)) for _ in range(VECTOR_POOL)] if args.dimensions else []
        sample = load(db, ORG, COLLECTION, args.chunks, rng, words, weights, vectors)
        load(db, OTHER_ORG, OTHER_COLLECTION, args.chunks, rng, words, weights, vectors)
        with db.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            connection.commit()
        print(f"indexed 2 x {args.chunks:,} passages in {time.perf_counter() - started:.0f} s", flush=True)
        db.dispose()
        api_key = secrets.token_hex(16)
        endpoint = embeddings_endpoint(args.dimensions) if args.dimensions else None
        embeddings = {"DASHCLAW_EMBEDDINGS_BASE_URL": f"http://127.0.0.1:{endpoint.server_address[1]}/v1",
                      "DASHCLAW_EMBEDDINGS_MODEL": EMBEDDINGS_MODEL} if endpoint else {}
        process, base = serve(url, directory, api_key, **embeddings)
        try:
            claw = DashClaw(base_url=base, api_key=api_key, agent_id="bench")
            phrases = [(item_id, " ".join(text.split()[start:start + 5]))
                       for item_id, text in (rng.choice(sample) for _ in range(args.queries))
                       for start in [rng.randint(0, CHUNK_WORDS - 5)]]
            for _, phrase in phrases[:20]:  # warm the caches as a running server would have them
                claw.search_knowledge_collection(COLLECTION, f'"{phrase}"', mode="fulltext")
            timings, first = timed(claw, phrases, "fulltext")
            fallback = []
            for _ in range(args.queries // 3):
                began = time.perf_counter()
                claw.search_knowledge_collection(COLLECTION, f"{rng.choice(words)} zzznotaword", limit=10, mode="fulltext")
                fallback.append((time.perf_counter() - began) * 1000)
            kind = "PostgreSQL tsvector + GIN" if postgres else "SQLite FTS5"
            print(f"search over {args.chunks:,} passages ({kind}), ms through the SDK:")
            print(f"  5-word phrase          {percentiles(timings)}   source passage's item first: {first}/{len(phrases)}")
            print(f"  any-term fallback      {percentiles(fallback)}")
            for mode in ("hybrid", "semantic") if args.dimensions else ():
                timings, first = timed(claw, phrases, mode)
                print(f"  5-word phrase {mode:<9}{percentiles(timings)}   source passage's item first: {first}/{len(phrases)}")
            claw.close()
        finally:
            process.terminate()
            process.wait(timeout=10)
            if endpoint:
                endpoint.shutdown()
        if postgres:
            recreate_database(url, create=False)


if __name__ == "__main__":
    main()
