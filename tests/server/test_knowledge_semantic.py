"""Knowledge search by meaning through an OpenAI-compatible embeddings endpoint (an option), and one sync raced
by two replicas of one PostgreSQL database.

The endpoint is a stand-in HTTP server whose vectors are bags of hashed words in which the words of a concept
("doctor", "physician") share one dimension: a query can then find a note it shares no word with.
"""
from __future__ import annotations

import re
import threading
import zlib

import pytest
from support.knowledge import synced_notes
from support.server import BACKENDS, PG_URL, database_for, postgres_database, run_server
from support.stub import Recorded, Reply, ScriptedServer

from dashclaw import NotFoundError, ValidationError

CONCEPTS = (("doctor", "physician", "clinician"), ("car", "automobile", "vehicle"), ("invoice", "bill", "receipt"))
DIMENSIONS = 256
EMBEDDINGS_PATH = "/v1/embeddings"
NOTES = {
    "physician": "Booked a visit with the physician for Tuesday morning.",
    "automobile": "The automobile needs new brakes before the winter trip.",
    "lantern": "Copper lantern polish goes on the third shelf of the storeroom.",
    "harbor": "Rotate the harbor credentials before the glacier window closes.",
}


def bag_of_words(text: str) -> list[float]:
    """The stand-in's vector: word counts, hashed into dimensions, with one dimension per concept of synonyms."""
    vector = [0.0] * DIMENSIONS
    for word in re.findall(r"\w+", text.lower()):
        concept = next((n for n, words in enumerate(CONCEPTS) if word in words), None)
        vector[concept if concept is not None else len(CONCEPTS) + zlib.crc32(word.encode()) % (DIMENSIONS - len(CONCEPTS))] += 1
    return vector


def embeddings_reply(request: Recorded) -> Reply:
    """An OpenAI-compatible embeddings answer for every input of the request."""
    data = [{"object": "embedding", "index": n, "embedding": bag_of_words(text)} for n, text in enumerate(request.body["input"])]
    return Reply(json_body={"object": "list", "data": data, "model": request.body["model"]})


def embedded_inputs(endpoint: ScriptedServer) -> list[str]:
    return [text for request in endpoint.to("POST", EMBEDDINGS_PATH) for text in request.body["input"]]


@pytest.fixture(scope="module")
def embedder():
    with ScriptedServer() as endpoint:
        endpoint.on("POST", EMBEDDINGS_PATH, embeddings_reply)
        yield endpoint


@pytest.fixture(scope="module", params=BACKENDS)
def semantic_server(request, tmp_path_factory, embedder):
    directory = tmp_path_factory.mktemp(f"semantic-{request.param}")
    with database_for(request.param, directory) as url:
        with run_server(url, directory, request.param, DASHCLAW_EMBEDDINGS_BASE_URL=embedder.url + "/v1",
                        DASHCLAW_EMBEDDINGS_MODEL="stand-in-words", DASHCLAW_EMBEDDINGS_API_KEY="sk-test",
                        DASHCLAW_EMBEDDINGS_TIMEOUT_MS="1000", DASHCLAW_KNOWLEDGE_SYNC_POLL_SECONDS="1") as running:
            yield running


@pytest.fixture
def semantic_claw(semantic_server):
    client = semantic_server.client(semantic_server.new_tenant().admin_key)
    yield client
    client.close()


def test_a_query_sharing_no_word_with_a_note_finds_it_by_meaning(semantic_claw, embedder):
    inputs_before, requests_before = len(embedded_inputs(embedder)), len(embedder.to("POST", EMBEDDINGS_PATH))
    fillers = {f"filler{n}": f"Inventory count {n} for the quarry falcon ember shipment." for n in range(70)}
    collection_id, ids = synced_notes(semantic_claw, {**NOTES, **fillers})
    sync_inputs = embedded_inputs(embedder)[inputs_before:]
    assert sorted(sync_inputs) == sorted([*NOTES.values(), *fillers.values()])  # each passage embedded once,
    assert len(embedder.to("POST", EMBEDDINGS_PATH)) - requests_before == 2  # 64 at a time
    assert embedder.to("POST", EMBEDDINGS_PATH)[-1].headers["Authorization"] == "Bearer sk-test"

    query = "doctor appointment"
    assert semantic_claw.search_knowledge_collection(collection_id, query, mode="fulltext")["results"] == []
    for mode in ("semantic", "hybrid", None):
        answer = semantic_claw.search_knowledge_collection(collection_id, query, limit=3, mode=mode)
        assert (answer["mode_used"], answer["fallback_reason"]) == (mode or "hybrid", None)
        best = answer["results"][0]
        assert (best["item_id"], best["title"], best["source_uri"]) == (ids["physician"], "physician", "note://physician")
        assert best["snippet"] == NOTES["physician"] and best["score"] > 0
    car = semantic_claw.search_knowledge_collection(collection_id, "vehicle", mode="semantic")["results"]
    assert [hit["item_id"] for hit in car] == [ids["automobile"]]  # nothing else shares a dimension with it


