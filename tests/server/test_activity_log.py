"""The activity log: every governance change recorded with who, what, before and after, in a per-org hash chain
that `GET /api/activity/verify` and `dashclaw audit verify` check; editing, deleting or swapping rows in the
database breaks it at the right entry."""
from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, select, update
from support.database import DatabaseProbe
from support.server import PG_URL, database_for, postgres_database, run_server

from dashclaw import ForbiddenError
from dashclaw.server.activity.chain import entry_hash
from dashclaw.server.activity.models import ActivityChainHead, ActivityLog

LOGS = ActivityLog.__table__
CONTENT = ("actor_id", "actor_type", "action", "resource_type", "resource_id", "agent_id", "details", "before", "after",
           "ip_address", "created_at", "prev_hash", "hash")
"""Everything about an entry but its id and its place in the chain."""


def _policy(name: str, threshold: int = 80) -> dict:
    return {"name": name, "policy_type": "risk_threshold", "rules": json.dumps({"threshold": threshold}), "active": 0}


def _ok(response, status=200):
    assert response[0] == status, response
    return response[1]


def _write_entries(server, tenant, count: int) -> list[str]:
    """`count` audited changes (policy creates) in the tenant's org; their policy ids, in order."""
    return [_ok(server.request("POST", "/api/policies", tenant.admin_key, _policy(f"p{n}-{secrets.token_hex(3)}")), 201)["policy_id"]
            for n in range(count)]


def _verify(server, tenant) -> dict:
    return _ok(server.request("GET", "/api/activity/verify", tenant.admin_key))


def _head(server, tenant) -> int:
    """How many entries the org's chain holds already (creating an org may record some)."""
    report = _verify(server, tenant)
    assert report["valid"], report
    return report["head"]["sequence"]


@pytest.fixture
def probe(server):
    database = DatabaseProbe(server.database_url)
    yield database
    database.close()


def _entry(probe, org_id: str, sequence: int) -> dict:
    with probe.engine.connect() as connection:
        return dict(connection.execute(select(LOGS).where(LOGS.c.org_id == org_id, LOGS.c.sequence == sequence)).mappings().one())


def _tamper(probe, statement) -> None:
    with probe.engine.begin() as connection:
        assert connection.execute(statement).rowcount == 1


# ------------------------------------------------------------------------------------------------ recording


def test_governance_changes_are_recorded_with_actor_target_before_and_after(server, tenant, claw):
    key = tenant.admin_key
    base = _head(server, tenant)
    created = _ok(server.request("POST", "/api/policies", key, {
        "name": "needs a human", "policy_type": "require_approval", "rules": json.dumps({"action_types": ["deploy"]}),
    }), 201)
    policy_id = created["policy_id"]
    _ok(server.request("PATCH", "/api/policies", key, {"id": policy_id, "name": "deploys need a human"}))
    _ok(server.request("PATCH", "/api/security/settings", key, {"redaction_mode": "redact"}))
    held = claw.create_action(action_type="deploy", declared_goal="Ship the release")
    claw.approve_action(held["action_id"], "deny", reasoning="not on a Friday")
    _ok(server.request("DELETE", f"/api/policies?id={policy_id}", key))

    logs = claw.get_activity_logs(limit=5)["logs"]
    assert [entry["action"] for entry in logs] == [
        "policy.deleted", "action.denied", "settings.redaction_updated", "policy.updated", "policy.created",
    ]
    assert [entry["sequence"] - base for entry in logs] == [5, 4, 3, 2, 1]
    deleted, denied, settings, updated, first = logs
    assert first["before"] is None and first["after"]["name"] == "needs a human"
    assert first["actor_type"] == "api_key" and first["actor_id"].startswith("key_")
    assert first["resource_type"] == "policy" and first["resource_id"] == policy_id
    assert first["ip_address"] == "127.0.0.1"
    assert updated["before"]["name"] == "needs a human" and updated["after"]["name"] == "deploys need a human"
    assert settings["before"] == {"redaction_mode": "keep"} and settings["after"] == {"redaction_mode": "redact"}
    assert denied["resource_id"] == held["action_id"] and denied["agent_id"] == claw.agent_id
    assert denied["before"] == {"status": "pending_approval"} and denied["after"]["status"] == "failed"
    assert denied["details"] == {"decision": "deny", "reasoning": "not on a Friday"}
    assert deleted["before"]["name"] == "deploys need a human" and deleted["after"] is None
    for newer, older in zip(logs, logs[1:]):
        assert newer["prev_hash"] == older["hash"]
        assert newer["created_at"] >= older["created_at"]


