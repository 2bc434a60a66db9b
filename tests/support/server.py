"""The real server under test: start `dashclaw serve` on a free port against SQLite or a throwaway PostgreSQL."""
from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from dashclaw import DashClaw

PG_URL = os.environ.get("DASHCLAW_TEST_DATABASE_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Tenant:
    org_id: str
    admin_key: str


@dataclass
class RunningServer:
    url: str
    master_key: str
    database_url: str
    backend: str
    process: subprocess.Popen | None = None

    def client(self, api_key: str | None = None, agent_id: str = "test-agent", **kwargs) -> DashClaw:
        return DashClaw(base_url=self.url, api_key=api_key or self.master_key, agent_id=agent_id, **kwargs)

    def new_tenant(self) -> Tenant:
        """A fresh org and its admin key, so tests never see each other's data."""
        slug = "t-" + secrets.token_hex(6)
        created = self.client().create_org(name=f"Tenant {slug}", slug=slug)
        return Tenant(org_id=created["organization"]["id"], admin_key=created["api_key"]["key"])

    def mint_key(self, tenant: Tenant, role: str) -> str:
        response = self.request("POST", f"/api/orgs/{tenant.org_id}/keys", tenant.admin_key, {"role": role, "label": role})
        return response[1]["key"]["key"]

    def request(self, method: str, path: str, api_key: str | None = None, body=None, *, raw: bytes | None = None,
                headers: dict | None = None) -> tuple[int, dict, dict]:
        """A plain HTTP call, for what the SDK would never send (malformed bodies, odd headers)."""
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        status, payload, response_headers = self.exchange(method, path, api_key, data, headers)
        return status, json.loads(payload) if payload else None, response_headers

    def exchange(self, method: str, path: str, api_key: str | None, data: bytes | None,
                 headers: dict | None = None) -> tuple[int, bytes, dict]:
        """Send bytes, get (status, body bytes, headers) back; HTTP errors are answers, not exceptions."""
        request = urllib.request.Request(self.url + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if api_key:
            request.add_header("x-api-key", api_key)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read(), dict(response.headers)
        except urllib.error.HTTPError as error:
            return error.code, error.read(), dict(error.headers)


@contextmanager
def postgres_database() -> Iterator[str]:
    """A throwaway PostgreSQL database, dropped afterwards."""
    import psycopg

    name = "dashclaw_t_" + secrets.token_hex(4)
    admin_url = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = admin_url.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def database_for(backend: str, directory: Path) -> Iterator[str]:
    if backend == "postgresql":
        with postgres_database() as url:
            yield url
    else:
        yield f"sqlite:///{directory / 'dashclaw.db'}"


@contextmanager
def run_server(database_url: str, directory: Path, backend: str, *, port: int | None = None,
               **env: str) -> Iterator[RunningServer]:
    """Start `dashclaw serve` (on `port`, else a free one) and wait until /api/health answers."""
    port = port or free_port()
    master_key = "test_master_" + secrets.token_hex(16)
    environment = {
        **os.environ,
        "DASHCLAW_API_KEY": master_key,
        "DASHCLAW_DATA_DIR": str(directory),
        "DASHCLAW_RATE_LIMIT_MAX": "1000000",
        "DASHCLAW_ALLOW_PRIVATE_WEBHOOKS": "1",
        "DASHCLAW_STREAM_RETENTION_SECONDS": "86400",  # no event expires while a test session runs,
        "DASHCLAW_SIGNAL_WATCH_SECONDS": "86400",  # and no `signal` event appears unless a test runs the job
        "DASHCLAW_ROUTING_MAINTENANCE_SECONDS": "1",  # routing timeouts show within a second or two
        **env,
    }
    environment.pop("DASHCLAW_DATABASE_URL", None)
    log_path = directory / f"server-{port}.log"
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "dashclaw.cli", "serve", "--port", str(port), "--database-url", database_url,
             "--log-level", "warning"],
            env=environment, stdout=log, stderr=subprocess.STDOUT,
        )
    server = RunningServer(f"http://127.0.0.1:{port}", master_key, database_url, backend, process)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError("server exited:\n" + log_path.read_text())
            try:
                if server.request("GET", "/api/health")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start:\n" + log_path.read_text())
            time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
