"""Signed webhook deliveries: how DashClaw signs what it sends, and ``verify_webhook`` for receivers.

Every delivery (registered webhooks and guard ``webhook_check`` calls alike) carries

    X-DashClaw-Timestamp: 1764620400123            when it was signed, in milliseconds since the epoch
    X-DashClaw-Signature: v1=<64 hex>              HMAC-SHA256 of "<timestamp>.<body>" keyed with the secret

so a receiver can check that the body came from DashClaw unchanged and is recent (a replayed request carries
an old timestamp, and changing the timestamp breaks the signature). Standard library only.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time

from ._errors import WebhookSignatureError

TIMESTAMP_HEADER = "X-DashClaw-Timestamp"
SIGNATURE_HEADER = "X-DashClaw-Signature"
SCHEME = "v1="
DEFAULT_TOLERANCE_SECONDS = 300


def webhook_signature(secret, timestamp, body):
    """The ``X-DashClaw-Signature`` value for ``body`` (bytes) signed at ``timestamp`` (epoch ms, int or str)."""
    digest = hmac.new(_bytes(secret), str(timestamp).encode("ascii") + b"." + body, hashlib.sha256)
    return SCHEME + digest.hexdigest()


def verify_webhook(secret, headers, body, tolerance=DEFAULT_TOLERANCE_SECONDS):
    """Check a delivery from DashClaw and return its JSON payload (a dict); raise ``WebhookSignatureError`` if
    it is not authentic.

    ``secret`` is the webhook's secret (shown once by ``create_webhook``); ``headers`` any mapping of the
    request's headers (names in any case: a dict, ``http.client.HTTPMessage``, a framework's headers object);
    ``body`` the raw request body, bytes or str, exactly as received (parse it only after verifying).
    ``tolerance`` is how many seconds the timestamp may differ from this machine's clock (None: no limit).
    The signatures are compared in constant time.
    """
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    found = {str(name).lower(): value for name, value in headers.items()}
    timestamp = found.get(TIMESTAMP_HEADER.lower())
    signature = found.get(SIGNATURE_HEADER.lower())
    if not timestamp or not signature:
        raise WebhookSignatureError("Missing {} or {} header".format(TIMESTAMP_HEADER, SIGNATURE_HEADER))
    timestamp = str(timestamp).strip()
    if not timestamp.isdigit():
        raise WebhookSignatureError("{} is not a timestamp in milliseconds".format(TIMESTAMP_HEADER))
    if tolerance is not None and abs(time.time() * 1000 - int(timestamp)) > tolerance * 1000:
        raise WebhookSignatureError("Webhook timestamp is outside the {} s tolerance".format(tolerance))
    expected = webhook_signature(secret, timestamp, raw)
    if not hmac.compare_digest(expected.encode("ascii"), str(signature).strip().encode("utf-8", "replace")):
        raise WebhookSignatureError("Webhook signature does not match")
    try:
        return json.loads(raw.decode("utf-8"))
    except ValueError:
        raise WebhookSignatureError("Webhook body is not JSON") from None


def _bytes(secret):
    return secret.encode("utf-8") if isinstance(secret, str) else bytes(secret)
