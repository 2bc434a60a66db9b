"""CrewAI: real agents, tasks and crews, their LLM a local OpenAI-compatible stand-in, recorded by the integration."""
from __future__ import annotations

import json
import time
from typing import Iterator

import pytest

pytest.importorskip("crewai")

from crewai import LLM, Agent, Crew, Task
from crewai.tasks.task_output import TaskOutput
from crewai.tools import tool

from dashclaw.integrations.crewai import DashClawCrewIntegration
from support.recorded import children_of, recorded_actions
from support.stub import Recorded, Reply, ScriptedServer

# CrewAI calls tools natively with models that support function calling, and through ReAct text otherwise
# (o1 models): one stand-in answers both ways.
NATIVE_MODEL, TEXT_MODEL = "gpt-4o-mini", "o1-mini"


def completion(message: dict) -> Reply:
    return Reply(json_body={
        "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "stand-in",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", **message}}],
        "usage": {"prompt_tokens": 30, "completion_tokens": 8, "total_tokens": 38},
    })


def count_apples_then_answer(request: Recorded) -> Reply:
    """First turn: call `count_apples`; once its result is in the conversation: the final answer."""
    messages = request.body["messages"]
    if request.body["model"] == TEXT_MODEL:
        if len(messages) > 2:
            return completion({"content": "Thought: I know it now.\nFinal Answer: There are 42 apples."})
        return completion({"content": 'Thought: I should count.\nAction: count_apples\nAction Input: {"basket": "red"}'})
    if any(message["role"] == "tool" for message in messages):
        return completion({"content": "There are 42 apples."})
    call = {"id": "call_1", "type": "function",
            "function": {"name": "count_apples", "arguments": json.dumps({"basket": "red"})}}
    return completion({"content": None, "tool_calls": [call]})


@pytest.fixture
def llm_server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as llm:
        llm.on("POST", "/v1/chat/completions", count_apples_then_answer)
        yield llm


@tool("count_apples")
def count_apples(basket: str) -> str:
    """Count the apples in a basket."""
    return f"42 apples in the {basket} basket"


def analyst(llm_server: ScriptedServer, model: str = NATIVE_MODEL, **fields) -> Agent:
    llm = LLM(model=f"openai/{model}", base_url=f"{llm_server.url}/v1", api_key="sk-stand-in")
    return Agent(role="analyst", goal="Count fruit", backstory="Careful with numbers", llm=llm, tools=[count_apples],
                 **fields)


def counting_task(agent: Agent, **fields) -> Task:
    return Task(description="Count the apples", expected_output="A number of apples", agent=agent, **fields)


def test_task_callback_records_a_real_task_output(llm_server, claw):
    integration = DashClawCrewIntegration(claw)
    outputs = []
    agent = analyst(llm_server)
    task = counting_task(agent, callback=lambda output: (outputs.append(output), integration.task_callback(output)))

    result = Crew(agents=[agent], tasks=[task]).kickoff()

    assert result.raw == "There are 42 apples." and isinstance(outputs[0], TaskOutput)
    assert integration.flush(10)
    (recorded,) = recorded_actions(claw)
    assert (recorded["action_type"], recorded["status"], recorded["agent_name"]) == ("task", "completed", "analyst")
    assert recorded["declared_goal"] == "CrewAI task completed: Count the apples"
    assert (recorded["input_summary"], recorded["output_summary"]) == ("Count the apples", "There are 42 apples.")


@pytest.mark.parametrize("model", [NATIVE_MODEL, TEXT_MODEL])
def test_an_instrumented_agent_records_its_task_and_steps_and_keeps_its_own_step_callback(llm_server, claw, model):
    own_steps = []
    agent = analyst(llm_server, model, step_callback=own_steps.append)
    integration = DashClawCrewIntegration(claw)
    assert integration.instrument_agent(agent) is agent
    integration.instrument_agent(agent)  # a second call changes nothing

    result = Crew(agents=[agent], tasks=[counting_task(agent)]).kickoff()

    assert result.raw == "There are 42 apples."
    assert integration.flush(10)
    actions = recorded_actions(claw)
    task = actions[0]
    assert (task["action_type"], task["declared_goal"], task["status"]) == ("research", "Agent analyst executing task",
                                                                            "completed")
    assert (task["input_summary"], task["output_summary"]) == ("Count the apples", "There are 42 apples.")
    assert task["duration_ms"] is not None and task["agent_name"] == "analyst"
    steps = children_of(actions, task)
    assert steps == actions[1:] and all(step["status"] == "completed" for step in steps)
    if model == TEXT_MODEL:  # the tool use is a step; its ToolResult repeats it and is not recorded twice
        (tool_use,) = steps
        assert (tool_use["declared_goal"], tool_use["systems_touched"]) == ("Use Tool: count_apples", ["count_apples"])
        assert tool_use["output_summary"] == "42 apples in the red basket"
        assert tool_use["input_summary"] == '{"basket": "red"}' and "I should count" in tool_use["reasoning"]
    else:  # native tool calls are not steps in CrewAI; the final answer is
        (answer,) = steps
        assert (answer["declared_goal"], answer["output_summary"]) == ("Final answer", "There are 42 apples.")
    expected_steps = ["ToolResult", "AgentAction"] if model == TEXT_MODEL else ["AgentFinish"]
    assert [type(step).__name__ for step in own_steps] == expected_steps  # the agent's own callback saw every step


def test_an_instrumented_agent_passes_steps_on_to_its_crews_step_callback(llm_server, claw):
    crew_steps = []
    agent = analyst(llm_server)
    integration = DashClawCrewIntegration(claw)
    integration.instrument_agent(agent)

    Crew(agents=[agent], tasks=[counting_task(agent)], step_callback=crew_steps.append).kickoff()

    assert [type(step).__name__ for step in crew_steps] == ["AgentFinish"]


def test_a_failing_task_is_a_failed_action_and_the_error_reaches_the_crew(llm_server, claw):
    llm_server.on("POST", "/v1/chat/completions", Reply(400, {"error": {"message": "model overloaded"}}))
    agent = analyst(llm_server, max_retry_limit=0)
    integration = DashClawCrewIntegration(claw)
    integration.instrument_agent(agent)

    with pytest.raises(Exception):
        Crew(agents=[agent], tasks=[counting_task(agent)]).kickoff()

    assert integration.flush(10)
    (task,) = recorded_actions(claw)
    assert task["status"] == "failed" and task["error_message"]
    assert integration.active_tasks == {}


def test_a_crew_runs_unchanged_and_unhindered_when_dashclaw_is_down(llm_server, unreachable_claw):
    integration = DashClawCrewIntegration(unreachable_claw)
    agent = integration.instrument_agent(analyst(llm_server))
    task = counting_task(agent, callback=integration.task_callback)
    Crew(agents=[analyst(llm_server)], tasks=[counting_task(analyst(llm_server))]).kickoff()  # CrewAI's own warm-up
    started = time.monotonic()

    result = Crew(agents=[agent], tasks=[task]).kickoff()

    assert result.raw == "There are 42 apples."
    assert time.monotonic() - started < 5.0  # the crew's own second or so, and at most one awaited record