def test_hybrid_keeps_an_exact_phrase_first_and_marks_its_words(semantic_claw):
    collection_id, ids = synced_notes(semantic_claw, NOTES)
    answer = semantic_claw.search_knowledge_collection(collection_id, '"harbor credentials"', limit=5)
    assert answer["mode_used"] == "hybrid"
    assert answer["results"][0]["item_id"] == ids["harbor"] and "**harbor" in answer["results"][0]["snippet"].lower()
    scores = [hit["score"] for hit in answer["results"]]
    assert scores == sorted(scores, reverse=True) and 0 < scores[0] <= 1


def test_a_resync_asks_only_for_passages_it_has_no_vector_for(semantic_claw, embedder):
    collection_id, _ = synced_notes(semantic_claw, NOTES)
    semantic_claw.add_knowledge_collection_item(collection_id, source_uri="note://new", content="A receipt for the ladder.")
    before = len(embedded_inputs(embedder))
    semantic_claw.sync_knowledge_collection(collection_id)
    assert semantic_claw.wait_for_knowledge_sync(collection_id, interval=0.2)["chunk_count"] == len(NOTES) + 1
    assert embedded_inputs(embedder)[before:] == ["A receipt for the ladder."]
    assert semantic_claw.search_knowledge_collection(collection_id, "invoice", mode="semantic")["results"]


def test_semantic_search_stays_within_the_org(semantic_server, semantic_claw, embedder):
    mine, my_ids = synced_notes(semantic_claw, NOTES)
    outsider = semantic_server.client(semantic_server.new_tenant().admin_key)
    theirs, their_ids = synced_notes(outsider, {"clinician": "The clinician signed the discharge form."})
    found = {hit["item_id"] for hit in semantic_claw.search_knowledge_collection(mine, "doctor", mode="semantic")["results"]}
    assert found == {my_ids["physician"]}
    found = {hit["item_id"] for hit in outsider.search_knowledge_collection(theirs, "doctor", mode="semantic")["results"]}
    assert found == {their_ids["clinician"]}
    asked = len(embedder.to("POST", EMBEDDINGS_PATH))
    with pytest.raises(NotFoundError, match="Collection not found"):
        outsider.search_knowledge_collection(mine, "doctor", mode="semantic")
    assert len(embedder.to("POST", EMBEDDINGS_PATH)) == asked  # refused before anything was sent out
    outsider.close()


@pytest.mark.parametrize("failure", [Reply(500, {"error": "overloaded"}), Reply(raw=b"not json"),
                                     Reply(json_body={"data": []}), Reply(delay=1.5)],
                         ids=["http-500", "not-json", "no-vectors", "timeout"])
def test_when_the_endpoint_fails_search_answers_full_text_and_says_so(semantic_claw, embedder, failure):
    collection_id, ids = synced_notes(semantic_claw, NOTES)
    embedder.on("POST", EMBEDDINGS_PATH, failure)
    try:
        answer = semantic_claw.search_knowledge_collection(collection_id, "physician visit", mode="semantic")
    finally:
        embedder.on("POST", EMBEDDINGS_PATH, embeddings_reply)
    assert answer["mode_used"] == "fulltext" and "embeddings endpoint" in answer["fallback_reason"]
    assert [hit["item_id"] for hit in answer["results"]] == [ids["physician"]]