def test_filters_dates_and_pages(server, tenant, claw):
    base = _head(server, tenant)
    _write_entries(server, tenant, 3)
    held_policy = {"name": "approve deploys", "policy_type": "require_approval", "rules": json.dumps({"action_types": ["deploy"]})}
    _ok(server.request("POST", "/api/policies", tenant.admin_key, held_policy), 201)
    held = claw.create_action(action_type="deploy", declared_goal="Ship it")
    claw.approve_action(held["action_id"], "allow")

    assert [e["action"] for e in claw.get_activity_logs(type="policy")["logs"]] == ["policy.created"] * 4
    assert [e["action"] for e in claw.get_activity_logs(type="action")["logs"]] == ["action.allowed"]
    assert [e["action"] for e in claw.get_activity_logs(agent_id=claw.agent_id)["logs"]] == ["action.allowed"]
    assert claw.get_activity_logs(agent_id="someone-else")["logs"] == []
    assert len(claw.get_activity_logs(action="policy.created", resource_type="policy")["logs"]) == 4

    everything = claw.get_activity_logs()
    assert everything["stats"]["total"] == everything["stats"]["today"] == base + 5
    assert everything["stats"]["unique_actors"] >= 1
    newest = everything["logs"][0]["created_at"]
    assert claw.get_activity_logs(after=newest)["logs"] == []
    assert len(claw.get_activity_logs(before=newest)["logs"]) == base + 4
    hour_ago = (datetime.now(timezone.utc) - timedelta(hours=1)).isoformat()
    assert len(claw.get_activity_logs(after=hour_ago)["logs"]) == base + 5
    tomorrow = (datetime.now(timezone.utc) + timedelta(days=1)).isoformat()
    assert claw.get_activity_logs(after=tomorrow)["logs"] == []

    pages, cursor = [], None
    while True:
        page = claw.get_activity_logs(limit=2, cursor=cursor)
        assert page["pagination"] == {"limit": 2, "offset": 0}
        pages.append([e["sequence"] for e in page["logs"]])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert sum(pages, []) == list(range(base + 5, 0, -1)) and all(len(p) == 2 for p in pages[:-1])
    assert [e["sequence"] for e in claw.get_activity_logs(limit=2, offset=3)["logs"]] == [base + 2, base + 1]


def test_secrets_never_reach_the_log(server, tenant, claw):
    token = "ghp_" + "a1B2" * 9
    _ok(server.request("POST", "/api/policies", tenant.admin_key, {**_policy("mirror"), "created_by": f"ci with {token}"}), 201)
    entry = claw.get_activity_logs(limit=1)["logs"][0]
    assert entry["action"] == "policy.created"
    assert entry["after"]["created_by"] == "ci with [REDACTED:github_token]"
    assert token not in json.dumps(claw.get_activity_logs())


def test_the_seed_example(server, tenant, claw):
    base = _head(server, tenant)
    _write_entries(server, tenant, 2)
    # --- seed: Activity Logs ---
    # Get recent activity
    logs = claw.get_activity_logs()
    # Filter by type, agent, or date range
    logs = claw.get_activity_logs(agent_id="my-agent", type="action", limit=100)
    # ---
    assert logs["logs"] == [] and logs["pagination"]["limit"] == 100
    assert len(claw.get_activity_logs()["logs"]) == base + 2


def test_reading_needs_a_key_and_verifying_needs_an_admin(server, tenant):
    member = server.client(server.mint_key(tenant, "member"))
    assert member.get_activity_logs()["logs"] is not None
    with pytest.raises(ForbiddenError):
        member._request("/api/activity/verify")
    assert server.request("GET", "/api/activity")[0] == 401


def test_orgs_see_only_their_own_log(server):
    mine, theirs = server.new_tenant(), server.new_tenant()
    mine_before, theirs_before = _head(server, mine), _head(server, theirs)
    _write_entries(server, mine, 2)
    _write_entries(server, theirs, 3)
    listed = _ok(server.request("GET", "/api/activity", mine.admin_key))
    assert {e["org_id"] for e in listed["logs"]} == {mine.org_id} and listed["stats"]["total"] == mine_before + 2
    assert _verify(server, mine)["checked"] == mine_before + 2
    assert _verify(server, theirs)["checked"] == theirs_before + 3


# ------------------------------------------------------------------------------------------------ the chain


def test_an_untouched_log_verifies(server, tenant):
    base = _head(server, tenant)
    _write_entries(server, tenant, 4)
    report = _verify(server, tenant)
    newest = _ok(server.request("GET", "/api/activity?limit=1", tenant.admin_key))["logs"][0]
    assert report["valid"] and report["checked"] == base + 4 and report["first_broken"] is None
    assert report["head"] == {"sequence": base + 4, "hash": newest["hash"]} and report["org_id"] == tenant.org_id


def test_an_org_without_entries_verifies(server, probe):
    tenant = server.new_tenant()
    with probe.engine.begin() as connection:  # whatever creating the org recorded
        connection.execute(delete(LOGS).where(LOGS.c.org_id == tenant.org_id))
        connection.execute(delete(ActivityChainHead.__table__).where(ActivityChainHead.org_id == tenant.org_id))
    report = _verify(server, tenant)
    assert report | {"verified_at": None} == {
        "org_id": tenant.org_id, "valid": True, "checked": 0, "first_broken": None, "verified_at": None,
        "head": {"sequence": 0, "hash": "0" * 64},
    }


def test_editing_an_entry_breaks_the_chain_at_that_entry(server, tenant, probe):
    base = _head(server, tenant)
    _write_entries(server, tenant, 5)
    target = _entry(probe, tenant.org_id, base + 3)
    _tamper(probe, update(LOGS).where(LOGS.c.id == target["id"]).values(details={"edited": True}))
    report = _verify(server, tenant)
    assert not report["valid"] and report["checked"] == base + 2
    assert report["first_broken"] == {"sequence": base + 3, "id": target["id"],
                                      "reason": "hash does not match the entry's contents"}


def test_rehashing_an_edited_entry_breaks_the_next_link(server, tenant, probe):
    base = _head(server, tenant)
    _write_entries(server, tenant, 4)
    target = _entry(probe, tenant.org_id, base + 2)
    forged = {**target, "actor_id": "someone-innocent"}
    _tamper(probe, update(LOGS).where(LOGS.c.id == target["id"]).values(actor_id="someone-innocent", hash=entry_hash(forged)))
    report = _verify(server, tenant)
    assert report["first_broken"] == {"sequence": base + 3, "id": _entry(probe, tenant.org_id, base + 3)["id"],
                                      "reason": f"prev_hash does not match the hash of entry {base + 2}"}


def test_deleting_an_entry_breaks_the_chain_where_it_was(server, tenant, probe):
    base = _head(server, tenant)
    _write_entries(server, tenant, 5)
    _tamper(probe, delete(LOGS).where(LOGS.c.org_id == tenant.org_id, LOGS.c.sequence == base + 2))
    report = _verify(server, tenant)
    assert report["checked"] == base + 1
    assert report["first_broken"] == {
        "sequence": base + 2, "id": None, "reason": f"entry {base + 2} is missing (entry {base + 3} follows entry {base + 1})",
    }


def test_deleting_the_newest_entries_is_seen_against_the_head(server, tenant, probe):
    base = _head(server, tenant)
    _write_entries(server, tenant, 5)
    _tamper(probe, delete(LOGS).where(LOGS.c.org_id == tenant.org_id, LOGS.c.sequence == base + 5))
    report = _verify(server, tenant)
    assert report["checked"] == base + 4
    last = base + 5
    assert report["first_broken"] == {"sequence": last, "id": None,
                                      "reason": f"entries {last} to {last} are missing (the chain's head is at {last})"}


def test_swapping_two_entries_breaks_the_chain_at_the_first(server, tenant, probe):
    base = _head(server, tenant)
    _write_entries(server, tenant, 5)
    second, fourth = _entry(probe, tenant.org_id, base + 2), _entry(probe, tenant.org_id, base + 4)
    with probe.engine.begin() as connection:
        for row, other in ((second, fourth), (fourth, second)):
            connection.execute(update(LOGS).where(LOGS.c.id == row["id"]).values({name: other[name] for name in CONTENT}))
    report = _verify(server, tenant)
    assert report["checked"] == base + 1
    assert report["first_broken"] == {"sequence": base + 2, "id": second["id"],
                                      "reason": f"prev_hash does not match the hash of entry {base + 1}"}


