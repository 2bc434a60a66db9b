"""AutoGen: classic ConversableAgents talking at llm_config=False, and an AgentChat AssistantAgent on a replay client."""
from __future__ import annotations

import asyncio
import time

import pytest

from dashclaw.integrations.autogen import DashClawAutoGenIntegration
from support.recorded import children_of, recorded_actions


def conversable_agents():
    autogen = pytest.importorskip("autogen")
    planner = autogen.ConversableAgent("planner", llm_config=False, human_input_mode="NEVER",
                                       default_auto_reply="Next step?", max_consecutive_auto_reply=1)
    worker = autogen.ConversableAgent("worker", llm_config=False, human_input_mode="NEVER",
                                      default_auto_reply="Done.", max_consecutive_auto_reply=1)
    return planner, worker


def test_every_message_two_agents_exchange_is_recorded_once_closed_and_in_one_conversation(claw):
    planner, worker = conversable_agents()
    integration = DashClawAutoGenIntegration(claw)
    integration.instrument_agent(planner)
    integration.instrument_agent(worker)
    integration.instrument_agent(worker)  # a second call changes nothing

    chat = planner.initiate_chat(worker, message="Plan the release", silent=True)

    exchanged = [(message["name"], message["content"]) for message in chat.chat_history]
    assert exchanged == [("planner", "Plan the release"), ("worker", "Done."), ("planner", "Next step?")]
    assert integration.flush(10)
    actions = recorded_actions(claw)
    conversation = actions[0]
    assert (conversation["action_type"], conversation["declared_goal"]) == ("conversation",
                                                                            "Conversation between planner and worker")
    assert (conversation["status"], conversation["output_summary"]) == ("completed", "3 messages")
    messages = children_of(actions, conversation)
    assert messages == actions[1:]
    received = [(m["agent_name"], m["declared_goal"], m["input_summary"], m["output_summary"]) for m in messages]
    assert received == [
        ("worker", "Process message from planner", "Plan the release", "Done."),
        ("planner", "Process message from worker", "Done.", "Next step?"),
        ("worker", "Process message from planner", "Next step?", "No reply"),  # out of auto replies
    ]
    assert all(m["status"] == "completed" and m["duration_ms"] is not None for m in actions)


def test_each_chat_is_its_own_conversation_also_when_it_runs_for_a_number_of_turns(claw):
    planner, worker = conversable_agents()
    integration = DashClawAutoGenIntegration(claw)
    integration.instrument_agent(worker)  # only the worker: it records what it receives

    planner.initiate_chat(worker, message="First release", silent=True, max_turns=1)
    planner.initiate_chat(worker, message="Second release", silent=True, max_turns=2)

    assert integration.flush(10)
    actions = recorded_actions(claw)
    conversations = [action for action in actions if action["action_type"] == "conversation"]
    assert [c["output_summary"] for c in conversations] == ["1 messages", "2 messages"]
    first, second = ([m["input_summary"] for m in children_of(actions, c)] for c in conversations)
    assert first == ["First release"] and second == ["Second release", "Next step?"]
    assert {action["status"] for action in actions} == {"completed"}


def replaying_assistant(*tool_results: str):
    pytest.importorskip("autogen_agentchat")
    from autogen_agentchat.agents import AssistantAgent
    from autogen_core import FunctionCall
    from autogen_core.models import CreateResult, RequestUsage
    from autogen_ext.models.replay import ReplayChatCompletionClient

    def count_apples(basket: str) -> str:
        """Count the apples in a basket."""
        if basket == "lost":
            raise LookupError("no such basket")
        return f"42 apples in the {basket} basket"

    tool_call = CreateResult(finish_reason="function_calls", cached=False,
                             content=[FunctionCall(id="call_1", name="count_apples",
                                                   arguments='{"basket": "%s"}' % tool_results[0])],
                             usage=RequestUsage(prompt_tokens=11, completion_tokens=3))
    model = ReplayChatCompletionClient([tool_call, "There are 42 apples."], model_info={
        "vision": False, "function_calling": True, "json_output": False, "family": "unknown",
        "structured_output": False})
    return AssistantAgent("counter", model_client=model, tools=[count_apples], reflect_on_tool_use=True)


async def collect(stream) -> list:
    return [item async for item in stream]


def test_an_agentchat_run_stream_is_recorded_item_by_item_and_passes_through_unchanged(claw):
    integration = DashClawAutoGenIntegration(claw)
    agent = replaying_assistant("red")

    items = asyncio.run(collect(integration.record_stream(agent.run_stream(task="How many apples?"))))

    kinds = [type(item).__name__ for item in items]
    assert kinds == ["TextMessage", "ToolCallRequestEvent", "ToolCallExecutionEvent", "TextMessage", "TaskResult"]
    assert items[-1].messages[-1].content == "There are 42 apples."
    assert integration.flush(10)
    actions = recorded_actions(claw)
    run = actions[0]
    assert (run["action_type"], run["declared_goal"], run["status"]) == ("conversation",
                                                                         "AutoGen run: How many apples?", "completed")
    assert run["output_summary"] == items[-1].stop_reason or run["output_summary"] == "There are 42 apples."
    recorded = [(a["declared_goal"], a["action_type"], a["status"], a["tokens_in"], a["tokens_out"])
                for a in children_of(actions, run)]
    assert recorded == [
        ("TextMessage from user", "message", "completed", 0, 0),
        ("ToolCallRequestEvent from counter", "tool", "completed", 11, 3),
        ("ToolCallExecutionEvent from counter", "tool", "completed", 0, 0),
        ("TextMessage from counter", "message", "completed", items[3].models_usage.prompt_tokens,
         items[3].models_usage.completion_tokens),
    ]
    assert "42 apples in the red basket" in actions[3]["input_summary"]


def test_a_tool_error_in_an_agentchat_run_is_a_failed_action(claw):
    integration = DashClawAutoGenIntegration(claw)
    agent = replaying_assistant("lost")

    asyncio.run(collect(integration.record_stream(agent.run_stream(task="How many apples?"))))

    assert integration.flush(10)
    execution = [a for a in recorded_actions(claw) if a["declared_goal"] == "ToolCallExecutionEvent from counter"]
    assert execution[0]["status"] == "failed" and "no such basket" in execution[0]["error_message"]


def test_agents_talk_and_runs_stream_unchanged_and_unhindered_when_dashclaw_is_down(unreachable_claw):
    planner, worker = conversable_agents()
    integration = DashClawAutoGenIntegration(unreachable_claw)
    integration.instrument_agent(planner)
    integration.instrument_agent(worker)
    agent = replaying_assistant("red")
    started = time.monotonic()

    chat = planner.initiate_chat(worker, message="Plan the release", silent=True)
    items = asyncio.run(collect(integration.record_stream(agent.run_stream(task="How many apples?"))))

    assert [message["content"] for message in chat.chat_history] == ["Plan the release", "Done.", "Next step?"]
    assert items[-1].messages[-1].content == "There are 42 apples."
    assert time.monotonic() - started < 3.0  # at most one record was awaited, for at most a second
