"""AutoGen integration: record every message an agent receives, and every item of an AgentChat run's stream.

Usage with the classic ``ConversableAgent`` API (PyPI ``autogen``, module ``autogen``)::

    integration = DashClawAutoGenIntegration(claw)
    integration.instrument_agent(assistant)

Each message the agent receives is one action (``Process message from <sender>``), opened when the message
arrives and closed when the agent answers it (the answer is its output; the ``process_message_before_send`` hook
sees it) or, when it does not answer, once the message is handled. The messages two agents exchange are
children of one ``conversation`` action, which a fresh chat between them replaces and which is closed (with
its message count and duration) whenever no instrumented agent is handling a message. ``receive`` has no hook,
so it is wrapped on the agent instance.

With ``autogen-agentchat`` (0.4 and later) wrap a run's stream; items pass through unchanged::

    async for item in integration.record_stream(agent.run_stream(task="...")):
        ...

The run is one action, closed by its ``TaskResult``; each message and event is a completed action below it
(a tool execution that reported an error is failed), with the model's token usage when the item carries it.

Records go out as described in ``dashclaw._sender``: never raising into the agents, never holding them up while
DashClaw is down or slow (``integration.flush()`` waits for them).
"""

from __future__ import annotations

import logging
import time
from typing import Any, Dict, Union

from dashclaw import DashClaw
from dashclaw._domains.actions import new_action_id

from .._sender import RecordSender
from ._recording import GOAL_LENGTH, clip

logger = logging.getLogger("dashclaw")

MESSAGE_RISK = 10


class _Conversation:
    """The conversation action of two agents, and what its closing outcome reports."""

    def __init__(self, action_id):
        self.action_id = action_id
        self.started = time.monotonic()
        self.messages = 0
        self.closed = False  # closed, and no message since


class DashClawAutoGenIntegration:
    """Hooks for AutoGen ``ConversableAgent`` and its subclasses, and a recorder for AgentChat streams."""

    def __init__(self, client: DashClaw):
        self.client = client
        self.active_conversations = {}  # the two agents' ids -> their current _Conversation
        self._open_turns = {}  # (receiver id, sender id) -> (message action id, monotonic start)
        self._handling = 0  # receive calls under way (a reply is received inside the receive it answers)
        self._sender = RecordSender()

    def flush(self, timeout=None) -> bool:
        """Wait until every record was sent; False if ``timeout`` seconds passed first."""
        return self._sender.flush(timeout)

    # -- classic AutoGen: ConversableAgent ----------------------------------------------------------------------

    def instrument_agent(self, agent: Any):
        """Record each message ``agent`` receives, under the conversation it belongs to; returns the agent."""
        if getattr(agent, "_dashclaw_integration", None) is self:
            return agent
        agent.register_hook(hookable_method="process_message_before_send", hook=self._close_answered_turn)
        receive, a_receive = agent.receive, agent.a_receive

        def receive_and_record(message, sender, request_reply=None, silent=False):
            self._open_turn(agent, message, sender)
            try:
                return receive(message, sender, request_reply, silent)
            except Exception as error:
                self._close_turn(agent, sender, status="failed", error_message=clip(error))
                raise
            finally:
                self._handled(agent, sender)

        async def a_receive_and_record(message, sender, request_reply=None, silent=False):
            self._open_turn(agent, message, sender)
            try:
                return await a_receive(message, sender, request_reply, silent)
            except Exception as error:
                self._close_turn(agent, sender, status="failed", error_message=clip(error))
                raise
            finally:
                self._handled(agent, sender)

        agent.receive = receive_and_record
        agent.a_receive = a_receive_and_record
        agent._dashclaw_integration = self
        return agent

    def _open_turn(self, agent: Any, message: Union[Dict, str], sender: Any) -> None:
        self._handling += 1
        try:
            conversation = self._conversation_for(agent, sender)
            conversation.messages += 1
            conversation.closed = False
            sender_name = getattr(sender, "name", None) or "unknown"
            action_id = new_action_id()
            self._open_turns[(id(agent), id(sender))] = (action_id, time.monotonic())
            self._sender.send(
                self.client.create_action,
                action_id=action_id,
                parent_action_id=conversation.action_id,
                action_type="message",
                declared_goal=clip("Process message from {}".format(sender_name), GOAL_LENGTH),
                input_summary=_message_text(message) or "Empty message",
                agent_name=clip(getattr(agent, "name", None), 256),
                trigger=clip("message from {}".format(sender_name), 1000),
                risk_score=MESSAGE_RISK,
                systems_touched=["autogen"],
            )
        except Exception as e:
            logger.warning("dashclaw: failed to log AutoGen message: %s", e)

    def _conversation_for(self, agent: Any, sender: Any) -> _Conversation:
        """The conversation of the two agents; a new one when none is going or this chat starts afresh."""
        key = frozenset((id(agent), id(sender)))
        conversation = self.active_conversations.get(key)
        fresh_chat = not (getattr(agent, "chat_messages", None) or {}).get(sender)
        if conversation is None or fresh_chat:
            conversation = _Conversation(new_action_id())
            self.active_conversations[key] = conversation
            names = sorted(str(getattr(party, "name", None) or "unknown") for party in (agent, sender))
            self._sender.send(
                self.client.create_action,
                action_id=conversation.action_id,
                action_type="conversation",
                declared_goal=clip("Conversation between {} and {}".format(*names), GOAL_LENGTH),
                risk_score=MESSAGE_RISK,
                systems_touched=["autogen"],
            )
        return conversation

    def _close_answered_turn(self, sender: Any, message: Union[Dict, str], recipient: Any, silent: bool = False):
        """``process_message_before_send`` hook: the agent's answer closes the turn it answers; passes it on."""
        try:
            self._close_turn(sender, recipient, status="completed", output_summary=_message_text(message))
        except Exception as e:
            logger.warning("dashclaw: failed to log AutoGen answer: %s", e)
        return message

    def _close_turn(self, agent: Any, partner: Any, **outcome: Any) -> None:
        turn = self._open_turns.pop((id(agent), id(partner)), None)
        if turn is None:
            return
        action_id, started = turn
        duration_ms = int((time.monotonic() - started) * 1000)
        self._sender.send(self.client.update_outcome, action_id, duration_ms=duration_ms, **outcome)

    def _handled(self, agent: Any, sender: Any) -> None:
        """A received message is handled: close its turn if unanswered, and the conversations once all are."""
        self._handling -= 1
        try:
            self._close_turn(agent, sender, status="completed", output_summary="No reply")
            if self._handling:
                return
            for conversation in self.active_conversations.values():
                if conversation.closed:
                    continue
                conversation.closed = True
                self._sender.send(
                    self.client.update_outcome,
                    conversation.action_id,
                    status="completed",
                    output_summary="{} messages".format(conversation.messages),
                    duration_ms=int((time.monotonic() - conversation.started) * 1000),
                )
        except Exception as e:
            logger.warning("dashclaw: failed to log AutoGen conversation: %s", e)

    # -- AgentChat (autogen-agentchat): a run's message stream ---------------------------------------------------

    async def record_stream(self, stream: Any):
        """Yield every item of an AgentChat ``run_stream`` unchanged, recording the run and each item."""
        run = _StreamRun(self)
        try:
            async for item in stream:
                run.record(item)
                yield item
        except Exception as error:
            run.close(status="failed", error_message=clip(error))
            raise
        finally:
            run.close(status="cancelled", output_summary="The stream was left before its result")


