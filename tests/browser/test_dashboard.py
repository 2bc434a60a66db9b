"""An operator in a real browser: sign in, watch the queue fill live, approve, read a decision, write a policy."""
from __future__ import annotations

import json
import re
import secrets
import threading
import time

import pytest
from playwright.sync_api import expect
from support.dashboard import create_user

PAGES = ["/", "/approvals", "/actions", "/guard", "/policies", "/policy-tests", "/shadow", "/compliance", "/compliance/soc2",
         "/findings", "/agents", "/routing", "/schedules", "/signals", "/keys"]


def sign_in(page, user) -> None:
    page.goto("/login")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(user.password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Overview")).to_be_visible()


@pytest.fixture
def admin(server, tenant):
    return create_user(server, tenant.org_id, "admin")


@pytest.fixture
def agent(server, tenant):
    claw = server.client(tenant.admin_key, agent_id="browser-agent-" + secrets.token_hex(3))
    yield claw
    claw.close()


@pytest.fixture
def approvals_for_deploys(server, tenant):
    body = {"name": "deploys need a human", "policy_type": "require_approval", "rules": {"action_types": ["deploy"]}}
    assert server.request("POST", "/api/policies", tenant.admin_key, body)[0] == 201


def test_a_held_action_appears_live_and_the_page_approval_releases_the_agent(page, admin, agent, approvals_for_deploys):
    sign_in(page, admin)
    page.goto("/approvals")
    expect(page.locator("#live-status")).to_have_attribute("data-state", "live")
    expect(page.get_by_text("No actions are waiting for approval.")).to_be_visible()
    reloads = []
    page.on("framenavigated", lambda frame: frame == page.main_frame and reloads.append(frame.url))

    created_at = time.monotonic()
    action_id = agent.create_action("deploy", "Ship v2.4 to production", systems_touched=["prod-api"])["action_id"]
    item = page.locator(f"#approval-{action_id}")
    expect(item).to_be_visible(timeout=5000)
    arrival = time.monotonic() - created_at
    assert arrival < 1.0, f"the held action took {arrival:.2f} s to appear"
    expect(item).to_contain_text("Ship v2.4 to production")

    waited: dict = {}
    waiter = threading.Thread(target=lambda: waited.update(agent.wait_for_approval(action_id, timeout=30, interval=0.2)))
    waiter.start()
    item.get_by_label("Reason").fill("Change window is open")
    item.get_by_role("button", name="Approve").click()
    expect(item).to_contain_text(f"Approved by {admin.email}")
    waiter.join(timeout=30)
    assert waited["action"]["approved_by"] == admin.email
    assert waited["action"]["status"] == "running"
    assert reloads == [], "the queue reloaded the page"


def test_the_queue_keeps_a_reason_being_typed_when_new_items_arrive(page, admin, agent, approvals_for_deploys):
    first = agent.create_action("deploy", "First deploy")["action_id"]
    sign_in(page, admin)
    page.goto("/approvals")
    expect(page.locator("#live-status")).to_have_attribute("data-state", "live")
    reason = page.locator(f"#approval-{first}").get_by_label("Reason")
    reason.fill("half-typed")
    second = agent.create_action("deploy", "Second deploy")["action_id"]
    expect(page.locator(f"#approval-{second}")).to_be_visible(timeout=5000)
    expect(reason).to_have_value("half-typed")
    expect(reason).to_be_focused()
    page.locator(f"#approval-{second}").get_by_role("button", name="Deny").click()
    expect(page.locator(f"#approval-{second}")).to_contain_text(f"Denied by {admin.email}")
    assert agent.get_action(second)["action"]["status"] == "failed"


def test_the_decision_page_tells_the_whole_story(page, admin, agent, approvals_for_deploys):
    action_id = agent.create_action("deploy", "Migrate the billing database", systems_touched=["billing-db"],
                                    reversible=False, risk_score=20)["action_id"]
    agent.record_assumption({"action_id": action_id, "assumption": "Billing is quiet on Sundays"})
    agent.approve_action(action_id, decision="allow", reasoning="Planned maintenance")
    agent.update_outcome(action_id, status="completed", output_summary="Migrated 1.2M rows")
    sign_in(page, admin)
    page.goto(f"/decisions/{action_id}")
    expect(page.get_by_role("heading", name="deploy")).to_be_visible()
    guard = page.locator("section", has=page.get_by_role("heading", name="Guard evaluation"))
    expect(guard).to_contain_text("require approval")
    expect(guard).to_contain_text("deploys need a human")
    risk = page.locator("section", has=page.get_by_role("heading", name="Risk"))
    expect(risk).to_contain_text("The server scored this higher than the agent did.")
    expect(page.locator("section", has=page.get_by_role("heading", name="Assumptions"))).to_contain_text(
        "Billing is quiet on Sundays")
    outcome = page.locator("section", has=page.get_by_role("heading", name="Approval"))
    expect(outcome).to_contain_text("Approved by")
    expect(outcome).to_contain_text("Migrated 1.2M rows")
    timeline = page.locator("ol.timeline")
    for event in ("Guard decided require_approval", "Approval requested", "Assumption recorded", "Ended: completed"):
        expect(timeline).to_contain_text(event)


def test_a_policy_written_in_the_page_is_enforced_by_the_next_guard(page, admin, agent):
    sign_in(page, admin)
    page.goto("/policies")
    expect(page.get_by_text("No policies yet")).to_be_visible()
    page.get_by_label("Name").fill("no table drops")
    page.locator("select[name=policy_type]").select_option("block_action_type")
    page.get_by_label("Rules (JSON)").fill(json.dumps({"action_types": ["drop_table"]}))
    page.get_by_role("button", name="Create policy").click()
    expect(page.get_by_role("link", name="no table drops")).to_be_visible()
    assert agent.guard({"action_type": "drop_table"})["decision"] == "block"
    assert agent.guard({"action_type": "read_table"})["decision"] == "allow"

    page.get_by_role("button", name="Disable no table drops").click()
    expect(page.get_by_role("button", name="Enable no table drops")).to_be_visible()
    assert agent.guard({"action_type": "drop_table"})["decision"] == "allow"


def test_trying_a_context_shows_the_live_decision_in_place(page, admin, approvals_for_deploys):
    sign_in(page, admin)
    page.goto("/policies")
    page.get_by_label("Context (JSON)").fill(json.dumps({"action_type": "deploy", "risk_score": 10}))
    page.get_by_role("button", name="Evaluate").click()
    result = page.locator("#try-result")
    expect(result).to_contain_text("require approval")
    expect(result).to_contain_text("deploys need a human")
    page.get_by_label("Context (JSON)").fill("[1, 2]")
    page.get_by_role("button", name="Evaluate").click()
    expect(result).to_contain_text("context must be a JSON object")


def test_a_readonly_users_approval_is_refused_by_the_server(page, server, tenant, agent, approvals_for_deploys):
    action_id = agent.create_action("deploy", "Readonly must not release this")["action_id"]
    reader = create_user(server, tenant.org_id, "readonly")
    sign_in(page, reader)
    page.goto("/approvals")
    item = page.locator(f"#approval-{action_id}")
    expect(item).to_contain_text("Only admins decide approvals; you are signed in as readonly.")
    token = page.locator("header input[name=csrf_token]").input_value()
    answer = page.request.post(f"/approvals/{action_id}", form={"csrf_token": token, "decision": "allow"})
    assert answer.status == 403 and "readonly" in answer.text()
    action = agent.get_action(action_id)["action"]
    assert action["status"] == "pending_approval" and action["approved_by"] is None


def test_the_shadow_report_shows_what_a_shadow_policy_would_have_blocked(page, server, tenant, admin, agent):
    body = {"name": "watch refunds", "policy_type": "block_action_type", "rules": {"action_types": ["refund"]}, "shadow": True}
    assert server.request("POST", "/api/policies", tenant.admin_key, body)[0] == 201
    assert agent.guard({"action_type": "refund"})["decision"] == "allow"
    action_id = agent.create_action("refund", "Refund order 1042")["action_id"]
    sign_in(page, admin)
    page.get_by_role("link", name="Shadow").click()
    report = page.locator("section", has=page.get_by_role("heading", name="watch refunds"))
    expect(report.locator(".tile", has_text="would block")).to_contain_text("2")
    page.get_by_role("link", name="30 days").click()
    expect(page).to_have_url(re.compile(r"/shadow\?window=30d$"))
    expect(page.get_by_role("link", name="30 days")).to_have_attribute("aria-current", "true")
    report.get_by_role("link", name="record").click()
    expect(page).to_have_url(re.compile(f"/decisions/{action_id}$"))
    expect(page.get_by_role("heading", name="refund", exact=True)).to_be_visible()


def test_compliance_coverage_rises_when_the_missing_policy_is_added(page, server, tenant, admin):
    sign_in(page, admin)
    page.get_by_role("link", name="Compliance").click()
    page.get_by_role("link", name="SOC 2").click()
    control = page.locator("#control-CC6\\.1")
    expect(control).to_contain_text("missing")
    plan = page.locator("section", has=page.get_by_role("heading", name="Remediation plan"))
    expect(plan).to_contain_text("CC6.1: block")
    before = page.locator(".tile", has_text="coverage").inner_text()

    body = {"name": "no shell", "policy_type": "block_action_type", "rules": {"action_types": ["exec.*"]}}
    assert server.request("POST", "/api/policies", tenant.admin_key, body)[0] == 201
    page.reload()
    expect(control).to_contain_text("covered")
    expect(control).to_contain_text("no shell")
    expect(plan).not_to_contain_text("CC6.1: block")
    assert page.locator(".tile", has_text="coverage").inner_text() != before


def test_an_admin_follows_an_agent_into_the_pool_and_takes_it_offline(page, admin, agent):
    agent.heartbeat(status="busy")
    worker = agent.register_routing_agent(agent.agent_id, capabilities=["deploy"], max_concurrent=1)["agent"]
    task = agent.submit_routing_task("Deploy the docs", required_skills=["deploy"])["task_id"]
    sign_in(page, admin)
    page.goto("/agents")
    page.get_by_role("link", name=agent.agent_id).click()
    expect(page.get_by_role("heading", name=agent.agent_id, exact=True)).to_be_visible()
    expect(page.locator("section[aria-labelledby=pool-h]")).to_contain_text("1 of 1 tasks")
    page.get_by_role("link", name="Its place in the pool").click()

    row = page.locator(f"#pool-{worker['id']}")
    expect(row).to_contain_text("1/1")
    expect(page.locator(f"#task-{task}")).to_contain_text(f"chose {agent.agent_id}")
    row.get_by_label(f"Status of {agent.agent_id}").select_option("offline")
    row.get_by_role("button", name="Set").click()
    expect(page.locator(f"#pool-{worker['id']}").get_by_label(f"Status of {agent.agent_id}")).to_have_value("offline")
    assert agent.get_routing_agent(worker["id"])["agent"]["status"] == "offline"


@pytest.mark.parametrize("width,height", [(1280, 900), (390, 844)])
def test_every_page_fits_the_screen_and_works_from_the_keyboard(browser, server, admin, agent, console_errors,
                                                                 approvals_for_deploys, tmp_path, width, height):
    agent.heartbeat(status="online", current_task_id="nightly-sync")
    agent.create_action("sync", "Nightly sync", status="completed")
    pending = agent.create_action("deploy", "Deploy the nightly build")["action_id"]
    context = browser.new_context(base_url=server.url, viewport={"width": width, "height": height})
    context.on("console", lambda message: message.type == "error" and console_errors.append(message.text))
    try:
        page = context.new_page()
        sign_in(page, admin)
        for path in PAGES + [f"/decisions/{pending}", f"/agents/{agent.agent_id}"]:
            page.goto(path)
            expect(page.locator("h1")).to_be_visible()
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{path} is {overflow}px wider than a {width}px screen"
            page.screenshot(path=str(tmp_path / f"{width}-{path.strip('/').replace('/', '-') or 'overview'}.png"),
                            full_page=True)

        page.goto("/approvals")
        page.keyboard.press("Tab")
        expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
        page.keyboard.press("Enter")
        approve = page.locator(f"#approval-{pending}").get_by_role("button", name="Approve")
        for _ in range(40):
            if approve.evaluate("button => button === document.activeElement"):
                break
            page.keyboard.press("Tab")
        expect(approve).to_be_focused()
        page.keyboard.press("Enter")
        expect(page.locator(f"#approval-{pending}")).to_contain_text(f"Approved by {admin.email}")
    finally:
        context.close()
