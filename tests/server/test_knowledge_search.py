"""A full-text search ranks a bounded number of matching passages (`DASHCLAW_KNOWLEDGE_SEARCH_CANDIDATES`), all
of them the caller's, so a query whose words are everywhere costs a bounded ranking."""
from __future__ import annotations

import pytest
from support.knowledge import synced_notes
from support.server import BACKENDS, database_for, run_server

CANDIDATES = 3


@pytest.fixture(scope="module", params=BACKENDS)
def bounded_server(request, tmp_path_factory):
    directory = tmp_path_factory.mktemp(f"bounded-search-{request.param}")
    with database_for(request.param, directory) as url:
        with run_server(url, directory, request.param, DASHCLAW_KNOWLEDGE_SEARCH_CANDIDATES=str(CANDIDATES),
                        DASHCLAW_KNOWLEDGE_SYNC_POLL_SECONDS="1") as running:
            yield running


def test_a_query_matching_more_passages_than_the_bound_ranks_only_the_callers_first_few(bounded_server):
    # Another org's passages with the same word come first in the index: they must never take the caller's places.
    other = bounded_server.client(bounded_server.new_tenant().admin_key)
    synced_notes(other, {f"other-{n}": f"Harbor inventory sheet number {n} of the other org." for n in range(6)})
    claw = bounded_server.client(bounded_server.new_tenant().admin_key)
    notes = {f"harbor-{n}": f"Harbor log entry {n}: the tide came in at dawn." for n in range(6)}
    notes["lantern"] = "The harbor lantern was polished and hung by the copper door."
    collection_id, ids = synced_notes(claw, notes)

    common = claw.search_knowledge_collection(collection_id, "harbor", limit=10)["results"]
    assert len(common) == CANDIDATES
    assert {hit["item_id"] for hit in common} <= set(ids.values())
    scores = [hit["score"] for hit in common]
    assert scores == sorted(scores, reverse=True)

    rare = claw.search_knowledge_collection(collection_id, "harbor lantern copper", limit=10)["results"]
    assert [hit["item_id"] for hit in rare] == [ids["lantern"]]
    other.close()
    claw.close()
