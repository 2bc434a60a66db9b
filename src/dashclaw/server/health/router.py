from __future__ import annotations

import time

from fastapi import APIRouter

from ..._version import __version__
from ..core.clock import iso, utcnow
from ..core.responses import JSONResponse
from ..deps import Ctx

router = APIRouter(prefix="/api/health", tags=["health"])


@router.get("", responses={503: {"description": "Degraded: the database does not answer (same body)."}})
def health(ctx: Ctx):
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
