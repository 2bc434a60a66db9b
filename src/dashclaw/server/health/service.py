"""Liveness: is this replica up, and does its database answer."""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from ..._version import __version__
from ..core.clock import iso, utcnow

if TYPE_CHECKING:
    from ..deps import AppContext


def check(ctx: AppContext) -> tuple[bool, dict[str, Any]]:
    """(healthy, report): the version and the database's status, backend and round-trip time."""
    started = time.perf_counter()
    database_ok = ctx.db.ping()
    latency_ms = round((time.perf_counter() - started) * 1000, 2)
    return database_ok, {
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
