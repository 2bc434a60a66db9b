from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Admin, Caller, Ctx
from . import service
from .schemas import FindingFilters, InjectionScanRequest, ScanRequest, SettingsUpdate

router = APIRouter(prefix="/api/security", tags=["security"])


@router.post("/scan")
def scan_content(body: ScanRequest, ctx: Ctx, caller: Caller):
    """Find secrets and personal data; stores metadata only when `store` is not false and something was found."""
    return service.scan_content(ctx, caller, body)


@router.post("/prompt-injection")
def scan_prompt_injection(body: InjectionScanRequest, ctx: Ctx, caller: Caller):
    return service.scan_prompt_injection(ctx, caller, body)


@router.get("/prompt-injection")
def list_injection_scans(filters: Annotated[FindingFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return service.list_injection_scans(ctx, caller, filters, page)


@router.get("/findings")
def list_findings(filters: Annotated[FindingFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return service.list_findings(ctx, caller, filters, page)


@router.get("/settings")
def get_settings(ctx: Ctx, caller: Caller):
    return {"settings": service.get_settings(ctx, caller)}


@router.patch("/settings")
def update_settings(body: SettingsUpdate, ctx: Ctx, caller: Admin):
    return {"settings": service.update_settings(ctx, caller, body)}
