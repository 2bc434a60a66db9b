from __future__ import annotations

import time

from fastapi import APIRouter, Depends

from ... import __version__
from ..core.clock import iso, utcnow
from ..core.context import AppContext, app_context
from ..core.responses import JSONResponse

router = APIRouter(prefix="/api/health", tags=["health"])


@router.get("")
def health(ctx: AppContext = Depends(app_context)):
    """Public liveness and database check: 200 when healthy, 503 when the database does not answer."""
    started = time.perf_counter()
    database_ok = ctx.db.ping()
    latency_ms = round((time.perf_counter() - started) * 1000, 2)
    body = {
        "status": "healthy" if database_ok else "degraded",
        "timestamp": iso(utcnow()),
        "version": __version__,
        "checks": {
            "database": {
                "status": "ok" if database_ok else "error",
                "backend": "sqlite" if ctx.db.is_sqlite else "postgresql",
                "latency_ms": latency_ms,
            },
        },
    }
    return JSONResponse(body, status_code=200 if database_ok else 503)
