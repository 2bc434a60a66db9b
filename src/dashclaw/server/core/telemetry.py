"""OpenTelemetry export of actions and guard decisions, for Jaeger, Tempo, Langfuse or any OTLP collector.

Optional (``pip install "dashclaw[otel]"``) and configured by the standard variables only: export starts
when ``OTEL_EXPORTER_OTLP_ENDPOINT`` or ``OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`` is set, unless
``OTEL_SDK_DISABLED=true`` or ``OTEL_TRACES_EXPORTER=none``; the OTLP exporter reads the rest itself
(``OTEL_EXPORTER_OTLP_PROTOCOL``, ``_HEADERS``, ``_TIMEOUT``, ...), ``OTEL_SERVICE_NAME`` and
``OTEL_RESOURCE_ATTRIBUTES`` name the service (default ``dashclaw``). Otherwise, or when the packages are
missing, the app gets ``NO_TELEMETRY``, whose methods do nothing: the guard path pays one empty call.

Spans follow the OpenTelemetry GenAI semantic conventions, an agent's action being a tool execution:

- ``execute_tool {action_type}``, one per action, from its start to its outcome, exported once it has a
  final status: ``gen_ai.operation.name=execute_tool``, ``gen_ai.tool.name`` (the action type),
  ``gen_ai.tool.call.id`` (the action id), ``gen_ai.tool.description`` (the declared goal),
  ``gen_ai.agent.id``/``gen_ai.agent.name``, ``gen_ai.usage.input_tokens``/``output_tokens`` when the
  action carries them; ``error.type`` and an ERROR status when it failed.
- ``guard {action_type}``, one per guard decision: the same ``gen_ai.agent.*`` and ``gen_ai.tool.*``
  attributes for the action asked about (the tool call id once the decision belongs to an action); the
  conventions have no guardrail operation yet, so the verdict is in ``dashclaw.guard.*``.

Both carry ``dashclaw.org.id``, ``dashclaw.action.id`` (when known) and ``dashclaw.risk_score``. The spans of
one action share a trace whose id is derived from the action id, so a decision and its action show together.
"""
from __future__ import annotations

import hashlib
import logging
import os
from datetime import datetime, timezone
from typing import Any

from .clock import parse_iso

log = logging.getLogger("dashclaw.server.telemetry")

