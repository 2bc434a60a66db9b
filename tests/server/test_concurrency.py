"""Many agents at once: no lost writes, no lock errors, counts add up."""
from __future__ import annotations

import json
import socket
from concurrent.futures import ThreadPoolExecutor

from dashclaw.server.core.gateway import MAX_ACTIVE_REQUESTS, WORKER_THREADS


def test_concurrent_agents_record_everything(server, tenant):
    policy = {"name": "approve prod", "policy_type": "require_approval", "rules": json.dumps({"action_types": ["deploy.prod"]})}
    assert server.request("POST", "/api/policies", tenant.admin_key, policy)[0] == 201

    def agent_run(n: int) -> list[str]:
        claw = server.client(tenant.admin_key, agent_id=f"swarm-{n}")
        ids = []
        for i in range(15):
            assert claw.guard({"action_type": "build", "risk_score": 20})["decision"] == "allow"
            with claw.track(action_type="build", declared_goal=f"Build {n}-{i}") as tracked:
                pass
            ids.append(tracked["action_id"])
            claw.register_assumption(tracked["action_id"], f"Inputs for {n}-{i} are fresh")
        ids.append(claw.create_action("deploy.prod", f"Ship {n}")["action_id"])
        claw.close()
        return ids

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(agent_run, range(8)))

    admin = server.client(tenant.admin_key)
    all_ids = [action_id for ids in results for action_id in ids]
    assert len(set(all_ids)) == 8 * 16
    listing = admin.get_actions(limit=200)
    assert listing["total"] == 8 * 16
    assert listing["stats"]["completed"] == 8 * 15
    assert admin.get_pending_approvals(limit=50)["total"] == 8
    assert admin.get_drift_report(limit=1)["drift_summary"]["total"] == 8 * 15
    decisions = admin.get_guard_decisions(agent_id="swarm-3", limit=100)
    assert decisions["total"] == 15 + 16  # explicit guard calls plus one evaluation per create


def test_more_keyed_creates_at_once_than_worker_threads_all_complete(server, tenant):
    """On SQLite a keyed create holds the writer lock until its answer is stored; with every worker thread
    waiting for that lock the server used to stall for good. Turns keep it live."""
    agents = WORKER_THREADS * 2

    def create_three(n: int) -> list[str]:
        claw = server.client(tenant.admin_key, agent_id=f"crowd-{n}", timeout=60, max_retries=0)
        try:
            return [claw.create_action("build", f"Crowd {n}-{i}")["action_id"] for i in range(3)]
        finally:
            claw.close()

    with ThreadPoolExecutor(max_workers=agents) as pool:
        created = [action_id for ids in pool.map(create_three, range(agents)) for action_id in ids]

    assert len(set(created)) == agents * 3
    assert server.client(tenant.admin_key).get_actions(limit=1)["total"] == agents * 3


def test_slow_uploads_hold_back_no_one(server, tenant):
    """Clients that send a request's head and then trickle (here: never send) its body take no turn."""
    host, port = server.url.removeprefix("http://").split(":")
    stalled = []
    try:
        for n in range(MAX_ACTIVE_REQUESTS + 8):
            path = "/api/actions" if n % 2 else "/login"
            sock = socket.create_connection((host, int(port)))
            sock.sendall(f"POST {path} HTTP/1.1\r\nHost: {host}\r\nx-api-key: {tenant.admin_key}\r\n"
                         "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{".encode())
            stalled.append(sock)
        claw = server.client(tenant.admin_key, agent_id="unhindered", timeout=10, max_retries=0)
        created = claw.create_action("build", "Not held back")
        assert claw.get_action(created["action_id"])["action"]["declared_goal"] == "Not held back"
        claw.close()
    finally:
        for sock in stalled:
            sock.close()
