"""Execution Studio through the SDK: workflow templates and their guarded launches, model strategies, knowledge
collections synced into the full-text index and searched, and the capability registry's approval gates."""
from __future__ import annotations

import base64
import json
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from support.server import database_for, run_server
from support.stub import Reply, ScriptedServer

from dashclaw import ConflictError, DashClawError, ForbiddenError, NotFoundError, PayloadTooLargeError, ValidationError
from dashclaw.server.core.slugs import slugify

SEED_EXAMPLES = Path(__file__).parents[1] / "compat" / "published_examples.py"
BALANCED = {
    "primary": {"provider": "openai", "model": "gpt-4.1"},
    "fallback": [{"provider": "anthropic", "model": "claude-sonnet-4"}],
    "costSensitivity": "balanced", "latencySensitivity": "medium", "maxBudgetUsd": 0.5, "maxRetries": 2,
    "allowedProviders": ["openai", "anthropic"],
}


def add_policy(claw, policy_type: str, action_types: list[str]) -> None:
    claw._request("/api/policies", "POST", {"name": f"{policy_type} {secrets.token_hex(3)}", "policy_type": policy_type,
                                            "rules": json.dumps({"action_types": action_types})})


def launch_meta(action: dict) -> dict:
    prefix, _, payload = action["reasoning"].partition("=")
    assert prefix == "WORKFLOW_LAUNCH_META"
    return json.loads(payload)


