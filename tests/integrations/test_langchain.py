"""LangChain: real runnables, langchain_core's fake chat models and a real @tool, recorded by DashClawCallbackHandler."""
from __future__ import annotations

import threading
import time

import pytest

pytest.importorskip("langchain_core")

from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel, GenericFakeChatModel
from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnableConfig, RunnableLambda
from langchain_core.tools import tool

from dashclaw import ApprovalDeniedError, DashClaw, GuardBlockedError
from dashclaw.integrations.langchain import DashClawCallbackHandler
from support.policies import add_policy
from support.recorded import children_of, recorded_actions
from support.server import free_port


def usage(tokens_in: int, tokens_out: int) -> dict:
    return {"input_tokens": tokens_in, "output_tokens": tokens_out, "total_tokens": tokens_in + tokens_out}


def tool_calling_agent(model, tools):
    """A minimal tool-calling agent loop: ask the model, run the tools it calls, until it answers."""
    by_name = {t.name: t for t in tools}

    def run(question: str, config: RunnableConfig) -> str:
        messages = [HumanMessage(question)]
        while True:
            reply = model.invoke(messages, config)
            messages.append(reply)
            if not reply.tool_calls:
                return reply.content
            messages.extend(by_name[call["name"]].invoke(call, config) for call in reply.tool_calls)

    return RunnableLambda(run, name="agent")


def multiplying_agent(calls: list):
    @tool
    def multiply(a: int, b: int) -> int:
        """Multiply two integers."""
        calls.append((a, b))
        return a * b

    model = FakeMessagesListChatModel(responses=[
        AIMessage("", tool_calls=[{"name": "multiply", "args": {"a": 6, "b": 7}, "id": "call_1"}],
                  usage_metadata=usage(12, 5)),
        AIMessage("6 times 7 is 42", usage_metadata=usage(20, 6)),
    ])
    return tool_calling_agent(model, [multiply])


def test_a_chain_is_one_action_with_its_llm_call_below_it_and_its_result_unchanged(server, tenant, claw):
    model = GenericFakeChatModel(messages=iter([AIMessage("Paris", usage_metadata=usage(9, 1))]))
    chain = ChatPromptTemplate.from_messages([("human", "Capital of {country}?")]) | model | StrOutputParser()
    handler = DashClawCallbackHandler(claw)

    assert chain.invoke({"country": "France"}, config={"callbacks": [handler]}) == "Paris"

    assert handler.flush(10)
    run, llm = recorded_actions(claw)
    assert (run["action_type"], run["status"], run["parent_action_id"]) == ("workflow", "completed", None)
    assert run["declared_goal"] == "LangChain run: RunnableSequence" and run["output_summary"] == "Paris"
    assert llm["parent_action_id"] == run["action_id"]
    assert (llm["action_type"], llm["status"], llm["output_summary"]) == ("planning", "completed", "Paris")
    assert "human: Capital of France?" in llm["input_summary"]
    assert (llm["tokens_in"], llm["tokens_out"]) == (9, 1)
    tokens = server.request("GET", f"/api/tokens?agent_id={claw.agent_id}", tenant.admin_key)[1]["current"]
    assert (tokens["tokensIn"], tokens["tokensOut"]) == (9, 1)
    assert handler.run_map == {} and handler.run_started_at == {} and handler.run_parents == {}


def test_a_tool_calling_agent_mirrors_langchains_run_tree(claw):
    calls = []
    handler = DashClawCallbackHandler(claw)

    assert multiplying_agent(calls).invoke("What is 6 times 7?", config={"callbacks": [handler]}) == "6 times 7 is 42"

    assert calls == [(6, 7)] and handler.flush(10)
    actions = recorded_actions(claw)
    run = actions[0]
    assert (run["declared_goal"], run["status"], run["output_summary"]) == ("LangChain run: agent", "completed",
                                                                           "6 times 7 is 42")
    first_llm, multiply, second_llm = children_of(actions, run)
    assert len(actions) == 4
    assert first_llm["output_summary"] == "Tool calls: multiply({'a': 6, 'b': 7})"
    assert (first_llm["tokens_in"], first_llm["tokens_out"]) == (12, 5)
    assert (multiply["action_type"], multiply["systems_touched"], multiply["status"]) == ("tool", ["multiply"],
                                                                                          "completed")
    assert multiply["declared_goal"] == "Use Tool: multiply" and multiply["output_summary"] == "42"
    assert (second_llm["output_summary"], second_llm["tokens_in"]) == ("6 times 7 is 42", 20)
    assert all(action["duration_ms"] is not None for action in actions)


