"""The one HTTP stub for tests: a scriptable local HTTP/1.1 server with real sockets, keep-alive, recorded requests.

SDK tests script the DashClaw API with it; server tests stand it in for what DashClaw calls out to (an
OpenAI-compatible LLM, a guard webhook). A route answers from a script of replies or from a handler function.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Reply:
    """What the server answers: a JSON document (or raw bytes), status, headers, and optional misbehaviour."""

    def __init__(self, status=200, json_body=None, raw=None, headers=None, delay=0.0, close_after=False):
        self.status = status
        self.json_body = {} if json_body is None and raw is None else json_body
        self.raw = raw
        self.headers = headers or {}
        self.delay = delay
        self.close_after = close_after  # drop the socket after answering, without saying so


class Recorded:
    """One request as the server saw it."""

    def __init__(self, method, target, headers, raw_body, connection):
        self.method = method
        self.path, _, query = target.partition("?")
        self.query_string = query
        self.query = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
        self.headers = headers
        self.raw_body = raw_body
        try:
            self.body = json.loads(raw_body) if raw_body else None
        except ValueError:
            self.body = None  # not JSON (an OTLP protobuf export): read raw_body
        self.connection = connection

    def __repr__(self):
        return f"<{self.method} {self.path}?{self.query_string}>"


class ScriptedServer:
    """Answers ``on(method, path, ...)`` scripts in order (the last reply repeats), ``fallback`` otherwise."""

    def __init__(self):
        self.requests = []
        self.connections = 0
        self.fallback = Reply(404, {"error": "Not found"})  # answer (or callable) for unscripted routes
        self._routes = {}
        self._lock = threading.Lock()
        scripted = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # header and body go out in separate writes

            def setup(self):
                super().setup()
                with scripted._lock:
                    scripted.connections += 1
                    self.connection_number = scripted.connections

            def log_message(self, *args):
                pass

            def _handle(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw_body = self.rfile.read(length) if length else b""
                request = Recorded(self.command, self.path, self.headers, raw_body, self.connection_number)
                with scripted._lock:
                    scripted.requests.append(request)
                reply = scripted._reply_for(request)
                if reply.delay:
                    time.sleep(reply.delay)
                data = reply.raw if reply.raw is not None else json.dumps(reply.json_body).encode("utf-8")
                self.send_response(reply.status)
                headers = {"Content-Type": "application/json"}
                headers.update(reply.headers)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                self.wfile.flush()
                if reply.close_after:
                    self.close_connection = True

            do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = do_HEAD = _handle

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 64  # many client threads connect at once

            def handle_error(self, request, client_address):
                pass  # clients that time out on purpose close their end mid-reply

        self._server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self._thread.start()

    def on(self, method, path, *replies):
        """Script (or re-script) a route: Reply objects, dicts (200 JSON), or one callable(request) -> Reply."""
        script = [r if isinstance(r, Reply) or callable(r) else Reply(json_body=r) for r in replies]
        with self._lock:
            self._routes[(method, path)] = script

    def _reply_for(self, request):
        with self._lock:
            script = self._routes.get((request.method, request.path))
            if script:
                reply = script.pop(0) if len(script) > 1 else script[0]
            else:
                reply = self.fallback
        return reply if isinstance(reply, Reply) else reply(request)

    def to(self, method, path):
        """Recorded requests for one route."""
        return [r for r in self.requests if r.method == method and r.path == path]

    def close(self):
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def chat_completion(content):
    """An OpenAI-compatible chat completion whose one assistant message says `content`."""
    return Reply(json_body={"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]})