def test_the_seeds_examples_run_unchanged_through_our_sdk(server, tenant):
    """The same script the published 2.10.0 client runs in tests/compat, with our SDK imported instead."""
    completed = subprocess.run([sys.executable, str(SEED_EXAMPLES), "studio", server.url, tenant.admin_key, "seed-studio"],
                               capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "OK studio" in completed.stdout


# --- templates -------------------------------------------------------------------------------------------


def test_a_template_starts_as_a_version_1_draft_with_empty_links(claw):
    template = claw.create_workflow_template(name="Release Hotfix", objective="Ship it")["template"]
    assert template["template_id"].startswith("wft_")
    assert (template["version"], template["status"], template["slug"]) == (1, "draft", "release-hotfix")
    assert template["steps"] == [] and template["model_strategy_snapshot"] is None
    for name in ("linked_prompt_template_ids", "linked_policy_ids", "linked_knowledge_collection_ids",
                 "linked_capability_ids", "linked_capability_tags"):
        assert template[name] == []
    assert claw.get_workflow_template(template["template_id"])["template"] == template
    with pytest.raises(ConflictError, match="slug already exists"):
        claw.create_workflow_template(name="release hotfix!")


@pytest.mark.parametrize("text, slug", [
    ("Release Hotfix", "release-hotfix"),
    ("  --Ünïcode &  Spaces__ ", "n-code-spaces"),
    ("a" * 90, "a" * 80),
    ("x" * 79 + " y", "x" * 79),
])
def test_slugs_keep_lowercase_letters_and_digits_joined_by_dashes(text, slug):
    assert slugify(text, "wft") == slug


def test_a_name_with_nothing_sluggable_gets_a_timestamped_slug(claw):
    assert claw.create_workflow_template(name="!!!")["template"]["slug"].startswith("wft-")
    assert claw.create_capability(name="???")["capability"]["slug"].startswith("cap-")


STEPS = [{"id": "plan"}, {"id": "test"}]


@pytest.mark.parametrize("patch, version", [
    ({"steps": STEPS + [{"id": "deploy"}]}, 2),
    ({"steps": STEPS}, 1),  # identical steps
    ({"name": "Renamed"}, 1),
    ({"description": "other", "status": "active"}, 1),
    ({"steps": None}, 1),  # null is absent
    ({"steps": []}, 2),
])
def test_only_changed_steps_bump_the_version(claw, patch, version):
    template = claw.create_workflow_template(name="v-" + secrets.token_hex(4), steps=STEPS)["template"]
    updated = claw.update_workflow_template(template["template_id"], **patch)["template"]
    assert updated["version"] == version
    assert updated["updated_at"] >= template["updated_at"]


@pytest.mark.parametrize("patch, expected", [
    ({"description": None}, {"description": "kept", "model_strategy_id": "mst_x"}),  # null keeps
    ({"model_strategy_id": None}, {"model_strategy_id": None, "description": "kept"}),  # ...except this one
    ({"description": ""}, {"description": None}),  # empty text reads as null
    ({"slug": "New Slug!"}, {"slug": "new-slug"}),
    ({"unknown_key": 1}, {"description": "kept"}),  # ignored
    ({}, {"description": "kept", "version": 1}),
])
def test_template_patches_merge(claw, patch, expected):
    template = claw.create_workflow_template(name="m-" + secrets.token_hex(4), description="kept",
                                             model_strategy_id="mst_x")["template"]
    updated = claw.update_workflow_template(template["template_id"], **patch)["template"]
    assert {name: updated[name] for name in expected} == expected
    assert updated["name"] == template["name"]


def test_a_duplicate_is_a_new_draft_copy(claw):
    source = claw.create_workflow_template(name="Source " + secrets.token_hex(3), steps=STEPS, status="active",
                                           linked_policy_ids=["pol_1"], model_strategy_id="mst_x")["template"]
    claw.update_workflow_template(source["template_id"], steps=STEPS + [{"id": "ship"}])
    copy = claw.duplicate_workflow_template(source["template_id"])["template"]
    assert copy["template_id"] != source["template_id"]
    assert copy["name"] == source["name"] + " (copy)" and copy["slug"].startswith(source["slug"] + "-copy-")
    assert (copy["status"], copy["version"]) == ("draft", 1)
    assert copy["steps"] == STEPS + [{"id": "ship"}]
    assert (copy["linked_policy_ids"], copy["model_strategy_id"]) == (["pol_1"], "mst_x")
    named = claw.duplicate_workflow_template(source["template_id"], name="Named copy")["template"]
    assert (named["name"], named["slug"]) == ("Named copy", named["slug"])
    with pytest.raises(NotFoundError, match="Source template not found"):
        claw.duplicate_workflow_template("wft_missing")


def test_templates_list_by_status_with_a_keyset_cursor(claw):
    for n in range(3):
        claw.create_workflow_template(name=f"listed {n}", status="active")
    claw.create_workflow_template(name="a draft")
    first = claw._request("/api/workflows/templates?status=active&limit=2")
    assert [t["name"] for t in first["templates"]] == ["listed 2", "listed 1"]
    rest = claw._request(f"/api/workflows/templates?status=active&limit=2&cursor={first['next_cursor']}")
    assert [t["name"] for t in rest["templates"]] == ["listed 0"] and rest["next_cursor"] is None
    assert len(claw.list_workflow_templates()["templates"]) == 4


# --- launches ---------------------------------------------------------------------------------------------


def test_a_launch_records_a_traceable_action_with_the_resolved_strategy(claw):
    strategy = claw.create_model_strategy(name="Balanced Default", config=BALANCED)["strategy"]
    template = claw.create_workflow_template(
        name="Launchable", objective="Deploy with full policy coverage", steps=STEPS,
        model_strategy_id=strategy["strategy_id"], linked_capability_tags=["deploy"],
    )["template"]
    claw.update_workflow_template(template["template_id"], steps=STEPS + [{"id": "deploy"}])  # now version 2

    launch = claw.launch_workflow_template(template["template_id"], agent_id="deploy-bot")["launch"]
    assert launch["action_id"].startswith("act_") and launch["template_version"] == 2
    assert launch["resolved_strategy"] == {"strategy_id": strategy["strategy_id"], "name": "Balanced Default",
                                           "config": BALANCED}
    assert launch["status"] == "running"

    action = claw.get_action(launch["action_id"])["action"]
    assert (action["action_type"], action["status"], action["agent_id"]) == ("workflow_launch", "running", "deploy-bot")
    assert action["trigger"] == f"workflow:{template['template_id']}"
    assert action["declared_goal"] == "Deploy with full policy coverage"
    meta = launch_meta(action)
    assert (meta["template_id"], meta["template_version"], meta["linked_capability_tags"]) == (
        template["template_id"], 2, ["deploy"])
    assert meta["resolved_strategy"]["config"] == BALANCED
    assert claw.get_action_graph(launch["action_id"])["nodes"][0]["id"] == f"action:{launch['action_id']}"
    stored = claw.get_workflow_template(template["template_id"])["template"]
    assert stored["model_strategy_snapshot"] == launch["resolved_strategy"] and stored["version"] == 2


def test_a_launch_with_a_missing_strategy_resolves_to_null_and_defaults_its_agent(claw):
    template = claw.create_workflow_template(name="Orphan", model_strategy_id="mst_balanced_default")["template"]
    launch = claw.launch_workflow_template(template["template_id"])["launch"]
    assert launch["resolved_strategy"] is None
    action = claw.get_action(launch["action_id"])["action"]
    assert (action["agent_id"], action["declared_goal"]) == ("workflow_launcher", "Launch workflow: Orphan")
    with pytest.raises(NotFoundError, match="Template not found"):
        claw.launch_workflow_template("wft_missing")


def test_a_launch_of_a_blocked_type_is_refused_with_the_decision(claw):
    template = claw.create_workflow_template(name="Blocked launch")["template"]
    add_policy(claw, "block_action_type", ["workflow_launch"])
    with pytest.raises(ForbiddenError) as refused:
        claw.launch_workflow_template(template["template_id"], agent_id="launcher-" + secrets.token_hex(3))
    decision = refused.value.body["decision"]
    assert decision["decision"] == "block" and "workflow_launch" in decision["reasons"][0]
    assert claw.get_actions(action_type="workflow_launch")["actions"] == []


def test_an_approval_gated_launch_waits_and_says_so(claw):
    template = claw.create_workflow_template(name="Gated launch")["template"]
    add_policy(claw, "require_approval", ["workflow_launch"])
    answer = claw.launch_workflow_template(template["template_id"])
    assert answer["launch"]["status"] == "pending_approval"
    assert answer["decision"]["decision"] == "require_approval"
    assert claw.get_action(answer["launch"]["action_id"])["action"]["status"] == "pending_approval"


# --- strategies -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("config, problem", [
    ({}, "config.primary is required"),
    ([], "config must be an object"),
    ({"primary": "gpt"}, "config.primary is required"),
    ({"primary": {"provider": "openai"}}, "config.primary.provider and config.primary.model are required"),
    ({**BALANCED, "costSensitivity": "cheap"}, "config.costSensitivity must be one of low, balanced, high-quality"),
    ({**BALANCED, "latencySensitivity": "now"}, "config.latencySensitivity must be one of low, medium, high"),
    ({**BALANCED, "maxBudgetUsd": True}, "config.maxBudgetUsd must be a number when provided"),
    ({**BALANCED, "maxRetries": 2.5}, "config.maxRetries must be an integer when provided"),
    ({**BALANCED, "fallback": "anthropic"}, "config.fallback must be an array when provided"),
    ({**BALANCED, "allowedProviders": "openai"}, "config.allowedProviders must be an array when provided"),
    ({**BALANCED, "disallowedProviders": {}}, "config.disallowedProviders must be an array when provided"),
])
def test_strategy_configs_are_checked_with_clear_messages(claw, config, problem):
    with pytest.raises(ValidationError) as refused:
        claw.create_model_strategy(name="bad", config=config)
    assert str(refused.value) == problem
    assert claw.list_model_strategies()["strategies"] == []


