"""Bad input and tenancy for Execution Studio (templates, launches, strategies, knowledge, capabilities): the exact
status and `error` for each mistake, nothing written by a refused request (support/bad_input.py), and no org
reaching another's templates, strategies, collections or capabilities."""
from __future__ import annotations

import base64
import dataclasses
import json

import pytest
from support.bad_input import NO_BODY, accepted, body_shape_cases, check, invalid, refused, unique
from support.database import DatabaseProbe

T, S = "/api/workflows/templates", "/api/model-strategies"
K, C = "/api/knowledge/collections", "/api/capabilities"
CONFIG = {"primary": {"provider": "openai", "model": "gpt-4.1"}}
BODY_ROUTES = [
    ("POST", T), ("PATCH", T + "/{template}"), ("POST", T + "/{template}/duplicate"), ("POST", T + "/{template}/launch"),
    ("POST", S), ("PATCH", S + "/{strategy}"), ("POST", K), ("PATCH", K + "/{collection}"),
    ("POST", K + "/{collection}/items"), ("POST", K + "/{notes}/search"), ("POST", C), ("PATCH", C + "/{capability}"),
]
CASES = unique(body_shape_cases(BODY_ROUTES) + [
    # workflow templates
    invalid("no name", "POST", T, {"objective": "x"}, "name is required"),
    invalid("name not a string", "POST", T, {"name": 5}, "name must be a string"),
    invalid("steps not an array", "POST", T, {"name": "n", "steps": {"id": 1}}, "steps must be an array"),
    invalid("201 steps", "POST", T, {"name": "n", "steps": [{}] * 201}, "steps exceeds max items of 200"),
    invalid("a link too long", "POST", T, {"name": "n", "linked_policy_ids": ["p" * 257]},
            "linked_policy_ids[0] exceeds max length of 256"),
    refused("slug taken", "POST", T, {"name": "Taken"}, 409, "A template with this slug already exists"),
    refused("template_id taken", "POST", T, {"name": "fresh", "template_id": "{template}"}, 409,
            "A template with this template_id already exists"),
    invalid("empty name", "PATCH", T + "/{template}", {"name": ""}, "name cannot be empty"),
    refused("slug of another template", "PATCH", T + "/{template}", {"slug": "other"}, 409,
            "A template with this slug already exists"),
    refused("unknown template", "PATCH", T + "/wft_nope", {"name": "x"}, 404, "Template not found"),
    refused("other org's template", "PATCH", T + "/{foreign_template}", {"name": "x"}, 404, "Template not found"),
    refused("other org's template read", "GET", T + "/{foreign_template}", NO_BODY, 404, "Template not found"),
    refused("other org's template delete", "DELETE", T + "/{foreign_template}", NO_BODY, 404, "Template not found"),
    refused("other org's template copied", "POST", T + "/{foreign_template}/duplicate", {}, 404,
            "Source template not found"),
    invalid("copy name not a string", "POST", T + "/{template}/duplicate", {"name": ["x"]}, "name must be a string"),
    refused("copy slug taken", "POST", T + "/{template}/duplicate", {"slug": "taken"}, 409,
            "A template with this slug already exists"),
    refused("other org's template launched", "POST", T + "/{foreign_template}/launch", {}, 404, "Template not found"),
    invalid("agent_id not a string", "POST", T + "/{template}/launch", {"agent_id": 7}, "agent_id must be a string"),
    invalid("goal too long", "POST", T + "/{template}/launch", {"declared_goal": "g" * 2001},
            "declared_goal exceeds max length of 2000"),
    refused("limit negative", "GET", T + "?limit=-1", NO_BODY, 400),
    refused("cursor made up", "GET", T + "?cursor=bm90LWEtY3Vyc29y", NO_BODY, 400, "Invalid cursor"),
    accepted("a copy", "POST", T + "/{template}/duplicate", {}, 201, {"workflow_templates": 1}),
    # model strategies
    invalid("no name nor config", "POST", S, {"description": "d"}, "name is required", "config is required"),
    refused("no primary", "POST", S, {"name": "s", "config": {}}, 400, "config.primary is required"),
    refused("config an array", "POST", S, {"name": "s", "config": [CONFIG]}, 400, "config must be an object"),
    refused("config too long", "POST", S, {"name": "s", "config": {**CONFIG, "notes": "n" * 17_000}}, 400,
            "config exceeds max length of 16384"),
    refused("strategy_id taken", "POST", S, {"name": "s", "config": CONFIG, "strategy_id": "{strategy}"}, 409,
            "A strategy with this strategy_id already exists"),
    refused("merged config loses its provider", "PATCH", S + "/{strategy}", {"config": {"primary": {"model": "m"}}},
            400, "config.primary.provider and config.primary.model are required"),
    refused("retries a string", "PATCH", S + "/{strategy}", {"config": {"maxRetries": "2"}}, 400,
            "config.maxRetries must be an integer when provided"),
    refused("other org's strategy", "PATCH", S + "/{foreign_strategy}", {"name": "x"}, 404, "Strategy not found"),
    refused("other org's strategy read", "GET", S + "/{foreign_strategy}", NO_BODY, 404, "Strategy not found"),
    refused("other org's strategy delete", "DELETE", S + "/{foreign_strategy}", NO_BODY, 404, "Strategy not found"),
    # knowledge
    invalid("no name", "POST", K, {"source_type": "notes"}, "name is required"),
    invalid("unknown source type", "POST", K, {"name": "k", "source_type": "ftp"},
            "source_type must be one of: files, urls, external, notes"),
    invalid("tags not an array", "PATCH", K + "/{collection}", {"tags": "ops"}, "tags must be an array"),
    refused("other org's collection", "PATCH", K + "/{foreign_collection}", {"name": "x"}, 404, "Collection not found"),
    refused("other org's collection read", "GET", K + "/{foreign_collection}", NO_BODY, 404, "Collection not found"),
    refused("other org's collection delete", "DELETE", K + "/{foreign_collection}", NO_BODY, 404, "Collection not found"),
    accepted("other org's items listed", "GET", K + "/{foreign_collection}/items", NO_BODY, 200, {}),
    invalid("no source_uri", "POST", K + "/{collection}/items", {"title": "t"}, "source_uri is required"),
    invalid("source_uri not a string", "POST", K + "/{collection}/items", {"source_uri": 1}, "source_uri must be a string"),
    refused("item for other org's collection", "POST", K + "/{foreign_collection}/items", {"source_uri": "x"}, 404,
            "Collection not found"),
    refused("note without content", "POST", K + "/{notes}/items", {"source_uri": "note://1"}, 400,
            "content is required for an item of a notes collection"),
    refused("URL that is no URL", "POST", K + "/{urls}/items", {"source_uri": "ftp://docs.example.com/x"}, 400,
            "source_uri: URL must use HTTP or HTTPS"),
    refused("file not base64", "POST", K + "/{collection}/items", {"source_uri": "f", "content_base64": "%%%"}, 400,
            "content_base64 is not valid base64"),
    refused("file of a binary type", "POST", K + "/{collection}/items",
            {"source_uri": "f", "mime_type": "image/png", "content_base64": "iVBORw0KGgo="}, 400,
            "Unsupported file type: image/png (text, HTML, JSON or XML files only)"),
    refused("file too large", "POST", K + "/{collection}/items",
            {"source_uri": "f", "content_base64": base64.b64encode(b"x" * (1024 * 1024 + 3)).decode()}, 413,
            "File exceeds 1MB limit"),
    refused("item_id taken", "POST", K + "/{collection}/items", {"source_uri": "f", "item_id": "{item}"}, 409,
            "An item with this item_id already exists"),
    refused("other org's collection synced", "POST", K + "/{foreign_collection}/sync", NO_BODY, 404,
            "Collection not found"),
    invalid("no query", "POST", K + "/{notes}/search", {"limit": 3}, "query is required"),
    invalid("limit 0", "POST", K + "/{notes}/search", {"query": "q", "limit": 0}, "limit must be >= 1"),
    invalid("limit 51", "POST", K + "/{notes}/search", {"query": "q", "limit": 51}, "limit must be <= 50"),
    refused("other org's collection searched", "POST", K + "/{foreign_collection}/search", {"query": "q"}, 404,
            "Collection not found"),
    accepted("a search with no word in it", "POST", K + "/{notes}/search", {"query": "\"*\" -- ()"}, 200, {}),
    accepted("a note", "POST", K + "/{notes}/items", {"source_uri": "note://2", "content": "text"}, 201,
             {"knowledge_collection_items": 1, "knowledge_collections": 0}),
    # capabilities
    invalid("no name", "POST", C, {"category": "x"}, "name is required"),
    invalid("unknown risk", "POST", C, {"name": "c", "risk_level": "extreme"},
            "risk_level must be one of: low, medium, high, critical"),
    invalid("unknown source", "POST", C, {"name": "c", "source_type": "ftp"},
            "source_type must be one of: internal_sdk, http_api, webhook, human_approval, external_marketplace"),
    invalid("approval a string", "POST", C, {"name": "c", "requires_approval": "yes"}, "requires_approval must be a boolean"),
    invalid("pricing an array", "POST", C, {"name": "c", "pricing": [1]}, "pricing must be an object"),
    refused("slug taken", "POST", C, {"name": "Send Slack"}, 409, "A capability with this slug already exists"),
    refused("capability_id taken", "POST", C, {"name": "c2", "capability_id": "{capability}"}, 409,
            "A capability with this capability_id already exists"),
    invalid("unknown risk on update", "PATCH", C + "/{capability}", {"risk_level": "none"},
            "risk_level must be one of: low, medium, high, critical"),
    refused("other org's capability", "PATCH", C + "/{foreign_capability}", {"name": "x"}, 404, "Capability not found"),
    refused("other org's capability read", "GET", C + "/{foreign_capability}", NO_BODY, 404, "Capability not found"),
    accepted("a capability", "POST", C, {"name": "Another capability"}, 201, {"capabilities": 1, "activity_logs": 1,
                                                                              "activity_chain_heads": 0}),
])


