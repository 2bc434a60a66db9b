"""Fixtures that start the real server (SQLite always, PostgreSQL when DASHCLAW_TEST_DATABASE_URL is set)."""
from __future__ import annotations

import json
import secrets
from typing import Iterator

import pytest

from dashclaw import DashClaw
from support.server import BACKENDS, RunningServer, Tenant, database_for, run_server
from support.stub import Recorded, Reply, ScriptedServer, chat_completion


def judge_forbidden(request: Recorded) -> Reply:
    """The stand-in LLM's verdict: deny any action whose text mentions 'forbidden'; a MALFORMED prompt gets prose;
    an evaluation's "Rate ..." prompt gets a score."""
    prompt = request.body["messages"][0]["content"]
    if "MALFORMED" in prompt:
        return chat_completion("I cannot answer in JSON")
    if prompt.startswith("Rate "):  # an evaluation's llm_judge: full marks for work that is done
        score = 0.9 if "done" in prompt else 0.2
        return chat_completion(json.dumps({"score": score, "label": "good" if score > 0.5 else "poor", "reasoning": "judged"}))
    allowed = "forbidden" not in prompt.split("Action: ", 1)[1].lower()
    verdict = {"allowed": allowed, "reason": "fine" if allowed else "mentions something forbidden"}
    return chat_completion(json.dumps(verdict))


@pytest.fixture(scope="session")
def fake_llm() -> Iterator[ScriptedServer]:
    """An OpenAI-compatible endpoint at `fake_llm.url + "/v1"`, answering with `judge_forbidden`."""
    with ScriptedServer() as llm:
        llm.on("POST", "/v1/chat/completions", judge_forbidden)
        yield llm


@pytest.fixture(scope="session", params=BACKENDS)
def server(request, tmp_path_factory, fake_llm) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp(f"server-{request.param}")
    with database_for(request.param, directory) as url:
        with run_server(url, directory, request.param, DASHCLAW_LLM_BASE_URL=f"{fake_llm.url}/v1") as running:
            yield running


@pytest.fixture
def tenant(server) -> Tenant:
    return server.new_tenant()


@pytest.fixture
def claw(server, tenant) -> Iterator[DashClaw]:
    client = server.client(tenant.admin_key, agent_id="agent-" + secrets.token_hex(3))
    yield client
    client.close()