def test_strategy_config_patches_merge_and_delete_unlinks_templates(claw):
    strategy = claw.create_model_strategy(name="Balanced", description="d", config={**BALANCED, "taskModes": {"a": 1}})
    strategy_id = strategy["strategy"]["strategy_id"]
    assert strategy_id.startswith("mst_")
    merged = claw.update_model_strategy(strategy_id, config={"maxBudgetUsd": 1.0})["strategy"]
    assert merged["config"] == {**BALANCED, "taskModes": {"a": 1}, "maxBudgetUsd": 1.0}
    with pytest.raises(ValidationError, match="config.primary.provider"):
        claw.update_model_strategy(strategy_id, config={"primary": {"model": "x"}})  # nested objects are replaced
    assert claw.get_model_strategy(strategy_id)["strategy"]["config"] == merged["config"]  # nothing written
    assert claw.update_model_strategy(strategy_id, config=None, name="Renamed")["strategy"]["config"] == merged["config"]

    linked = claw.create_workflow_template(name="Linked", model_strategy_id=strategy_id)["template"]
    claw.launch_workflow_template(linked["template_id"])
    assert claw.delete_model_strategy(strategy_id) == {"deleted": True, "strategy_id": strategy_id}
    unlinked = claw.get_workflow_template(linked["template_id"])["template"]
    assert unlinked["model_strategy_id"] is None
    assert unlinked["model_strategy_snapshot"]["strategy_id"] == strategy_id  # history stays
    with pytest.raises(NotFoundError, match="Strategy not found"):
        claw.get_model_strategy(strategy_id)


