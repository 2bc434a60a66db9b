"""The real-time stream, `GET /api/stream` (contract 9.2): what an operator's page or an agent hears, and when.

Every change an agent or operator makes reaches every open stream of its org, in commit order, numbered
1, 2, 3, ... per org; a client that reconnects with `Last-Event-ID` gets exactly what it missed; a slow
client never holds up a fast one; two replicas on one PostgreSQL database serve one stream.
"""
from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool
from support.jobs import run_job_now
from support.server import BACKENDS, PG_URL, database_for, postgres_database, run_server
from support.sse import StreamReader, replay

from dashclaw.server.core.jobs import claim
from dashclaw.server.db.engine import Database
from dashclaw.server.db.migrate import upgrade

APPROVAL_POLICY = {"name": "reviews need a human", "policy_type": "require_approval",
                   "rules": json.dumps({"action_types": ["hitl_review"]})}


def connected(reader: StreamReader) -> bool:
    return reader.connected() is not None


def has_event(event_type: str, subject: str | None = None, count: int = 1):
    """A `wait_until` check: at least `count` events of `event_type` (about `subject`, if given) arrived."""

    def check(reader: StreamReader) -> bool:
        return len([e for e in reader.events() if e.event == event_type and (subject is None or _subject(e) == subject)]) >= count

    return check


SUBJECT_FIELD = {"guard.decision": "id", "policy.changed": "policy_id"}


def _subject(frame) -> str:
    """What an event is about: the decision, the policy or (every other type) the action."""
    return frame.data["data"][SUBJECT_FIELD.get(frame.event, "action_id")]


def database(url: str):
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return create_engine(url, poolclass=NullPool)


def test_changes_arrive_live_numbered_in_commit_order(server, tenant, claw):
    key = tenant.admin_key
    with StreamReader(server.url, key) as stream:
        assert stream.status == 200
        assert stream.headers["content-type"].startswith("text/event-stream")
        assert stream.headers["cache-control"] == "no-cache, no-transform"
        stream.wait_until(connected)
        assert stream.connected().data == {"status": "ok", "orgId": tenant.org_id, "backend": "database",
                                           "realtimeStatus": "ok", "lastEventId": None, "replayError": None, "replayed": 0}

        status, created_policy, _ = server.request("POST", "/api/policies", key, APPROVAL_POLICY)
        assert status == 201
        policy = created_policy["policy"]
        decision = claw.guard({"action_type": "deploy", "risk_score": 10})
        created = claw.create_action("deploy", "Ship the release")
        claw.update_outcome(created["action_id"], status="completed", output_summary="Shipped")
        status, pending, _ = server.request("POST", "/api/actions", key, {
            "agent_id": claw.agent_id, "action_type": "hitl_review", "declared_goal": "Email every customer"})
        assert status == 202
        approved = claw.approve_action(pending["action_id"], "allow", reasoning="Checked the copy")
        stream.wait_until(lambda r: len(r.events()) == 10)

    events = stream.events()
    assert [int(e.id) for e in events] == list(range(1, 11))  # a new org's stream starts at 1, no gaps
    for frame in events:
        assert frame.data["id"] == int(frame.id) and frame.data["type"] == frame.event
        assert frame.data["org_id"] == tenant.org_id and frame.data["created_at"].endswith("Z")
    seen = [(e.event, _subject(e)) for e in events]
    action, review = created["action_id"], pending["action_id"]
    assert sorted(seen, key=str) == sorted([
        ("policy.changed", policy["id"]),
        ("guard.decision", decision["decision_id"]),
        ("guard.decision", created["decision"]["decision_id"]), ("action.created", action),
        ("action.updated", action),
        ("guard.decision", pending["decision"]["decision_id"]), ("action.created", review),
        ("approval.requested", review),
        ("approval.decided", review), ("action.updated", review),
    ], key=str)
    # one cause's events keep its order: the action is created, then updated; requested, then decided
    for first, then in [(("action.created", action), ("action.updated", action)),
                        (("approval.requested", review), ("approval.decided", review))]:
        assert seen.index(first) < seen.index(then)

    data = {(e.event, _subject(e)): e.data["data"] for e in events}
    assert data[("policy.changed", policy["id"])] == {"policy_id": policy["id"], "change_type": "created", "policy": policy}
    logged = {d["id"]: d for d in server.request("GET", "/api/guard?limit=10", key)[1]["decisions"]}
    assert data[("guard.decision", decision["decision_id"])] == logged[decision["decision_id"]]
    assert data[("action.created", action)] == created["action"]
    assert data[("action.updated", action)]["status"] == "completed"
    assert data[("approval.requested", review)] == pending["action"]
    assert data[("approval.decided", review)] == approved["action"]
    assert approved["action"]["approved_by"] and approved["action"]["status"] == "running"


