"""`create_app(settings)`: the whole server, wired once."""
from __future__ import annotations

import sys
from contextlib import asynccontextmanager

from fastapi import FastAPI

from .. import __version__
from .actions.router import router as actions_router
from .agents.router import router as agents_router
from .assumptions.router import router as assumptions_router
from .auth import service as auth_service
from .auth.router import router as orgs_router
from .core.auth import Authenticator
from .core.bus import EventBus
from .core.context import AppContext
from .core.errors import install_error_handlers
from .core.gateway import ApiGateway
from .core.idempotency import IdempotencyStore
from .core.ratelimit import RateLimiter
from .core.responses import JSONResponse
from .core.topics import KEY_REVOKED, POLICIES_CHANGED
from .db.batch import BatchWriter
from .db.engine import Database
from .db.migrate import upgrade
from .guard.counters import RecentActions
from .guard.models import GuardDecision
from .guard.router import router as guard_router
from .health.router import router as health_router
from .identities.router import router as identities_router
from .loops.router import router as loops_router
from .policies.cache import PolicyCache
from .policies.router import router as policies_router
from .settings import Settings
from .signals.router import router as signals_router

GIL_SWITCH_SECONDS = 0.001

# Static sibling paths (/api/actions/signals, /assumptions, /loops) are registered before /api/actions/{id}.
ROUTERS = (
    health_router, signals_router, assumptions_router, loops_router, actions_router, guard_router,
    policies_router, agents_router, orgs_router, identities_router,
)


def prepare_database(settings: Settings, db: Database) -> None:
    """Migrate, make sure the bootstrap org exists. Safe to run from several replicas at once."""
    upgrade(db.engine)
    auth_service.ensure_org(db, auth_service.DEFAULT_ORG, "Default")
    if settings.api_key_org != auth_service.DEFAULT_ORG and settings.api_key:
        auth_service.ensure_org(db, settings.api_key_org)


def create_app(settings: Settings | None = None, *, prepare: bool = True) -> FastAPI:
    # Background writers must not hold the interpreter for long stretches while requests wait on the loop.
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    settings = settings or Settings.from_env()
    db = Database(settings.resolved_database_url())
    if prepare:
        prepare_database(settings, db)
    authenticator = Authenticator(db, settings.api_key, settings.api_key_org)
    ctx = AppContext(
        settings=settings,
        db=db,
        authenticator=authenticator,
        policies=PolicyCache(db),
        decision_log=BatchWriter(db, GuardDecision.__table__, "guard-decisions"),
        recent_actions=RecentActions(db),
        bus=EventBus(db),
    )
    ctx.bus.subscribe(KEY_REVOKED, lambda event: authenticator.forget(event and event["key_hash"]))
    ctx.bus.subscribe(POLICIES_CHANGED, lambda event: ctx.policies.invalidate(event and event["org_id"]))

    limiter = RateLimiter(db, settings.rate_limit_max, settings.rate_limit_window_ms)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        ctx.bus.start()
        limiter.start()
        yield
        limiter.close()
        ctx.bus.close()
        ctx.decision_log.close()
        db.dispose()

    app = FastAPI(
        title="DashClaw",
        version=__version__,
        description="Decision infrastructure for AI agents.",
        default_response_class=JSONResponse,
        lifespan=lifespan,
    )
    app.state.ctx = ctx
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    app.add_middleware(
        ApiGateway,
        authenticator=authenticator,
        limiter=limiter,
        idempotency=IdempotencyStore(db, settings.idempotency_ttl_seconds),
        max_body_bytes=settings.max_body_bytes,
        trust_proxy=settings.trust_proxy,
        cors_origins=settings.cors_origins,
    )
    return app


def app_factory() -> FastAPI:
    """For uvicorn workers started by `dashclaw serve`, which has already prepared the database."""
    return create_app(prepare=False)
