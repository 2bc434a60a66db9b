"""OpenTelemetry export: actions and guard decisions become spans with the GenAI attributes and the action ids.

The app runs in this process (uvicorn in a thread, real HTTP through the SDK) so that its spans can be read
from the OpenTelemetry SDK's in-memory exporter; a second test runs ``dashclaw serve`` configured by the
standard OTEL_EXPORTER_OTLP_* variables against a local OTLP/HTTP receiver.
"""
from __future__ import annotations

import secrets
import threading
import time

import pytest

pytest.importorskip("opentelemetry.sdk")

import uvicorn
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode
from support.server import BACKENDS, database_for, free_port, run_server
from support.stub import Reply, ScriptedServer

from dashclaw import DashClaw
from dashclaw.server.app import create_app
from dashclaw.server.core.telemetry import NO_TELEMETRY, Telemetry, telemetry_from_environment
from dashclaw.server.settings import Settings


@pytest.fixture(params=BACKENDS)
def traced(request, tmp_path):
    """(base URL, master key, exporter) of an app in this process whose spans go to an in-memory exporter."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    master_key = "test_master_" + secrets.token_hex(16)
    with database_for(request.param, tmp_path) as url:
        app = create_app(Settings(database_url=url, api_key=master_key, rate_limit_max=1_000_000))
        app.state.ctx.telemetry = Telemetry(provider)
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            assert time.monotonic() < deadline and thread.is_alive(), "the app did not start"
            time.sleep(0.05)
        try:
            yield f"http://127.0.0.1:{port}", master_key, exporter
        finally:
            server.should_exit = True
            thread.join(timeout=30)


def spans_named(exporter, name):
    return [span for span in exporter.get_finished_spans() if span.name == name]


def test_guard_decisions_and_actions_are_spans_with_genai_attributes_and_action_ids(traced):
    url, master_key, exporter = traced
    with DashClaw(url, master_key, "otel-agent") as claw:
        decision = claw.guard({"action_type": "deploy", "risk_score": 20})
        with claw.track("deploy", "Ship v2", risk_score=30, agent_name="OTel Agent") as tracked:
            running_spans = spans_named(exporter, "execute_tool deploy")
        failed = claw.create_action("migrate", "Move the tables")["action_id"]
        claw.update_outcome(failed, status="failed", error_message="lock timeout")

    asked = next(s for s in spans_named(exporter, "guard deploy") if "gen_ai.tool.call.id" not in s.attributes)
    assert asked.attributes["gen_ai.agent.id"] == "otel-agent"
    assert asked.attributes["gen_ai.tool.name"] == "deploy"
    assert asked.attributes["dashclaw.guard.decision"] == decision["decision"]
    assert asked.attributes["dashclaw.guard.decision_id"] == decision["decision_id"]

    assert running_spans == []  # an action's span is exported once it has ended
    (action,) = spans_named(exporter, "execute_tool deploy")
    attributes = action.attributes
    assert attributes["gen_ai.operation.name"] == "execute_tool"
    assert attributes["gen_ai.tool.name"] == "deploy"
    assert attributes["gen_ai.tool.call.id"] == tracked["action_id"] == attributes["dashclaw.action.id"]
    assert attributes["gen_ai.tool.description"] == "Ship v2"
    assert attributes["gen_ai.agent.id"] == "otel-agent" and attributes["gen_ai.agent.name"] == "OTel Agent"
    assert attributes["dashclaw.action.status"] == "completed" and attributes["dashclaw.risk_score"] == 30
    assert action.end_time >= action.start_time
    (on_create,) = [s for s in spans_named(exporter, "guard deploy")
                    if s.attributes.get("gen_ai.tool.call.id") == tracked["action_id"]]
    assert on_create.context.trace_id == action.context.trace_id  # a decision and its action share a trace

    (failure,) = spans_named(exporter, "execute_tool migrate")
    assert failure.attributes["gen_ai.tool.call.id"] == failed
    assert failure.attributes["error.type"] == "lock timeout"
    assert failure.status.status_code == StatusCode.ERROR


def test_nothing_is_exported_unless_the_standard_variables_ask_for_it(monkeypatch):
    for name in ("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_SDK_DISABLED"):
        monkeypatch.delenv(name, raising=False)
    assert telemetry_from_environment() is NO_TELEMETRY
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setenv("OTEL_SDK_DISABLED", "true")
    assert telemetry_from_environment() is NO_TELEMETRY
    monkeypatch.delenv("OTEL_SDK_DISABLED")
    exporting = telemetry_from_environment()
    assert exporting.enabled
    exporting.shutdown()


def test_dashclaw_serve_exports_over_otlp_when_configured_by_the_environment(tmp_path):
    with ScriptedServer() as collector:
        collector.on("POST", "/v1/traces", Reply(200, raw=b""))
        with database_for("sqlite", tmp_path) as url, run_server(
            url, tmp_path, "sqlite", OTEL_EXPORTER_OTLP_ENDPOINT=collector.url, OTEL_SERVICE_NAME="dashclaw-test",
            OTEL_BSP_SCHEDULE_DELAY="100",
        ) as server:
            with server.client(agent_id="otlp-agent") as claw:
                with claw.track("deploy", "Ship over OTLP") as tracked:
                    pass
            deadline = time.monotonic() + 30
            while not any(tracked["action_id"].encode() in r.raw_body for r in collector.to("POST", "/v1/traces")):
                assert time.monotonic() < deadline, "no span reached the collector"
                time.sleep(0.1)

    exported = [ExportTraceServiceRequest.FromString(r.raw_body) for r in collector.to("POST", "/v1/traces")]
    resources = [resource for request in exported for resource in request.resource_spans]
    assert {a.value.string_value for r in resources for a in r.resource.attributes if a.key == "service.name"} == {
        "dashclaw-test"}
    spans = {span.name: span for r in resources for scope in r.scope_spans for span in scope.spans}
    attributes = {a.key: a.value.string_value for a in spans["execute_tool deploy"].attributes}
    assert attributes["gen_ai.tool.call.id"] == tracked["action_id"]
    assert attributes["gen_ai.agent.id"] == "otlp-agent"
