"""The collaboration pages, signed in as an operator: an agent's own page, the routing pool and its tasks, and the
schedules, each showing what agents made through the SDK and nothing of another org."""
from __future__ import annotations

import html
import re
import secrets

import pytest
from support.dashboard import create_user, signed_in

from dashclaw.server.dashboard.pages import when


def text_of(page) -> str:
    """The page's visible text, tags dropped and entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.text)).split())


def section(page, heading_id: str) -> str:
    """The visible text of the card whose heading has `heading_id`."""
    card = re.search(rf'<section class="card" aria-labelledby="{heading_id}">(.*?)</section>', page.text, re.DOTALL).group(1)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", card)).split())


def row_html(page, row_id: str) -> str:
    match = re.search(rf'<tr id="{re.escape(row_id)}">(.*?)</tr>', page.text, re.DOTALL)
    return match.group(1) if match else ""


def row(page, row_id: str) -> str:
    """The visible text of the table row with `row_id` (empty when the page has none)."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", row_html(page, row_id))).split())


@pytest.fixture
def admin(server, tenant):
    return signed_in(server, create_user(server, tenant.org_id, "admin"))


@pytest.fixture
def peer(server, tenant):
    client = server.client(tenant.admin_key, agent_id="peer-" + secrets.token_hex(3))
    yield client
    client.close()


def api(server, tenant, path: str) -> dict:
    status, body, _ = server.request("GET", path, tenant.admin_key)
    assert status == 200, body
    return body


def pool_agent(server, tenant, agent_id: str) -> dict:
    return api(server, tenant, f"/api/routing/agents/{agent_id}")["agent"]


# -- the agent page ---------------------------------------------------------------------------------------


def test_the_agent_page_shows_everything_the_agent_did(server, tenant, admin, claw, peer):
    agent = claw.agent_id
    claw.heartbeat(status="busy", current_task_id="task-42")
    claw.report_connections([{"provider": "github", "authType": "oauth", "planName": "team"}])
    action = claw.create_action("deploy", "Ship the billing fix", risk_score=30)
    sent = claw.send_message("Billing fix is live", to=peer.agent_id, subject="Deploy done")
    received = peer.send_message("Please also rotate the keys", to=agent, message_type="action", urgent=True)
    peer.broadcast("Standup in five")
    claw.create_handoff("Handed over the billing deploy", open_tasks=["verify invoices"], next_priorities=["rotate keys"])
    claw.report_token_usage(1200, 300, model="gpt-4o")
    claw.report_token_usage(500, 100, model="gpt-4o")
    claw.register_routing_agent(agent, capabilities=["deploy", {"skill": "billing", "priority": 5}], max_concurrent=2)

    assert f'href="/agents/{agent}"' in admin.get("/agents").text
    page = admin.get(f"/agents/{agent}")
    assert page.status == 200
    presence = section(page, "presence-h")
    assert "online" in presence and "Reported status busy" in presence and "task-42" in presence
    assert "github oauth team active" in presence
    assert f'href="/decisions/{action["action_id"]}"' in page.text
    assert "Ship the billing fix" in section(page, "actions-h")

    messages = section(page, "messages-h")
    assert f'id="message-{sent["message_id"]}"' in page.text and f'id="message-{received["message_id"]}"' in page.text
    assert f"sent to {peer.agent_id}" in messages and "Deploy done" in messages and "Billing fix is live" in messages
    assert f"received from {peer.agent_id} · action · urgent" in messages and "unread" in messages
    assert "Standup in five" in messages and "(broadcast)" in messages

    handoffs = section(page, "handoffs-h")
    assert "Handed over the billing deploy" in handoffs and "verify invoices" in handoffs and "rotate keys" in handoffs

    usage = api(server, tenant, f"/api/tokens?agent_id={agent}")
    cost = usage["today"]["estimatedCost"]
    spend = section(page, "tokens-h")
    assert "2100 tokens, at most 2100 in one period" in page.text  # the chart's summary
    assert "tokens in 1700" in spend and "tokens out 400" in spend
    assert f"${cost:.4f}" in spend and "over 2 reports" in spend and "gpt-4o (500 in, 100 out)" in spend

    pool = section(page, "pool-h")
    assert "available" in pool and "0 of 2 tasks" in pool and "Skills deploy , billing priority 5" in pool


