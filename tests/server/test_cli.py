"""`dashclaw serve` and `dashclaw keys`, run as a user would run them."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from support.dashboard import Browserless, User, signed_in
from support.server import PG_URL, RunningServer, free_port, postgres_database
from sqlalchemy import create_engine, text

KEY = re.compile(r"oc_live_[0-9a-f]{32}")
ADMIN_LOGIN = re.compile(r"email:\s+(\S+)\n\s+password: (\S+)")


def _env(data_dir: Path, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DASHCLAW_")}
    env.update(DASHCLAW_DATA_DIR=str(data_dir), **extra)
    return env


@contextmanager
def serve(env: dict, *args: str):
    """Run `dashclaw serve`, wait for its URL line, yield (server, everything it printed)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "dashclaw.cli", "serve", "--port", str(port), "--log-level", "warning", *args],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 60
        for line in process.stdout:
            lines.append(line)
            if "listening on" in line:
                break
            assert time.monotonic() < deadline, "".join(lines)
        server = RunningServer(f"http://127.0.0.1:{port}", "", "", "")
        while True:
            try:
                if server.request("GET", "/api/health")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
            assert process.poll() is None and time.monotonic() < deadline, "".join(lines)
        yield server, "".join(lines)
    finally:
        process.terminate()
        process.wait(timeout=10)


def cli(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashclaw.cli", *args], env=env, capture_output=True, text=True, timeout=60)


def test_first_start_mints_a_key_and_never_runs_open(tmp_path):
    env = _env(tmp_path)
    with serve(env) as (server, printed):
        assert str(tmp_path / "dashclaw.db") in printed
        keys = KEY.findall(printed)
        assert len(keys) == 1, printed
        assert server.request("GET", "/api/actions")[0] == 401
        status, body, _ = server.request("GET", "/api/actions", keys[0])
        assert status == 200 and body["actions"] == []
        database = server.request("GET", "/api/health")[1]["checks"]["database"]
        assert database["status"] == "ok" and database["backend"] == "sqlite"
        # the bootstrap key is the operator's: it may create orgs (an org's own admin keys may not)
        assert server.request("POST", "/api/orgs", keys[0], {"name": "Second", "slug": "second"})[0] == 201
    stored = create_engine(f"sqlite:///{tmp_path / 'dashclaw.db'}")
    with stored.connect() as conn:
        rows = conn.execute(text("SELECT key_hash, key_prefix, role FROM api_keys WHERE org_id = 'org_default'")).all()
    stored.dispose()
    assert len(rows) == 1 and rows[0].role == "admin"
    assert keys[0] not in str(rows) and rows[0].key_prefix == keys[0][:12]

    with serve(env) as (server, printed):  # the second start prints no key: one already exists
        assert not KEY.findall(printed)
        assert server.request("GET", "/api/actions", keys[0])[0] == 200


def test_first_start_creates_a_dashboard_admin_shown_once(tmp_path):
    env = _env(tmp_path, DASHCLAW_API_KEY="bootstrap-admin-key-for-tests")
    with serve(env) as (server, printed):
        email, password = ADMIN_LOGIN.search(printed).groups()
        assert Browserless(server).get("/approvals").status == 303  # the dashboard never runs open
        assert email in signed_in(server, User(email, password, "org_default", "admin")).get("/").text
    with serve(env) as (server, printed):  # the second start creates and prints nobody
        assert not ADMIN_LOGIN.search(printed) and password not in printed
        signed_in(server, User(email, password, "org_default", "admin"))


def test_a_configured_dashboard_admin_is_created_and_never_printed(tmp_path):
    env = _env(tmp_path, DASHCLAW_API_KEY="bootstrap-admin-key-for-tests", DASHCLAW_ADMIN_EMAIL="Ops@Example.com",
               DASHCLAW_ADMIN_PASSWORD="correct horse battery staple")
    with serve(env) as (server, printed):
        assert "ops@example.com" in printed and "correct horse" not in printed and not ADMIN_LOGIN.search(printed)
        signed_in(server, User("ops@example.com", "correct horse battery staple", "org_default", "admin"))
    weak = cli(_env(tmp_path / "weak", DASHCLAW_ADMIN_EMAIL="a@example.com", DASHCLAW_ADMIN_PASSWORD="short"), "serve")
    assert weak.returncode != 0 and "password must be" in weak.stderr


def test_keys_create_and_revoke(tmp_path):
    env = _env(tmp_path, DASHCLAW_API_KEY="bootstrap-admin-key-for-tests")
    with serve(env) as (server, printed):
        assert not KEY.findall(printed)  # a configured bootstrap key means nothing is minted
        assert server.request("GET", "/api/actions", "bootstrap-admin-key-for-tests")[0] == 200

        created = cli(env, "keys", "create", "--org", "org_default", "--role", "readonly")
        assert created.returncode == 0, created.stderr
        key = KEY.findall(created.stdout)[0]
        assert server.request("GET", "/api/actions", key)[0] == 200
        assert server.request("POST", "/api/guard", key, {"action_type": "x"})[0] == 403

        key_id = re.search(r"key (key_[0-9a-f-]+)", created.stdout).group(1)
        assert cli(env, "keys", "revoke", key_id).returncode == 0
        deadline = time.monotonic() + 5
        while server.request("GET", "/api/actions", key)[0] != 401:
            assert time.monotonic() < deadline, "revoked key still accepted"
            time.sleep(0.1)

        missing_org = cli(env, "keys", "create", "--org", "org_nope", "--role", "member")
        assert missing_org.returncode == 2 and "does not exist" in missing_org.stderr


@pytest.mark.skipif(not PG_URL, reason="needs DASHCLAW_TEST_DATABASE_URL")
def test_postgres_by_environment_and_replicas_starting_together(tmp_path):
    with postgres_database() as url:
        env = _env(tmp_path, DASHCLAW_DATABASE_URL=url, DASHCLAW_API_KEY="replica-test-key")
        with serve(env) as (first, _), serve(env) as (second, _):
            for replica in (first, second):
                health = replica.request("GET", "/api/health")[1]
                assert health["checks"]["database"]["backend"] == "postgresql"
            created = first.request("POST", "/api/actions", "replica-test-key",
                                    {"agent_id": "a", "action_type": "deploy", "declared_goal": "Ship"})[1]
            seen = second.request("GET", f"/api/actions/{created['action_id']}", "replica-test-key")
            assert seen[0] == 200
        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
        engine.dispose()


@pytest.mark.skipif(not PG_URL, reason="needs DASHCLAW_TEST_DATABASE_URL")
def test_replicas_migrate_together_on_a_fresh_postgres_database(tmp_path):
    """Three processes migrate at the same moment; the advisory lock lets exactly one do the work."""
    with postgres_database() as url:
        env = _env(tmp_path, DASHCLAW_API_KEY="k")
        runs = [subprocess.Popen([sys.executable, "-c", (
            "from dashclaw.server.app import prepare_database; from dashclaw.server.db.engine import Database;"
            "from dashclaw.server.settings import Settings; import sys;"
            "s = Settings.from_env(database_url=sys.argv[1]); prepare_database(s, Database(s.resolved_database_url()))"
        ), url], env=env, stderr=subprocess.PIPE, text=True) for _ in range(3)]
        for run in runs:
            assert run.wait(timeout=60) == 0, run.stderr.read()
