from __future__ import annotations

from ..core.validation import MAX_INT32, Array, Bool, Integer, Object, QueryFilters, RequestModel, Text


class TemplateCreate(RequestModel):
    name: Text(256) | None = None
    description: Text(2000) = ""
    category: Text(128) = "general"


class TemplateUpdate(RequestModel):
    name: Text(256, required=True) | None = None
    description: Text(2000) | None = None
    category: Text(128) | None = None


class VersionCreate(RequestModel):
    content: Text(100_000) | None = None
    model_hint: Text(128) = ""
    parameters: Array(100, 256) = []
    changelog: Text(5000) = ""


class RenderRequest(RequestModel):
    template_id: Text(64) | None = None
    version_id: Text(64) | None = None
    variables: Object(100_000) = {}
    action_id: Text(128) = ""
    agent_id: Text(128) = ""
    record: Bool = False
    tokens_used: Integer(0, MAX_INT32) | None = None
    latency_ms: Integer(0, MAX_INT32) | None = None
    outcome: Text(256) | None = None


class TemplateFilters(QueryFilters):
    category: str | None = None


class RunFilters(QueryFilters):
    template_id: str | None = None
    version_id: str | None = None
    cursor: str | None = None


class StatsFilters(QueryFilters):
    template_id: str | None = None
