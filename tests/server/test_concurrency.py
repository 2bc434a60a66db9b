"""Many agents at once: no lost writes, no lock errors, counts add up."""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor


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
