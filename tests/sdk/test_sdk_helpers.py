"""Client-side helpers of the published surface: action context, heartbeat thread, pairing, summaries."""

from __future__ import annotations

import base64
import threading
from datetime import datetime, timezone

import pytest

from dashclaw import ApprovalTimeoutError, DashClawError

from support.stub import Reply


def test_action_context_tags_messages_assumptions_and_outcome(api, client):
    api.fallback = Reply(200, {})
    with client.action_context("act_1") as ctx:
        ctx.send_message("Starting deploy", to="ops-agent")
        ctx.record_assumption({"assumption": "Staging tests passed"})
        ctx.update_outcome(status="completed", output_summary="Deployed")

    message, assumption, outcome = api.requests
    assert (message.path, message.body["action_id"], message.body["to_agent_id"]) == (
        "/api/messages",
        "act_1",
        "ops-agent",
    )
    assert assumption.body == {"assumption": "Staging tests passed", "action_id": "act_1"}
    assert (outcome.method, outcome.path, outcome.body["status"]) == ("PATCH", "/api/actions/act_1", "completed")


def test_heartbeat_thread_beats_until_stopped(api, make_client):
    beats = threading.Semaphore(0)

    def record(request):
        beats.release()
        return Reply(200, {"status": "ok"})

    api.on("POST", "/api/agents/heartbeat", record)
    client = make_client(agent_name="Agent One")
    client.start_heartbeat(interval=0.01, status="busy")
    client.start_heartbeat(interval=0.01)  # already running: no second thread
    assert beats.acquire(timeout=2) and beats.acquire(timeout=2)
    client.stop_heartbeat()
    body = api.requests[0].body
    assert (body["agent_id"], body["agent_name"], body["status"]) == ("agent-1", "Agent One", "busy")
    assert len({r.connection for r in api.requests}) == 1


def test_wait_for_pairing_returns_the_approved_pairing(api, client):
    approved = {"id": "pair_1", "status": "approved"}
    api.on("GET", "/api/pairings/pair_1", {"pairing": {"id": "pair_1", "status": "pending"}}, {"pairing": approved})
    assert client.wait_for_pairing("pair_1", timeout=2, interval=0.01) == approved

    api.on("GET", "/api/pairings/pair_1", {"pairing": {"status": "expired"}})
    with pytest.raises(DashClawError, match="Pairing expired"):
        client.wait_for_pairing("pair_1", timeout=2, interval=0.01)

    api.on("GET", "/api/pairings/pair_1", {"pairing": {"status": "pending"}})
    with pytest.raises(ApprovalTimeoutError):
        client.wait_for_pairing("pair_1", timeout=0.05, interval=0.01)


def test_context_summary_combines_todays_points_and_active_threads(api, client):
    api.on("GET", "/api/context/points", {"points": [{"id": "cp_1"}]})
    api.on("GET", "/api/context/threads", {"threads": [{"id": "ct_1"}]})
    assert client.get_context_summary() == {"points": [{"id": "cp_1"}], "threads": [{"id": "ct_1"}]}
    points, threads = api.requests
    assert points.query == {"session_date": datetime.now(timezone.utc).strftime("%Y-%m-%d"), "agent_id": "agent-1"}
    assert threads.query == {"agent_id": "agent-1", "status": "active"}


def test_pairing_from_a_private_jwk_sends_the_public_pem(api, client):
    rsa = pytest.importorskip("cryptography.hazmat.primitives.asymmetric.rsa")
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    numbers = key.private_numbers()

    def b64url(value):
        raw = value.to_bytes((value.bit_length() + 7) // 8, "big")
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    # CRT members (dp, dq, qi) left out on purpose: they are derived.
    jwk = {
        "kty": "RSA",
        "n": b64url(numbers.public_numbers.n),
        "e": b64url(numbers.public_numbers.e),
        "d": b64url(numbers.d),
        "p": b64url(numbers.p),
        "q": b64url(numbers.q),
    }
    api.on("POST", "/api/pairings", {"pairing": {"id": "pair_1"}})

    client.create_pairing_from_private_jwk(jwk, agent_name="Agent One")

    expected_pem = key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()
    assert api.requests[0].body == {
        "agent_id": "agent-1",
        "agent_name": "Agent One",
        "public_key": expected_pem,
        "algorithm": "RSASSA-PKCS1-v1_5",
    }
    with pytest.raises(DashClawError, match="create_pairing_from_private_jwk failed"):
        client.create_pairing_from_private_jwk({"kty": "RSA"})
