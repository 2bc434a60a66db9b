"""The SDK's durable outbox against a server that stops and comes back on the same port and database.

With the server down, recording calls are queued on disk; when it returns they are delivered in order,
each exactly once, even when the agent process is killed (SIGKILL) in the middle of delivering them.
"""
from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import textwrap
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from support.server import BACKENDS, database_for, free_port, run_server
from support.stub import Reply, ScriptedServer

from dashclaw import APIConnectionError, DashClaw

THREADS = 4
ACTIONS_PER_THREAD = 25
ASSUMPTIONS_PER_ACTION = 3  # with its create and its outcome: 5 recording calls per action, 500 in all
KILLED_AGENT_ACTIONS = 300
SRC = Path(__file__).resolve().parents[2] / "src"


class Restartable:
    """One server address and database: ``running()`` starts it there, leaving it stops it."""

    def __init__(self, database_url: str, directory: Path, backend: str):
        self.database_url, self.directory, self.backend = database_url, directory, backend
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.master_key = "test_master_" + secrets.token_hex(16)

    @contextmanager
    def running(self):
        with run_server(self.database_url, self.directory, self.backend, port=self.port,
                        DASHCLAW_API_KEY=self.master_key) as server:
            server.master_key = self.master_key  # the same bootstrap key on every start
            yield server


@pytest.fixture(params=BACKENDS)
def restartable(request, tmp_path):
    with database_for(request.param, tmp_path) as url:
        yield Restartable(url, tmp_path, request.param)


def key_refused(code: str) -> Reply:
    return Reply(409, {"error": "Idempotency-Key refused", "code": code})


def test_a_409_for_a_delivery_still_running_is_retried_and_one_for_a_reused_key_is_set_aside(tmp_path):
    with ScriptedServer() as server:
        server.on("POST", "/api/actions", Reply(503), key_refused("IDEMPOTENCY_KEY_IN_PROGRESS"),
                  Reply(201, {"action_id": "act_1"}))
        server.on("POST", "/api/messages", key_refused("IDEMPOTENCY_KEY_REUSED"))
        server.on("POST", "/api/assumptions", Reply(409, {"error": "Assumption already exists"}))
        claw = DashClaw(server.url, "key", "outbox-agent", outbox=tmp_path / "outbox.db", max_retries=0)
        try:
            assert claw.create_action("deploy", "ship")["queued"]
            claw.send_message("hello", to="agent-b")
            claw.register_assumption("act_1", "staging is clear")
            assert claw.flush(timeout=10)
            rejected = claw._outbox.rejected()
        finally:
            claw.close()
    creates = server.to("POST", "/api/actions")
    assert len(creates) == 3 and len({create.headers["Idempotency-Key"] for create in creates}) == 1
    assert [(method, target, status) for method, target, _, status in rejected] == [("POST", "/api/messages", 409)]
    assert len(server.to("POST", "/api/assumptions")) == 1  # a plain 409: the server has it, delivered


def record_actions(claw: DashClaw, worker: int) -> None:
    for number in range(ACTIONS_PER_THREAD):
        created = claw.create_action("deploy", f"outbox {worker}-{number}")
        for step in range(1, ASSUMPTIONS_PER_ACTION + 1):
            claw.register_assumption(created["action_id"], f"step {step}")
        claw.update_outcome(created["action_id"], status="completed", output_summary=f"done {worker}-{number}")