# --- knowledge --------------------------------------------------------------------------------------------

WORDS = ("river stone ledger harbor signal copper meadow lantern orbit canyon cedar pilot violet anchor marble "
         "thunder willow falcon quarry ember glacier prism saddle tundra velvet").split()


def note_text(n: int) -> str:
    rng = __import__("random").Random(n)
    return " ".join(rng.choice(WORDS) for _ in range(60)) + f" reference number {n}."


def test_a_collection_counts_items_and_moves_from_empty_to_pending(claw):
    collection = claw.create_knowledge_collection(name="Runbook Library", description="Incident response runbooks",
                                                  source_type="files", tags=["ops", "oncall"])["collection"]
    assert collection["collection_id"].startswith("kc_")
    assert (collection["ingestion_status"], collection["doc_count"], collection["last_synced_at"]) == ("empty", 0, None)
    item = claw.add_knowledge_collection_item(collection["collection_id"], source_uri="https://docs.example.com/runbook.md",
                                              title="Deploy runbook", mime_type="text/markdown")["item"]
    assert item["item_id"].startswith("kci_") and (item["status"], item["metadata"]) == ("pending", {})
    again = claw.get_knowledge_collection(collection["collection_id"])["collection"]
    assert (again["ingestion_status"], again["doc_count"]) == ("pending", 1)
    assert [i["item_id"] for i in claw.list_knowledge_collection_items(collection["collection_id"])["items"]] == [item["item_id"]]
    assert claw.list_knowledge_collection_items("kc_missing")["items"] == []
    with pytest.raises(NotFoundError, match="Collection not found"):
        claw.add_knowledge_collection_item("kc_missing", source_uri="x")


def test_a_thousand_notes_sync_and_a_phrase_finds_its_note_first(claw):
    collection_id = claw.create_knowledge_collection(name="Notes", source_type="notes")["collection"]["collection_id"]
    ids = {}
    for n in range(1000):
        ids[n] = claw.add_knowledge_collection_item(collection_id, source_uri=f"note://{n}", title=f"Note {n}",
                                                    content=note_text(n))["item"]["item_id"]
    assert claw.sync_knowledge_collection(collection_id)["collection"]["ingestion_status"] in ("pending", "syncing")
    synced = claw.wait_for_knowledge_sync(collection_id, timeout=120, interval=0.5)
    assert (synced["ingestion_status"], synced["doc_count"], synced["chunk_count"]) == ("ready", 1000, 1000)
    assert synced["last_synced_at"] is not None and synced["last_sync_error"] is None

    for n in (7, 512, 999):
        phrase = " ".join(note_text(n).split()[20:26])
        results = claw.search_knowledge_collection(collection_id, f'"{phrase}"', limit=5)["results"]
        assert results[0]["item_id"] == ids[n], (phrase, results)
        assert results[0]["title"] == f"Note {n}" and results[0]["source_uri"] == f"note://{n}"
        assert "**" in results[0]["snippet"] and results[0]["score"] > 0
        assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)
    exact = claw.search_knowledge_collection(collection_id, "reference number 321")["results"]
    assert exact[0]["item_id"] == ids[321]
    assert claw.search_knowledge_collection(collection_id, "nonexistentword")["results"] == []
    items = claw.list_knowledge_collection_items(collection_id, limit=3)["items"]
    assert {item["status"] for item in items} == {"indexed"}


