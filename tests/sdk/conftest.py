"""Fixtures for SDK tests: ``api``, a scripted local HTTP server, and ``client``s pointed at it.

The names differ from tests/conftest.py's ``server``/``claw`` (the real DashClaw server) on purpose.
"""

from __future__ import annotations

import pytest

from dashclaw import DashClaw

from support.stub import ScriptedServer


@pytest.fixture
def api():
    """A fresh scripted server per test (see tests/support/stub.py)."""
    with ScriptedServer() as scripted:
        yield scripted


@pytest.fixture
def make_client(api):
    """Build DashClaw clients pointed at the scripted server; all are closed after the test."""
    clients = []

    def make(**options):
        options.setdefault("agent_id", "agent-1")
        client = DashClaw(api.url, "test-key", **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(make_client):
    return make_client()
