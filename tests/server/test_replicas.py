"""Several replicas on one PostgreSQL database behave as one server."""
from __future__ import annotations

import json
import time

import pytest
from support.server import PG_URL, postgres_database, run_server

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs DASHCLAW_TEST_DATABASE_URL")


@pytest.fixture
def replicas(tmp_path):
    with postgres_database() as url:
        first_dir, second_dir = tmp_path / "a", tmp_path / "b"
        first_dir.mkdir()
        second_dir.mkdir()
        env = {"DASHCLAW_RATE_LIMIT_MAX": "20", "DASHCLAW_RATE_LIMIT_WINDOW_MS": "60000"}
        with run_server(url, first_dir, "postgresql", **env) as first:
            with run_server(url, second_dir, "postgresql", **env) as second:
                yield first, second


def _until(check, seconds=2.0):
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline
        time.sleep(0.02)


def test_revocation_and_policy_changes_reach_every_replica_at_once(replicas):
    first, second = replicas
    tenant = first.new_tenant()
    member = first.mint_key(tenant, "member")
    assert second.request("GET", "/api/actions", member)[0] == 200  # now cached on the second replica

    key_id = next(k["id"] for k in first.request("GET", f"/api/orgs/{tenant.org_id}/keys", tenant.admin_key)[1]["keys"]
                  if k["role"] == "member")
    revoked_at = time.monotonic()
    assert first.request("DELETE", f"/api/orgs/{tenant.org_id}/keys?id={key_id}", tenant.admin_key)[0] == 200
    _until(lambda: second.request("GET", "/api/actions", member)[0] == 401, seconds=0.5)
    assert time.monotonic() - revoked_at < 0.5  # well inside the 1 s cache lifetime: the bus told it

    guard = {"action_type": "deploy", "agent_id": "a"}
    assert second.request("POST", "/api/guard", tenant.admin_key, guard)[1]["decision"] == "allow"
    policy = {"name": "no deploys", "policy_type": "block_action_type", "rules": json.dumps({"action_types": ["deploy"]})}
    assert first.request("POST", "/api/policies", tenant.admin_key, policy)[0] == 201
    _until(lambda: second.request("POST", "/api/guard", tenant.admin_key, guard)[1]["decision"] == "block", seconds=0.5)


def test_rate_limit_is_shared_between_replicas(replicas):
    first, second = replicas
    tenant = first.new_tenant()
    statuses = []
    for i in range(40):
        replica = first if i % 2 == 0 else second
        statuses.append(replica.request("GET", "/api/actions", tenant.admin_key)[0])
        time.sleep(0.03)
    admitted = statuses.count(200)
    assert statuses.count(429) > 0
    # one limit of 20 for both replicas, give or take one sync interval of traffic; never 20 each
    assert 20 <= admitted <= 26, statuses