def test_one_org_never_finds_another_orgs_documents(server, claw):
    secret_phrase = "amber falcon protocol " + secrets.token_hex(4)
    mine = claw.create_knowledge_collection(name="Mine", source_type="notes")["collection"]["collection_id"]
    claw.add_knowledge_collection_item(mine, source_uri="note://a", content=f"The {secret_phrase} is ours.")
    claw.sync_knowledge_collection(mine)
    claw.wait_for_knowledge_sync(mine, interval=0.3)
    assert claw.search_knowledge_collection(mine, secret_phrase)["results"]

    outsider = server.client(server.new_tenant().admin_key)
    theirs = outsider.create_knowledge_collection(name="Theirs", source_type="notes")["collection"]["collection_id"]
    outsider.add_knowledge_collection_item(theirs, source_uri="note://b", content="Nothing of the kind here.")
    outsider.sync_knowledge_collection(theirs)
    outsider.wait_for_knowledge_sync(theirs, interval=0.3)
    assert outsider.search_knowledge_collection(theirs, secret_phrase)["results"] == []
    for call in (lambda: outsider.search_knowledge_collection(mine, secret_phrase),
                 lambda: outsider.sync_knowledge_collection(mine), lambda: outsider.get_knowledge_collection(mine)):
        with pytest.raises(NotFoundError, match="Collection not found"):
            call()
    assert outsider.list_knowledge_collection_items(mine)["items"] == []


def test_urls_are_fetched_at_sync_and_a_failed_fetch_is_reported(claw):
    with ScriptedServer() as site:
        site.on("GET", "/runbook.html", Reply(raw=b"<html><head><style>p{}</style></head><body><h1>Runbook</h1>"
                                               b"<p>Rotate the harbor credentials before the glacier window.</p>"
                                               b"<script>ignored()</script></body></html>",
                                           headers={"Content-Type": "text/html; charset=utf-8"}))
        collection_id = claw.create_knowledge_collection(name="Web", source_type="urls")["collection"]["collection_id"]
        page = claw.add_knowledge_collection_item(collection_id, source_uri=site.url + "/runbook.html")["item"]
        gone = claw.add_knowledge_collection_item(collection_id, source_uri=site.url + "/gone")["item"]
        claw.sync_knowledge_collection(collection_id)
        synced = claw.wait_for_knowledge_sync(collection_id, interval=0.3)
        assert site.to("GET", "/runbook.html")[0].headers["User-Agent"].startswith("DashClaw-Knowledge/")
    assert synced["ingestion_status"] == "ready" and "1 of 2 items failed" in synced["last_sync_error"]
    statuses = {i["item_id"]: (i["status"], i["error"]) for i in claw.list_knowledge_collection_items(collection_id)["items"]}
    assert statuses == {page["item_id"]: ("indexed", None), gone["item_id"]: ("failed", "HTTP 404")}
    hit = claw.search_knowledge_collection(collection_id, "harbor credentials")["results"][0]
    assert hit["item_id"] == page["item_id"] and "ignored" not in hit["snippet"]


