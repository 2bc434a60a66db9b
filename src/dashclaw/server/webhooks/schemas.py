from __future__ import annotations

from typing import Any

from pydantic import Field

from ..core.validation import RequestModel, Text
from .events import SUBSCRIPTIONS

URL_MAX_LENGTH = 2048


class WebhookCreate(RequestModel):
    url: Text(URL_MAX_LENGTH) | None = None
    """Checked as contract 8.4 says (https, no private or local host, the allowlist); the message says why not."""
    events: Any = Field(None, description=f"A non-empty array of: {', '.join(SUBSCRIPTIONS)} (default [\"all\"]).")
