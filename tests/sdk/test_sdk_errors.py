"""Error classes chosen by status, with the server's message, details and body attached."""

from __future__ import annotations

import pytest

import dashclaw
from dashclaw import (
    ApprovalDeniedError,
    ApprovalTimeoutError,
    AuthenticationError,
    ConflictError,
    DashClawError,
    ForbiddenError,
    GuardBlockedError,
    NotFoundError,
    PayloadTooLargeError,
    RateLimitedError,
    ServerError,
    ValidationError,
)

from support.stub import Reply


@pytest.mark.parametrize(
    "status, error_class",
    [
        (400, ValidationError),
        (401, AuthenticationError),
        (402, DashClawError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (413, PayloadTooLargeError),
        (422, ValidationError),
        (429, RateLimitedError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_status_selects_the_error_class(api, make_client, status, error_class):
    client = make_client(max_retries=0)
    body = {"error": "Validation failed", "details": ["declared_goal is required"], "code": "X"}
    api.on("PATCH", "/api/actions/act_1", Reply(status, body))

    with pytest.raises(error_class) as caught:
        client.update_outcome("act_1", status="completed")

    error = caught.value
    assert type(error) is error_class
    assert str(error) == error.message == "Validation failed"
    assert error.status == error.status_code == status
    assert error.details == ["declared_goal is required"]
    assert error.body == body
    assert error.method == "PATCH"
    assert error.url == api.url + "/api/actions/act_1"


def test_non_json_error_body_uses_the_http_reason(api, client):
    html = Reply(404, raw=b"<html>Not here</html>", headers={"Content-Type": "text/html"})
    api.on("GET", "/api/actions/act_1", html)
    with pytest.raises(NotFoundError) as caught:
        client.get_action("act_1")
    assert str(caught.value) == "HTTP Error 404: Not Found"
    assert caught.value.body is None and caught.value.details is None


def test_rate_limited_error_exposes_retry_after_and_is_not_retried(api, client):
    limited = Reply(429, {"error": "Rate limit exceeded. Please slow down."}, headers={"Retry-After": "60"})
    api.on("GET", "/api/actions/signals", limited)
    with pytest.raises(RateLimitedError) as caught:
        client.get_signals()
    assert caught.value.retry_after == 60.0
    assert str(caught.value) == "Rate limit exceeded. Please slow down."
    assert len(api.requests) == 1


def test_guard_block_body_on_create_raises_guard_blocked_error(api, client):
    decision = {
        "decision": "block",
        "reasons": ["Risk: 95 >= 80", "No deploys on Friday"],
        "warnings": ["w"],
        "matched_policies": ["gp_1"],
        "risk_score": 95,
    }
    api.on("POST", "/api/actions", Reply(403, {"error": "Action blocked by policy", "decision": decision}))

    with pytest.raises(GuardBlockedError) as caught:
        client.create_action("deploy", "Ship on Friday", risk_score=95)

    error = caught.value
    assert isinstance(error, ForbiddenError)
    assert str(error) == "Guard blocked action: block. Reasons: Risk: 95 >= 80; No deploys on Friday"
    assert (error.decision, error.reasons, error.warnings) == ("block", decision["reasons"], ["w"])
    assert (error.matched_policies, error.risk_score) == (["gp_1"], 95)
    assert error.status == 403 and error.details == decision
    assert error.body["error"] == "Action blocked by policy"


def test_forbidden_with_a_plain_string_decision_is_a_forbidden_error(api, client):
    api.on("POST", "/api/actions", Reply(403, {"error": "Forbidden - readonly API key", "decision": "nope"}))
    with pytest.raises(ForbiddenError) as caught:
        client.create_action("deploy", "Ship")
    assert type(caught.value) is ForbiddenError


def test_published_constructors_still_work():
    error = DashClawError("boom", 418, {"a": 1})
    assert (str(error), error.status, error.details, error.body) == ("boom", 418, {"a": 1}, None)

    blocked = GuardBlockedError({"decision": "block"})
    assert str(blocked) == "Guard blocked action: block. Reasons: no reason"
    assert (blocked.reasons, blocked.warnings, blocked.matched_policies, blocked.risk_score) == ([], [], [], None)

    denied = ApprovalDeniedError("Operator denied the action.", decision="failed")
    assert (denied.status, denied.decision) == (403, "failed")

    timed_out = ApprovalTimeoutError("too slow", action_id="act_1")
    assert isinstance(timed_out, TimeoutError) and isinstance(timed_out, DashClawError)


def test_every_error_class_is_exported_and_derives_from_dashclaw_error():
    error_names = [name for name in dashclaw.__all__ if name.endswith("Error")]
    assert len(error_names) == 14
    for name in error_names:
        assert issubclass(getattr(dashclaw, name), DashClawError)
        assert name in dashclaw._errors.__doc__  # the module docstring draws the whole tree
