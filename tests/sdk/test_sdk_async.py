"""AsyncDashClaw: the blocking client's methods, awaitable, making the same requests on one bounded pool."""

from __future__ import annotations

import asyncio
import urllib.parse

import pytest
from support.stub import Reply, ScriptedServer

from dashclaw import AsyncDashClaw, DashClaw, GuardBlockedError, NotFoundError, ServerError
from dashclaw._async_transport import MAX_CONNECTIONS

from .published_wire import CALLS

SAME_HEADERS = ("content-type", "accept", "x-api-key", "user-agent")
CLOCK_FIELDS = ("duration_ms", "timestamp_end")  # measured by the client at the time of the call


def without_clock(body):
    if not isinstance(body, dict):
        return body
    return {key: "<clock>" if key in CLOCK_FIELDS else value for key, value in body.items()}


def sent(api):
    """Each request as the server saw it: method, path, sorted query, body, its fixed headers, keyed or not."""
    return [
        (
            r.method,
            r.path,
            sorted(urllib.parse.parse_qsl(r.query_string, keep_blank_values=True)),
            without_clock(r.body),
            tuple(r.headers.get(name) for name in SAME_HEADERS),
            "Idempotency-Key" in r.headers,
        )
        for r in api.requests
    ]


def run_both(run, reply, **options):
    """Requests of ``run(client)`` with DashClaw, then with AsyncDashClaw (awaiting what it returns)."""
    seen = []
    for kind in (DashClaw, AsyncDashClaw):
        with ScriptedServer() as api:
            api.fallback = reply if isinstance(reply, Reply) else Reply(200, reply)
            client = kind(api.url, "test-key", "agent-1", agent_name="Agent One", **options)
            if kind is DashClaw:
                run(client)
                client.close()
            else:

                async def drive(client):
                    async with client:
                        await run(client)

                asyncio.run(drive(client))
            seen.append(sent(api))
    return seen


@pytest.mark.parametrize("name, args, kwargs, expected", CALLS, ids=[call[0] for call in CALLS])
def test_each_sample_call_sends_the_same_requests_from_both_clients(name, args, kwargs, expected):
    blocking, asynchronous = run_both(lambda client: getattr(client, name)(*args, **kwargs), {})
    assert blocking == asynchronous
    assert len(blocking) == len(expected)


async def track_a_deploy(client):
    async with client.track("deploy", "Ship v2"):
        pass


def track_a_deploy_blocking(client):
    with client.track("deploy", "Ship v2"):
        pass


async def collect(iterator):
    return [item async for item in iterator]


PAGE = {"actions": [{"action_id": "act_1"}], "decisions": [{"id": "gd_1"}]}
# (name, blocking run, asyncio run, reply, client options): the helpers that do more than one call each.
HELPERS = [
    ("track", track_a_deploy_blocking, track_a_deploy, {"action_id": "act_1"}, {}),
    ("create_action enforce", lambda c: c.create_action("deploy", "Ship"), lambda c: c.create_action("deploy", "Ship"),
     {"decision": "allow", "action_id": "act_1"}, {"guard_mode": "enforce"}),
    ("create_action auto_recommend", lambda c: c.create_action("deploy", "Ship"),
     lambda c: c.create_action("deploy", "Ship"),
     {"recommendations": [{"id": "rec_1", "confidence": 90, "hints": {"prefer_reversible": True}}],
      "decision": "allow"}, {"auto_recommend": "enforce"}),
    ("wait_for_approval", lambda c: c.wait_for_approval("act_1", timeout=1, interval=0),
     lambda c: c.wait_for_approval("act_1", timeout=1, interval=0), {"action": {"approved_by": "ops"}}, {}),
    ("wait_for_pairing", lambda c: c.wait_for_pairing("pair_1", timeout=1, interval=0),
     lambda c: c.wait_for_pairing("pair_1", timeout=1, interval=0), {"pairing": {"status": "approved"}}, {}),
    ("get_context_summary", lambda c: c.get_context_summary(), lambda c: c.get_context_summary(), {}, {}),
    ("download_compliance_export", lambda c: c.download_compliance_export("ce_1"),
     lambda c: c.download_compliance_export("ce_1"), Reply(200, raw=b"# SOC 2"), {}),
    ("get_attachment", lambda c: c.get_attachment("att_1"), lambda c: c.get_attachment("att_1"),
     Reply(200, raw=b"file"), {}),
    ("iter_actions", lambda c: list(c.iter_actions(limit=1)), lambda c: collect(c.iter_actions(limit=1)), PAGE, {}),
    ("iter_guard_decisions", lambda c: list(c.iter_guard_decisions()), lambda c: collect(c.iter_guard_decisions()),
     PAGE, {}),
]


