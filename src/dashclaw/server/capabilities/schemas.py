from __future__ import annotations

from ..core.validation import Array, Bool, Object, OneOf, QueryFilters, RequestModel, Text

SOURCE_TYPES = ("internal_sdk", "http_api", "webhook", "human_approval", "external_marketplace")
RISK_LEVELS = ("low", "medium", "high", "critical")
MAX_SCHEMA_LENGTH = 16_384


class _CapabilityFields(RequestModel):
    description: Text(4000) | None = None
    category: Text(128) | None = None
    source_type: OneOf(*SOURCE_TYPES) | None = None
    auth_type: Text(64) | None = None
    risk_level: OneOf(*RISK_LEVELS) | None = None
    requires_approval: Bool | None = None
    tags: Array(50, 128) | None = None
    pricing: Object(4000) | None = None
    health_status: Text(64) | None = None
    docs_url: Text(2048) | None = None
    invocation_schema: Object(MAX_SCHEMA_LENGTH) | None = None


class CapabilityCreate(_CapabilityFields):
    capability_id: Text(128, required=True) | None = None
    name: Text(256, required=True)
    slug: Text(256) | None = None


class CapabilityUpdate(_CapabilityFields):
    name: Text(256, required=True) | None = None


class CapabilityFilters(QueryFilters):
    category: str | None = None
    risk_level: str | None = None
    search: str | None = None
    cursor: str | None = None
