from __future__ import annotations

from typing import Any

from pydantic import model_validator

from ..core.validation import Array, QueryFilters, RequestModel, Text

ID = Text(128, required=True)
MAX_STEPS, MAX_STEP_LENGTH = 200, 10_000
MAX_LINKS, MAX_LINK_LENGTH = 100, 256
MAX_CONFIG_LENGTH = 16_384
"""A strategy's config as compact JSON: room for many fallbacks, task modes and provider lists."""


class _TemplateFields(RequestModel):
    description: Text(4000) | None = None
    objective: Text(2000) | None = None
    steps: Array(MAX_STEPS, MAX_STEP_LENGTH) | None = None
    model_strategy_id: Text(128) | None = None
    linked_prompt_template_ids: Array(MAX_LINKS, MAX_LINK_LENGTH) | None = None
    linked_policy_ids: Array(MAX_LINKS, MAX_LINK_LENGTH) | None = None
    linked_knowledge_collection_ids: Array(MAX_LINKS, MAX_LINK_LENGTH) | None = None
    linked_capability_ids: Array(MAX_LINKS, MAX_LINK_LENGTH) | None = None
    linked_capability_tags: Array(MAX_LINKS, MAX_LINK_LENGTH) | None = None
    status: Text(32) | None = None


class TemplateCreate(_TemplateFields):
    template_id: ID | None = None
    name: Text(256, required=True)
    slug: Text(256) | None = None
    created_by: Text(256) | None = None


class TemplateUpdate(_TemplateFields):
    """`model_strategy_id: null` unlinks the strategy (every other null keeps the stored value)."""

    name: Text(256, required=True) | None = None
    slug: Text(256) | None = None

    @model_validator(mode="before")
    @classmethod
    def _null_unlinks_strategy(cls, data: Any) -> Any:
        if isinstance(data, dict) and "model_strategy_id" in data and data["model_strategy_id"] is None:
            return {**data, "model_strategy_id": ""}
        return data


class TemplateCopy(RequestModel):
    name: Text(256, required=True) | None = None
    slug: Text(256) | None = None
    created_by: Text(256) | None = None


class TemplateLaunch(RequestModel):
    agent_id: Text(128, required=True) | None = None
    declared_goal: Text(2000, required=True) | None = None


class TemplateFilters(QueryFilters):
    status: str | None = None
    model_strategy_id: str | None = None
    cursor: str | None = None


class StrategyCreate(RequestModel):
    strategy_id: ID | None = None
    name: Text(256, required=True)
    description: Text(4000) | None = None
    config: Any
    """Checked by the service (`strategy_config_problem`), one clear message at a time."""
    created_by: Text(256) | None = None


class StrategyUpdate(RequestModel):
    name: Text(256, required=True) | None = None
    description: Text(4000) | None = None
    config: Any = None
