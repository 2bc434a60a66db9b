"""AutoGen integration: record every message an agent receives as a DashClaw action.

Usage::

    integration = DashClawAutoGenIntegration(claw)
    integration.instrument_agent(assistant)
"""

from __future__ import annotations

import logging
from typing import Any, Dict, Union

from dashclaw import DashClaw

logger = logging.getLogger("dashclaw")


class DashClawAutoGenIntegration:
    """Hooks for AutoGen ``ConversableAgent`` and its subclasses."""

    def __init__(self, client: DashClaw):
        self.client = client
        self.active_conversations = {}  # session id -> action id

    def instrument_agent(self, agent: Any):
        """Register a hook that logs each received message (the start of a turn)."""
        agent.register_hook(hookable_method="process_last_received_message", hook=self._process_message_hook)
        return agent

    def _process_message_hook(self, message: Union[Dict, str]) -> Union[Dict, str]:
        """Record the turn, then hand the message on unchanged."""
        try:
            content = message["content"] if isinstance(message, dict) else message
            sender = message.get("name", "unknown") if isinstance(message, dict) else "unknown"
            self.client.create_action(
                action_type="message",
                declared_goal="Process message from {}".format(sender),
                input_summary=content[:500] if content else "Empty message",
                risk_score=10,
            )
        except Exception as e:
            logger.warning("dashclaw: failed to log AutoGen message: %s", e)
        return message