def test_swapping_only_the_contents_breaks_the_chain_at_the_first(server, tenant, probe):
    """The same swap keeping each row's hashes: the contents no longer match them."""
    base = _head(server, tenant)
    _write_entries(server, tenant, 4)
    first, third = _entry(probe, tenant.org_id, base + 1), _entry(probe, tenant.org_id, base + 3)
    described = [name for name in CONTENT if name not in ("prev_hash", "hash")]
    with probe.engine.begin() as connection:
        for row, other in ((first, third), (third, first)):
            connection.execute(update(LOGS).where(LOGS.c.id == row["id"]).values({name: other[name] for name in described}))
    report = _verify(server, tenant)
    assert report["first_broken"] == {"sequence": base + 1, "id": first["id"],
                                      "reason": "hash does not match the entry's contents"}


def test_reordering_entries_breaks_the_chain(server, tenant, probe):
    base = _head(server, tenant)
    _write_entries(server, tenant, 3)
    first, second = _entry(probe, tenant.org_id, base + 1), _entry(probe, tenant.org_id, base + 2)
    with probe.engine.begin() as connection:  # renumber through a free number: the two change places
        connection.execute(update(LOGS).where(LOGS.c.id == first["id"]).values(sequence=-1))
        connection.execute(update(LOGS).where(LOGS.c.id == second["id"]).values(sequence=base + 1))
        connection.execute(update(LOGS).where(LOGS.c.id == first["id"]).values(sequence=base + 2))
    report = _verify(server, tenant)
    assert report["checked"] == base
    linked = f"the hash of entry {base}" if base else "the chain's start"
    assert report["first_broken"] == {"sequence": base + 1, "id": second["id"], "reason": f"prev_hash does not match {linked}"}


def test_tampering_with_one_org_leaves_the_others_valid(server, probe):
    tampered, bystander = server.new_tenant(), server.new_tenant()
    _write_entries(server, tampered, 2)
    _write_entries(server, bystander, 2)
    _tamper(probe, delete(LOGS).where(LOGS.c.org_id == tampered.org_id, LOGS.c.id == _entry(probe, tampered.org_id, 1)["id"]))
    assert not _verify(server, tampered)["valid"]
    assert _verify(server, bystander)["valid"]


def test_a_rolled_back_change_leaves_no_entry_and_no_gap(server, tenant):
    base = _head(server, tenant)
    name = "only once"
    _ok(server.request("POST", "/api/policies", tenant.admin_key, _policy(name)), 201)
    assert server.request("POST", "/api/policies", tenant.admin_key, _policy(name))[0] == 409
    _write_entries(server, tenant, 1)
    report = _verify(server, tenant)
    assert report["valid"] and report["checked"] == base + 2


