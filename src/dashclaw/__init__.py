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
    "AsyncDashClaw",
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


def __getattr__(name):
    """``AsyncDashClaw`` is imported on first use, so code that never touches asyncio never loads it."""
    if name == "AsyncDashClaw":
        from ._async_client import AsyncDashClaw

        return AsyncDashClaw
    raise AttributeError("module 'dashclaw' has no attribute {!r}".format(name))
