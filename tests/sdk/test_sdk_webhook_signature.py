"""`dashclaw.verify_webhook`, as a receiver uses it: whatever its framework hands over as headers and body.
(Real deliveries from the server are verified in tests/server/test_webhooks.py.)"""
from __future__ import annotations

import email.message
import hashlib
import hmac
import json
import time

import pytest

from dashclaw import DashClawError, WebhookSignatureError, verify_webhook

SECRET = "5f" * 32
BODY = json.dumps({"event": "test", "org_id": "org_1", "timestamp": "2026-12-01T00:00:00.000Z", "signals": []}).encode()


def signed(body: bytes = BODY, secret: str = SECRET, at_ms: int | None = None) -> dict[str, str]:
    """Headers as the server sends them, computed here from the documented scheme, not from the SDK."""
    stamp = str(at_ms if at_ms is not None else int(time.time() * 1000))
    digest = hmac.new(secret.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return {"X-DashClaw-Timestamp": stamp, "X-DashClaw-Signature": "v1=" + digest}


def test_a_valid_delivery_returns_its_payload_whatever_the_header_case_or_body_type():
    headers = signed()
    assert verify_webhook(SECRET, headers, BODY)["event"] == "test"
    assert verify_webhook(SECRET, {k.lower(): v for k, v in headers.items()}, BODY.decode())["org_id"] == "org_1"
    message = email.message.Message()  # what http.server and urllib hand a receiver
    for name, value in headers.items():
        message[name] = value
    assert verify_webhook(SECRET, message, bytearray(BODY))["signals"] == []


def _now_ms() -> int:
    return int(time.time() * 1000)


# Headers are made when each case runs (a lambda), not when the module is collected: a long test session
# would otherwise let the clock catch up with a timestamp "from the future".
@pytest.mark.parametrize("label,headers,body,secret", [
    ("body changed", signed, BODY + b" ", SECRET),
    ("other secret", signed, BODY, "00" * 32),
    ("timestamp changed", lambda: {**signed(), "X-DashClaw-Timestamp": str(_now_ms() + 1)}, BODY, SECRET),
    ("no signature", lambda: {"X-DashClaw-Timestamp": signed()["X-DashClaw-Timestamp"]}, BODY, SECRET),
    ("no timestamp", lambda: {"X-DashClaw-Signature": signed()["X-DashClaw-Signature"]}, BODY, SECRET),
    ("timestamp not a number", lambda: {**signed(), "X-DashClaw-Timestamp": "yesterday"}, BODY, SECRET),
    ("replayed after the tolerance", lambda: signed(at_ms=_now_ms() - 301_000), BODY, SECRET),
    ("from the future", lambda: signed(at_ms=_now_ms() + 301_000), BODY, SECRET),
    ("signature without its scheme", lambda: {**signed(), "X-DashClaw-Signature": signed()["X-DashClaw-Signature"][3:]},
     BODY, SECRET),
])
def test_anything_else_raises(label, headers, body, secret):
    with pytest.raises(WebhookSignatureError) as refused:
        verify_webhook(secret, headers(), body)
    assert isinstance(refused.value, DashClawError) and str(refused.value)


def test_the_tolerance_is_the_receivers_choice():
    old = signed(at_ms=int(time.time() * 1000) - 3_600_000)
    with pytest.raises(WebhookSignatureError, match="tolerance"):
        verify_webhook(SECRET, old, BODY)
    assert verify_webhook(SECRET, old, BODY, tolerance=7200)["event"] == "test"
    assert verify_webhook(SECRET, old, BODY, tolerance=None)["event"] == "test"


def test_a_signed_body_that_is_not_json_is_refused():
    with pytest.raises(WebhookSignatureError, match="not JSON"):
        verify_webhook(SECRET, signed(b"<html>"), b"<html>")
