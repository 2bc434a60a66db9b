"""Fixtures that start the real server (SQLite always, PostgreSQL when DASHCLAW_TEST_DATABASE_URL is set)."""
from __future__ import annotations

import json
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

import pytest

from dashclaw import DashClaw
from support.server import BACKENDS, RunningServer, Tenant, database_for, run_server


class FakeLLM:
    """An OpenAI-compatible endpoint: denies any action whose text mentions 'forbidden'."""

    def __init__(self):
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append(body)
                prompt = body["messages"][0]["content"]
                if "MALFORMED" in prompt:
                    content = "I cannot answer in JSON"
                else:
                    action = prompt.split("Action: ", 1)[1]
                    allowed = "forbidden" not in action.lower()
                    content = json.dumps({"allowed": allowed, "reason": "mentions something forbidden" if not allowed else "fine"})
                reply = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()


@pytest.fixture(scope="session")
def fake_llm() -> Iterator[FakeLLM]:
    llm = FakeLLM()
    yield llm
    llm.close()


@pytest.fixture(scope="session", params=BACKENDS)
def server(request, tmp_path_factory, fake_llm) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp(f"server-{request.param}")
    with database_for(request.param, directory) as url:
        with run_server(url, directory, request.param, DASHCLAW_LLM_BASE_URL=fake_llm.url) as running:
            yield running


@pytest.fixture
def tenant(server) -> Tenant:
    return server.new_tenant()


@pytest.fixture
def claw(server, tenant) -> Iterator[DashClaw]:
    client = server.client(tenant.admin_key, agent_id="agent-" + secrets.token_hex(3))
    yield client
    client.close()