def test_resume_returns_exactly_the_missed_events(server, tenant, claw):
    key = tenant.admin_key
    claw.create_action("deploy", "Before the drop")
    seen, _ = replay(server.url, key, after=0)
    last = int(seen[-1].id)
    assert last == 2  # its guard decision and the action

    missed = [claw.create_action("deploy", f"While away {n}")["action_id"] for n in range(3)]

    events, hello = replay(server.url, key, after=last)
    assert [int(e.id) for e in events] == [3, 4, 5, 6, 7, 8]
    assert [_subject(e) for e in events if e.event == "action.created"] == missed
    assert hello.data["replayed"] == 6 and hello.data["lastEventId"] == last and hello.data["replayError"] is None
    assert hello.id is None  # the control frame carries no id, so it never moves a client's cursor

    by_query, _ = replay(server.url, key, lastEventId=str(last))
    assert [e.id for e in by_query] == [e.id for e in events]
    creates_only, _ = replay(server.url, key, after=last, types="action.created")
    assert [_subject(e) for e in creates_only] == missed
    assert replay(server.url, key, after=8)[0] == []
    assert replay(server.url, key, after=10**12)[0] == []  # an id this org never reached: from now on


def test_types_filter_what_a_stream_hears(server, tenant, claw):
    key = tenant.admin_key
    assert server.request("POST", "/api/policies", key, APPROVAL_POLICY)[0] == 201
    with StreamReader(server.url, key, query={"types": "approval.requested, approval.decided"}) as queue:
        queue.wait_until(connected)
        claw.create_action("deploy", "Not interesting to the queue")
        waiting = server.request("POST", "/api/actions", key, {
            "agent_id": claw.agent_id, "action_type": "hitl_review", "declared_goal": "Needs a human"})[1]
        claw.approve_action(waiting["action_id"], "deny", reasoning="Not today")
        queue.wait_until(has_event("approval.decided"))
    assert [(e.event, _subject(e)) for e in queue.events()] == [
        ("approval.requested", waiting["action_id"]), ("approval.decided", waiting["action_id"])]
    assert queue.events()[1].data["data"]["status"] == "failed"


def test_an_approval_unblocks_a_waiting_agent_at_once(server, tenant, claw):
    """The agent polls every 60 s; the stream wakes it when the operator approves."""
    assert server.request("POST", "/api/policies", tenant.admin_key, APPROVAL_POLICY)[0] == 201
    action_id = server.request("POST", "/api/actions", tenant.admin_key, {
        "agent_id": claw.agent_id, "action_type": "hitl_review", "declared_goal": "Refund the customer"})[1]["action_id"]
    result = {}

    def wait():
        result["action"] = claw.wait_for_approval(action_id, timeout=30, interval=60)["action"]
        result["at"] = time.monotonic()

    waiter = threading.Thread(target=wait)
    waiter.start()
    time.sleep(1.0)  # the agent is waiting
    operator = server.client(tenant.admin_key)
    approved_at = time.monotonic()
    operator.approve_action(action_id, "allow")
    waiter.join(10)
    assert result["action"]["approved_by"] and result["action"]["status"] == "running"
    assert result["at"] - approved_at < 1.0


def test_a_slow_client_never_delays_a_fast_one(server, tenant, claw):
    """A client that stops reading fills its buffers and its bounded queue; the others keep getting every event
    at once, and the slow one, once it reads again, gets everything it missed, in order, exactly once."""
    key = tenant.admin_key
    count = 200
    slow = StreamReader(server.url, key, query={"types": "action.created"}, receive_buffer=4096, reading=False)
    with slow, StreamReader(server.url, key, query={"types": "action.created"}) as fast:
        fast.wait_until(connected)
        bulky = "x" * 3900
        created_at = {}

        def create(n):
            action_id = claw.create_action("deploy", f"Bulk {n} " + bulky[:1800], reasoning=bulky)["action_id"]
            created_at[action_id] = time.monotonic()
            return action_id

        with ThreadPoolExecutor(4) as pool:
            created = list(pool.map(create, range(count)))
        fast.wait_until(lambda r: len(r.events()) == count, timeout=10)
        delays = sorted(frame.received_at - created_at[_subject(frame)] for frame in fast.events())
        assert delays[-1] < 1.0, f"slowest delivery to the fast client: {delays[-1]:.3f}s"
        assert not slow.frames

        slow.start_reading()
        slow.wait_until(lambda r: len(r.events()) == count, timeout=20)
        ids = [int(e.id) for e in slow.events()]
        assert ids == sorted(set(ids)), "the slow client got an event twice or out of order"
        assert sorted(_subject(e) for e in slow.events()) == sorted(created)
        assert [e.id for e in slow.events()] == [e.id for e in fast.events()]


