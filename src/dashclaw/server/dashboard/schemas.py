"""What the pages read from query strings and forms; an empty form field counts as absent."""
from __future__ import annotations

import json
from datetime import timedelta
from typing import Any, TypeVar

from pydantic import BaseModel, Field, ValidationError, model_validator

from ..actions.schemas import STATUSES
from ..capabilities.schemas import RISK_LEVELS, CapabilityFilters
from ..core.errors import ApiError, validation_failed
from ..core.validation import MAX_INT32, OneOf, QueryFilters, describe_errors
from ..guard.engine import DECISIONS
from ..knowledge.schemas import SearchRequest
from ..security.schemas import FindingFilters

SINCE = {"1h": timedelta(hours=1), "24h": timedelta(hours=24), "7d": timedelta(days=7), "30d": timedelta(days=30)}
SHADOW_WINDOWS = {"1d": "1 day", "7d": "7 days", "30d": "30 days", "90d": "90 days"}
FINDING_KINDS = {"content": "Secrets and personal data", "injection": "Prompt injection"}
Model = TypeVar("Model", bound=BaseModel)


class PageQuery(QueryFilters):
    """A page's query string: blank fields (an unset filter in a GET form) are dropped."""

    @model_validator(mode="before")
    @classmethod
    def _drop_blanks(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {key: value for key, value in data.items() if value not in ("", None)}
        return data


class ActionsQuery(PageQuery):
    agent_id: str | None = Field(None, max_length=128)
    action_type: str | None = Field(None, max_length=128)
    status: OneOf(*STATUSES) | None = None
    risk_min: int | None = Field(None, ge=0, le=100)
    since: OneOf(*SINCE) | None = None
    cursor: str | None = Field(None, max_length=512)

    def filters(self) -> dict[str, Any]:
        """The filters (not the cursor), to carry into the next page's link."""
        return self.model_dump(exclude={"cursor"}, exclude_none=True)


class GuardLogQuery(PageQuery):
    agent_id: str | None = Field(None, max_length=128)
    decision: OneOf(*DECISIONS) | None = None
    offset: int = Field(0, ge=0, le=MAX_INT32)


class OverviewQuery(PageQuery):
    range: OneOf("24h", "7d", "30d") = "24h"


class ShadowQuery(PageQuery):
    window: OneOf(*SHADOW_WINDOWS) = "7d"


class FindingsQuery(PageQuery, FindingFilters):
    """Which stored scans to list: secrets and personal data (`content`) or prompt injection, filtered."""

    kind: OneOf(*FINDING_KINDS) = "content"
    agent_id: str | None = Field(None, max_length=128)
    offset: int = Field(0, ge=0, le=MAX_INT32)

    def filters(self) -> list[tuple[str, str]]:
        """The query without its offset, to carry into the pager's links."""
        return sorted((key, str(value)) for key, value in self.model_dump(exclude={"offset"}, exclude_none=True).items())


class ListingQuery(PageQuery):
    """A studio list page: the keyset cursor of the page to show."""

    cursor: str | None = Field(None, max_length=512)


class CapabilitiesQuery(PageQuery, CapabilityFilters):
    """The capability registry's filters, combined freely, and the page to show."""

    category: str | None = Field(None, max_length=128)
    risk_level: OneOf(*RISK_LEVELS) | None = None
    search: str | None = Field(None, max_length=200)
    cursor: str | None = Field(None, max_length=512)

    def filters(self) -> list[tuple[str, str]]:
        """The filters without the cursor, to carry into the next page's link."""
        return sorted(self.model_dump(exclude={"cursor"}, exclude_none=True).items())


class KnowledgeSearchQuery(PageQuery):
    """A collection page's search box: `q` runs the collection search when given."""

    q: str | None = Field(None, max_length=1000)

    def search(self) -> SearchRequest | None:
        return from_form(SearchRequest, {"query": self.q}) if self.q else None


def from_form(model: type[Model], data: dict[str, Any]) -> Model:
    """Validate form fields with a request model; 400 with every message, as the API words them."""
    try:
        return model.model_validate({key: value for key, value in data.items() if value not in ("", None)})
    except ValidationError as exc:
        status, error, details = describe_errors(exc.errors())
        raise ApiError(status, error, details) from exc


def json_object(text: str, field: str) -> dict[str, Any]:
    """A form field holding a JSON object; 400 naming the field otherwise."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        value = None
    if not isinstance(value, dict):
        raise validation_failed([f"{field} must be a JSON object"])
    return value
