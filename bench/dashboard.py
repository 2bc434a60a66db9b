"""How fast the dashboard's pages answer on a big org: load N actions, start `dashclaw serve`, sign in, time pages.

    python bench/dashboard.py                      # 1,000,000 actions in a temporary SQLite file
    python bench/dashboard.py --rows 200000 --database-url postgresql://postgres@127.0.0.1:5432/bench

The actions list pages with a keyset cursor, so its first, next and deepest pages should cost the same.
A PostgreSQL database named in --database-url is created and dropped by the script.
"""
from __future__ import annotations

import argparse
import http.cookiejar
import os
import random
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from dashclaw.server.actions.models import Action
from dashclaw.server.app import prepare_database
from dashclaw.server.core.clock import utcnow
from dashclaw.server.core.pagination import encode_cursor
from dashclaw.server.db.engine import Database
from dashclaw.server.settings import Settings
from dashclaw.server.users import service as users_service

ORG = "org_default"
AGENTS = [f"agent-{n:02d}" for n in range(40)]
TYPES = ["research", "write_file", "send_email", "deploy", "sync", "query_db"]
STATUSES = ["completed"] * 8 + ["failed", "running"]
CHUNK = 20_000
REPEATS = 5


def load(db: Database, rows: int) -> None:
    """`rows` actions over the last 60 days, in bulk."""
    now = utcnow()
    rng = random.Random(7)
    started = time.perf_counter()
    for first in range(0, rows, CHUNK):
        batch = [{
            "org_id": ORG, "action_id": f"act_bench_{n}", "agent_id": rng.choice(AGENTS), "action_type": rng.choice(TYPES),
            "declared_goal": f"Benchmark action {n}", "status": rng.choice(STATUSES), "risk_score": rng.randint(0, 100),
            "timestamp_start": now - timedelta(seconds=rng.randint(0, 60 * 86400)), "systems_touched": [],
            "risk_factors": [], "side_effects": [], "artifacts_created": [],
        } for n in range(first, min(first + CHUNK, rows))]
        with db.write_connection() as connection:
            connection.execute(insert(Action.__table__), batch)
    with db.engine.connect() as connection:  # what autovacuum (or SQLite's optimize) would know by now
        connection.exec_driver_sql("ANALYZE")
        connection.commit()
    print(f"loaded {rows:,} actions in {time.perf_counter() - started:.0f} s", flush=True)


def deep_cursor(db: Database, depth: int) -> str:
    """The cursor a reader would hold after paging through `depth` rows."""
    with db.read() as session:
        row = session.execute(
            select(Action.timestamp_start, Action.pk).where(Action.org_id == ORG)
            .order_by(Action.timestamp_start.desc(), Action.pk.desc()).offset(depth).limit(1)
        ).one()
    return encode_cursor(row.timestamp_start.isoformat(), row.pk)


class Browser:
    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path: str) -> str:
        with self.opener.open(self.base + path, timeout=120) as response:
            return response.read().decode()

    def sign_in(self, email: str, password: str) -> None:
        token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', self.get("/login")).group(1)
        data = urllib.parse.urlencode({"email": email, "password": password, "csrf_token": token}).encode()
        with self.opener.open(self.base + "/login", data=data, timeout=60) as response:
            assert "Overview" in response.read().decode(), "sign-in failed"


def timed(browser: Browser, path: str) -> float:
    """Median milliseconds of `REPEATS` loads of `path`."""
    samples = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        browser.get(path)
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def serve(url: str, data_dir: str) -> tuple[subprocess.Popen, str]:
    port = 3700 + random.randint(0, 200)
    env = {**os.environ, "DASHCLAW_DATA_DIR": data_dir, "DASHCLAW_API_KEY": secrets.token_hex(16)}
    process = subprocess.Popen([sys.executable, "-m", "dashclaw.cli", "serve", "--port", str(port), "--database-url", url,
                                "--log-level", "warning"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            urllib.request.urlopen(base + "/api/health", timeout=2)
            return process, base
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--database-url", help="postgresql://... (a database of that name is created and dropped)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        url = args.database_url or f"sqlite:///{Path(directory) / 'bench.db'}"
        postgres = url.startswith("postgresql")
        if postgres:
            recreate_database(url, create=True)
        settings = Settings.from_env(database_url=url)
        db = Database(settings.resolved_database_url())
        prepare_database(settings, db)
        load(db, args.rows)
        password = secrets.token_urlsafe(12)
        user = users_service.create_user(db, ORG, f"bench-{secrets.token_hex(3)}@example.com", "admin", password)
        with db.read() as session:
            total = session.scalar(select(func.count()).select_from(Action).where(Action.org_id == ORG))
        cursors = {depth: deep_cursor(db, depth) for depth in (50, total // 2, total - 60)}
        db.dispose()
        process, base = serve(url, directory)
        try:
            browser = Browser(base)
            browser.sign_in(user.email, password)
            pages = [
                ("actions, first page", "/actions"),
                ("actions, second page", f"/actions?cursor={cursors[50]}"),
                (f"actions, page at row {total // 2:,}", f"/actions?cursor={cursors[total // 2]}"),
                (f"actions, last page (row {total - 60:,})", f"/actions?cursor={cursors[total - 60]}"),
                ("actions, one agent", "/actions?agent_id=agent-07"),
                ("actions, one agent, deep", f"/actions?agent_id=agent-07&cursor={cursors[total // 2]}"),
                ("actions, status failed", "/actions?status=failed"),
                ("actions, risk >= 95, last 24 h", "/actions?risk_min=95&since=24h"),
                ("approvals queue", "/approvals"),
                ("overview, 24 h", "/?range=24h"),
                ("overview, 30 d", "/?range=30d"),
                ("agents", "/agents"),
                ("guard log", "/guard"),
            ]
            print(f"{'page':<44} median of {REPEATS} (ms)   [{total:,} actions, {'SQLite' if db.is_sqlite else 'PostgreSQL'}]")
            for label, path in pages:
                print(f"{label:<44} {timed(browser, path):10.1f}", flush=True)
        finally:
            process.terminate()
            process.wait(timeout=10)
        if postgres:
            recreate_database(url, create=False)


def recreate_database(url: str, *, create: bool) -> None:
    """Drop the PostgreSQL database `url` names (and create it afresh when `create`)."""
    import psycopg

    server, _, name = url.rpartition("/")
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if create:
            conn.execute(f'CREATE DATABASE "{name}"')


if __name__ == "__main__":
    main()