def test_expired_events_are_purged_and_a_late_resume_says_so(server, tenant, claw):
    """Retention: a job (once across replicas) deletes events past the replay window; a client resuming from
    before them is told which ones it can no longer get, and gets the rest."""
    claw.create_action("deploy", "Long ago")
    recent = claw.create_action("deploy", "Just now")["action_id"]
    engine = database(server.database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE stream_events SET created_at = :old WHERE org_id = :org AND seq <= 2"),
                               {"old": "2000-01-01 00:00:00", "org": tenant.org_id})
        run_job_now(engine, "stream_events.purge")
        with engine.connect() as connection:
            left = connection.execute(text("SELECT seq FROM stream_events WHERE org_id = :org ORDER BY seq"),
                                      {"org": tenant.org_id}).scalars().all()
    finally:
        engine.dispose()
    assert left == [3, 4]
    events, hello = replay(server.url, tenant.admin_key, after=0)
    assert [int(e.id) for e in events] == [3, 4] and _subject(events[-1]) == recent
    assert hello.data["replayError"] == "Events 1 to 2 have expired"


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_scheduled_job_is_claimed_by_one_replica_per_period(backend, tmp_path):
    with database_for(backend, tmp_path) as url:
        db = Database(url.replace("postgresql://", "postgresql+psycopg://"))
        try:
            upgrade(db.engine)
            period = timedelta(seconds=1)

            def claims() -> int:
                with ThreadPoolExecutor(8) as pool:
                    return list(pool.map(lambda _: claim(db, "test.job", period), range(8))).count(True)

            assert claims() == 0  # registered: a new fleet runs a job one period after it starts
            time.sleep(1.1)
            assert (claims(), claims()) == (1, 0)
            time.sleep(1.1)
            assert claims() == 1
        finally:
            db.dispose()


def test_heartbeats_and_the_time_limit(tmp_path):
    """A `: heartbeat` comment keeps idle streams open; at the time limit the server closes the stream and the
    SDK reconnects with `Last-Event-ID`, so a listening agent misses nothing and sees nothing twice."""
    with run_server(f"sqlite:///{tmp_path / 'db.sqlite'}", tmp_path, "sqlite",
                    DASHCLAW_STREAM_HEARTBEAT_SECONDS="1", DASHCLAW_STREAM_MAX_SECONDS="3") as short:
        tenant = short.new_tenant()
        with StreamReader(short.url, tenant.admin_key) as idle:
            idle.wait_until(lambda r: r.heartbeats >= 2, timeout=4)
            assert idle.ended.wait(4), "the stream outlived its time limit"

        claw = short.client(tenant.admin_key, agent_id="listener")
        heard = []

        def listen():
            for event in claw.events(types=["action.created"]):
                heard.append(event)
                if len(heard) == 4:
                    return

        listener = threading.Thread(target=listen, daemon=True)
        listener.start()
        time.sleep(0.5)
        created = []
        for n in range(4):
            created.append(claw.create_action("deploy", f"Across the reconnect {n}")["action_id"])
            time.sleep(1.2)  # the four span the server closing the stream at 3 s
        listener.join(10)
    assert [event["data"]["action_id"] for event in heard] == created
    assert [event["id"] for event in heard] == [2, 4, 6, 8]