@pytest.mark.parametrize("name, blocking_run, async_run, reply, options", HELPERS, ids=[h[0] for h in HELPERS])
def test_each_helper_sends_the_same_requests_from_both_clients(name, blocking_run, async_run, reply, options):
    blocking, asynchronous = run_both(lambda c: blocking_run(c) if isinstance(c, DashClaw) else async_run(c),
                                      reply, **options)
    # The blocking client's approval wait also listens on the event stream; the asyncio client's only polls.
    blocking = [request for request in blocking if request[1] != "/api/stream"]
    assert blocking == asynchronous and blocking


def test_two_hundred_concurrent_guards_share_one_bounded_pool(api):
    api.on("POST", "/api/guard", Reply(200, {"decision": "allow"}, delay=0.01))

    async def main():
        async with AsyncDashClaw(api.url, "test-key", "agent-1") as claw:
            return await asyncio.gather(*(claw.guard({"action_type": "deploy", "n": n}) for n in range(200)))

    decisions = asyncio.run(main())
    assert [d["decision"] for d in decisions] == ["allow"] * 200
    assert sorted(r.body["n"] for r in api.requests) == list(range(200))
    assert 1 < api.connections <= MAX_CONNECTIONS


def test_retries_reuse_the_idempotency_key_and_errors_are_the_same_classes(api):
    api.on("POST", "/api/actions", Reply(503, {"error": "busy"}), Reply(201, {"action_id": "act_1", "action": {}}))
    api.on("GET", "/api/actions/act_2", Reply(404, {"error": "Action not found"}))
    api.on("GET", "/api/actions/act_3", Reply(500, {"error": "boom"}))

    async def main():
        async with AsyncDashClaw(api.url, "test-key", "agent-1", max_retries=1) as claw:
            created = await claw.create_action("deploy", "Ship")
            with pytest.raises(NotFoundError) as missing:
                await claw.get_action("act_2")
            with pytest.raises(ServerError):
                await claw.get_action("act_3")
            return created, missing.value

    created, missing = asyncio.run(main())
    assert created["action_id"] == "act_1" and missing.status == 404 and str(missing) == "Action not found"
    creates = api.to("POST", "/api/actions")
    assert len(creates) == 2 and len({r.headers["Idempotency-Key"] for r in creates}) == 1


def test_enforce_raises_on_block_and_the_action_is_never_created(api):
    api.on("POST", "/api/guard", Reply(200, {"decision": "block", "reasons": ["too risky"]}))

    async def main():
        async with AsyncDashClaw(api.url, "test-key", "agent-1", guard_mode="enforce") as claw:
            await claw.create_action("deploy", "Ship")

    with pytest.raises(GuardBlockedError):
        asyncio.run(main())
    assert api.to("POST", "/api/actions") == []


def test_hitl_wait_polls_until_an_operator_approves(api):
    pending = {"action_id": "act_1", "action": {"action_id": "act_1", "status": "pending_approval"}}
    api.on("POST", "/api/actions", Reply(202, pending))
    api.on("GET", "/api/actions/act_1", {"action": {"status": "pending_approval"}},
           {"action": {"status": "running", "approved_by": "admin"}})

    async def main():
        async with AsyncDashClaw(api.url, "test-key", "agent-1", hitl_mode="wait", approval_poll_interval=0.01) as claw:
            return await claw.create_action("deploy", "Ship")

    created = asyncio.run(main())
    assert created["action"]["approved_by"] == "admin"
    assert len(api.to("GET", "/api/actions/act_1")) == 2


def test_against_the_real_server_track_records_the_action_and_guard_decides(server, tenant):
    async def main():
        async with AsyncDashClaw(server.url, tenant.admin_key, "async-agent") as claw:
            decision = await claw.guard({"action_type": "deploy", "risk_score": 10})
            async with claw.track("deploy", "Ship async") as tracked:
                pass
            return decision, tracked["action_id"], await claw.get_action(tracked["action_id"])

    decision, action_id, stored = asyncio.run(main())
    assert decision["decision"] in ("allow", "warn")
    assert stored["action"]["action_id"] == action_id and stored["action"]["status"] == "completed"


def test_events_streams_the_orgs_events_from_the_real_server(server, tenant):
    async def main():
        async with AsyncDashClaw(server.url, tenant.admin_key, "async-events") as claw:
            created = await claw.create_action("deploy", "Seen on the stream")
            stream = claw.events(types=["action.created"], last_event_id="0")
            event = await asyncio.wait_for(stream.__anext__(), 30)
            await stream.aclose()
            return created, event

    created, event = asyncio.run(main())
    assert event["type"] == "action.created" and event["data"]["action_id"] == created["action_id"]
