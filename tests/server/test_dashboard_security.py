"""The dashboard's defences, seen from outside: sign-in walls, cookie flags, CSRF, CSP, roles, rate limits."""
from __future__ import annotations

import json
import re

import pytest
from support.dashboard import Browserless, create_user, signed_in

PAGES = ["/", "/approvals", "/approvals/queue", "/actions", "/guard", "/policies", "/agents", "/signals", "/keys",
         "/policy-tests", "/shadow", "/compliance", "/compliance/soc2", "/findings", "/pairings", "/routing", "/schedules",
         "/learning", "/learning/some-agent", "/evaluations", "/drift",
         "/templates", "/strategies", "/knowledge", "/capabilities"]
EXTERNAL = re.compile(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import""", re.I)


@pytest.fixture
def admin(server, tenant):
    return create_user(server, tenant.org_id, "admin")


@pytest.fixture
def policy_for_deploys(server, tenant):
    body = {"name": "deploys need a human", "policy_type": "require_approval", "rules": {"action_types": ["deploy"]}}
    assert server.request("POST", "/api/policies", tenant.admin_key, body)[0] == 201


def pending_action(server, tenant) -> str:
    status, body, _ = server.request("POST", "/api/actions", tenant.admin_key, {
        "agent_id": "sec-agent", "action_type": "deploy", "declared_goal": "Ship it"})
    assert status == 202, body
    return body["action_id"]


@pytest.mark.parametrize("path", PAGES + ["/decisions/act_whatever", "/policies/gp_whatever", "/pair/pair_whatever",
                                   "/agents/agent-whatever", "/templates/wft_whatever", "/strategies/mst_whatever",
                                   "/knowledge/kc_whatever"])
def test_pages_without_a_session_redirect_to_sign_in(server, path):
    answer = Browserless(server).get(path)
    assert answer.status == 303
    assert answer.location.startswith("/login?next=")


def test_a_fragment_request_without_a_session_is_told_where_to_sign_in(server):
    answer = Browserless(server).get("/approvals/queue", headers={"HX-Request": "true"})
    assert answer.status == 401 and answer.headers["hx-redirect"].startswith("/login?next=")


def test_sign_in_sets_a_cookie_scripts_cannot_read_and_other_sites_do_not_send(server, admin):
    client = Browserless(server)
    answer = client.sign_in(admin)
    assert answer.status == 303 and answer.location == "/"
    session = next(c for c in answer.set_cookies if c.startswith("dashclaw_session="))
    flags = [part.strip().lower() for part in session.split(";")]
    assert "httponly" in flags and "samesite=lax" in flags and "path=/" in flags
    assert "secure" not in flags  # plain http here; behind https it is Secure (next test)
    assert admin.email in client.get("/").text


def test_behind_https_the_cookie_is_secure(server, admin):
    answer = Browserless(server).sign_in(admin, headers={"X-Forwarded-Proto": "https"})
    session = next(c for c in answer.set_cookies if c.startswith("dashclaw_session="))
    assert "secure" in [part.strip().lower() for part in session.split(";")]


def test_a_wrong_password_does_not_sign_in(server, admin):
    client = Browserless(server)
    form = client.get("/login")
    answer = client.post("/login", {"email": admin.email, "password": "not-the-password", "csrf_token": form.csrf_token()})
    assert answer.status == 401 and "do not match" in answer.text
    assert not [c for c in answer.set_cookies if c.startswith("dashclaw_session=")]
    assert client.get("/").status == 303


@pytest.mark.parametrize("path", PAGES)
def test_pages_carry_a_strict_csp_and_name_no_outside_host(server, admin, path):
    client = signed_in(server, admin)
    answer = client.get(path)
    assert answer.status == 200, answer.text[:300]
    csp = answer.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["cache-control"] == "no-store"
    assert not EXTERNAL.search(answer.text), EXTERNAL.search(answer.text)
    assert "<script>" not in answer.text and " style=" not in answer.text and not re.search(r"\son\w+=", answer.text)


def test_vendored_assets_are_served_and_name_no_outside_host(server, admin):
    page = signed_in(server, admin).get("/")
    assets = re.findall(r'(?:src|href)="(/static/[^"?]+)', page.text)
    assert {"/static/dashboard.css", "/static/dashboard.js", "/static/vendor/htmx-2.0.11.min.js"} <= set(assets)
    for asset in assets:
        answer = Browserless(server).get(asset)
        assert answer.status == 200 and answer.text
        assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", answer.text), asset
        assert "content-security-policy" in answer.headers


def test_a_form_post_without_the_csrf_token_is_refused(server, tenant, admin):
    client = signed_in(server, admin)
    fields = {"name": "sneaky", "policy_type": "block_action_type", "rules": '{"action_types": ["x"]}', "active": "1"}
    assert client.post("/policies", fields).status == 403
    assert client.post("/policies", {**fields, "csrf_token": "0" * 64}).status == 403
    assert server.request("GET", "/api/policies", tenant.admin_key)[1]["policies"] == []
    created = client.post_from("/policies", "/policies", fields)
    assert created.status == 303
    assert [p["name"] for p in server.request("GET", "/api/policies", tenant.admin_key)[1]["policies"]] == ["sneaky"]


def test_a_post_from_another_site_is_refused_even_with_a_token(server, tenant, admin, policy_for_deploys):
    action_id = pending_action(server, tenant)
    client = signed_in(server, admin)
    answer = client.post_from("/approvals", f"/approvals/{action_id}", {"decision": "allow"},
                              headers={"Origin": "https://evil.example"})
    assert answer.status == 403
    assert server.request("GET", f"/api/actions/{action_id}", tenant.admin_key)[1]["action"]["status"] == "pending_approval"


def test_the_sign_in_form_needs_its_own_token(server, admin):
    client = Browserless(server)
    answer = client.post("/login", {"email": admin.email, "password": admin.password})
    assert answer.status == 403
    assert not [c for c in answer.set_cookies if c.startswith("dashclaw_session=")]


def test_a_readonly_user_can_look_but_the_server_refuses_every_change(server, tenant, policy_for_deploys):
    action_id = pending_action(server, tenant)
    reader = signed_in(server, create_user(server, tenant.org_id, "readonly"))
    queue = reader.get("/approvals")
    assert "Ship it" in queue.text and "Only admins decide approvals" in queue.text
    token = queue.csrf_token()
    refused = reader.post(f"/approvals/{action_id}", {"csrf_token": token, "decision": "allow"})
    assert refused.status == 403 and "readonly" in refused.text
    assert reader.post("/policies", {"csrf_token": token, "name": "x", "policy_type": "block_action_type",
                                     "rules": '{"action_types": ["x"]}'}).status == 403
    assert reader.post("/keys", {"csrf_token": token, "label": "x", "role": "admin"}).status == 403
    assert reader.get("/keys").status == 403
    action = server.request("GET", f"/api/actions/{action_id}", tenant.admin_key)[1]["action"]
    assert action["status"] == "pending_approval" and action["approved_by"] is None
    assert [p["name"] for p in server.request("GET", "/api/policies", tenant.admin_key)[1]["policies"]] == [
        "deploys need a human"]


def test_an_admin_approves_from_the_page_as_themselves(server, tenant, admin, policy_for_deploys):
    action_id = pending_action(server, tenant)
    client = signed_in(server, admin)
    answer = client.post_from("/approvals", f"/approvals/{action_id}", {"decision": "allow", "reasoning": "Window open"})
    assert answer.status == 303
    action = server.request("GET", f"/api/actions/{action_id}", tenant.admin_key)[1]["action"]
    assert action["status"] == "running" and action["approved_by"] == admin.email
    assert "Reason: Window open" in action["reasoning"]
    again = client.post_from("/approvals", f"/approvals/{action_id}", {"decision": "deny"})
    assert again.status == 400 and "not pending approval" in again.text


def test_the_session_reads_the_api_but_never_writes_it(server, tenant, admin):
    client = signed_in(server, admin)
    cookie = next(c for c in client.jar if c.name == "dashclaw_session")
    headers = {"Cookie": f"dashclaw_session={cookie.value}"}
    status, body, _ = server.request("GET", "/api/policies", headers=headers)
    assert status == 200 and body == {"policies": []}
    status, body, _ = server.request("POST", "/api/policies", body={
        "name": "via cookie", "policy_type": "block_action_type", "rules": {"action_types": ["x"]}}, headers=headers)
    assert status == 401
    assert server.request("GET", "/api/policies", tenant.admin_key)[1]["policies"] == []


def test_signing_out_ends_the_session_everywhere(server, admin):
    client = signed_in(server, admin)
    cookie = next(c for c in client.jar if c.name == "dashclaw_session").value
    answer = client.post_from("/", "/logout", {})
    assert answer.status == 303 and answer.location == "/login"
    assert client.get("/").status == 303
    assert server.request("GET", "/api/policies", headers={"Cookie": f"dashclaw_session={cookie}"})[0] == 401
    assert Browserless(server).get("/", headers={"Cookie": f"dashclaw_session={cookie}"}).status == 303


def test_sign_in_is_rate_limited_per_account(server, tenant):
    user = create_user(server, tenant.org_id, "member")
    client = Browserless(server)
    page, statuses = client.get("/login"), []
    for _ in range(10):
        page = client.post("/login", {"email": user.email, "password": "wrong-password", "csrf_token": page.csrf_token()})
        statuses.append(page.status)
    assert statuses == [401] * 10
    blocked = client.post("/login", {"email": user.email, "password": user.password, "csrf_token": page.csrf_token()})
    assert blocked.status == 429 and "Too many failed sign-ins" in blocked.text
    assert not [c for c in blocked.set_cookies if c.startswith("dashclaw_session=")]
    signed_in(server, create_user(server, tenant.org_id, "member"))  # other accounts are unaffected


def test_members_do_not_manage_keys_or_policies(server, tenant):
    member = signed_in(server, create_user(server, tenant.org_id, "member"))
    assert member.get("/keys").status == 403 and member.get("/pairings").status == 403
    assert "/keys" not in member.get("/").text and "/pairings" not in member.get("/").text
    token = member.get("/policies").csrf_token()
    assert member.post("/policies", {"csrf_token": token, "name": "x", "policy_type": "block_action_type",
                                     "rules": '{"action_types": ["x"]}'}).status == 403


def test_actions_page_through_every_row_once_with_an_opaque_cursor(server, tenant, admin):
    claw = server.client(tenant.admin_key, agent_id="pager")
    goals = [f"Page row {n:03d}" for n in range(120)]
    for goal in goals:
        claw.create_action("sync", goal, status="completed")
    client = signed_in(server, admin)
    seen, path, pages = [], "/actions?agent_id=pager", 0
    while path:
        answer = client.get(path)
        assert answer.status == 200
        seen += re.findall(r"Page row \d{3}", answer.text)
        following = re.search(r'href="(/actions\?[^"]*cursor=[^"]+)" rel="next"', answer.text)
        path = following.group(1).replace("&amp;", "&") if following else None
        pages += 1
    assert pages == 3 and seen == list(reversed(goals))
    assert client.get("/actions?cursor=not-a-cursor").status == 400
    assert client.get("/actions?status=exploded").status == 400


def test_try_a_context_evaluates_without_logging(server, tenant, admin, policy_for_deploys):
    client = signed_in(server, admin)
    before = server.request("GET", "/api/guard", tenant.admin_key)[1]["total"]
    answer = client.post_from("/policies", "/policies/try", {"context": json.dumps({"action_type": "deploy"})})
    assert answer.status == 200 and "require approval" in answer.text
    bad = client.post_from("/policies", "/policies/try", {"context": "{not json"})
    assert bad.status == 400 and "context must be a JSON object" in bad.text
    assert server.request("GET", "/api/guard", tenant.admin_key)[1]["total"] == before


def test_an_admin_mints_a_key_shown_once_and_revokes_it(server, tenant, admin):
    client = signed_in(server, admin)
    minted = client.post_from("/keys", "/keys", {"label": "ci", "role": "member"})
    raw = re.search(r"oc_live_[0-9a-f]{32}", minted.text).group(0)
    assert server.request("GET", "/api/policies", raw)[0] == 200
    listing = client.get("/keys")
    assert raw not in listing.text and raw[:12] in listing.text
    keys = server.request("GET", f"/api/orgs/{tenant.org_id}/keys", tenant.admin_key)[1]["keys"]
    key_id = next(key["id"] for key in keys if key["label"] == "ci")
    assert f'action="/keys/{key_id}/revoke"' in listing.text
    assert client.post_from("/keys", f"/keys/{key_id}/revoke", {}).status == 303
    assert server.request("GET", "/api/policies", raw)[0] == 401


def test_api_docs_load_only_the_servers_own_files(server):
    docs = Browserless(server).get("/docs")
    assert docs.status == 200 and "swagger-ui" in docs.text
    assert not EXTERNAL.search(docs.text), EXTERNAL.search(docs.text)
    for asset in re.findall(r"""(?:src|href)=["'](/[^"']+)""", docs.text):
        assert Browserless(server).get(asset).status == 200, asset
    assert Browserless(server).get("/redoc").status == 404