@pytest.fixture(scope="module")
def world(server):
    mine, theirs = server.new_tenant(), server.new_tenant()
    ids = {}
    for prefix, tenant in (("", mine), ("foreign_", theirs)):
        key = tenant.admin_key
        ids[prefix + "template"] = server.request("POST", T, key, {"name": "Taken"})[1]["template"]["template_id"]
        ids[prefix + "strategy"] = server.request("POST", S, key, {"name": "s", "config": CONFIG})[1]["strategy"]["strategy_id"]
        ids[prefix + "collection"] = server.request("POST", K, key, {"name": "k"})[1]["collection"]["collection_id"]
        ids[prefix + "capability"] = server.request("POST", C, key, {"name": "Send Slack"})[1]["capability"]["capability_id"]
    key = mine.admin_key
    server.request("POST", T, key, {"name": "Other"})
    ids["notes"] = server.request("POST", K, key, {"name": "n", "source_type": "notes"})[1]["collection"]["collection_id"]
    ids["urls"] = server.request("POST", K, key, {"name": "u", "source_type": "urls"})[1]["collection"]["collection_id"]
    ids["item"] = server.request("POST", f"{K}/{ids['collection']}/items", key, {"source_uri": "x"})[1]["item"]["item_id"]
    probe = DatabaseProbe(server.database_url)
    yield mine, theirs, ids, probe
    probe.close()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_studio_bad_input(server, world, case):
    mine, _, ids, probe = world
    if case.body is not NO_BODY:  # ids named in bodies, as in paths
        body = json.dumps(case.body)
        for name, value in ids.items():
            body = body.replace("{" + name + "}", value)
        case = dataclasses.replace(case, body=json.loads(body))
    check(server, mine.admin_key, ids, probe, case)