@pytest.mark.skipif(not PG_URL, reason="needs DASHCLAW_TEST_DATABASE_URL")
def test_two_replicas_serve_one_stream(tmp_path):
    """Acceptance: an action created through replica A arrives on a stream opened on B; an approval made on B
    unblocks `wait_for_approval` connected to A, well under a second (its polling interval is a minute)."""
    with postgres_database() as url:
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        with run_server(url, tmp_path / "a", "postgresql") as first, run_server(url, tmp_path / "b", "postgresql") as second:
            tenant = first.new_tenant()
            agent = first.client(tenant.admin_key, agent_id="agent-on-a")
            with StreamReader(second.url, tenant.admin_key) as on_b:
                on_b.wait_until(connected)
                sent_at = time.monotonic()
                action_id = agent.create_action("deploy", "Created through A")["action_id"]
                on_b.wait_until(has_event("action.created", action_id), timeout=2)
                arrived = next(e for e in on_b.events() if e.event == "action.created")
                assert arrived.received_at - sent_at < 1.0

                assert first.request("POST", "/api/policies", tenant.admin_key, APPROVAL_POLICY)[0] == 201
                pending = first.request("POST", "/api/actions", tenant.admin_key, {
                    "agent_id": "agent-on-a", "action_type": "hitl_review", "declared_goal": "Wait on A"})[1]
                result = {}

                def wait():
                    result["action"] = agent.wait_for_approval(pending["action_id"], timeout=30, interval=60)["action"]
                    result["at"] = time.monotonic()

                waiter = threading.Thread(target=wait)
                waiter.start()
                time.sleep(1.0)
                approved_at = time.monotonic()
                assert second.client(tenant.admin_key).approve_action(pending["action_id"], "allow")["success"]
                waiter.join(10)
                assert result["action"]["approved_by"]
                assert result["at"] - approved_at < 1.0
                on_b.wait_until(has_event("action.updated", pending["action_id"]))  # the approval's last event

            # both replicas number the org's events alike: resuming on either gives the same events
            events_b = [(e.id, e.event) for e in on_b.events()]
            assert [(e.id, e.event) for e in replay(first.url, tenant.admin_key, after=0)[0]] == events_b
            assert [(e.id, e.event) for e in replay(second.url, tenant.admin_key, after=0)[0]] == events_b


def test_concurrent_writers_never_leave_a_gap(server, tenant, claw):
    """Many writers at once: every event gets its own number, numbers have no gaps, and a live stream hears
    each one exactly once (the per-org counter orders events by commit)."""
    key = tenant.admin_key
    with StreamReader(server.url, key, query={"types": "action.created,guard.decision"}) as stream:
        stream.wait_until(connected)
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda n: claw.create_action("deploy", f"Agent {n}"), range(40)))
            list(pool.map(lambda n: claw.guard({"action_type": "deploy", "agent_id": f"g{n}"}), range(40)))
        stream.wait_until(lambda r: len(r.events()) == 120, timeout=10)
    ids = [int(e.id) for e in stream.events()]
    assert ids == sorted(set(ids))
    assert len({e.data["data"]["id"] for e in stream.events() if e.event == "guard.decision"}) == 80
    everything, _ = replay(server.url, key, after=0)  # (40 actions by one agent may also raise a `signal`)
    assert [int(e.id) for e in everything] == list(range(1, len(everything) + 1))
    assert set(ids) <= {int(e.id) for e in everything}


def test_a_new_signal_reaches_the_stream_once(server, tenant, claw):
    """A job (one replica each `DASHCLAW_SIGNAL_WATCH_SECONDS`) puts each new decision-integrity signal on its
    org's stream, once."""
    with StreamReader(server.url, tenant.admin_key, query={"types": "signal"}) as stream:
        stream.wait_until(connected)
        for n in range(11):  # more than ten actions in an hour: an autonomy spike
            claw.create_action("sync", f"Batch {n}")
        engine = database(server.database_url)
        try:
            run_job_now(engine, "signals.announce")
            stream.wait_until(has_event("signal"), timeout=15)
            run_job_now(engine, "signals.announce")
        finally:
            engine.dispose()
    spikes = [e.data["data"] for e in stream.events()]
    assert [(s["type"], s["agent_id"]) for s in spikes] == [("autonomy_spike", claw.agent_id)]
    assert spikes[0]["label"] == f"{claw.agent_id}: 11 actions in the last hour"
    assert [e.data["data"]["type"] for e in replay(server.url, tenant.admin_key, after=0, types="signal")[0]] == ["autonomy_spike"]


def test_refusals_are_json(server, tenant):
    status, body, _ = server.request("GET", "/api/stream")
    assert (status, body["error"]) == (401, "Unauthorized - Invalid or missing API key")
    readonly = server.mint_key(tenant, "readonly")
    with StreamReader(server.url, readonly) as reader:  # reading the stream is a read
        assert reader.status == 200
    with StreamReader(server.url, tenant.admin_key, headers={"Last-Event-ID": "abc"}) as bad:
        assert bad.status == 400
        assert bad.body == {"error": "Validation failed",
                            "details": ["Last-Event-ID must be an event id (a whole number up to 9223372036854775807)"]}


def test_a_client_that_reconnects_at_once_is_served_at_once(server, tenant):
    """Dropping a stream and opening the next one straight away never leaves the new one waiting."""
    for _ in range(40):
        started = time.monotonic()
        with StreamReader(server.url, tenant.admin_key, timeout=20) as reader:
            assert reader.status == 200
            reader.wait_until(connected, timeout=5)
        assert time.monotonic() - started < 5
