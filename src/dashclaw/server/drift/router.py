from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Caller, Ctx
from ..flows import drift as drift_flow
from . import service
from .schemas import AgentFilter, AlertFilters, DriftCommand, SnapshotFilters

router = APIRouter(prefix="/api/drift", tags=["drift"])


@router.post("/alerts", status_code=201)
def run_drift_command(body: DriftCommand, ctx: Ctx, caller: Caller):
    return drift_flow.run(ctx, caller, body)


@router.get("/alerts")
def list_drift_alerts(filters: Annotated[AlertFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return service.list_alerts(ctx, caller, filters, page.limit)


@router.patch("/alerts/{alert_id}")
def acknowledge_drift_alert(alert_id: str, ctx: Ctx, caller: Caller):
    return service.acknowledge(ctx, caller, alert_id)


@router.delete("/alerts/{alert_id}")
def delete_drift_alert(alert_id: str, ctx: Ctx, caller: Caller):
    return service.delete_alert(ctx, caller, alert_id)


@router.get("/stats")
def get_drift_stats(filters: Annotated[AgentFilter, Query()], ctx: Ctx, caller: Caller):
    return service.stats(ctx, caller, filters)


@router.get("/snapshots")
def get_drift_snapshots(filters: Annotated[SnapshotFilters, Query()], page: Paging(30, 100), ctx: Ctx, caller: Caller):
    return service.snapshots(ctx, caller, filters, page.limit)


@router.get("/metrics")
def get_drift_metrics(ctx: Ctx, caller: Caller):
    return service.metrics(ctx, caller)
