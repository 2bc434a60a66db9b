from __future__ import annotations

from typing import Annotated, Any

from pydantic import ConfigDict, Field

from ..core.validation import Array, Bool, Integer, OneOf, QueryFilters, RequestModel, Text

AGENT_STATUSES = ("available", "busy", "offline")
TASK_STATUSES = ("pending", "assigned", "completed", "escalated")
URGENCIES = ("critical", "high", "medium", "normal", "low")
MAX_RESULT_LENGTH = 65_536


class _CamelCaseBody(RequestModel):
    """Routing bodies arrive in camelCase (`maxConcurrent`); snake_case names are accepted too."""

    model_config = ConfigDict(populate_by_name=True)


class AgentRegistration(_CamelCaseBody):
    name: Text(256, required=True)
    capabilities: Array(50, 512) = []
    max_concurrent: Integer(1, 100) = Field(3, alias="maxConcurrent")
    endpoint: Text(2048) | None = None


class AgentStatusUpdate(RequestModel):
    status: OneOf(*AGENT_STATUSES)


class TaskSubmission(_CamelCaseBody):
    title: Text(512, required=True)
    description: Text(10_000) = ""
    required_skills: Annotated[list[Text(128, required=True)], Field(max_length=50)] = Field([], alias="requiredSkills")
    urgency: OneOf(*URGENCIES) = "normal"
    timeout_seconds: Integer(0, 30 * 24 * 3600) = Field(3600, alias="timeoutSeconds")
    max_retries: Integer(0, 100) = Field(2, alias="maxRetries")
    callback_url: Text(2048) | None = Field(None, alias="callbackUrl")


class TaskCompletion(RequestModel):
    success: Bool = True
    result: Any = None
    error: Text(4000) | None = None


class AgentFilters(QueryFilters):
    status: OneOf(*AGENT_STATUSES) | None = None


class TaskFilters(QueryFilters):
    status: OneOf(*TASK_STATUSES) | None = None
    assigned_to: str | None = None
