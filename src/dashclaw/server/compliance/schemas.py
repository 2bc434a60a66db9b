from __future__ import annotations

from typing import Any

from ..core.validation import Bool, Integer, OneOf, QueryFilters, RequestModel, Text

EXPORT_FORMATS = ("markdown", "json")
MAX_FRAMEWORKS = 20


class FrameworkQuery(QueryFilters):
    framework: str | None = None
    format: str = "md"


class EvidenceQuery(QueryFilters):
    window: str = "30d"


class ExportCreate(RequestModel):
    name: Text(256) = "Compliance Export"
    frameworks: Any = None  # checked by the service: the reference's message for a missing or empty list
    format: OneOf(*EXPORT_FORMATS) = "markdown"
    window_days: Integer(0, 365) = 30
    include_evidence: Bool = True
    include_remediation: Bool = True
    include_trends: Bool = False


class ScheduleCreate(ExportCreate):
    name: Text(256) = "Scheduled Export"
    cron_expression: Any = None
    enabled: Bool = True


class ScheduleUpdate(RequestModel):
    name: Text(256) | None = None
    enabled: Bool | None = None
    cron_expression: Text(128) | None = None


class TrendsQuery(QueryFilters):
    framework: str | None = None