FINAL_STATUSES = frozenset({"completed", "failed", "cancelled"})
ENDPOINT_VARIABLES = ("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
SCOPE = "dashclaw.server"


class NoTelemetry:
    """What the app uses when nothing is exported: every call returns at once."""

    enabled = False

    def action_recorded(self, org_id: str, action: dict[str, Any]) -> None:
        pass

    def guard_decided(self, org_id: str, decision: dict[str, Any], context: dict[str, Any],
                      action_id: str | None = None) -> None:
        pass

    def shutdown(self) -> None:
        pass


NO_TELEMETRY = NoTelemetry()


class Telemetry(NoTelemetry):
    """Spans of actions and guard decisions on a tracer provider (see the module docstring)."""

    enabled = True

    def __init__(self, provider: Any):
        from opentelemetry import trace

        self._trace = trace
        self._provider = provider
        self._tracer = provider.get_tracer(SCOPE)

    def action_recorded(self, org_id: str, action: dict[str, Any]) -> None:
        """Export the action's span once it has a final status."""
        status = action.get("status")
        if status not in FINAL_STATUSES:
            return
        started = _nanoseconds(action.get("timestamp_start"))
        ended = _nanoseconds(action.get("timestamp_end")) or _nanoseconds(action.get("updated_at"))
        attributes = {
            **_tool_attributes(action, action.get("action_id")),
            "gen_ai.operation.name": "execute_tool",
            "gen_ai.tool.type": "function",
            "gen_ai.tool.description": action.get("declared_goal"),
            "gen_ai.usage.input_tokens": action.get("tokens_in") or None,  # 0 is "not reported" here
            "gen_ai.usage.output_tokens": action.get("tokens_out") or None,
            "dashclaw.org.id": org_id,
            "dashclaw.action.status": status,
            "dashclaw.action.parent_id": action.get("parent_action_id"),
            "dashclaw.risk_score": action.get("risk_score"),
            "error.type": (action.get("error_message") or status) if status == "failed" else None,
        }
        span = self._tracer.start_span(
            "execute_tool " + str(action.get("action_type")),
            context=self._action_trace(action.get("action_id")),
            kind=self._trace.SpanKind.INTERNAL,
            attributes=_present(attributes),
            start_time=started,
        )
        if status == "failed":
            span.set_status(self._trace.Status(self._trace.StatusCode.ERROR, action.get("error_message")))
        span.end(end_time=max(ended or 0, started or 0) or None)

    def guard_decided(self, org_id: str, decision: dict[str, Any], context: dict[str, Any],
                      action_id: str | None = None) -> None:
        """Export one guard decision's span (in its action's trace when it belongs to one)."""
        attributes = {
            **_tool_attributes(context, action_id),
            "dashclaw.org.id": org_id,
            "dashclaw.guard.decision": decision.get("decision"),
            "dashclaw.guard.decision_id": decision.get("decision_id"),
            "dashclaw.guard.reasons": list(decision.get("reasons") or []),
            "dashclaw.guard.matched_policies": list(decision.get("matched_policies") or []),
            "dashclaw.risk_score": decision.get("risk_score"),
        }
        span = self._tracer.start_span(
            "guard " + str(context.get("action_type")),
            context=self._action_trace(action_id) if action_id else None,
            kind=self._trace.SpanKind.INTERNAL,
            attributes=_present(attributes),
        )
        if decision.get("decision") == "block":
            span.set_status(self._trace.Status(self._trace.StatusCode.ERROR, "blocked by policy"))
        span.end()

    def shutdown(self) -> None:
        """Send what is buffered and stop the exporter."""
        self._provider.shutdown()

    def _action_trace(self, action_id: str | None):
        """A context whose remote parent places a span in the trace derived from ``action_id``."""
        if not action_id:
            return None
        digest = hashlib.sha256(action_id.encode("utf-8")).digest()
        parent = self._trace.SpanContext(
            trace_id=int.from_bytes(digest[:16], "big") or 1,
            span_id=int.from_bytes(digest[16:24], "big") or 1,
            is_remote=True,
            trace_flags=self._trace.TraceFlags(self._trace.TraceFlags.SAMPLED),
        )
        return self._trace.set_span_in_context(self._trace.NonRecordingSpan(parent))


def telemetry_from_environment() -> NoTelemetry:
    """``Telemetry`` exporting over OTLP when the standard variables ask for it, else ``NO_TELEMETRY``."""
    if not any(os.environ.get(name) for name in ENDPOINT_VARIABLES):
        return NO_TELEMETRY
    if os.environ.get("OTEL_SDK_DISABLED", "").lower() == "true":
        return NO_TELEMETRY
    if os.environ.get("OTEL_TRACES_EXPORTER", "otlp").lower() == "none":
        return NO_TELEMETRY
    try:
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor

        exporter = _otlp_exporter()
    except ImportError:
        log.warning("OTEL_EXPORTER_OTLP_* is set but the OpenTelemetry packages are missing: "
                    'pip install "dashclaw[otel]"; nothing is exported')
        return NO_TELEMETRY
    resource = Resource.create()  # OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES
    if str(resource.attributes.get("service.name", "")).startswith("unknown_service"):
        resource = resource.merge(Resource({"service.name": "dashclaw"}))
    provider = TracerProvider(resource=resource)
    provider.add_span_processor(BatchSpanProcessor(exporter))
    return Telemetry(provider)


def _otlp_exporter() -> Any:
    protocol = os.environ.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL") or os.environ.get("OTEL_EXPORTER_OTLP_PROTOCOL")
    if protocol == "grpc":
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
    else:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    return OTLPSpanExporter()


def _tool_attributes(fields: dict[str, Any], action_id: str | None) -> dict[str, Any]:
    return {
        "gen_ai.tool.name": fields.get("action_type"),
        "gen_ai.tool.call.id": action_id,
        "gen_ai.agent.id": fields.get("agent_id"),
        "gen_ai.agent.name": fields.get("agent_name"),
        "dashclaw.action.id": action_id,
    }


def _present(attributes: dict[str, Any]) -> dict[str, Any]:
    """OpenTelemetry attributes take no None."""
    return {name: value for name, value in attributes.items() if value is not None}


def _nanoseconds(moment: Any) -> int | None:
    if isinstance(moment, str):
        try:
            moment = parse_iso(moment)
        except ValueError:
            return None
    if not isinstance(moment, datetime):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp() * 1_000_000_000)
