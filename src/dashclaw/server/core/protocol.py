"""The HTTP protocol `dashclaw serve` runs: uvicorn's, except that a request too malformed to reach the app
(a bad header, an unknown transfer coding) is refused in the same `{"error", "details"}` JSON as every other
refusal, not in plain text."""
from __future__ import annotations

import json

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

try:
    from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol
except ImportError:  # httptools has no wheel for this platform: uvicorn falls back to h11, and so do we
    HttpToolsProtocol = None

CONTENT_TYPE = b"application/json"


def malformed_request_body(message: str) -> bytes:
    return json.dumps({"error": message, "details": "the request is not valid HTTP/1.1"}).encode()


class JsonErrorsH11Protocol(H11Protocol):
    def send_400_response(self, msg: str) -> None:
        body = malformed_request_body(msg)
        headers = [(b"content-type", CONTENT_TYPE), (b"content-length", str(len(body)).encode()),
                   (b"connection", b"close")]
        for event in (h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
                      h11.Data(data=body), h11.EndOfMessage()):
            self.transport.write(self.conn.send(event))
        self.transport.close()


if HttpToolsProtocol is not None:
    class JsonErrorsHttpToolsProtocol(HttpToolsProtocol):
        def send_400_response(self, msg: str) -> None:
            body = malformed_request_body(msg)
            head = [STATUS_LINE[400]]
            for name, value in self.server_state.default_headers:
                head.append(name + b": " + value + b"\r\n")
            head.append(b"content-type: " + CONTENT_TYPE + b"\r\ncontent-length: " + str(len(body)).encode()
                        + b"\r\nconnection: close\r\n\r\n")
            self.transport.write(b"".join(head) + body)
            self.transport.close()

    HTTP_PROTOCOL: type = JsonErrorsHttpToolsProtocol
else:
    HTTP_PROTOCOL = JsonErrorsH11Protocol
