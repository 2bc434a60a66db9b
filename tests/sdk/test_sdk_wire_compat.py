"""Drop-in compatibility: each sample call makes the same HTTP requests as the published 2.10.0 client.

The expectations in published_wire.py were recorded from the 2.10.0 wheel (see its docstring). Methods
whose fixes change the wire are covered by dedicated tests instead (update_outcome without a status,
aliases, include_signals, unread=True, rebuild_recommendations without nulls).
"""

from __future__ import annotations

import urllib.parse

import pytest
from conftest import Reply, ScriptedServer
from published_wire import CALLS

from dashclaw import DashClaw


@pytest.fixture(scope="module")
def recorder():
    """One server and client for all samples: answers {} to everything and records the requests."""
    server = ScriptedServer()
    server.fallback = Reply(200, {})
    claw = DashClaw(server.url, "test-key", "agent-1", agent_name="Agent One")
    yield server, claw
    claw.close()
    server.close()


@pytest.mark.parametrize("name, args, kwargs, expected", CALLS, ids=[call[0] for call in CALLS])
def test_sample_call_matches_published_wire(recorder, name, args, kwargs, expected):
    server, claw = recorder
    del server.requests[:]
    getattr(claw, name)(*args, **kwargs)
    sent = [
        (r.method, r.path, sorted(urllib.parse.parse_qsl(r.query_string, keep_blank_values=True)), r.body)
        for r in server.requests
    ]
    assert sent == [tuple(request) for request in expected]


def test_every_published_http_method_has_a_wire_sample():
    from published_surface import METHODS

    local_only = {
        "action_context", "track", "start_heartbeat", "stop_heartbeat", "wait_for_approval", "wait_for_pairing",
        "wrap_client", "get_attachment_url", "get_attachment", "get_context_summary", "download_compliance_export",
        "create_pairing_from_private_jwk",
    }
    sampled = {call[0] for call in CALLS}
    assert set(METHODS) - sampled - local_only == set()