def test_a_sync_while_the_endpoint_is_down_indexes_for_full_text_and_a_later_sync_embeds(semantic_claw, embedder):
    embedder.on("POST", EMBEDDINGS_PATH, Reply(503, {"error": "down"}))
    try:
        collection_id, ids = synced_notes(semantic_claw, NOTES)
    finally:
        embedder.on("POST", EMBEDDINGS_PATH, embeddings_reply)
    collection = semantic_claw.get_knowledge_collection(collection_id)["collection"]
    assert "embeddings unavailable (HTTP 503)" in collection["last_sync_error"]
    assert collection["chunk_count"] == len(NOTES)
    assert semantic_claw.search_knowledge_collection(collection_id, "doctor", mode="semantic")["results"] == []
    assert semantic_claw.search_knowledge_collection(collection_id, "physician")["results"][0]["item_id"] == ids["physician"]

    semantic_claw.sync_knowledge_collection(collection_id)
    assert semantic_claw.wait_for_knowledge_sync(collection_id, interval=0.2)["last_sync_error"] is None
    hits = semantic_claw.search_knowledge_collection(collection_id, "doctor", mode="semantic")["results"]
    assert [hit["item_id"] for hit in hits] == [ids["physician"]]


def test_an_unknown_mode_is_a_400(semantic_claw):
    collection_id, _ = synced_notes(semantic_claw, NOTES)
    with pytest.raises(ValidationError) as refused:
        semantic_claw.search_knowledge_collection(collection_id, "doctor", mode="fuzzy")
    assert refused.value.details == ["mode must be one of: fulltext, hybrid, semantic"]


def test_without_an_embeddings_endpoint_search_is_full_text_and_says_so(claw):
    collection_id, ids = synced_notes(claw, NOTES)
    plain = claw.search_knowledge_collection(collection_id, "physician")
    assert (plain["mode_used"], plain["fallback_reason"]) == ("fulltext", None)
    asked = claw.search_knowledge_collection(collection_id, "physician", mode="semantic")
    assert asked["mode_used"] == "fulltext" and "not configured" in asked["fallback_reason"]
    assert [hit["item_id"] for hit in asked["results"]] == [ids["physician"]] == [hit["item_id"] for hit in plain["results"]]


# --- two replicas, one sync -------------------------------------------------------------------------------

COLLECTIONS, DOCUMENTS = 6, 12


def document(request: Recorded) -> Reply:
    """A page whose text names its own path, served a little slowly so that syncs overlap."""
    return Reply(raw=f"<p>Page {request.path} about the {request.path.strip('/').replace('/', ' ')} rota.</p>".encode(),
                 headers={"Content-Type": "text/html"}, delay=0.02)


@pytest.mark.skipif(not PG_URL, reason="needs DASHCLAW_TEST_DATABASE_URL")
def test_two_replicas_racing_for_syncs_index_each_item_exactly_once(tmp_path, embedder):
    with ScriptedServer() as site, postgres_database() as url:
        site.fallback = document
        env = {"DASHCLAW_KNOWLEDGE_SYNC_POLL_SECONDS": "1", "DASHCLAW_EMBEDDINGS_BASE_URL": embedder.url + "/v1"}
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        with run_server(url, tmp_path / "a", "postgresql", **env) as first, \
                run_server(url, tmp_path / "b", "postgresql", **env) as second:
            tenant = first.new_tenant()
            claws = [first.client(tenant.admin_key), second.client(tenant.admin_key)]
            collections = []
            for c in range(COLLECTIONS):
                collection_id = claws[0].create_knowledge_collection(name=f"Web {c}", source_type="urls")["collection"]["collection_id"]
                for d in range(DOCUMENTS):
                    claws[0].add_knowledge_collection_item(collection_id, source_uri=f"{site.url}/c{c}/d{d}")
                collections.append(collection_id)
            before = len(embedded_inputs(embedder))
            asks = [threading.Thread(target=claws[c % 2].sync_knowledge_collection, args=(collection_id,))
                    for c, collection_id in enumerate(collections)]  # each replica asks for half of them at once
            for ask in asks:
                ask.start()
            for ask in asks:
                ask.join()
            settled = [claws[c % 2].wait_for_knowledge_sync(collection_id, timeout=60, interval=0.2)
                       for c, collection_id in enumerate(collections)]
            for claw in claws:
                claw.close()

    for collection in settled:
        assert (collection["ingestion_status"], collection["doc_count"], collection["chunk_count"],
                collection["last_sync_error"]) == ("ready", DOCUMENTS, DOCUMENTS, None)
    fetched = [request.path for request in site.requests]
    assert sorted(fetched) == sorted(f"/c{c}/d{d}" for c in range(COLLECTIONS) for d in range(DOCUMENTS))
    assert len(embedded_inputs(embedder)) - before == COLLECTIONS * DOCUMENTS

