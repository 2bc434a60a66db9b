"""Transport behaviour against a real local HTTP/1.1 server: keep-alive, retries, idempotency, timeouts."""

from __future__ import annotations

import threading

import pytest

import dashclaw
from dashclaw import APIConnectionError, DashClaw, DashClawError, ServerError

from support.stub import Reply


def test_calls_reuse_one_keep_alive_connection(api, client):
    api.on("GET", "/api/actions/signals", {"signals": []})
    api.on("POST", "/api/guard", {"decision": "allow"})

    for _ in range(5):
        assert client.get_signals() == {"signals": []}
    assert client.guard({"action_type": "deploy"}) == {"decision": "allow"}

    assert len(api.requests) == 6
    assert api.connections == 1


def test_every_request_carries_the_sdk_headers(api, client):
    api.on("GET", "/api/actions/signals", {})
    client.get_signals()
    headers = api.requests[0].headers
    assert headers["x-api-key"] == "test-key"
    assert headers["Content-Type"] == "application/json"
    assert headers["Accept"] == "application/json"
    assert headers["User-Agent"] == "dashclaw-python/" + dashclaw.__version__
    assert "Idempotency-Key" not in headers


def test_each_post_gets_its_own_idempotency_key(api, client):
    api.on("POST", "/api/actions", Reply(201, {"action_id": "act_1"}))
    client.create_action("deploy", "Ship")
    client.create_action("deploy", "Ship")
    keys = [r.headers["Idempotency-Key"] for r in api.requests]
    assert len(set(keys)) == 2 and all(len(k) == 36 for k in keys)


def test_guard_evaluations_carry_no_idempotency_key_but_are_retried(api, client):
    api.on("POST", "/api/guard", Reply(503, {"error": "busy"}), {"decision": "allow"})
    assert client.guard({"action_type": "deploy"}) == {"decision": "allow"}
    attempts = api.to("POST", "/api/guard")
    assert len(attempts) == 2
    assert all("Idempotency-Key" not in r.headers for r in attempts)


def test_get_is_retried_on_503_until_it_succeeds(api, client):
    api.on("GET", "/api/actions/act_1", Reply(503, {"error": "busy"}), Reply(503, {"error": "busy"}), {"action": {}})
    assert client.get_action("act_1") == {"action": {}}
    assert len(api.to("GET", "/api/actions/act_1")) == 3


def test_post_retries_reuse_the_same_idempotency_key(api, client):
    api.on("POST", "/api/actions", Reply(502), Reply(504), Reply(201, {"action_id": "act_1"}))
    assert client.create_action("deploy", "Ship")["action_id"] == "act_1"
    attempts = api.to("POST", "/api/actions")
    assert len(attempts) == 3
    assert len({r.headers["Idempotency-Key"] for r in attempts}) == 1


def test_retries_stop_after_max_retries(api, make_client):
    client = make_client(max_retries=1)
    api.on("GET", "/api/actions/act_1", Reply(503, {"error": "Service unavailable"}))
    with pytest.raises(ServerError) as caught:
        client.get_action("act_1")
    assert caught.value.status == 503 and str(caught.value) == "Service unavailable"
    assert len(api.requests) == 2


def test_patch_is_not_retried_on_503(api, client):
    api.on("PATCH", "/api/actions/act_1", Reply(503, {"error": "busy"}), {"action": {}})
    with pytest.raises(ServerError):
        client.update_outcome("act_1", status="completed")
    assert len(api.requests) == 1


def test_timeout_raises_api_connection_error(api, make_client):
    client = make_client(timeout=0.2)
    api.on("PATCH", "/api/actions/act_1", Reply(200, {}, delay=1.0))
    with pytest.raises(APIConnectionError) as caught:
        client.update_outcome("act_1", status="completed")
    error = caught.value
    assert error.status is None and error.method == "PATCH"
    assert error.url == api.url + "/api/actions/act_1"
    assert len(api.requests) == 1


def test_unreachable_server_raises_api_connection_error_after_retries():
    client = DashClaw("http://127.0.0.1:9", "k", "agent-1", max_retries=1)
    try:
        with pytest.raises(APIConnectionError) as caught:
            client.get_signals()
    finally:
        client.close()
    assert "Request failed" in str(caught.value)


def test_connection_closed_by_server_is_reopened_once_for_any_method(api, client):
    # The server drops the socket after each answer without announcing it; the client only finds
    # out when it reuses the socket, and must transparently reconnect (even for a PATCH).
    api.on("GET", "/api/actions/act_1", Reply(200, {"action": {}}, close_after=True))
    api.on("PATCH", "/api/actions/act_1", Reply(200, {"action": {"status": "completed"}}, close_after=True))

    client.get_action("act_1")
    assert client.update_outcome("act_1", status="completed") == {"action": {"status": "completed"}}
    assert client.get_action("act_1") == {"action": {}}

    assert [r.method for r in api.requests] == ["GET", "PATCH", "GET"]
    assert api.connections == 3


def test_empty_success_body_returns_empty_dict(api, client):
    api.on("DELETE", "/api/snippets", Reply(204, raw=b""))
    assert client.delete_snippet("sn_1") == {}


def test_non_json_success_body_raises(api, client):
    html = Reply(200, raw=b"<html>oops</html>", headers={"Content-Type": "text/html"})
    api.on("GET", "/api/actions/signals", html)
    with pytest.raises(DashClawError) as caught:
        client.get_signals()
    assert caught.value.status == 200
    assert "Invalid JSON" in str(caught.value)


def test_query_drops_none_and_sends_booleans_lowercase(api, client):
    api.on("GET", "/api/messages", {"messages": []})
    api.on("GET", "/api/feedback", {"feedback": []})
    client.get_inbox(unread=True, thread_id=None)
    client.list_feedback(resolved=False)

    inbox, feedback = api.requests
    assert inbox.query == {"unread": "true", "agent_id": "agent-1", "direction": "inbox"}
    assert feedback.query == {"resolved": "false", "limit": "50"}


def test_ids_and_query_values_are_percent_encoded(api, client):
    api.on("GET", "/api/actions/a%2Fb%20c", {"action": {}})
    api.on("GET", "/api/prompts/templates", {"templates": []})
    client.get_action("a/b c")
    client.list_prompt_templates(category="ops & more")
    assert api.requests[1].query == {"category": "ops & more"}


def test_many_threads_share_one_client_safely(api, client):
    api.on("GET", "/api/actions", lambda request: Reply(200, {"echo": request.query["n"]}))
    results, errors = {}, []

    def work(thread_number):
        try:
            for call in range(10):
                n = "{}-{}".format(thread_number, call)
                results[n] = client.get_actions(n=n)["echo"]
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(results) == 160 and all(key == value for key, value in results.items())
    assert api.connections <= 16


def test_close_and_context_manager(api):
    api.on("GET", "/api/actions/signals", {})
    with DashClaw(api.url, "k", "agent-1") as client:
        client.get_signals()
    client.get_signals()  # a closed client reconnects on demand
    client.close()
    assert api.connections == 2
