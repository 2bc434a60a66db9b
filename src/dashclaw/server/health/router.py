from __future__ import annotations

from fastapi import APIRouter

from ..core.responses import JSONResponse
from ..deps import Ctx
from . import service

router = APIRouter(prefix="/api/health", tags=["health"])


@router.get("")
def health(ctx: Ctx):
    """Public liveness and database check: 200 when healthy, 503 when the database does not answer."""
    healthy, report = service.check(ctx)
    return JSONResponse(report, status_code=200 if healthy else 503)
