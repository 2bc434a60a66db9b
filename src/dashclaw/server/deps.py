"""What request handlers receive: the app's shared parts (`Ctx`) and the authenticated caller.

Every route declares its dependencies with these aliases, so a handler reads as
`def handler(body: Schema, ctx: Ctx, caller: Caller)` and hands both to one service function.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Annotated

from fastapi import Depends, Request
from starlette.datastructures import FormData

from .actions.counters import RecentActions
from .auth import service as auth_service
from .capabilities.gates import ApprovalGates
from .core.auth import Authenticator, Principal, admin_only, current_principal, platform_admin_only
from .core.bus import EventBus
from .core.ratelimit import RateLimiter
from .core.redaction import OrgRedaction
from .core.telemetry import NO_TELEMETRY, NoTelemetry, telemetry_from_environment
from .core.usage import UsageMeter
from .core.topics import (
    CAPABILITIES_CHANGED, EVENTS_APPENDED, KEY_REVOKED, POLICIES_CHANGED, REDACTION_CHANGED, WEBHOOKS_CHANGED,
)
from .dashboard.access import Operator, checked_form, sign_in_form, signed_in, signed_in_admin, signed_in_writer
from .db.batch import BatchWriter, companions
from .db.engine import Database
from .events.hub import StreamHub
from .events.log import GUARD_DECISION, EventLog
from .guard import service as guard_service
from .guard import stats as guard_stats
from .guard.models import GuardDecision
from .policies.cache import PolicyCache
from .security import service as security_service
from .settings import Settings
from .users import service as users_service
from .webhooks.outbox import WebhookOutbox


@dataclass
class AppContext:
    """The shared parts of one running app (or of one CLI command) that services work with."""

    settings: Settings
    db: Database
    authenticator: Authenticator
    policies: PolicyCache
    capability_gates: ApprovalGates
    decision_log: BatchWriter
    recent_actions: RecentActions
    bus: EventBus
    events: EventLog
    stream: StreamHub
    sign_in_failures: RateLimiter
    redaction: OrgRedaction
    usage: UsageMeter
    telemetry: NoTelemetry = NO_TELEMETRY  # OpenTelemetry export (core/telemetry.py)


def build_context(settings: Settings, db: Database) -> AppContext:
    """Wire caches to the event bus; nothing starts running until the lifespan starts it."""
    bus = EventBus(db)
    webhook_outbox = WebhookOutbox()
    events = EventLog(db, bus, details={GUARD_DECISION: guard_service.decisions_by_id}, on_append=webhook_outbox.stage)
    ctx = AppContext(
        settings=settings,
        db=db,
        authenticator=Authenticator(
            lookup=partial(auth_service.principal_for_key, db),
            master_key=settings.api_key,
            master=partial(auth_service.master_principal, db, settings.api_key_org),
            session_lookup=partial(users_service.principal_for_session, db),
        ),
        policies=PolicyCache(db),
        capability_gates=ApprovalGates(db),
        decision_log=BatchWriter(
            db, GuardDecision.__table__, "guard-decisions",
            companion=companions(
                guard_stats.batch_counter(GuardDecision.__table__),
                events.batch_companion(GuardDecision.__table__, GUARD_DECISION),
            ),
        ),
        recent_actions=RecentActions(db),
        bus=bus,
        events=events,
        stream=StreamHub(events),
        sign_in_failures=RateLimiter(db, settings.login_max_failures, settings.login_window_ms),
        redaction=OrgRedaction(partial(security_service.redaction_mode, db)),
        usage=UsageMeter(partial(auth_service.record_usage, db)),
        telemetry=telemetry_from_environment(),
    )
    ctx.bus.subscribe(KEY_REVOKED, lambda event: ctx.authenticator.forget(event and event["key_hash"]))
    ctx.bus.subscribe(POLICIES_CHANGED, lambda event: ctx.policies.invalidate(event and event["org_id"]))
    ctx.bus.subscribe(CAPABILITIES_CHANGED, lambda event: ctx.capability_gates.invalidate(event and event["org_id"]))
    ctx.bus.subscribe(EVENTS_APPENDED, ctx.stream.announced)
    ctx.bus.subscribe(REDACTION_CHANGED, lambda event: ctx.redaction.forget(event and event["org_id"]))
    ctx.bus.subscribe(WEBHOOKS_CHANGED, lambda event: webhook_outbox.forget(event and event["org_id"]))
    return ctx


async def app_context(request: Request) -> AppContext:
    return request.app.state.ctx


Ctx = Annotated[AppContext, Depends(app_context)]
Caller = Annotated[Principal, Depends(current_principal)]
Admin = Annotated[Principal, Depends(admin_only())]
Approver = Annotated[Principal, Depends(admin_only("Admin access required for approvals"))]
OrgAdmin = Annotated[Principal, Depends(admin_only("Forbidden - admin role required"))]
PlatformAdmin = Annotated[Principal, Depends(platform_admin_only)]
RecommendationAdmin = Annotated[Principal, Depends(admin_only("Admin or service role required"))]
KeyMinter = Annotated[Principal, Depends(admin_only("Admin access required to generate API keys"))]
KeyRevoker = Annotated[Principal, Depends(admin_only("Admin access required to revoke API keys"))]

# Dashboard pages: a signed-in user (else a redirect to sign in), an admin, an admin or member (no readonly user),
# a posted form with its CSRF token.
SignedIn = Annotated[Operator, Depends(signed_in)]
SignedInAdmin = Annotated[Operator, Depends(signed_in_admin)]
SignedInWriter = Annotated[Operator, Depends(signed_in_writer)]
CheckedForm = Annotated[FormData, Depends(checked_form)]
SignInForm = Annotated[FormData, Depends(sign_in_form)]
