"""What every request handler may need from the running app, handed over as one dependency."""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from ..db.batch import BatchWriter
from ..db.engine import Database
from ..guard.counters import RecentActions
from ..policies.cache import PolicyCache
from ..settings import Settings
from .auth import Authenticator
from .bus import EventBus


@dataclass
class AppContext:
    settings: Settings
    db: Database
    authenticator: Authenticator
    policies: PolicyCache
    decision_log: BatchWriter
    recent_actions: RecentActions
    bus: EventBus


async def app_context(request: Request) -> AppContext:
    return request.app.state.ctx
