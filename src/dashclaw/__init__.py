"""DashClaw Python SDK: decision infrastructure for AI agents (standard library only)."""

from ._errors import (
    APIConnectionError,
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
    WebhookSignatureError,
)
from ._version import __version__
from ._webhook_signature import verify_webhook
from .client import DashClaw, OpenClawAgent

__all__ = [
    "__version__",
    "DashClaw",
    "OpenClawAgent",
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
    "verify_webhook",
]
