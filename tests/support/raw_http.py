"""Raw HTTP/1.1 over a socket, for requests too malformed for any client library to send."""
from __future__ import annotations

import socket


def exchange(host: str, port: int, request: bytes) -> bytes:
    """Send `request` and read until the server closes the connection."""
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(request)
        answer = b""
        while part := sock.recv(65536):
            answer += part
    return answer
