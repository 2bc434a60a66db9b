from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from ..core.pagination import Paging
from ..deps import Caller, Ctx
from ..flows import compliance as flow
from . import service
from .mapping import frameworks
from .schemas import EvidenceQuery, ExportCreate, FrameworkQuery, ScheduleCreate, ScheduleUpdate, TrendsQuery

router = APIRouter(prefix="/api/compliance", tags=["compliance"])
UNKNOWN_FRAMEWORK = {400: {"description": "No framework given."}, 404: {"description": "No such framework."}}


@router.get("/frameworks")
def list_frameworks(ctx: Ctx, caller: Caller):
    return {"frameworks": frameworks()}


@router.get("/map", responses=UNKNOWN_FRAMEWORK)
def map_compliance(query: Annotated[FrameworkQuery, Query()], ctx: Ctx, caller: Caller):
    """Each control of the framework: covered, partial or a gap, and the policies and settings behind it."""
    return flow.map_compliance(ctx, caller, query.framework)


@router.get("/gaps", responses=UNKNOWN_FRAMEWORK)
def analyze_gaps(query: Annotated[FrameworkQuery, Query()], ctx: Ctx, caller: Caller):
    return flow.analyze_gaps(ctx, caller, query.framework)


@router.get("/report", responses=UNKNOWN_FRAMEWORK)
def compliance_report(query: Annotated[FrameworkQuery, Query()], ctx: Ctx, caller: Caller):
    """The report as a string (`format=json`: the map as JSON text; otherwise Markdown); saves a snapshot."""
    return flow.compliance_report(ctx, caller, query.framework, query.format)


@router.get("/evidence")
def compliance_evidence(query: Annotated[EvidenceQuery, Query()], ctx: Ctx, caller: Caller):
    return flow.compliance_evidence(ctx, caller, query.window)


@router.post("/exports", status_code=201)
def create_export(body: ExportCreate, ctx: Ctx, caller: Caller):
    return flow.create_export(ctx, caller, body)


@router.get("/exports")
def list_exports(ctx: Ctx, caller: Caller, page: Paging(20, 100)):
    return service.list_exports(ctx, caller, page)


@router.get("/exports/{export_id}", responses={404: {"description": "No such export."}})
def get_export(export_id: str, ctx: Ctx, caller: Caller):
    return service.get_export(ctx, caller, export_id)


@router.get("/exports/{export_id}/download", responses={404: {"description": "No such export."},
                                                       409: {"description": "Not completed yet."}})
def download_export(export_id: str, ctx: Ctx, caller: Caller):
    """The report file itself (Markdown or JSON), as an attachment."""
    content, media_type, filename = service.download_export(ctx, caller, export_id)
    return Response(content, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.delete("/exports/{export_id}")
def delete_export(export_id: str, ctx: Ctx, caller: Caller):
    return service.delete_export(ctx, caller, export_id)


@router.post("/schedules", status_code=201)
def create_schedule(body: ScheduleCreate, ctx: Ctx, caller: Caller):
    """A recurring export; `cron_expression` is checked and `next_run_at` computed."""
    return service.create_schedule(ctx, caller, body)


@router.get("/schedules")
def list_schedules(ctx: Ctx, caller: Caller):
    return service.list_schedules(ctx, caller)


@router.patch("/schedules/{schedule_id}", responses={404: {"description": "No such schedule."}})
def update_schedule(schedule_id: str, body: ScheduleUpdate, ctx: Ctx, caller: Caller):
    return service.update_schedule(ctx, caller, schedule_id, body)


@router.delete("/schedules/{schedule_id}")
def delete_schedule(schedule_id: str, ctx: Ctx, caller: Caller):
    return service.delete_schedule(ctx, caller, schedule_id)


@router.get("/trends")
def compliance_trends(query: Annotated[TrendsQuery, Query()], ctx: Ctx, caller: Caller, page: Paging(30, 100)):
    return service.trends(ctx, caller, query.framework, page)
