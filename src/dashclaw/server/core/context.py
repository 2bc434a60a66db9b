"""What every request handler may need from the running app, handed over as one dependency."""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from ..db.engine import Database
from ..settings import Settings
from .auth import Authenticator


@dataclass
class AppContext:
    settings: Settings
    db: Database
    authenticator: Authenticator


async def app_context(request: Request) -> AppContext:
    return request.app.state.ctx
