"""Every SDK call passes through ``DashClaw._request`` as in 2.10.0, so 2.10.0-style test doubles see them all."""

from __future__ import annotations

import base64
import time
import urllib.parse
from contextlib import contextmanager
from datetime import datetime, timezone
from types import SimpleNamespace
from unittest.mock import patch

import pytest

from dashclaw import DashClaw

from .published_surface import METHODS
from .published_wire import CALLS
from support.stub import Reply

UNREACHABLE = "http://127.0.0.1:9"  # a call that bypassed the seam would fail here, not pass silently


class RecordingDashClaw(DashClaw):
    """The test double 2.10.0's own tests build: ``_request`` overridden with no room for extra arguments."""

    def __init__(self):
        super().__init__(UNREACHABLE, "test-key", "agent-1", agent_name="Agent One", max_retries=0)
        self.calls = []

    def _request(self, path, method="GET", body=None, json=None):
        self.calls.append((path, method, json or body))
        return {}


def as_sent(path, method, body):
    """(method, path, sorted query, body): the shape of the wire tables in published_wire.py."""
    target = urllib.parse.urlsplit(path)
    return method, target.path, sorted(urllib.parse.parse_qsl(target.query, keep_blank_values=True)), body


def seen_by(request):
    """(path, method, body) of each call a patched ``_request`` saw, read the way 2.10.0-era tests read them."""
    seen = []
    for args, kwargs in request.call_args_list:
        method = args[1] if len(args) > 1 else kwargs.get("method", "GET")
        body = args[2] if len(args) > 2 else kwargs.get("json", kwargs.get("body"))
        seen.append((args[0], method, body))
    return seen


@contextmanager
def patched_request(reply):
    with patch.object(DashClaw, "_request", return_value=reply) as request:
        client = DashClaw(UNREACHABLE, "test-key", "agent-1", agent_name="Agent One", max_retries=0)
        yield client, request


@pytest.mark.parametrize("name, args, kwargs, expected", CALLS, ids=[call[0] for call in CALLS])
def test_patched_request_sees_each_call_as_published_sent_it(name, args, kwargs, expected):
    with patched_request({}) as (client, request):
        getattr(client, name)(*args, **kwargs)
    assert [as_sent(*call) for call in seen_by(request)] == [tuple(sent) for sent in expected]


@pytest.mark.parametrize("name, args, kwargs, expected", CALLS, ids=[call[0] for call in CALLS])
def test_a_published_style_subclass_sees_each_call(name, args, kwargs, expected):
    client = RecordingDashClaw()
    getattr(client, name)(*args, **kwargs)
    assert [as_sent(*call) for call in client.calls] == [tuple(sent) for sent in expected]


def track_a_deploy(client):
    with client.track("deploy", "Ship v2"):
        pass


def work_in_an_action_context(client):
    with client.action_context("act_1") as ctx:
        ctx.send_message("Starting", to="ops-agent")
        ctx.record_assumption({"assumption": "Staging is clear"})
        ctx.update_outcome(status="completed")


def beat_once(client):
    client.start_heartbeat(interval=60)
    deadline = time.monotonic() + 2
    while not DashClaw._request.called and time.monotonic() < deadline:
        time.sleep(0.01)
    client.stop_heartbeat()


def call_a_wrapped_llm(client):
    completions = SimpleNamespace(create=lambda **kwargs: SimpleNamespace(
        model="gpt-4o", usage=SimpleNamespace(prompt_tokens=7, completion_tokens=2)))
    client.wrap_client(SimpleNamespace(chat=SimpleNamespace(completions=completions))).chat.completions.create()
    deadline = time.monotonic() + 2  # the report goes out from a background thread
    while not DashClaw._request.called and time.monotonic() < deadline:
        time.sleep(0.01)