def _audit_verify(server, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DASHCLAW_")}
    return subprocess.run([sys.executable, "-m", "dashclaw.cli", "audit", "verify", "--database-url", server.database_url, *args],
                          env=env, capture_output=True, text=True, timeout=60)


def test_cli_audit_verify(server, tenant, probe):
    base = _head(server, tenant)
    _write_entries(server, tenant, 3)
    intact = _audit_verify(server, "--org", tenant.org_id)
    assert intact.returncode == 0, intact.stderr
    assert intact.stdout.strip() == f"{tenant.org_id}: {base + 3} entries, chain intact"

    target = _entry(probe, tenant.org_id, base + 2)
    _tamper(probe, update(LOGS).where(LOGS.c.id == target["id"]).values(action="policy.nothing_to_see"))
    broken = _audit_verify(server, "--org", tenant.org_id)
    assert broken.returncode == 1
    assert broken.stdout.strip() == (f"{tenant.org_id}: BROKEN at entry {base + 2} ({target['id']}): hash does not match "
                                     f"the entry's contents ({base + 1} entries before it hold)")
    every_org = _audit_verify(server)
    assert every_org.returncode == 1 and f"{tenant.org_id}: BROKEN at entry {base + 2}" in every_org.stdout


def test_users_created_by_the_cli_are_recorded_without_their_password(server, tenant):
    password = "correct horse " + secrets.token_hex(8)
    email = f"ana-{secrets.token_hex(3)}@example.com"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DASHCLAW_")}
    created = subprocess.run(
        [sys.executable, "-m", "dashclaw.cli", "users", "create", "--email", email, "--role", "member", "--org", tenant.org_id,
         "--password-stdin", "--database-url", server.database_url],
        input=password + "\n", env=env, capture_output=True, text=True, timeout=60,
    )
    assert created.returncode == 0, created.stderr
    listed = _ok(server.request("GET", "/api/activity?type=user", tenant.admin_key))
    [entry] = listed["logs"]
    assert entry["action"] == "user.created" and entry["actor_type"] == "system" and entry["actor_id"] == "system:cli"
    assert entry["after"] == {"email": email, "role": "member"} and entry["ip_address"] is None
    assert password not in json.dumps(listed) and _verify(server, tenant)["valid"]


# ------------------------------------------------------------------------------------------- concurrency


def _concurrent_policy_writes(servers, tenant, per_thread: int, threads_per_server: int) -> None:
    errors = []

    def write(server):
        try:
            _write_entries(server, tenant, per_thread)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    workers = [threading.Thread(target=write, args=(server,)) for server in servers for _ in range(threads_per_server)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert not errors, errors


def test_concurrent_writers_make_one_chain(server, tenant):
    base = _head(server, tenant)
    _concurrent_policy_writes([server], tenant, per_thread=10, threads_per_server=4)
    report = _verify(server, tenant)
    assert report["valid"] and report["checked"] == base + 40


@pytest.mark.skipif(not PG_URL, reason="needs DASHCLAW_TEST_DATABASE_URL")
def test_two_replicas_writing_at_once_make_one_valid_chain(tmp_path):
    with postgres_database() as url:
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        with run_server(url, tmp_path / "a", "postgresql") as first, run_server(url, tmp_path / "b", "postgresql") as second:
            tenant = first.new_tenant()
            base = _head(first, tenant)
            _concurrent_policy_writes([first, second], tenant, per_thread=15, threads_per_server=4)
            for replica in (first, second):
                report = _verify(replica, tenant)
                assert report["valid"] and report["checked"] == report["head"]["sequence"] == base + 120
            logs = _ok(first.request("GET", "/api/activity?limit=200", tenant.admin_key))["logs"]
            assert [entry["sequence"] for entry in logs] == list(range(base + 120, 0, -1))


# ------------------------------------------------------------------------------------------- migration


@pytest.mark.parametrize("backend", ["sqlite"] + (["postgresql"] if PG_URL else []))
def test_entries_from_before_the_chain_are_chained_by_the_migration(backend, tmp_path):
    from alembic import command
    from sqlalchemy import text

    from dashclaw.server.db.engine import Database
    from dashclaw.server.db.migrate import alembic_config

    with database_for(backend, tmp_path) as url:
        db = Database(url.replace("postgresql://", "postgresql+psycopg://"))
        try:
            command.upgrade(alembic_config(db.engine), "0007_webhooks")
            with db.engine.begin() as connection:
                for n, (org_id, created_at) in enumerate([("org_old", "2026-01-02 10:00:00.000002"),
                                                          ("org_old", "2026-01-01 10:00:00.000001"),
                                                          ("org_other", "2026-01-03 10:00:00")]):
                    connection.execute(text(
                        "INSERT INTO activity_logs (id, org_id, actor_id, actor_type, action, details, created_at) "
                        "VALUES (:id, :org_id, '', 'api_key', 'action.allowed', :details, :created_at)"
                    ), {"id": f"al_legacy_{n}", "org_id": org_id, "details": json.dumps({"n": n}), "created_at": created_at})
        finally:
            db.dispose()
        env = {k: v for k, v in os.environ.items() if not k.startswith("DASHCLAW_")}
        done = subprocess.run([sys.executable, "-m", "dashclaw.cli", "audit", "verify", "--database-url", url],
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "org_old: 2 entries, chain intact" in done.stdout and "org_other: 1 entries, chain intact" in done.stdout
        probe = DatabaseProbe(url)
        try:
            with probe.engine.connect() as connection:
                order = connection.execute(select(LOGS.c.id).where(LOGS.c.org_id == "org_old").order_by(LOGS.c.sequence)).scalars().all()
        finally:
            probe.close()
        assert order == ["al_legacy_1", "al_legacy_0"]  # oldest first
