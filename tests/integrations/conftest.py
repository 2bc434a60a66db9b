"""The framework integrations run inside the real frameworks, with no LLM service and no network."""
from __future__ import annotations

import os
from typing import Iterator

import pytest

from dashclaw import DashClaw
from support.server import free_port
from support.stub import Reply, ScriptedServer

# CrewAI's own telemetry and trace upload would reach for the network: both off for the whole run.
os.environ.setdefault("CREWAI_DISABLE_TELEMETRY", "true")
os.environ.setdefault("CREWAI_TRACING_ENABLED", "false")


@pytest.fixture(params=["refusing connections", "answering 500 slowly"])
def unreachable_claw(request) -> Iterator[DashClaw]:
    """A client with default timeouts and retries whose DashClaw is down: nothing listens, or every answer is a
    500 after 5 seconds (so an integration that waited for each record would take 15 s or more per record)."""
    if request.param == "refusing connections":
        claw = DashClaw(base_url=f"http://127.0.0.1:{free_port()}", api_key="key", agent_id="down-agent")
        yield claw
        claw.close()
        return
    with ScriptedServer() as failing:
        failing.fallback = Reply(500, {"error": "Internal error"}, delay=5.0)
        claw = DashClaw(base_url=failing.url, api_key="key", agent_id="down-agent")
        yield claw
        claw.close()