def test_an_agent_the_org_never_saw_has_no_page(server, admin, claw):
    claw.send_message("only a message", to="someone")  # messages alone do not make an agent
    missing = admin.get("/agents/never-seen-agent")
    assert missing.status == 404 and "Agent not found" in missing.text
    assert admin.get("/agents/someone").status == 404


def test_another_orgs_agent_page_is_not_found(server, tenant, claw):
    claw.heartbeat()
    claw.create_handoff("Org A's private handoff")
    other = server.new_tenant()
    outsider = signed_in(server, create_user(server, other.org_id, "admin"))
    page = outsider.get(f"/agents/{claw.agent_id}")
    assert page.status == 404 and "Org A's private handoff" not in page.text
    assert claw.agent_id not in outsider.get("/agents").text


# -- the routing page -------------------------------------------------------------------------------------


@pytest.fixture
def routed(server, tenant, claw):
    """Two pool agents and three tasks: one escalated after a failure, one assigned, one nobody can take."""
    coder = claw.register_routing_agent("coder", capabilities=["python"], max_concurrent=1)["agent"]
    writer = claw.register_routing_agent("writer", capabilities=["docs"], max_concurrent=2)["agent"]
    failing = claw.submit_routing_task("Fix the flaky test", required_skills=["python"], max_retries=0)
    waiting = claw.submit_routing_task("Port the parser", required_skills=["python"], urgency="high")
    stuck = claw.submit_routing_task("Rewrite it in Rust", required_skills=["rust"])
    assert failing["routing"]["status"] == "assigned" and waiting["routing"]["status"] == "pending"
    claw.complete_routing_task(failing["task_id"], success=False, error="the test still flakes")
    assert api(server, tenant, f"/api/routing/tasks/{waiting['task_id']}")["task"]["status"] == "assigned"  # freed slot
    return {"coder": coder, "writer": writer, "escalated": failing["task_id"], "assigned": waiting["task_id"],
            "pending": stuck["task_id"]}


def test_the_routing_page_shows_the_pool_the_tasks_and_why_they_went_where(server, tenant, admin, claw, routed):
    page = admin.get("/routing")
    assert page.status == 200
    coder = row(page, f"pool-{routed['coder']['id']}")
    assert "coder" in coder and "python" in coder and "1/1" in coder
    assert "writer" in row(page, f"pool-{routed['writer']['id']}") and "0/2" in row(page, f"pool-{routed['writer']['id']}")

    stats = claw.get_routing_stats()
    shown = text_of(page)
    assert f"{stats['agents']['available']} agents available of {stats['agents']['total']}" in shown
    assert (stats["tasks"]["pending"], stats["tasks"]["assigned"], stats["tasks"]["escalated"]) == (1, 1, 1)
    assert f"{stats['routing']['total_decisions']} routing decisions" in shown

    queued = section(page, "pending-h")
    assert "Rewrite it in Rust" in queued and "no agent" in queued and "No matching agent available" in queued
    assert "Has none of the required skills" in queued  # every candidate's reasons
    assigned = section(page, "assigned-h")
    assert "Port the parser" in assigned and "chose coder" in assigned and "Skill coverage 1/1" in assigned
    assert "high" in row(page, f"task-{routed['assigned']}")
    escalated = section(page, "escalated-h")
    assert "Fix the flaky test" in escalated and "the test still flakes" in escalated and "0/0" in escalated
    for status in ("pending", "assigned", "escalated"):
        assert f'id="task-{routed[status]}"' in page.text


def test_an_admin_changes_a_pool_agents_status_from_the_page(server, tenant, admin, routed):
    writer = routed["writer"]["id"]
    done = admin.post_from("/routing", f"/routing/agents/{writer}/status", {"status": "offline"})
    assert done.status == 303 and done.location == "/routing"
    assert pool_agent(server, tenant, writer)["status"] == "offline"
    assert '<option value="offline" selected>' in row_html(admin.get("/routing"), f"pool-{writer}")

    refused = admin.post_from("/routing", f"/routing/agents/{writer}/status", {"status": "asleep"})
    assert refused.status == 400 and "status" in refused.text
    assert admin.post_from("/routing", "/routing/agents/ra_nope/status", {"status": "busy"}).status == 404
    assert pool_agent(server, tenant, writer)["status"] == "offline"