def test_uploaded_files_are_indexed_and_limited_in_size(claw):
    collection_id = claw.create_knowledge_collection(name="Files")["collection"]["collection_id"]
    encoded = base64.b64encode("# Pager duty\nEscalate to the velvet saddle rotation.".encode()).decode()
    item = claw.add_knowledge_collection_item(collection_id, source_uri="upload://pager.md", mime_type="text/markdown",
                                              content_base64=encoded)["item"]
    assert item["content_length"] == len("# Pager duty\nEscalate to the velvet saddle rotation.")
    bare = claw.add_knowledge_collection_item(collection_id, source_uri="https://docs.example.com/elsewhere")["item"]
    with pytest.raises(PayloadTooLargeError):
        claw.add_knowledge_collection_item(collection_id, source_uri="upload://big.txt",
                                           content_base64=base64.b64encode(b"a" * (1024 * 1024 + 1)).decode())
    with pytest.raises(ValidationError, match="UTF-8"):
        claw.add_knowledge_collection_item(collection_id, source_uri="upload://x.txt",
                                           content_base64=base64.b64encode(b"\xff\xfe\x00").decode())
    claw.sync_knowledge_collection(collection_id)
    synced = claw.wait_for_knowledge_sync(collection_id, interval=0.3)
    assert (synced["ingestion_status"], synced["doc_count"]) == ("ready", 2)
    statuses = {i["item_id"]: i["status"] for i in claw.list_knowledge_collection_items(collection_id)["items"]}
    assert statuses == {item["item_id"]: "indexed", bare["item_id"]: "skipped"}
    assert claw.search_knowledge_collection(collection_id, "velvet saddle")["results"][0]["item_id"] == item["item_id"]


def test_a_search_falls_back_to_any_term_when_no_passage_has_them_all(claw):
    collection_id = claw.create_knowledge_collection(name="Any", source_type="notes")["collection"]["collection_id"]
    claw.add_knowledge_collection_item(collection_id, source_uri="note://1", content="copper lantern")
    claw.add_knowledge_collection_item(collection_id, source_uri="note://2", content="copper lantern copper orbit")
    claw.sync_knowledge_collection(collection_id)
    claw.wait_for_knowledge_sync(collection_id, interval=0.3)
    results = claw.search_knowledge_collection(collection_id, "orbit zeppelin")["results"]
    assert [r["source_uri"] for r in results] == ["note://2"]


@pytest.fixture(scope="module")
def strict_server(server, tmp_path_factory):
    """A server that keeps outbound calls to public addresses (as in production)."""
    directory = tmp_path_factory.mktemp(f"strict-{server.backend}")
    with database_for(server.backend, directory) as url:
        with run_server(url, directory, server.backend, DASHCLAW_ALLOW_PRIVATE_WEBHOOKS="0") as running:
            yield running


@pytest.mark.parametrize("uri", [
    "https://127.0.0.1/admin", "https://10.0.0.8/x", "https://169.254.169.254/latest/meta-data",
    "https://[::1]/x", "https://localhost/x", "http://docs.example.com/plain-http",
])
def test_a_url_item_pointing_at_a_private_address_is_refused(strict_server, uri):
    claw = strict_server.client(strict_server.new_tenant().admin_key)
    collection_id = claw.create_knowledge_collection(name="Web", source_type="urls")["collection"]["collection_id"]
    with pytest.raises(ValidationError, match="source_uri: URL"):
        claw.add_knowledge_collection_item(collection_id, source_uri=uri)
    assert claw.list_knowledge_collection_items(collection_id)["items"] == []
    assert claw.get_knowledge_collection(collection_id)["collection"]["doc_count"] == 0


# --- capabilities -----------------------------------------------------------------------------------------


@pytest.fixture
def registry(claw):
    created = {}
    for name, category, risk, tags in (("Send Slack Message", "messaging", "medium", ["notify", "Slack"]),
                                       ("Page Oncall", "messaging", "high", ["notify"]),
                                       ("Query Warehouse", "data", "medium", ["sql"]),
                                       ("Drop Table", "data", "critical", ["sql", "danger"])):
        created[name] = claw.create_capability(name=name, category=category, risk_level=risk, tags=tags,
                                               description=f"{name} for agents")["capability"]
    return created


@pytest.mark.parametrize("filters, names", [
    ({}, ["Drop Table", "Query Warehouse", "Page Oncall", "Send Slack Message"]),
    ({"category": "messaging"}, ["Page Oncall", "Send Slack Message"]),
    ({"risk_level": "medium"}, ["Query Warehouse", "Send Slack Message"]),
    ({"risk_level": "medium", "search": "slack"}, ["Send Slack Message"]),
    ({"category": "data", "search": "SQL"}, ["Drop Table", "Query Warehouse"]),  # tags, any case
    ({"category": "data", "risk_level": "critical", "search": "danger"}, ["Drop Table"]),
    ({"category": "messaging", "risk_level": "critical"}, []),
    ({"search": "100%"}, []),  # taken literally
])
def test_capability_filters_combine(claw, registry, filters, names):
    assert [c["name"] for c in claw.list_capabilities(**filters)["capabilities"]] == names


