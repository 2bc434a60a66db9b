"""Both HTTP protocols `dashclaw serve` may run (httptools, or h11 where httptools has no wheel) refuse a
malformed request in JSON. `test_bad_input` covers the one in use through the real server; this runs each."""
from __future__ import annotations

import json
import threading
import time

import pytest
import uvicorn

from dashclaw.server.core import protocol
from support.raw_http import exchange
from support.server import free_port


async def answer_ok(scope, receive, send):
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
    await send({"type": "http.response.body", "body": b"ok"})


@pytest.fixture(params=[protocol.JsonErrorsH11Protocol, protocol.HTTP_PROTOCOL], ids=["h11", "default"])
def port(request):
    free = free_port()
    server = uvicorn.Server(uvicorn.Config(answer_ok, host="127.0.0.1", port=free, http=request.param,
                                          log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield free
    server.should_exit = True
    thread.join(10)


def test_a_malformed_request_is_refused_in_json_and_a_good_one_answered(port):
    bad = exchange("127.0.0.1", port, b"GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: P\\\r\n\r\n")
    head, _, body = bad.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").lower().split("\r\n")
    assert lines[0].startswith("http/1.1 400") and "content-type: application/json" in lines
    assert f"content-length: {len(body)}" in lines and "connection: close" in lines
    assert json.loads(body)["error"] == "Invalid HTTP request received."
    good = exchange("127.0.0.1", port, b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert good.startswith(b"HTTP/1.1 200") and good.endswith(b"ok")
