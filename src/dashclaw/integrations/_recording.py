"""What the integrations share: text fitted to the server's field limits (records go out through
``dashclaw._sender.RecordSender``)."""

from __future__ import annotations

GOAL_LENGTH = 2000  # declared_goal
TEXT_LENGTH = 4000  # input_summary, output_summary, reasoning, error_message
SYSTEM_LENGTH = 256  # each systems_touched item


def clip(value, limit=TEXT_LENGTH):
    """``value`` as text of at most ``limit`` characters (None stays None)."""
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
