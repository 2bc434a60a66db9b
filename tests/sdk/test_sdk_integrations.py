"""The framework integrations record actions through a real client (frameworks themselves not needed)."""

from __future__ import annotations

import uuid
from types import SimpleNamespace

import pytest

from dashclaw.integrations.autogen import DashClawAutoGenIntegration
from dashclaw.integrations.crewai import DashClawCrewIntegration
from dashclaw.integrations.langchain import DashClawCallbackHandler

from support.stub import Reply


@pytest.fixture
def recording(api, client):
    api.on("POST", "/api/actions", Reply(201, {"action_id": "act_1", "action": {}}))
    api.on("PATCH", "/api/actions/act_1", {"action": {}})
    api.on("POST", "/api/tokens", Reply(201, {"snapshot": {}}))
    return client


def test_langchain_llm_run_becomes_an_action_with_token_usage(api, recording):
    handler = DashClawCallbackHandler(recording)
    run_id = uuid.uuid4()
    handler.on_llm_start({}, ["Summarise the report"], run_id=run_id, invocation_params={"model_name": "gpt-4o"})
    result = SimpleNamespace(
        generations=[[SimpleNamespace(text="Summary")]],
        llm_output={"token_usage": {"prompt_tokens": 12, "completion_tokens": 3}, "model_name": "gpt-4o"},
    )
    handler.on_llm_end(result, run_id=run_id)

    created = api.to("POST", "/api/actions")[0].body
    assert created["action_type"] == "planning" and created["systems_touched"] == ["llm", "gpt-4o"]
    outcome = api.to("PATCH", "/api/actions/act_1")[0].body
    assert (outcome["status"], outcome["output_summary"], outcome["tokens_in"]) == ("completed", "Summary", 12)
    tokens = api.to("POST", "/api/tokens")[0].body
    assert (tokens["tokens_in"], tokens["tokens_out"], tokens["model"]) == (12, 3, "gpt-4o")
    assert tokens["session_key"] == str(run_id)
    assert handler.run_map == {} and handler.run_started_at == {}


def test_langchain_tool_error_marks_the_action_failed(api, recording):
    handler = DashClawCallbackHandler(recording)
    run_id = uuid.uuid4()
    handler.on_tool_start({"name": "search"}, "query", run_id=run_id)
    handler.on_tool_error(ValueError("no results"), run_id=run_id)
    outcome = api.to("PATCH", "/api/actions/act_1")[0].body
    assert (outcome["status"], outcome["error_message"]) == ("failed", "no results")


def test_crewai_instrumented_agent_records_each_task(api, recording):
    agent = SimpleNamespace(role="analyst", execute_task=lambda task, context=None, tools=None: "42")
    DashClawCrewIntegration(recording).instrument_agent(agent)
    assert agent.execute_task(SimpleNamespace(description="Count things")) == "42"
    assert api.to("POST", "/api/actions")[0].body["agent_name"] == "analyst"
    assert api.to("PATCH", "/api/actions/act_1")[0].body["output_summary"] == "42"


def test_autogen_hook_records_the_message_and_passes_it_on(api, recording):
    hooks = []
    agent = SimpleNamespace(register_hook=lambda hookable_method, hook: hooks.append(hook))
    DashClawAutoGenIntegration(recording).instrument_agent(agent)
    message = {"content": "hello", "name": "planner"}
    assert hooks[0](message) is message
    assert api.to("POST", "/api/actions")[0].body["declared_goal"] == "Process message from planner"
