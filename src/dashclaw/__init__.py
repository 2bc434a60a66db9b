"""DashClaw Python SDK: decision infrastructure for AI agents (standard library only)."""

# Defined before the imports below: the transport reads it for its User-Agent header.
__version__ = "2.11.0.dev0"

from ._errors import (  # noqa: E402
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
)
from .client import DashClaw, OpenClawAgent  # noqa: E402

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
]
