"""Webhooks (contract 8, issue 8): signed deliveries from a durable outbox, retried with backoff, logged per
attempt, exactly once across replicas, surviving `kill -9`; URLs that reach private networks are refused."""
from __future__ import annotations

import json
import socket
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Iterator

import pytest
from support.server import BACKENDS, PG_URL, database_for, free_port, postgres_database, run_server
from support.stub import Recorded, Reply, ScriptedServer

import dashclaw
from dashclaw import DashClaw, ValidationError, WebhookSignatureError, verify_webhook

HOOK = "/hook"
QUICK_RETRIES = {"DASHCLAW_WEBHOOK_RETRY_BASE_SECONDS": "0.3", "DASHCLAW_WEBHOOK_MAX_ATTEMPTS": "3"}
PRIVATE_TARGET = "URL cannot point to localhost, private networks, or invalid domains"
GUARD_SECRET = "guard-secret-" + "7" * 20


def until(check: Callable[[], object], seconds: float = 20.0, every: float = 0.1):
    """Poll `check` until it returns something truthy; that value, or a failed assertion after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        value = check()
        if value:
            return value
        assert time.monotonic() < deadline, f"gave up after {seconds} s"
        time.sleep(every)


@pytest.fixture(scope="module", params=BACKENDS)
def quick(request, tmp_path_factory) -> Iterator:
    """A server of its own whose failed deliveries retry after 0.3 s, 0.9 s and give up after 3 attempts, and
    whose signal job runs every second (the shared server's background must stay still for other tests)."""
    directory = tmp_path_factory.mktemp(f"webhooks-{request.param}")
    with database_for(request.param, directory) as url:
        with run_server(url, directory, request.param, DASHCLAW_SIGNAL_WATCH_SECONDS="1",
                        DASHCLAW_GUARD_WEBHOOK_SECRET=GUARD_SECRET, **QUICK_RETRIES) as running:
            yield running


@pytest.fixture
def receiver() -> Iterator[ScriptedServer]:
    with ScriptedServer() as stub:
        yield stub


def hooked(server, receiver: ScriptedServer, events: list[str], *replies) -> tuple[DashClaw, dict]:
    """A fresh org with a webhook on `receiver` for `events`, which answers `replies` in turn (200 by default)."""
    receiver.on("POST", HOOK, *(replies or (Reply(200, {"ok": True}),)))
    tenant = server.new_tenant()
    claw = server.client(tenant.admin_key, agent_id="webhook-agent")
    created = claw.create_webhook(receiver.url + HOOK, events=events)
    return claw, created


def deliveries(claw: DashClaw, webhook_id: str) -> list[dict]:
    return claw.get_webhook_deliveries(webhook_id)["deliveries"]


def settled(claw: DashClaw, webhook_id: str, count: int = 1) -> list[dict] | None:
    """The webhook's deliveries once `count` of them have stopped retrying, else None."""
    found = deliveries(claw, webhook_id)
    done = [d for d in found if d["status"] != "pending"]
    return found if len(done) >= count else None


# ------------------------------------------------------------------------------------ seed and basics


def test_the_seed_example_runs_through_our_sdk(claw):
    created = claw.create_webhook(
        url="https://hooks.example.com/dashclaw",
        events=["all"]
    )
    webhooks = claw.get_webhooks()
    deliveries = claw.get_webhook_deliveries(created["webhook"]["id"])
    claw.test_webhook(created["webhook"]["id"])
    claw.delete_webhook(created["webhook"]["id"])

    webhook = created["webhook"]
    assert webhook["id"].startswith("wh_") and len(webhook["secret"]) == 64 and webhook["events"] == ["all"]
    assert webhook["active"] == 1 and created["secret_warning"]
    listed = next(w for w in webhooks["webhooks"] if w["id"] == webhook["id"])
    assert listed["secret"] == "\u2022" * 28 + webhook["secret"][-6:-2]  # contract 8.1's mask, never the secret
    assert webhook["secret"] not in json.dumps(webhooks)
    assert deliveries == {"deliveries": [], "next_cursor": None}
    assert webhook["id"] not in [w["id"] for w in claw.get_webhooks()["webhooks"]]


def test_creating_needs_an_admin_and_valid_events(server, tenant, receiver):
    member = server.client(server.mint_key(tenant, "member"))
    with pytest.raises(dashclaw.ForbiddenError):
        member.create_webhook(receiver.url + HOOK)
    admin = server.client(tenant.admin_key)
    for events, message in (([], "Events must be a non-empty array"), (["all", "agent_silent"], "Invalid event type: agent_silent"),
                            (["signals.detected"], "Invalid event type: signals.detected")):
        with pytest.raises(ValidationError) as refused:
            admin.create_webhook(receiver.url + HOOK, events=events)
        assert str(refused.value) == message
    created = admin.create_webhook(receiver.url + HOOK, events=["approval.requested", "stale_loop", "approval.requested"])
    assert created["webhook"]["events"] == ["approval.requested", "stale_loop"]
    assert member.get_webhooks()["webhooks"][0]["events"] == ["approval.requested", "stale_loop"]
    [audited] = [entry for entry in admin.get_activity_logs()["logs"] if entry["action"] == "webhook.created"]
    assert audited["resource_id"] == created["webhook"]["id"] and created["webhook"]["secret"] not in json.dumps(audited)


# ----------------------------------------------------------------------------------- signed deliveries


def test_real_deliveries_verify_with_the_sdk_and_carry_the_event(quick, receiver):
    claw, created = hooked(quick, receiver, ["action.created", "guard.decision"])
    secret, webhook_id = created["webhook"]["secret"], created["webhook"]["id"]
    action = claw.create_action("deploy", "Ship the signed release")
    decision = claw.guard({"action_type": "deploy", "declared_goal": "checked on its own"})

    until(lambda: len(receiver.to("POST", HOOK)) >= 3)  # action.created, and a guard.decision for each call
    events = {}
    for request in receiver.to("POST", HOOK):
        event = verify_webhook(secret, request.headers, request.raw_body)
        assert request.headers["X-DashClaw-Event"] == event["event"]
        assert request.headers["X-DashClaw-Delivery"].startswith("wd_")
        assert request.headers["User-Agent"] == "DashClaw-Webhooks/1.0"
        assert event["org_id"] == action["action"]["org_id"] and event["timestamp"].endswith("Z")
        events.setdefault(event["event"], []).append(event["data"])
    assert [data["action_id"] for data in events["action.created"]] == [action["action_id"]]
    assert decision["decision_id"] in [data["id"] for data in events["guard.decision"]]

    first = receiver.to("POST", HOOK)[0]
    with pytest.raises(WebhookSignatureError):
        verify_webhook(secret, first.headers, first.raw_body + b" ")
    with pytest.raises(WebhookSignatureError):
        verify_webhook("0" * 64, first.headers, first.raw_body)
    stale = dict(first.headers.items(), **{"X-DashClaw-Timestamp": str(int(time.time() * 1000) - 301_000)})
    with pytest.raises(WebhookSignatureError, match="tolerance"):
        verify_webhook(secret, stale, first.raw_body)

    logged = until(lambda: settled(claw, webhook_id, 3))
    assert {d["status"] for d in logged} == {"success"} and all(d["attempts"] == 1 for d in logged)
    assert claw.get_webhooks()["webhooks"][0]["failure_count"] == 0


def test_guard_webhook_checks_verify_the_same_way(quick, receiver):
    receiver.on("POST", "/check", Reply(200, {"decision": "allow"}))
    tenant = quick.new_tenant()
    status, _, _ = quick.request("POST", "/api/policies", tenant.admin_key, {
        "name": "ask the hook", "policy_type": "webhook_check", "rules": json.dumps({"url": receiver.url + "/check"})})
    assert status == 201
    quick.client(tenant.admin_key).guard({"action_type": "deploy", "declared_goal": "asks first"})
    [request] = receiver.to("POST", "/check")
    event = verify_webhook(GUARD_SECRET, request.headers, request.raw_body)
    assert event["event"] == "guard.evaluation" and event["context"]["action_type"] == "deploy"
    with pytest.raises(WebhookSignatureError):
        verify_webhook("another secret", request.headers, request.raw_body)


def test_signal_deliveries_hold_only_the_subscribed_signal_types(quick, receiver):
    tenant = quick.new_tenant()
    claw = quick.client(tenant.admin_key, agent_id="busy-agent")
    spikes = claw.create_webhook(receiver.url + "/spikes", events=["autonomy_spike"])
    claw.create_webhook(receiver.url + "/loops", events=["stale_loop"])
    everything = claw.create_webhook(receiver.url + "/all")
    for route in ("/spikes", "/loops", "/all"):
        receiver.on("POST", route, Reply(200, {}))
    for n in range(11):  # more than 10 actions in an hour: an autonomy_spike, found by the signal job (every second)
        claw.create_action("sync", f"Sync batch {n}", status="completed")

    spike_request = until(lambda: receiver.to("POST", "/spikes"))[0]
    event = verify_webhook(spikes["webhook"]["secret"], spike_request.headers, spike_request.raw_body)
    assert event["event"] == "signals.detected" and event["signals"]
    assert {signal["type"] for signal in event["signals"]} == {"autonomy_spike"}
    assert event["signals"][0]["agent_id"] == "busy-agent"
    all_request = until(lambda: receiver.to("POST", "/all"))[0]
    assert "autonomy_spike" in [s["type"] for s in verify_webhook(everything["webhook"]["secret"], all_request.headers,
                                                                   all_request.raw_body)["signals"]]
    time.sleep(1.5)  # another run of the signal job: a signal already announced is not delivered again
    assert receiver.to("POST", "/loops") == [] and len(receiver.to("POST", "/spikes")) == 1


def test_a_receiver_that_fails_twice_gets_the_event_once_after_three_logged_attempts(quick, receiver):
    claw, created = hooked(quick, receiver, ["action.created"],
                           Reply(500, {"error": "database down"}), Reply(503, raw=b"try later " * 300), Reply(200, {"ok": 1}))
    webhook_id, secret = created["webhook"]["id"], created["webhook"]["secret"]
    action = claw.create_action("deploy", "Retried until it lands")

    [delivery] = until(lambda: settled(claw, webhook_id))
    assert delivery["status"] == "success" and delivery["attempts"] == 3 and delivery["response_status"] == 200
    assert delivery["event_type"] == "action.created" and delivery["next_attempt_at"] is None
    log = delivery["attempt_log"]
    assert [a["number"] for a in log] == [1, 2, 3] and [a["response_status"] for a in log] == [500, 503, 200]
    assert [a["error"] for a in log] == ["HTTP 500", "HTTP 503", None]
    assert "database down" in log[0]["response_excerpt"] and len(log[1]["response_excerpt"]) == 1024
    assert all(isinstance(a["duration_ms"], int) and a["attempted_at"] for a in log)

    requests = receiver.to("POST", HOOK)
    assert len(requests) == 3
    assert {r.headers["X-DashClaw-Delivery"] for r in requests} == {delivery["id"]}
    assert len({r.raw_body for r in requests}) == 1  # the same event each time, signed afresh
    for request in requests:
        assert verify_webhook(secret, request.headers, request.raw_body)["data"]["action_id"] == action["action_id"]
    sent = [int(r.headers["X-DashClaw-Timestamp"]) for r in requests]
    assert sent[1] - sent[0] >= 240 and sent[2] - sent[1] >= 720  # backing off: 0.3 s, then 0.9 s (+-20 %)
    assert claw.get_webhooks()["webhooks"][0]["failure_count"] == 0


def test_a_webhook_that_keeps_failing_is_disabled_and_says_why(quick, receiver):
    claw, created = hooked(quick, receiver, ["action.created"], Reply(500, {"error": "gone"}))
    webhook_id = created["webhook"]["id"]
    claw.create_action("deploy", "Never accepted")

    [delivery] = until(lambda: settled(claw, webhook_id))
    assert delivery["status"] == "failed" and delivery["attempts"] == 3 and len(delivery["attempt_log"]) == 3
    webhook = claw.get_webhooks()["webhooks"][0]
    assert webhook["active"] == 0 and webhook["failure_count"] == 3
    assert delivery["id"] in webhook["disabled_reason"] and "failed 3 attempts (last: HTTP 500)" in webhook["disabled_reason"]

    claw.create_action("deploy", "After the webhook was disabled")
    time.sleep(1.0)
    assert len(deliveries(claw, webhook_id)) == 1 and len(receiver.to("POST", HOOK)) == 3
    audit = claw.get_activity_logs()["logs"]
    [disabled] = [entry for entry in audit if entry["action"] == "webhook.disabled"]
    assert disabled["resource_id"] == webhook_id and disabled["actor_type"] == "system"


def test_the_test_endpoint_reports_and_logs_what_the_receiver_said(server, tenant, receiver):
    claw, created = hooked(server, receiver, ["stale_running_action"], Reply(200, {"received": True}))
    webhook_id, secret = created["webhook"]["id"], created["webhook"]["secret"]
    result = claw.test_webhook(webhook_id)
    assert result["success"] is True and result["response_status"] == 200
    [request] = receiver.to("POST", HOOK)
    event = verify_webhook(secret, request.headers, request.raw_body)
    assert event["event"] == "test" and event["signals"][0]["type"] == "test"
    [delivery] = deliveries(claw, webhook_id)
    assert (delivery["event_type"], delivery["status"], delivery["attempts"]) == ("test", "success", 1)
    assert delivery["id"] == result["delivery_id"] == request.headers["X-DashClaw-Delivery"]


def test_redirects_are_never_followed(server, receiver):
    """A receiver that redirects (say, to the cloud metadata address) gets a failed delivery, not a second request."""
    with ScriptedServer() as target:
        claw, created = hooked(server, receiver, ["stale_running_action"],
                               Reply(302, raw=b"", headers={"Location": "http://169.254.169.254/latest/meta-data/"}))
        result = claw.test_webhook(created["webhook"]["id"])
        assert result == {**result, "success": False, "response_status": 302}
        assert result["error"] == "Redirect blocked: redirects are never followed"
        receiver.on("POST", HOOK, Reply(307, raw=b"", headers={"Location": target.url + "/elsewhere"}))
        assert claw.test_webhook(created["webhook"]["id"])["success"] is False
        assert target.requests == []
        assert [d["status"] for d in deliveries(claw, created["webhook"]["id"])] == ["failed", "failed"]


# ------------------------------------------------------------------------------------------------ SSRF


def _resolving_to_loopback() -> str | None:
    """A host name (not `localhost`) this machine resolves to a loopback address, if it has one."""
    for name in (socket.gethostname(), "localhost.localdomain", "ip6-localhost"):
        try:
            addresses = {info[4][0] for info in socket.getaddrinfo(name, 443)}
        except OSError:
            continue
        if name != "localhost" and addresses and all(a.startswith("127.") or a == "::1" for a in addresses):
            return name
    return None


@pytest.mark.parametrize("backend", BACKENDS[:1])
def test_private_and_local_targets_are_refused_unless_opened(backend, tmp_path, receiver):
    targets = ["https://127.0.0.1/hook", "https://10.0.0.7/hook", "https://169.254.169.254/latest/meta-data/",
               "https://[::1]/hook", "https://localhost/hook", "https://192.168.1.20:8443/hook", "https://[fd00::1]/hook",
               receiver.url.replace("http://", "https://") + HOOK]
    alias = _resolving_to_loopback()
    if alias:
        targets.append(f"https://{alias}/hook")  # a name, refused for what it resolves to
    with database_for(backend, tmp_path) as url:
        with run_server(url, tmp_path, backend, DASHCLAW_ALLOW_PRIVATE_WEBHOOKS="0") as closed:
            claw = closed.client(closed.new_tenant().admin_key)
            for target in targets:
                with pytest.raises(ValidationError) as refused:
                    claw.create_webhook(target)
                assert (refused.value.status, str(refused.value)) == (400, PRIVATE_TARGET), target
            with pytest.raises(ValidationError, match="^URL must use HTTPS$"):
                claw.create_webhook(receiver.url + HOOK)
            assert claw.get_webhooks()["webhooks"] == []
            public = claw.create_webhook("https://hooks.example.com/dashclaw")  # unresolvable here: checked when sent
            assert claw.test_webhook(public["webhook"]["id"])["success"] is False
    # with DASHCLAW_ALLOW_PRIVATE_WEBHOOKS=1 (the shared test servers) local receivers work: every test above


# -------------------------------------------------------------------------------------- durability


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_delivery_waiting_for_its_retry_survives_kill_9(backend, tmp_path, receiver):
    receiver.on("POST", HOOK, Reply(500, {"error": "not yet"}), Reply(200, {"ok": True}))
    port = free_port()
    env = {"DASHCLAW_WEBHOOK_RETRY_BASE_SECONDS": "3"}
    with database_for(backend, tmp_path) as url:
        with run_server(url, tmp_path, backend, port=port, **env) as first:
            tenant = first.new_tenant()
            claw = first.client(tenant.admin_key)
            webhook = claw.create_webhook(receiver.url + HOOK, events=["action.created"])["webhook"]
            claw.create_action("deploy", "Outlives its server")
            [waiting] = until(lambda: [d for d in deliveries(claw, webhook["id"]) if d["attempts"] == 1])
            assert waiting["status"] == "pending" and waiting["next_attempt_at"]
            first.process.kill()
            first.process.wait()
        assert len(receiver.to("POST", HOOK)) == 1

        with run_server(url, tmp_path, backend, port=port, **env) as second:
            claw = second.client(tenant.admin_key)
            [delivered] = until(lambda: settled(claw, webhook["id"]))
    assert delivered["id"] == waiting["id"] and delivered["status"] == "success" and delivered["attempts"] == 2
    requests = receiver.to("POST", HOOK)
    assert [r.headers["X-DashClaw-Delivery"] for r in requests] == [waiting["id"]] * 2
    assert verify_webhook(webhook["secret"], requests[1].headers, requests[1].raw_body)["event"] == "action.created"


@pytest.mark.skipif(not PG_URL, reason="needs DASHCLAW_TEST_DATABASE_URL")
def test_two_replicas_deliver_each_of_200_events_exactly_once(tmp_path, receiver):
    seen: Counter = Counter()
    lock = threading.Lock()

    def count(request: Recorded) -> Reply:
        with lock:
            seen[request.headers["X-DashClaw-Delivery"]] += 1
        return Reply(200, {"ok": True})

    receiver.on("POST", HOOK, count)
    with postgres_database() as url:
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        with run_server(url, tmp_path / "a", "postgresql") as first, run_server(url, tmp_path / "b", "postgresql") as second:
            tenant = first.new_tenant()
            webhook = first.client(tenant.admin_key).create_webhook(receiver.url + HOOK, events=["action.created"])["webhook"]
            time.sleep(0.2)  # the second replica heard of the webhook through the bus

            def create(n: int) -> str:
                replica = (first, second)[n % 2]
                with replica.client(tenant.admin_key, agent_id="fleet-agent") as claw:
                    return claw.create_action("sync", f"Event {n}")["action_id"]

            with ThreadPoolExecutor(8) as pool:
                action_ids = set(pool.map(create, range(200)))
            until(lambda: len(seen) >= 200, seconds=60)
            time.sleep(2.0)  # anything sent twice would have arrived by now
            logged = deliveries(first.client(tenant.admin_key), webhook["id"])

    requests = receiver.to("POST", HOOK)
    events = [verify_webhook(webhook["secret"], r.headers, r.raw_body) for r in requests]
    assert len(requests) == 200 and set(seen.values()) == {1}
    assert sorted(e["data"]["action_id"] for e in events) == sorted(action_ids)
    assert all(d["status"] == "success" and d["attempts"] == 1 for d in logged)