class _StreamRun:
    """One AgentChat run as actions: the run, opened at its first item, and one action per item below it."""

    def __init__(self, integration: DashClawAutoGenIntegration):
        self._integration = integration
        self._send = integration._sender.send_nowait  # the host runs an event loop: never wait on it
        self._client = integration.client
        self.action_id = None
        self._started = time.monotonic()

    def record(self, item: Any) -> None:
        try:
            if hasattr(item, "stop_reason") and hasattr(item, "messages"):  # TaskResult: the run's end
                self.close(status="completed", output_summary=clip(item.stop_reason or _last_text(item.messages)))
                return
            if self.action_id is None:
                self._open(item)
            self._record_item(item)
        except Exception as e:
            logger.warning("dashclaw: failed to log AutoGen stream item: %s", e)

    def _open(self, first_item: Any) -> None:
        self.action_id = new_action_id()
        self._send(
            self._client.create_action,
            action_id=self.action_id,
            action_type="conversation",
            declared_goal=clip("AutoGen run: {}".format(_item_text(first_item)), GOAL_LENGTH),
            risk_score=MESSAGE_RISK,
            systems_touched=["autogen"],
        )

    def _record_item(self, item: Any) -> None:
        kind = type(item).__name__
        source = getattr(item, "source", None) or "unknown"
        failures = [result for result in _list(getattr(item, "content", None)) if getattr(result, "is_error", False)]
        usage = getattr(item, "models_usage", None)
        tokens_in = getattr(usage, "prompt_tokens", 0) or 0
        tokens_out = getattr(usage, "completion_tokens", 0) or 0
        self._send(
            self._client.create_action,
            action_id=new_action_id(),
            parent_action_id=self.action_id,
            action_type="tool" if kind.startswith("ToolCall") else "message",
            declared_goal=clip("{} from {}".format(kind, source), GOAL_LENGTH),
            input_summary=clip(_item_text(item)),
            agent_name=clip(source, 256),
            status="failed" if failures else "completed",
            error_message=clip("; ".join(str(result.content) for result in failures)) if failures else None,
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            risk_score=MESSAGE_RISK,
            systems_touched=["autogen"],
        )
        if tokens_in or tokens_out:
            self._send(self._client.report_token_usage,
                       {"tokens_in": tokens_in, "tokens_out": tokens_out, "session_key": self.action_id})

    def close(self, **outcome: Any) -> None:
        """Close the run's action once (a later call does nothing)."""
        if self.action_id is None:
            return
        action_id, self.action_id = self.action_id, None
        try:
            duration_ms = int((time.monotonic() - self._started) * 1000)
            self._send(self._client.update_outcome, action_id, duration_ms=duration_ms, **outcome)
        except Exception as e:
            logger.warning("dashclaw: failed to log AutoGen run end: %s", e)


def _message_text(message: Union[Dict, str, None]) -> str:
    """A classic AutoGen message as text: its content, or the tool calls it makes."""
    if not isinstance(message, dict):
        return clip(message or "")
    content = message.get("content")
    calls = message.get("tool_calls") or []
    if not content and calls:
        names = ", ".join(str((call.get("function") or {}).get("name")) for call in calls)
        return clip("Tool calls: {}".format(names))
    return clip(content if content is not None else "")


def _item_text(item: Any) -> str:
    to_text = getattr(item, "to_text", None)
    return to_text() if callable(to_text) else str(getattr(item, "content", item))


def _last_text(messages: Any) -> str:
    messages = _list(messages)
    return _item_text(messages[-1]) if messages else ""


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []
