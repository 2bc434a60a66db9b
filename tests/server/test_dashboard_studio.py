"""The Execution Studio pages, signed in as an operator: workflow templates and their guarded launch, model
strategies, knowledge collections with their search, and the capability registry, each showing data an agent
made through the SDK."""
from __future__ import annotations

import html
import json
import re
import secrets

import pytest
from support.dashboard import create_user, signed_in

STUDIO_PAGES = ["/templates", "/strategies", "/knowledge", "/capabilities"]
STRATEGY = {"primary": {"provider": "openai", "model": "gpt-4.1"},
            "fallback": [{"provider": "anthropic", "model": "claude-sonnet-4"}], "maxBudgetUsd": 0.5}


def text_of(page) -> str:
    """The page's visible text, tags dropped and entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.text)).split())


def add_policy(claw, policy_type: str, action_types: list[str]) -> None:
    claw._request("/api/policies", "POST", {"name": f"{policy_type} {secrets.token_hex(3)}", "policy_type": policy_type,
                                            "rules": json.dumps({"action_types": action_types})})


def launches(claw) -> list[dict]:
    return claw.get_actions(action_type="workflow_launch")["actions"]


def launch_outcome(page) -> str:
    return text_of(page).partition("Launch: ")[2].partition(" About ")[0]


@pytest.fixture
def admin(server, tenant):
    return signed_in(server, create_user(server, tenant.org_id, "admin"))


@pytest.fixture
def member(server, tenant):
    return signed_in(server, create_user(server, tenant.org_id, "member"))


@pytest.fixture
def template(claw):
    strategy = claw.create_model_strategy(name="Balanced routing", config=STRATEGY)["strategy"]
    created = claw.create_workflow_template(name="Release train", objective="Ship the weekly release",
                                            steps=[{"id": "plan"}, {"id": "test"}],
                                            model_strategy_id=strategy["strategy_id"])["template"]
    return claw.update_workflow_template(created["template_id"],
                                         steps=[{"id": "plan"}, {"id": "test"}, {"id": "deploy"}])["template"]


def test_template_pages_show_steps_version_and_strategy(admin, claw, template):
    assert template["version"] == 2
    listing = admin.get("/templates")
    row = re.search(rf'<tr id="template-{template["template_id"]}">(.*?)</tr>', listing.text, re.S).group(1)
    assert "Release train" in row and "v2" in row and template["slug"] in row and ">3<" in row

    page = admin.get(f"/templates/{template['template_id']}")
    shown = text_of(page)
    assert page.status == 200 and "Ship the weekly release" in shown and "3 steps" in shown
    assert re.search(r"<ol class=\"steps\">\s*<li><strong>plan</strong></li>\s*<li><strong>test</strong></li>\s*"
                     r"<li><strong>deploy</strong></li>", page.text)
    assert "v2" in shown and f'href="/strategies/{template["model_strategy_id"]}"' in page.text
    assert f'action="/templates/{template["template_id"]}/launch"' in page.text
    assert admin.get("/templates/wft_missing").status == 404


def test_strategy_pages_show_the_config(admin, claw, template):
    strategy_id = template["model_strategy_id"]
    listing = admin.get("/strategies")
    row = re.search(rf'<tr id="strategy-{strategy_id}">(.*?)</tr>', listing.text, re.S).group(1)
    assert "Balanced routing" in row and "openai/gpt-4.1" in row

    page = admin.get(f"/strategies/{strategy_id}")
    config = html.unescape(re.search(r'<pre id="strategy-config">(.*?)</pre>', page.text, re.S).group(1))
    assert json.loads(config) == claw.get_model_strategy(strategy_id)["strategy"]["config"] == STRATEGY
    assert admin.get("/strategies/mst_missing").status == 404


def test_a_launch_from_the_page_shows_the_action_it_recorded(member, claw, template):
    path = f"/templates/{template['template_id']}"
    page = member.post_from(path, path + "/launch", {})
    [launched] = launches(claw)
    assert page.status == 200 and launch_outcome(page).startswith("allow")
    assert f'href="/decisions/{launched["action_id"]}"' in page.text
    assert "Launched as action" in text_of(page) and "(template v2)" in text_of(page)
    snapshot = claw.get_workflow_template(template["template_id"])["template"]["model_strategy_snapshot"]
    assert snapshot["config"] == STRATEGY


def test_a_launch_under_a_block_policy_shows_the_block_and_records_nothing(member, claw, template):
    add_policy(claw, "block_action_type", ["workflow_launch"])
    path = f"/templates/{template['template_id']}"
    page = member.post_from(path, path + "/launch", {})
    outcome = launch_outcome(page)
    assert page.status == 200 and outcome.startswith("block")
    assert "The guard blocked this launch" in outcome and "workflow_launch" in outcome
    assert "/decisions/" not in page.text and launches(claw) == []


def test_an_approval_gated_launch_links_to_the_approvals_queue(admin, claw, template):
    add_policy(claw, "require_approval", ["workflow_launch"])
    path = f"/templates/{template['template_id']}"
    page = admin.post_from(path, path + "/launch", {})
    [waiting] = launches(claw)
    assert launch_outcome(page).startswith("require approval") and waiting["status"] == "pending_approval"
    assert 'href="/approvals"' in re.search(r'<section class="card" id="launch-outcome".*?</section>', page.text, re.S).group(0)
    assert waiting["action_id"] in admin.get("/approvals").text


def test_a_readonly_user_cannot_launch_and_every_launch_needs_the_csrf_token(server, tenant, admin, claw, template):
    reader = signed_in(server, create_user(server, tenant.org_id, "readonly"))
    path = f"/templates/{template['template_id']}"
    page = reader.get(path)
    assert "Only admins and members launch templates; you are signed in as readonly." in page.text
    assert "/launch" not in page.text
    refused = reader.post(path + "/launch", {"csrf_token": page.csrf_token()})
    assert refused.status == 403 and "readonly" in refused.text
    assert admin.post(path + "/launch", {}).status == 403
    assert admin.post(path + "/launch", {"csrf_token": "0" * 64}).status == 403
    assert admin.post_from(path, path + "/launch", {}, headers={"Origin": "https://evil.example"}).status == 403
    assert launches(claw) == []
    assert admin.post_from(path, "/templates/wft_missing/launch", {}).status == 404


def test_collections_show_ingestion_and_search_finds_the_right_note_first(admin, claw):
    collection_id = claw.create_knowledge_collection(name="Runbooks", source_type="notes")["collection"]["collection_id"]
    notes = {"pager": "When the pager fires at night, acknowledge within five minutes and open an incident.",
             "backup": "Nightly backups run at two; restore drills happen every quarter.",
             "deploy": "Deploys go out on Tuesdays after the release train leaves the station."}
    for title, content in notes.items():
        claw.add_knowledge_collection_item(collection_id, source_uri=f"note://{title}", title=title, content=content)
    row = re.search(rf'<tr id="collection-{collection_id}">(.*?)</tr>', admin.get("/knowledge").text, re.S).group(1)
    assert "Runbooks" in row and 'status-pending">pending' in row and "<time" not in row
    claw.sync_knowledge_collection(collection_id)
    claw.wait_for_knowledge_sync(collection_id, interval=0.3)

    row = re.search(rf'<tr id="collection-{collection_id}">(.*?)</tr>', admin.get("/knowledge").text, re.S).group(1)
    assert 'status-ready">ready' in row and '<td class="num" data-label="Documents">3</td>' in row and "<time" in row

    path = f"/knowledge/{collection_id}"
    assert 'id="search-results"' not in admin.get(path).text
    page = admin.get(path + "?q=restore+drills")
    api = claw.search_knowledge_collection(collection_id, "restore drills")["results"]
    shown = re.findall(r"<li>\s*<p><strong>(.*?)</strong>", page.text)
    assert shown[0] == "backup" == api[0]["title"] and shown == [result["title"] for result in api]
    assert "<mark>restore</mark>" in page.text and "<mark>drills</mark>" in page.text
    assert "Nothing matches." in admin.get(path + "?q=zebra").text
    assert admin.get("/knowledge/kc_missing?q=backup").status == 404


def test_capabilities_filter_by_category_and_risk_and_flag_approval(admin, claw):
    for name, category, risk, gated in (("Wire Transfer", "payments", "critical", True),
                                        ("Refund", "payments", "medium", False),
                                        ("Send Email", "messaging", "low", False)):
        claw.create_capability(name=name, category=category, risk_level=risk, requires_approval=gated)

    def names(query: str) -> list[str]:
        page = admin.get("/capabilities" + query)
        assert page.status == 200
        return re.findall(r'<td data-label="Name">([^<]+) <code', page.text)

    assert sorted(names("")) == ["Refund", "Send Email", "Wire Transfer"]
    assert sorted(names("?category=payments")) == ["Refund", "Wire Transfer"]
    assert names("?category=payments&risk_level=critical") == ["Wire Transfer"]
    assert names("?search=email&risk_level=") == ["Send Email"]
    assert "No capabilities match." in admin.get("/capabilities?risk_level=low&category=payments").text
    page = admin.get("/capabilities?category=payments")
    gated = re.search(r'<td data-label="Approval">(.*?)</td>', page.text.split("Wire Transfer")[1], re.S).group(1)
    assert "requires approval" in gated and "requires approval" not in page.text.split("Refund")[1].split("</tr>")[0]
    assert admin.get("/capabilities?risk_level=extreme").status == 400


def test_studio_pages_show_nothing_of_another_org(server, admin, claw, template):
    collection_id = claw.create_knowledge_collection(name="Org A secrets")["collection"]["collection_id"]
    claw.create_capability(name="Org A capability", category="org-a-only")
    outsider = signed_in(server, create_user(server, server.new_tenant().org_id, "admin"))
    leaked = ("Release train", "Balanced routing", "Org A secrets", "Org A capability", template["template_id"],
              template["model_strategy_id"], collection_id)
    for path in STUDIO_PAGES:
        assert [value for value in leaked if value in admin.get(path).text], path
        page = outsider.get(path)
        assert page.status == 200 and not [value for value in leaked if value in page.text], path
    for path in (f"/templates/{template['template_id']}", f"/strategies/{template['model_strategy_id']}",
                 f"/knowledge/{collection_id}", f"/knowledge/{collection_id}?q=secrets"):
        assert outsider.get(path).status == 404, path
    path = f"/templates/{template['template_id']}/launch"
    assert outsider.post_from("/templates", path, {}).status == 404
    assert launches(claw) == []
