"""Exceptions raised by the DashClaw SDK.

Every error the SDK raises derives from ``DashClawError``::

    DashClawError                    any failure; .status/.status_code, .code, .request_id, .details, .body,
                                     .method, .url
    ├── APIConnectionError           network failure or timeout; no response (status None)
    ├── ValidationError              400 and 422: the server rejected the input (.details lists why)
    ├── AuthenticationError          401: missing, unknown or revoked API key; bad agent signature
    ├── ForbiddenError               403: role, read-only key, closed enrollment
    │   └── GuardBlockedError        403 carrying a guard decision "block", or a client-side enforce block
    ├── NotFoundError                404
    ├── ConflictError                409: duplicate id or name, entity already closed
    ├── PayloadTooLargeError         413: body over the server's limit
    ├── RateLimitedError             429; .retry_after in seconds when the server sent Retry-After
    ├── ServerError                  5xx
    ├── ApprovalDeniedError          a human operator denied a pending action
    ├── ApprovalTimeoutError         no approval decision in time; also a builtin TimeoutError
    └── WebhookSignatureError        ``verify_webhook``: a delivery's signature or timestamp is not valid

Statuses without a dedicated class (402, 405, ...) raise ``DashClawError`` itself. ``code`` is the
server's machine-readable error code (``"SIGNATURE_REQUIRED"``) and ``request_id`` its ``X-Request-Id``
header; both are None when absent. ``str(error)`` stays the server's message (code that compares it keeps
working); ``repr(error)`` shows both, so logged exceptions carry them.
"""

from __future__ import annotations

import email.utils
import json
import time

__all__ = [
    "DashClawError",
    "APIConnectionError",
    "ValidationError",
    "AuthenticationError",
    "ForbiddenError",
    "GuardBlockedError",
    "NotFoundError",
    "ConflictError",
    "PayloadTooLargeError",
    "RateLimitedError",
    "ServerError",
    "ApprovalDeniedError",
    "ApprovalTimeoutError",
    "WebhookSignatureError",
]


class DashClawError(Exception):
    """Base error for the DashClaw SDK.

    ``DashClawError(message, status=None, details=None)`` is the 2.10.0 constructor; the server's error
    code, the request id, the request and the parsed JSON error body ride along as keyword-only extras.
    """

    def __init__(
        self, message, status=None, details=None, *, code=None, request_id=None, body=None, method=None, url=None
    ):
        super().__init__(message)
        self.message = message
        self.status = status
        self.details = details
        self.code = code
        self.request_id = request_id
        self.body = body
        self.method = method
        self.url = url

    @property
    def status_code(self):
        return self.status

    def __repr__(self):
        return "{}({!r}, status={!r}, code={!r}, request_id={!r})".format(
            type(self).__name__, self.message, self.status, self.code, self.request_id
        )


class APIConnectionError(DashClawError):
    """The server could not be reached or did not answer in time."""


class ValidationError(DashClawError):
    """400/422: the request was rejected as invalid."""


class AuthenticationError(DashClawError):
    """401: the API key (or agent signature) was not accepted."""


class ForbiddenError(DashClawError):
    """403: the key may not do this."""


class NotFoundError(DashClawError):
    """404: no such entity in this organisation."""


class ConflictError(DashClawError):
    """409: the entity already exists or is in a state that forbids the change."""


class PayloadTooLargeError(DashClawError):
    """413: the request body exceeds the server's limit."""


class RateLimitedError(DashClawError):
    """429: slow down; ``retry_after`` says for how many seconds when the server told us."""

    def __init__(self, message, status=429, details=None, *, retry_after=None, **context):
        super().__init__(message, status, details, **context)
        self.retry_after = retry_after


class ServerError(DashClawError):
    """5xx: the server failed."""


class GuardBlockedError(ForbiddenError):
    """The behaviour guard blocked an action (``decision`` is the guard's verdict, e.g. "block")."""

    def __init__(self, decision, **context):
        reasons = "; ".join(decision.get("reasons") or []) or "no reason"
        message = "Guard blocked action: {}. Reasons: {}".format(decision.get("decision"), reasons)
        super().__init__(message, status=403, details=decision, **context)
        self.decision = decision.get("decision")
        self.reasons = decision.get("reasons", [])
        self.warnings = decision.get("warnings", [])
        self.matched_policies = decision.get("matched_policies", [])
        self.risk_score = decision.get("risk_score")


class ApprovalDeniedError(DashClawError):
    """A human operator denied the action (``decision`` is the action's final status)."""

    def __init__(self, message, decision=None):
        super().__init__(message, status=403)
        self.decision = decision


class ApprovalTimeoutError(DashClawError, TimeoutError):
    """No approval decision arrived in time; ``except TimeoutError`` (2.10.0 behaviour) still catches it."""

    def __init__(self, message, action_id=None):
        super().__init__(message)
        self.action_id = action_id


class WebhookSignatureError(DashClawError):
    """A webhook delivery failed verification: missing headers, a stale timestamp or a wrong signature."""


REQUEST_ID_HEADER = "X-Request-Id"

_ERROR_CLASS_BY_STATUS = {
    400: ValidationError,
    401: AuthenticationError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: ValidationError,
    429: RateLimitedError,
}


def parse_retry_after(value):
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None:
        return None
    return max(0.0, moment.timestamp() - time.time())


def error_from_response(status, reason, data, headers, method, url):
    """Build the exception for a non-2xx answer, the way 2.10.0 worded its messages."""
    try:
        body = json.loads(data.decode("utf-8")) if data else None
    except (UnicodeDecodeError, ValueError):
        body = None
    context = {"request_id": headers.get(REQUEST_ID_HEADER), "body": body, "method": method, "url": url}
    message = "HTTP Error {}: {}".format(status, reason)
    details = None
    if isinstance(body, dict):
        if isinstance(body.get("error"), str):
            message = body["error"]
        if isinstance(body.get("code"), str):
            context["code"] = body["code"]
        details = body.get("details")
        decision = body.get("decision")
        if status == 403 and isinstance(decision, dict) and decision.get("decision") == "block":
            return GuardBlockedError(decision, **context)
    if status == 429:
        retry_after = parse_retry_after(headers.get("Retry-After"))
        return RateLimitedError(message, status, details, retry_after=retry_after, **context)
    error_class = _ERROR_CLASS_BY_STATUS.get(status)
    if error_class is None:
        error_class = ServerError if status >= 500 else DashClawError
    return error_class(message, status, details, **context)