def test_a_capability_has_contract_defaults_and_patches_merge(claw):
    capability = claw.create_capability(name="Send Slack Message")["capability"]
    assert capability["capability_id"].startswith("cap_") and capability["slug"] == "send-slack-message"
    assert {k: capability[k] for k in ("source_type", "auth_type", "risk_level", "requires_approval", "tags", "pricing",
                                       "health_status", "invocation_schema")} == {
        "source_type": "internal_sdk", "auth_type": "none", "risk_level": "medium", "requires_approval": False,
        "tags": [], "pricing": {}, "health_status": "unknown", "invocation_schema": {}}
    updated = claw.update_capability(capability["capability_id"], risk_level="high", health_status="healthy",
                                     description=None)["capability"]
    assert (updated["risk_level"], updated["health_status"], updated["slug"]) == ("high", "healthy", "send-slack-message")
    with pytest.raises(ValidationError) as refused:
        claw.update_capability(capability["capability_id"], risk_level="extreme")
    assert refused.value.details == ["risk_level must be one of: low, medium, high, critical"]
    with pytest.raises(ConflictError, match="slug already exists"):
        claw.create_capability(name="send slack message")
    entries = claw.get_activity_logs(type="capability")["logs"]
    assert {e["action"] for e in entries} == {"capability.registered", "capability.updated"}


def test_an_action_naming_an_approval_gated_capability_waits_for_a_human(claw):
    gated = claw.create_capability(name="Wire Transfer", requires_approval=True, risk_level="critical")["capability"]
    assert gated["requires_approval"] is True
    for named in ({"systems_touched": ["wire-transfer"]}, {"systems_touched": [gated["capability_id"]]},
                  {"action_type": "wire-transfer"}):
        decision = claw.guard({"action_type": "pay", **named})
        assert decision["decision"] == "require_approval", named
        assert gated["capability_id"] in decision["matched_policies"]
        assert "Capability 'Wire Transfer'" in decision["reasons"][0]
    recorded = claw._request("/api/actions", "POST", {"agent_id": "payer", "action_type": "pay", "declared_goal": "Pay",
                                                      "systems_touched": ["wire-transfer"]})
    assert recorded["action"]["status"] == "pending_approval"
    assert claw.guard({"action_type": "pay", "systems_touched": ["ledger"]})["decision"] == "allow"

    claw.update_capability(gated["capability_id"], requires_approval=False)  # every replica forgets the gate at once
    assert claw.guard({"action_type": "pay", "systems_touched": ["wire-transfer"]})["decision"] == "allow"


def test_a_gated_capability_in_another_org_changes_nothing_here(server, claw):
    outsider = server.client(server.new_tenant().admin_key)
    outsider.create_capability(name="Wire Transfer", requires_approval=True)
    assert claw.guard({"action_type": "pay", "systems_touched": ["wire-transfer"]})["decision"] == "allow"
    with pytest.raises(NotFoundError, match="Capability not found"):
        claw.get_capability(outsider.list_capabilities()["capabilities"][0]["capability_id"])


def test_templates_need_an_admin_to_change_but_any_key_to_launch(server, tenant):
    admin = server.client(tenant.admin_key)
    member = server.client(server.mint_key(tenant, "member"))
    template = admin.create_workflow_template(name="Admin made")["template"]
    with pytest.raises(ForbiddenError):
        member.create_workflow_template(name="Member made")
    with pytest.raises(ForbiddenError):
        member.update_workflow_template(template["template_id"], name="x")
    assert member.duplicate_workflow_template(template["template_id"])["template"]["name"] == "Admin made (copy)"
    assert member.launch_workflow_template(template["template_id"])["launch"]["template_id"] == template["template_id"]
    with pytest.raises(DashClawError):
        server.client(server.mint_key(tenant, "readonly")).launch_workflow_template(template["template_id"])