def test_template_changes_need_an_admin(server, world):
    mine, _, ids, probe = world
    member = server.mint_key(mine, "member")
    for method, path, body in (("POST", T, {"name": "member made"}), ("PATCH", f"{T}/{ids['template']}", {"name": "x"}),
                               ("DELETE", f"{T}/{ids['template']}", None)):
        before = probe.snapshot(server, member)
        status, answer, _ = server.request(method, path, member, body)
        assert (status, answer["error"]) == (403, "Admin access required")
        assert probe.snapshot(server, member) == before


@pytest.mark.parametrize("path, key, id_field", [
    (T, "templates", "template"), (S, "strategies", "strategy"), (K, "collections", "collection"),
    (C, "capabilities", "capability"),
])
def test_lists_never_show_another_orgs_rows(server, world, path, key, id_field):
    mine, theirs, ids, _ = world
    own = server.request("GET", path, mine.admin_key)[1][key]
    other = server.request("GET", path, theirs.admin_key)[1][key]
    assert ids[id_field] in json.dumps(own) and ids["foreign_" + id_field] not in json.dumps(own)
    assert ids[id_field] not in json.dumps(other)
    assert {row["org_id"] for row in other} == {theirs.org_id}


def test_another_orgs_items_are_never_listed(server, world):
    _, theirs, ids, _ = world
    assert server.request("GET", f"{K}/{ids['collection']}/items", theirs.admin_key)[1]["items"] == []
