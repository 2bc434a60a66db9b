"""Errors carry the server's error ``code`` and the answer's ``X-Request-Id``; ``repr`` shows both."""

from __future__ import annotations

import pytest

from dashclaw import (
    AuthenticationError,
    DashClawError,
    GuardBlockedError,
    NotFoundError,
    RateLimitedError,
    ServerError,
)

from support.stub import Reply


def test_code_and_request_id_reach_the_error_and_its_text(api, client):
    body = {"error": "Signature required", "code": "SIGNATURE_REQUIRED"}
    refused = Reply(401, body, headers={"X-Request-Id": "req_7f3a"})
    api.on("POST", "/api/actions", refused)

    with pytest.raises(AuthenticationError) as caught:
        client.create_action("deploy", "Ship")

    error = caught.value
    assert (error.code, error.request_id, error.message) == ("SIGNATURE_REQUIRED", "req_7f3a", "Signature required")
    assert str(error) == "Signature required"  # unchanged, for code that compares it
    assert repr(error) == (
        "AuthenticationError('Signature required', status=401, code='SIGNATURE_REQUIRED', request_id='req_7f3a')"
    )


def test_without_code_or_request_id_both_are_none_and_the_text_is_the_message(api, client):
    api.on("GET", "/api/actions/act_1", Reply(404, {"error": "Action not found"}))
    with pytest.raises(NotFoundError) as caught:
        client.get_action("act_1")
    assert (caught.value.code, caught.value.request_id) == (None, None)
    assert str(caught.value) == "Action not found"
    assert repr(caught.value) == "NotFoundError('Action not found', status=404, code=None, request_id=None)"


def test_a_request_id_without_a_json_body_is_still_kept(api, make_client):
    client = make_client(max_retries=0)
    crashed = Reply(500, raw=b"<html>oops</html>", headers={"Content-Type": "text/html", "X-Request-Id": "req_9"})
    api.on("GET", "/api/actions/signals", crashed)
    with pytest.raises(ServerError) as caught:
        client.get_signals()
    assert (caught.value.code, caught.value.request_id) == (None, "req_9")
    assert repr(caught.value) == (
        "ServerError('HTTP Error 500: Internal Server Error', status=500, code=None, request_id='req_9')"
    )


def test_guard_blocks_and_rate_limits_carry_them_too(api, client):
    decision = {"decision": "block", "reasons": ["Risk: 95 >= 80"]}
    blocked = {"error": "Blocked", "code": "GUARD_BLOCKED", "decision": decision}
    api.on("POST", "/api/actions", Reply(403, blocked, headers={"X-Request-Id": "req_1"}))
    limited = {"error": "Slow down", "code": "RATE_LIMITED"}
    api.on("GET", "/api/actions/signals", Reply(429, limited, headers={"Retry-After": "3", "X-Request-Id": "req_2"}))

    with pytest.raises(GuardBlockedError) as caught:
        client.create_action("deploy", "Ship", risk_score=95)
    error = caught.value
    assert (error.code, error.request_id, error.reasons) == ("GUARD_BLOCKED", "req_1", ["Risk: 95 >= 80"])
    assert str(caught.value) == "Guard blocked action: block. Reasons: Risk: 95 >= 80"

    with pytest.raises(RateLimitedError) as caught:
        client.get_signals()
    assert (caught.value.code, caught.value.request_id, caught.value.retry_after) == ("RATE_LIMITED", "req_2", 3.0)


def test_an_unreadable_success_keeps_its_request_id(api, client):
    api.on("GET", "/api/actions/signals", Reply(200, raw=b"not json", headers={"X-Request-Id": "req_3"}))
    with pytest.raises(DashClawError) as caught:
        client.get_signals()
    assert (caught.value.request_id, str(caught.value)) == ("req_3", "Invalid JSON in response (HTTP 200)")


def test_errors_built_in_code_have_neither():
    error = DashClawError("boom", 418)
    assert (error.code, error.request_id, str(error)) == (None, None, "boom")
    assert repr(error) == "DashClawError('boom', status=418, code=None, request_id=None)"
