"""`wrap_client` with the real `openai` and `anthropic` client classes, pointed at a local stand-in LLM: token usage
reaches DashClaw, the call's result is unchanged, and a slow, failing or unreachable DashClaw never breaks or
slows the wrapped call."""
from __future__ import annotations

import time

import pytest

from dashclaw import DashClaw
from support.server import free_port
from support.stub import Reply, ScriptedServer

anthropic = pytest.importorskip("anthropic")
openai = pytest.importorskip("openai")

OPENAI_COMPLETION = {
    "id": "chatcmpl-1", "object": "chat.completion", "created": 1735689600, "model": "gpt-4o-2024-08-06",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Hello there"}}],
    "usage": {"prompt_tokens": 13, "completion_tokens": 7, "total_tokens": 20},
}
ANTHROPIC_MESSAGE = {
    "id": "msg_1", "type": "message", "role": "assistant", "model": "claude-sonnet-4-20250514",
    "content": [{"type": "text", "text": "Hi!"}], "stop_reason": "end_turn", "stop_sequence": None,
    "usage": {"input_tokens": 21, "output_tokens": 4},
}
SLOW_DASHCLAW_SECONDS = 3.0


@pytest.fixture(scope="module")
def llm():
    with ScriptedServer() as stub:
        stub.on("POST", "/v1/chat/completions", Reply(json_body=OPENAI_COMPLETION))
        stub.on("POST", "/v1/messages", Reply(json_body=ANTHROPIC_MESSAGE))
        yield stub


def openai_client(llm):
    return openai.OpenAI(api_key="sk-test", base_url=llm.url + "/v1", max_retries=0)


def anthropic_client(llm):
    return anthropic.Anthropic(api_key="sk-ant-test", base_url=llm.url, max_retries=0)


def ask_openai(client):
    return client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Hello"}])


def ask_anthropic(client):
    return client.messages.create(model="claude-sonnet-4-20250514", max_tokens=1024,
                                  messages=[{"role": "user", "content": "Hello"}])


PROVIDERS = [
    ("openai", openai_client, ask_openai, (13, 7, "gpt-4o-2024-08-06")),
    ("anthropic", anthropic_client, ask_anthropic, (21, 4, "claude-sonnet-4-20250514")),
]


@pytest.mark.parametrize("name,make,ask,reported", PROVIDERS, ids=[p[0] for p in PROVIDERS])
def test_usage_is_reported_and_the_result_is_unchanged(llm, claw, name, make, ask, reported):
    plain = ask(make(llm))
    wrapped_client = make(llm)
    assert claw.wrap_client(wrapped_client) is wrapped_client
    assert claw.wrap_client(wrapped_client) is wrapped_client  # wrapping twice reports once
    result = ask(wrapped_client)
    assert type(result) is type(plain) and result.model_dump() == plain.model_dump()

    def reported_snapshot():
        usage = claw._get("/api/tokens", {"agent_id": claw.agent_id})
        return usage["current"]

    current = _wait_for(reported_snapshot)
    assert (current["tokensIn"], current["tokensOut"], current["model"]) == reported
    time.sleep(0.3)
    assert claw._get("/api/tokens", {"agent_id": claw.agent_id})["today"]["snapshots"] == 1


@pytest.mark.parametrize("name,make,ask,reported", PROVIDERS, ids=[p[0] for p in PROVIDERS])
def test_a_failing_or_unreachable_dashclaw_never_breaks_or_slows_the_call(llm, name, make, ask, reported):
    with ScriptedServer() as failing:
        failing.on("POST", "/api/tokens", Reply(500, {"error": "Internal server error"}, delay=SLOW_DASHCLAW_SECONDS))
        targets = [failing.url, f"http://127.0.0.1:{free_port()}"]  # slow then failing; nothing listening
        expected = ask(make(llm)).model_dump()
        for url in targets:
            claw = DashClaw(base_url=url, api_key="oc_live_" + "0" * 32, agent_id="offline-agent")
            client = claw.wrap_client(make(llm))
            started = time.monotonic()
            results = [ask(client) for _ in range(3)]
            elapsed = time.monotonic() - started
            assert all(result.model_dump() == expected for result in results)
            assert elapsed < SLOW_DASHCLAW_SECONDS / 2, f"{url}: three wrapped calls took {elapsed:.2f}s"
        _wait_for(lambda: failing.to("POST", "/api/tokens"))  # the slow server was really asked


def test_responses_without_usage_are_passed_through(claw):
    class Completions:
        def create(self, **kwargs):
            return "a stream, or anything else without usage"

    client = type("OpenAILike", (), {})()
    client.chat = type("Chat", (), {"completions": Completions()})()
    assert claw.wrap_client(client).chat.completions.create(model="x") == "a stream, or anything else without usage"


def _wait_for(condition, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("condition not met in time")