def pair_from_a_private_jwk(client):
    from cryptography.hazmat.primitives.asymmetric import rsa

    numbers = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_numbers()

    def encoded(number):
        return base64.urlsafe_b64encode(number.to_bytes((number.bit_length() + 7) // 8, "big")).rstrip(b"=").decode()

    public = numbers.public_numbers
    members = {"n": public.n, "e": public.e, "d": numbers.d, "p": numbers.p, "q": numbers.q}
    client.create_pairing_from_private_jwk({name: encoded(value) for name, value in members.items()})


TODAY = datetime.now(timezone.utc).strftime("%Y-%m-%d")
RAW_REPORT = SimpleNamespace(data=b"# SOC 2", headers={})
# Helpers without a wire sample (they poll, run threads, wrap other calls or read raw bytes): what each sends.
HELPER_CALLS = [
    ("track", track_a_deploy, {"action_id": "act_1"}, [("POST", "/api/actions"), ("PATCH", "/api/actions/act_1")]),
    ("action_context", work_in_an_action_context, {},
     [("POST", "/api/messages"), ("POST", "/api/assumptions"), ("PATCH", "/api/actions/act_1")]),
    ("wait_for_approval", lambda c: c.wait_for_approval("act_1", timeout=1, interval=0),
     {"action": {"approved_by": "ops"}}, [("GET", "/api/actions/act_1")]),
    ("wait_for_pairing", lambda c: c.wait_for_pairing("pair_1", timeout=1, interval=0),
     {"pairing": {"status": "approved"}}, [("GET", "/api/pairings/pair_1")]),
    ("get_context_summary", lambda c: c.get_context_summary(), {},
     [("GET", "/api/context/points?session_date={}&agent_id=agent-1".format(TODAY)),
      ("GET", "/api/context/threads?agent_id=agent-1&status=active")]),
    ("download_compliance_export", lambda c: c.download_compliance_export("ce_1"), RAW_REPORT,
     [("GET", "/api/compliance/exports/ce_1/download")]),
    ("get_attachment", lambda c: c.get_attachment("att_1"), RAW_REPORT,
     [("GET", "/api/messages/attachments?id=att_1")]),
    ("start_heartbeat", beat_once, {}, [("POST", "/api/agents/heartbeat")]),
    ("wrap_client", call_a_wrapped_llm, {}, [("POST", "/api/tokens")]),
    ("create_pairing_from_private_jwk", pair_from_a_private_jwk, {}, [("POST", "/api/pairings")]),
]
NO_HTTP = {"get_attachment_url", "stop_heartbeat"}


@pytest.mark.parametrize("name, run, reply, expected", HELPER_CALLS, ids=[call[0] for call in HELPER_CALLS])
def test_patched_request_sees_the_calls_of_each_helper(name, run, reply, expected):
    with patched_request(reply) as (client, request):
        run(client)
    assert [(method, path) for path, method, _ in seen_by(request)] == expected


def test_every_published_method_is_captured():
    captured = {call[0] for call in CALLS} | {call[0] for call in HELPER_CALLS}
    assert set(METHODS) - captured == NO_HTTP


def test_request_keeps_the_published_spellings_and_the_transport_below_it(api, client):
    api.fallback = Reply(200, {"ok": True})
    client._request("/api/actions", "GET", params={"status": "running", "limit": None})
    client._request("/api/actions", "POST", json={"action_type": "deploy"})
    client._request("/api/actions/act_1", "PATCH", None, None, {"status": "completed"})
    client._request("/api/guard", "POST", {"action_type": "deploy"})

    listing, created, patched, guarded = api.requests
    assert (listing.method, listing.path, listing.query) == ("GET", "/api/actions", {"status": "running"})
    assert created.body == {"action_type": "deploy"} and "Idempotency-Key" in created.headers
    assert (patched.method, patched.body) == ("PATCH", {"status": "completed"})
    assert guarded.body == {"action_type": "deploy"} and "Idempotency-Key" not in guarded.headers


def test_an_override_that_delegates_keeps_retries_and_idempotency(api):
    class LoggingDashClaw(DashClaw):
        def _request(self, path, method="GET", body=None, json=None, **kwargs):
            self.calls.append((method, path))
            return super()._request(path, method, body, json=json, **kwargs)

    api.on("POST", "/api/actions", Reply(503, {"error": "busy"}), Reply(201, {"action_id": "act_1", "action": {}}))
    api.on("POST", "/api/guard", Reply(503, {"error": "busy"}), {"decision": "allow"})
    client = LoggingDashClaw(api.url, "test-key", "agent-1", guard_mode="enforce")
    client.calls = []
    try:
        assert client.create_action("deploy", "Ship")["action_id"] == "act_1"
    finally:
        client.close()

    assert client.calls == [("POST", "/api/guard"), ("POST", "/api/actions")]
    creates = api.to("POST", "/api/actions")
    assert len(creates) == 2 and len({r.headers["Idempotency-Key"] for r in creates}) == 1
    assert len(api.to("POST", "/api/guard")) == 2
