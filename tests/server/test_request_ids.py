"""Every response carries an `X-Request-Id`, and SDK errors carry it too, so a report can be traced in the logs."""
from __future__ import annotations

import re

import pytest

from dashclaw import DashClawError

GENERATED = re.compile(r"^req_[0-9a-f]{24}$")


@pytest.mark.parametrize(
    "method, path, use_key, body, status",
    [
        ("GET", "/api/health", False, None, 200),
        ("GET", "/api/actions", True, None, 200),
        ("GET", "/api/actions", False, None, 401),
        ("GET", "/api/actions/act_missing", True, None, 404),
        ("POST", "/api/actions", True, {"action_type": "x"}, 400),
        ("GET", "/api/nowhere", True, None, 404),
        ("GET", "/not-the-api", False, None, 404),
    ],
)
def test_every_answer_has_a_fresh_request_id(server, tenant, method, path, use_key, body, status):
    seen = set()
    for _ in range(2):
        got, _, headers = server.request(method, path, tenant.admin_key if use_key else None, body)
        assert got == status
        request_id = {k.lower(): v for k, v in headers.items()}["x-request-id"]
        assert GENERATED.match(request_id)
        seen.add(request_id)
    assert len(seen) == 2


def test_a_sane_client_request_id_is_kept_and_an_odd_one_replaced(server, tenant):
    _, _, headers = server.request("GET", "/api/actions", tenant.admin_key, headers={"X-Request-Id": "trace-42.a:b"})
    assert headers["x-request-id"] == "trace-42.a:b"
    for odd in ("x" * 129, "has space", "semi;colon"):
        _, _, headers = server.request("GET", "/api/actions", tenant.admin_key, headers={"X-Request-Id": odd})
        assert GENERATED.match(headers["x-request-id"])


def test_sdk_errors_carry_the_request_id(claw):
    with pytest.raises(DashClawError) as caught:
        claw.get_action("act_missing")
    assert caught.value.status == 404 and GENERATED.match(caught.value.request_id)
    assert caught.value.request_id in repr(caught.value)
    assert str(caught.value) == "Action not found"
