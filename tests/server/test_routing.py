"""Task routing over HTTP: matching and scoring, capacity under concurrency, failure, retries on timeout, stats."""
from __future__ import annotations

import random
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from dashclaw import DashClawError
from support.server import PG_URL, postgres_database, run_server
from support.stub import ScriptedServer


def test_a_queued_task_reads_queue_in_the_seed_line(claw):
    task = claw.submit_routing_task(title="Nobody can do this", required_skills=["astrology"])
    assert task.get("assigned_agent", {}).get("name", "queue") == "queue"
    assert task["routing"] == {"status": "pending", "reason": "No agent has every required skill"}


def _received(stub: ScriptedServer, path: str, count: int, timeout: float = 10.0) -> list:
    deadline = time.monotonic() + timeout
    while len(stub.to("POST", path)) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return stub.to("POST", path)


def test_agents_hear_of_assignments_and_callbacks_of_results_through_the_outbox(claw):
    with ScriptedServer() as stub:
        stub.on("POST", "/agent", {"ok": True})
        stub.on("POST", "/done", {"ok": True})
        agent = claw.register_routing_agent(name="worker", capabilities=["x"], endpoint=stub.url + "/agent")["agent"]
        task = claw.submit_routing_task(title="t", required_skills=["x"], callback_url=stub.url + "/done")
        [assigned] = _received(stub, "/agent", 1)
        assert assigned.body["event"] == "task.assigned" and assigned.body["data"]["task"]["id"] == task["task_id"]
        assert assigned.body["data"]["task"]["assigned_to"] == agent["id"] and not _received(stub, "/done", 1, 0.3)
        claw.complete_routing_task(task["task_id"], result={"rows": 3})
        [done] = _received(stub, "/done", 1)
        assert done.body["event"] == "task.completed"
        assert done.body["data"]["task"]["status"] == "completed" and done.body["data"]["task"]["result"] == {"rows": 3}
        assert done.headers["X-DashClaw-Delivery"].startswith("wd_")


def test_scoring_follows_the_contract(claw):
    py = claw.register_routing_agent(name="a-py", capabilities=["py"])["agent"]
    both = claw.register_routing_agent(name="b-py-sql", capabilities=["py", "sql"])["agent"]
    routed = claw.submit_routing_task(title="join tables", required_skills=["py", "sql"])["routing"]
    assert routed["agent_id"] == both["id"] and routed["score"] == 72.5
    assert "No performance history (neutral score)" in routed["reasons"]
    unskilled = claw.submit_routing_task(title="anything")["routing"]
    assert unskilled["agent_id"] == py["id"] and unskilled["score"] == 1.0  # least loaded
    detail = claw.get_routing_agent(both["id"])
    assert detail["agent"]["current_load"] == 1 and detail["metrics"] == []


def test_priorities_and_critical_urgency_add_to_the_score(claw):
    claw.register_routing_agent(name="expert", capabilities=[{"skill": "ml", "priority": 10}])
    routed = claw.submit_routing_task(title="train", required_skills=["ml"], urgency="critical")["routing"]
    assert routed["score"] == 40 + 20 + 12.5 + 15 + 10


def test_a_full_agent_is_skipped_and_its_queue_drains_when_a_slot_frees(claw):
    solo = claw.register_routing_agent(name="solo", capabilities=["x"], max_concurrent=1)["agent"]
    first = claw.submit_routing_task(title="one", required_skills=["x"])
    second = claw.submit_routing_task(title="two", required_skills=["x"], urgency="low")
    third = claw.submit_routing_task(title="three", required_skills=["x"], urgency="critical")
    assert first["routing"]["status"] == "assigned"
    assert second["routing"] == third["routing"] == {"status": "pending", "reason": "No matching agent available"}
    claw.complete_routing_task(first["task_id"])
    # the critical task goes before the older low one
    assert claw.get_routing_agent(solo["id"])["agent"]["current_load"] == 1
    assigned = claw.list_routing_tasks(status="assigned")["tasks"]
    assert [t["id"] for t in assigned] == [third["task_id"]]


