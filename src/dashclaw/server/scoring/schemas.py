from __future__ import annotations

from ..core.validation import Array, Integer, Number, Object, OneOf, QueryFilters, RequestModel, Text
from .formulas import CALIBRATION_METRICS, COMPOSITE_METHODS, DATA_SOURCES

STATUSES = ("active", "inactive", "archived")


class DimensionCreate(RequestModel):
    name: Text(256, required=True) | None = None
    data_source: OneOf(*DATA_SOURCES) | None = None
    description: Text(2000) = ""
    weight: Number(ge=0, le=1_000_000) = 1.0
    data_config: Object(10_000) = {}
    scale: Array(50, 2000) = []
    sort_order: Integer(-1_000_000, 1_000_000) = 0


class DimensionUpdate(RequestModel):
    name: Text(256, required=True) | None = None
    data_source: OneOf(*DATA_SOURCES) | None = None
    description: Text(2000) | None = None
    weight: Number(ge=0, le=1_000_000) | None = None
    data_config: Object(10_000) | None = None
    scale: Array(50, 2000) | None = None
    sort_order: Integer(-1_000_000, 1_000_000) | None = None


class ProfileCreate(RequestModel):
    name: Text(256, required=True) | None = None
    description: Text(2000) = ""
    action_type: Text(128) | None = None
    composite_method: OneOf(*COMPOSITE_METHODS) = "weighted_average"
    metadata: Object(10_000) = {}
    dimensions: Array(50, 20_000) = []


class ProfileUpdate(RequestModel):
    name: Text(256, required=True) | None = None
    description: Text(2000) | None = None
    action_type: Text(128) | None = None
    composite_method: OneOf(*COMPOSITE_METHODS) | None = None
    status: OneOf(*STATUSES) | None = None
    metadata: Object(10_000) | None = None


class ProfileFilters(QueryFilters):
    action_type: str | None = None
    status: OneOf(*STATUSES) = "active"
    cursor: str | None = None


class ScoreRequest(RequestModel):
    profile_id: Text(64) | None = None
    action: Object(50_000) | None = None
    actions: Array(500, 50_000) | None = None


class ScoreFilters(QueryFilters):
    profile_id: str | None = None
    agent_id: str | None = None
    action_id: str | None = None
    view: OneOf("list", "stats") = "list"
    cursor: str | None = None


class TemplateCreate(RequestModel):
    name: Text(256, required=True) | None = None
    description: Text(2000) = ""
    action_type: Text(128) | None = None
    base_risk: Number(ge=0, le=100) = 0
    rules: Array(100, 2000) = []


class TemplateUpdate(RequestModel):
    name: Text(256, required=True) | None = None
    description: Text(2000) | None = None
    action_type: Text(128) | None = None
    base_risk: Number(ge=0, le=100) | None = None
    rules: Array(100, 2000) | None = None
    status: OneOf(*STATUSES) | None = None


class TemplateFilters(QueryFilters):
    action_type: str | None = None
    cursor: str | None = None


class CalibrateRequest(RequestModel):
    action_type: Text(128) | None = None
    agent_id: Text(128) | None = None
    lookback_days: Integer(1, 365) = 30
    metrics: list[OneOf(*CALIBRATION_METRICS)] = list(CALIBRATION_METRICS)