def test_only_admins_change_the_pool_and_only_from_this_site(server, tenant, admin, routed):
    writer = routed["writer"]["id"]
    path = f"/routing/agents/{writer}/status"
    for role in ("readonly", "member"):
        user = signed_in(server, create_user(server, tenant.org_id, role))
        page = user.get("/routing")
        assert page.status == 200 and "writer" in page.text
        assert f'action="{path}"' not in page.text and f"you are signed in as {role}" in page.text
        refused = user.post(path, {"csrf_token": page.csrf_token(), "status": "offline"})
        assert refused.status == 403 and "Only an admin" in refused.text
    assert admin.post(path, {"status": "offline"}).status == 403  # no CSRF token
    assert admin.post(path, {"status": "offline", "csrf_token": "0" * 64}).status == 403
    cross_site = admin.post_from("/routing", path, {"status": "offline"}, headers={"Origin": "https://evil.example"})
    assert cross_site.status == 403
    assert pool_agent(server, tenant, writer)["status"] == "available"


def test_the_routing_page_shows_nothing_of_another_org(server, tenant, claw, routed):
    other = server.new_tenant()
    outsider = signed_in(server, create_user(server, other.org_id, "admin"))
    page = outsider.get("/routing")
    assert page.status == 200 and "No agents in the pool." in page.text
    for leaked in ("coder", "Port the parser", "Rewrite it in Rust", routed["writer"]["id"], routed["pending"]):
        assert leaked not in page.text
    writer = routed["writer"]["id"]
    assert outsider.post_from("/routing", f"/routing/agents/{writer}/status", {"status": "offline"}).status == 404
    assert pool_agent(server, tenant, writer)["status"] == "available"


def test_an_empty_routing_page_says_how_to_start(admin):
    page = admin.get("/routing")
    assert "No agents in the pool." in page.text and "None queued." in page.text and "None escalated." in page.text


# -- the schedules page -----------------------------------------------------------------------------------


def test_the_schedules_page_lists_agent_and_export_schedules_with_their_next_runs(server, tenant, claw):
    nightly = claw.create_agent_schedule(claw.agent_id, "Nightly report", "0 2 * * *", description="Sum up the day")
    claw.create_agent_schedule(claw.agent_id, "Paused sweep", "*/5 * * * *", enabled=False)
    export = claw.create_compliance_schedule(["soc2", "gdpr"], "0 6 * * 1", name="Weekly evidence", format="json")

    reader = signed_in(server, create_user(server, tenant.org_id, "readonly"))
    page = reader.get("/schedules")
    assert page.status == 200 and "<form method=\"post\"" not in page.text.split("<main", 1)[1]
    schedule = nightly["schedule"]
    shown = row(page, f"agent-schedule-{schedule['id']}")
    assert claw.agent_id in shown and "Nightly report" in shown and "Sum up the day" in shown and "0 2 * * *" in shown
    assert when(schedule["next_run"]) in shown
    paused = next(s for s in claw.list_agent_schedules(claw.agent_id)["schedules"] if s["name"] == "Paused sweep")
    assert "disabled" in row(page, f"agent-schedule-{paused['id']}")

    exported = row(page, f"export-schedule-{export['id']}")
    assert "Weekly evidence" in exported and "soc2 , gdpr" in exported and "0 6 * * 1" in exported and "json" in exported
    assert when(export["schedule"]["next_run_at"]) in exported
    assert 'href="/compliance/soc2"' in page.text

    other = server.new_tenant()
    outsider = signed_in(server, create_user(server, other.org_id, "admin")).get("/schedules")
    assert outsider.status == 200 and "No agent schedules." in outsider.text and "No compliance export schedules." in outsider.text
    assert "Nightly report" not in outsider.text and "Weekly evidence" not in outsider.text