def test_failure_retries_on_another_agent_then_escalates(claw):
    claw.register_routing_agent(name="one", capabilities=["ops"])
    claw.register_routing_agent(name="two", capabilities=["ops"])
    task = claw.submit_routing_task(title="deploy", required_skills=["ops"], max_retries=1)
    first_agent = task["routing"]["agent_id"]
    retried = claw.complete_routing_task(task["task_id"], success=False, error="disk full")
    assert retried["routing"]["status"] == "assigned" and retried["routing"]["agent_id"] != first_agent
    assert retried["task"]["retry_count"] == 1 and retried["task"]["error"] == "disk full"
    escalated = claw.complete_routing_task(task["task_id"], success=False)
    assert escalated["task"]["status"] == "escalated" and escalated["routing"]["status"] == "escalated"
    assert all(a["current_load"] == 0 for a in claw.list_routing_agents()["agents"])
    with pytest.raises(DashClawError) as finished:
        claw.complete_routing_task(task["task_id"])
    assert finished.value.status == 409
    metrics = {m["agent_id"]: m for agent in claw.list_routing_agents()["agents"]
               for m in claw.get_routing_agent(agent["id"])["metrics"]}
    assert sorted(m["failed"] for m in metrics.values()) == [1, 1]


def test_no_retries_escalates_at_once(claw):
    claw.register_routing_agent(name="only", capabilities=["ops"])
    task = claw.submit_routing_task(title="deploy", required_skills=["ops"], max_retries=0)
    assert claw.complete_routing_task(task["task_id"], success=False)["task"]["status"] == "escalated"


def test_deleting_an_agent_requeues_its_tasks(claw):
    gone = claw.register_routing_agent(name="gone", capabilities=["x"])["agent"]
    task = claw.submit_routing_task(title="t", required_skills=["x"])
    deleted = claw.delete_routing_agent(gone["id"])
    assert deleted["deleted"] is True and deleted["agent"]["id"] == gone["id"]
    stays = claw.register_routing_agent(name="stays", capabilities=["x"])["agent"]
    assert claw.list_routing_tasks(assigned_to=stays["id"])["tasks"][0]["id"] == task["task_id"]


def test_status_changes_gate_new_work(claw):
    agent = claw.register_routing_agent(name="moody", capabilities=["x"])["agent"]
    assert claw.update_routing_agent_status(agent["id"], "offline")["agent"]["status"] == "offline"
    task = claw.submit_routing_task(title="t", required_skills=["x"])
    assert task["routing"]["status"] == "pending"
    claw.update_routing_agent_status(agent["id"], "available")
    assert claw.list_routing_tasks(status="assigned")["tasks"][0]["id"] == task["task_id"]


SKILLS = {"alpha": (["py"], 2), "beta": (["py", "sql"], 3), "gamma": (["design"], 1)}
NEEDS = (["py"], ["sql"], ["py", "sql"], ["design"], [], ["ml"])


