"""What request handlers receive: the app's shared parts (`Ctx`) and the authenticated caller.

Every route declares its dependencies with these aliases, so a handler reads as
`def handler(body: Schema, ctx: Ctx, caller: Caller)` and hands both to one service function.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Annotated

from fastapi import Depends, Request

from .actions.counters import RecentActions
from .auth import service as auth_service
from .core.auth import Authenticator, Principal, admin_only, current_principal
from .core.bus import EventBus
from .core.topics import KEY_REVOKED, POLICIES_CHANGED
from .db.batch import BatchWriter
from .db.engine import Database
from .guard.models import GuardDecision
from .policies.cache import PolicyCache
from .settings import Settings


@dataclass
class AppContext:
    """The shared parts of one running app (or of one CLI command) that services work with."""

    settings: Settings
    db: Database
    authenticator: Authenticator
    policies: PolicyCache
    decision_log: BatchWriter
    recent_actions: RecentActions
    bus: EventBus


def build_context(settings: Settings, db: Database) -> AppContext:
    """Wire caches to the event bus; nothing starts running until the lifespan starts it."""
    ctx = AppContext(
        settings=settings,
        db=db,
        authenticator=Authenticator(
            lookup=partial(auth_service.principal_for_key, db),
            master_key=settings.api_key,
            master=partial(auth_service.master_principal, db, settings.api_key_org),
        ),
        policies=PolicyCache(db),
        decision_log=BatchWriter(db, GuardDecision.__table__, "guard-decisions"),
        recent_actions=RecentActions(db),
        bus=EventBus(db),
    )
    ctx.bus.subscribe(KEY_REVOKED, lambda event: ctx.authenticator.forget(event and event["key_hash"]))
    ctx.bus.subscribe(POLICIES_CHANGED, lambda event: ctx.policies.invalidate(event and event["org_id"]))
    return ctx


async def app_context(request: Request) -> AppContext:
    return request.app.state.ctx


Ctx = Annotated[AppContext, Depends(app_context)]
Caller = Annotated[Principal, Depends(current_principal)]
Admin = Annotated[Principal, Depends(admin_only())]
Approver = Annotated[Principal, Depends(admin_only("Admin access required for approvals"))]
OrgAdmin = Annotated[Principal, Depends(admin_only("Forbidden - admin role required"))]