def test_calls_made_while_the_server_is_down_are_delivered_in_order_exactly_once(restartable, tmp_path):
    with restartable.running() as server:
        tenant = server.new_tenant()
    agent_id = "outbox-agent-" + secrets.token_hex(3)
    claw = DashClaw(restartable.url, tenant.admin_key, agent_id, outbox=tmp_path / "outbox.db", max_retries=0)
    try:
        with pytest.raises(APIConnectionError):
            claw.guard({"action_type": "deploy"})  # a question is never queued
        threads = [threading.Thread(target=record_actions, args=(claw, worker)) for worker in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert claw._outbox.backlog() == THREADS * ACTIONS_PER_THREAD * (ASSUMPTIONS_PER_ACTION + 2)
        assert not claw.flush(timeout=0.2)

        with restartable.running():
            assert claw.flush(timeout=120)
            actions = list(claw.iter_actions(agent_id=agent_id, limit=200))
            assumptions = list(claw.iter_assumptions(agent_id=agent_id, limit=200))
    finally:
        claw.close()

    assert len(actions) == THREADS * ACTIONS_PER_THREAD
    assert len({action["declared_goal"] for action in actions}) == len(actions)
    assert {action["status"] for action in actions} == {"completed"}  # each outcome came after its create
    assert all(action["output_summary"] == "done " + action["declared_goal"][len("outbox "):] for action in actions)
    by_action = {}
    for assumption in sorted(assumptions, key=lambda a: (a["created_at"], a["assumption"])):
        by_action.setdefault(assumption["action_id"], []).append(assumption["assumption"])
    expected = [f"step {step}" for step in range(1, ASSUMPTIONS_PER_ACTION + 1)]
    assert set(by_action) == {action["action_id"] for action in actions}
    assert all(steps == expected for steps in by_action.values())


AGENT = textwrap.dedent("""
    import sys
    from dashclaw import DashClaw

    url, key, agent_id, outbox, count = sys.argv[1:6]
    claw = DashClaw(url, key, agent_id, outbox=outbox, max_retries=0)
    for number in range(int(count)):
        claw.create_action("deploy", "killed " + str(number))
    print("queued", claw._outbox.backlog(), flush=True)
    claw.flush()
""")
RESUMED_AGENT = textwrap.dedent("""
    import sys
    from dashclaw import DashClaw

    url, key, agent_id, outbox = sys.argv[1:5]
    claw = DashClaw(url, key, agent_id, outbox=outbox)
    print("left", claw._outbox.backlog(), flush=True)
    assert claw.flush(timeout=120)
    claw.close()
""")


def python(script: str, *args: str) -> subprocess.Popen:
    environment = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.Popen([sys.executable, "-c", script, *args], env=environment, stdout=subprocess.PIPE, text=True)


def test_a_sigkill_mid_flush_loses_nothing_already_in_the_outbox(restartable, tmp_path):
    with restartable.running() as server:
        tenant = server.new_tenant()
    agent_id = "killed-agent-" + secrets.token_hex(3)
    outbox = str(tmp_path / "agent-outbox.db")
    agent = python(AGENT, restartable.url, tenant.admin_key, agent_id, outbox, str(KILLED_AGENT_ACTIONS))
    try:
        assert agent.stdout.readline().split() == ["queued", str(KILLED_AGENT_ACTIONS)]
        with restartable.running():
            reader = DashClaw(restartable.url, tenant.admin_key, agent_id)
            deadline = time.monotonic() + 60
            while not reader.get_actions(agent_id=agent_id, limit=1)["actions"]:
                assert time.monotonic() < deadline, "the outbox delivered nothing"
                time.sleep(0.02)
            agent.send_signal(signal.SIGKILL)
            agent.wait()
            delivered_before_the_kill = len(list(reader.iter_actions(agent_id=agent_id, limit=200)))

            resumed = python(RESUMED_AGENT, restartable.url, tenant.admin_key, agent_id, outbox)
            left = int(resumed.stdout.readline().split()[1])
            assert resumed.wait(timeout=180) == 0
            goals = [action["declared_goal"] for action in reader.iter_actions(agent_id=agent_id, limit=200)]
            reader.close()
    finally:
        if agent.poll() is None:
            agent.kill()
    assert 0 < delivered_before_the_kill < KILLED_AGENT_ACTIONS and left > 0  # the kill came mid-flush
    assert sorted(goals) == sorted(f"killed {number}" for number in range(KILLED_AGENT_ACTIONS))