def test_a_hundred_tasks_respect_skills_capacity_timeouts_and_add_up(claw):
    """Acceptance: 3 agents of different skills and capacity, 100 tasks submitted concurrently and worked off
    in random order; some are never finished and time out, are retried, and end escalated."""
    agents = {name: claw.register_routing_agent(name=name, capabilities=skills, max_concurrent=capacity)["agent"]
              for name, (skills, capacity) in SKILLS.items()}
    by_id = {agent["id"]: name for name, agent in agents.items()}
    rng = random.Random(7)
    plans = [(rng.choice(NEEDS), rng.random() < 0.15) for _ in range(100)]

    def submit(plan):
        skills, abandon = plan
        return claw.submit_routing_task(title="job", required_skills=skills, timeout_seconds=1 if abandon else 600,
                                        max_retries=1)["task"]["id"]

    with ThreadPoolExecutor(8) as pool:
        ids = list(pool.map(submit, plans))
    abandoned = {task_id for task_id, (_, abandon) in zip(ids, plans) if abandon}
    seen_retries = set()

    def snapshot():
        """Agents and assigned tasks as one state: read the tasks on both sides of the agents and keep a reading in
        which they did not move (the timeout sweep runs meanwhile, so two reads can straddle one of its steps)."""
        for _ in range(20):
            before = claw.list_routing_tasks(status="assigned", limit=200)["tasks"]
            pool_now = {a["id"]: a for a in claw.list_routing_agents()["agents"]}
            after = claw.list_routing_tasks(status="assigned", limit=200)["tasks"]
            if before == after:
                return pool_now, after
        raise AssertionError("the routing state never held still across three reads")

    def check_invariants():
        pool_now, assigned = snapshot()
        for agent_id, agent in pool_now.items():
            held = [t for t in assigned if t["assigned_to"] == agent_id]
            assert len(held) == agent["current_load"] <= agent["max_concurrent"], by_id[agent_id]
        for task in assigned:
            assert set(task["required_skills"]) <= set(SKILLS[by_id[task["assigned_to"]]][0]), task
            if task["retry_count"]:
                seen_retries.add(task["id"])
        return assigned

    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assigned = check_invariants()
        workable = [t for t in assigned if t["id"] not in abandoned]
        if not workable and not any(t["id"] in abandoned for t in assigned):
            if not claw.list_routing_tasks(status="assigned", limit=200)["tasks"]:
                break
        for task in rng.sample(workable, min(len(workable), 4)):
            claw.complete_routing_task(task["id"], success=rng.random() < 0.9, result={"ok": True})
        time.sleep(0.2)
    check_invariants()

    stats = claw.get_routing_stats()
    tasks = stats["tasks"]
    assert tasks["total"] == 100 == sum(tasks[s] for s in ("pending", "assigned", "completed", "failed", "escalated"))
    assert tasks["assigned"] == 0
    unroutable = {task_id for task_id, (skills, _) in zip(ids, plans) if skills == ["ml"]}  # nobody has ml
    assert tasks["pending"] == len(unroutable)
    escalated = {t["id"] for t in claw.list_routing_tasks(status="escalated", limit=200)["tasks"]}
    assert abandoned - unroutable <= escalated
    assert seen_retries & abandoned, "a timed-out task was seen retried"
    assert stats["agents"] == {"total": 3, "available": 3, "busy": 0, "offline": 0}
    assert all(a["current_load"] == 0 for a in claw.list_routing_agents()["agents"])


@pytest.mark.skipif(not PG_URL, reason="needs DASHCLAW_TEST_DATABASE_URL")
def test_two_replicas_retry_each_timed_out_task_once(tmp_path):
    """Both replicas poll for overdue tasks every second; the row locks let one of them take each."""
    with postgres_database() as url:
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        with run_server(url, tmp_path / "a", "postgresql") as first, run_server(url, tmp_path / "b", "postgresql") as second:
            tenant = first.new_tenant()
            claw = first.client(tenant.admin_key, agent_id="replica-router")
            agent = claw.register_routing_agent(name="slow", capabilities=["x"], max_concurrent=40)["agent"]
            ids = [claw.submit_routing_task(title=f"t{i}", required_skills=["x"], timeout_seconds=1, max_retries=1)["task_id"]
                   for i in range(40)]
            deadline = time.monotonic() + 60
            while claw.get_routing_stats()["tasks"]["escalated"] < 40 and time.monotonic() < deadline:
                time.sleep(0.5)
            other = second.client(tenant.admin_key, agent_id="replica-router")
            for task_id in ids:
                detail = other._request(f"/api/routing/tasks/{task_id}")
                assert detail["task"]["status"] == "escalated" and detail["task"]["retry_count"] == 1, detail["task"]
                assert len(detail["decisions"]) == 2, detail["decisions"]  # the first routing and the one retry
            assert other.get_routing_agent(agent["id"])["agent"]["current_load"] == 0