def test_a_tool_error_and_a_failing_step_are_failed_actions_and_the_error_reaches_the_host(claw):
    @tool
    def lookup(city: str) -> str:
        """Look a city up."""
        raise LookupError(f"no such city: {city}")

    model = FakeMessagesListChatModel(responses=[
        AIMessage("", tool_calls=[{"name": "lookup", "args": {"city": "Atlantis"}, "id": "call_1"}]),
    ])
    handler = DashClawCallbackHandler(claw)
    with pytest.raises(LookupError, match="no such city: Atlantis"):
        tool_calling_agent(model, [lookup]).invoke("Where is Atlantis?", config={"callbacks": [handler]})

    def parse(text: str) -> int:
        return int(text)

    parser_chain = GenericFakeChatModel(messages=iter([AIMessage("many")])) | StrOutputParser() | RunnableLambda(parse)
    with pytest.raises(ValueError):
        parser_chain.invoke("How many?", config={"callbacks": [handler]})

    assert handler.flush(10)
    actions = recorded_actions(claw)
    agent_run, llm, lookup_call, parser_run, parser_llm, failed_step = actions
    assert (lookup_call["status"], lookup_call["error_message"]) == ("failed", "no such city: Atlantis")
    assert lookup_call["parent_action_id"] == agent_run["action_id"] == llm["parent_action_id"]
    assert (agent_run["status"], agent_run["error_message"]) == ("failed", "no such city: Atlantis")
    assert parser_llm["parent_action_id"] == parser_run["action_id"] and parser_llm["status"] == "completed"
    assert failed_step["declared_goal"] == "LangChain step raised ValueError"
    assert failed_step["parent_action_id"] == parser_run["action_id"] and failed_step["status"] == "failed"
    assert "invalid literal for int()" in failed_step["error_message"]
    assert parser_run["status"] == "failed" and "invalid literal" in parser_run["error_message"]


def test_a_blocked_tool_call_raises_inside_the_agent_and_never_runs(server, tenant, claw):
    add_policy(server, tenant, "no tools", "block_action_type", {"action_types": ["tool"]})
    calls = []
    handler = DashClawCallbackHandler(claw, guard_tools=True)

    with pytest.raises(GuardBlockedError, match="Guard blocked action: block. Reasons: no tools"):
        multiplying_agent(calls).invoke("What is 6 times 7?", config={"callbacks": [handler]})

    assert calls == [] and handler.flush(10)
    run, llm = recorded_actions(claw)  # the blocked call itself is only a guard decision
    assert (run["status"], llm["status"]) == ("failed", "completed")
    assert run["error_message"].startswith("Guard blocked action: block")
    assert claw.get_guard_decisions(decision="block")["decisions"][0]["action_type"] == "tool"


@pytest.mark.parametrize("decision", ["allow", "deny"])
def test_a_tool_call_that_needs_approval_waits_for_the_operator(server, tenant, decision):
    add_policy(server, tenant, "tools need a human", "require_approval", {"action_types": ["tool"]})
    claw = server.client(tenant.admin_key, agent_id=f"approval-{decision}", approval_poll_interval=0.2)
    operator = server.client(tenant.admin_key)
    calls = []

    def operator_decides():
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            pending = operator.get_pending_approvals()["actions"]
            if pending:
                operator.approve_action(pending[0]["action_id"], decision, reasoning="checked")
                return
            time.sleep(0.1)

    deciding = threading.Thread(target=operator_decides)
    deciding.start()
    handler = DashClawCallbackHandler(claw, guard_tools=True)
    agent = multiplying_agent(calls)
    if decision == "allow":
        assert agent.invoke("What is 6 times 7?", config={"callbacks": [handler]}) == "6 times 7 is 42"
    else:
        with pytest.raises(ApprovalDeniedError):
            agent.invoke("What is 6 times 7?", config={"callbacks": [handler]})
    deciding.join()

    assert handler.flush(10)
    tool_calls = [action for action in recorded_actions(claw) if action["action_type"] == "tool"]
    assert len(tool_calls) == 1 and tool_calls[0]["approval_decision"] == decision
    if decision == "allow":
        assert calls == [(6, 7)] and tool_calls[0]["status"] == "completed"
    else:
        assert calls == [] and (tool_calls[0]["status"], tool_calls[0]["error_message"]) == ("failed", "checked")
    claw.close()
    operator.close()



def test_a_chain_and_an_agent_run_unchanged_and_unhindered_when_dashclaw_is_down(unreachable_claw):
    model = GenericFakeChatModel(messages=iter([AIMessage("Paris")]))
    chain = ChatPromptTemplate.from_messages([("human", "Capital of {country}?")]) | model | StrOutputParser()
    handler = DashClawCallbackHandler(unreachable_claw)
    calls = []
    started = time.monotonic()

    assert chain.invoke({"country": "France"}, config={"callbacks": [handler]}) == "Paris"
    assert multiplying_agent(calls).invoke("What is 6 times 7?", config={"callbacks": [handler]}) == "6 times 7 is 42"

    assert calls == [(6, 7)]
    assert time.monotonic() - started < 3.0  # at most one record was awaited, for at most a second


def test_guarded_tools_run_when_dashclaw_cannot_be_reached():
    claw = DashClaw(base_url=f"http://127.0.0.1:{free_port()}", api_key="key", agent_id="down-agent")
    calls = []

    answer = multiplying_agent(calls).invoke(
        "What is 6 times 7?", config={"callbacks": [DashClawCallbackHandler(claw, guard_tools=True)]}
    )

    assert (answer, calls) == ("6 times 7 is 42", [(6, 7)])  # fail open, as the client's own guard does
    claw.close()
