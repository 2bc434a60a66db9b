"""Imports every table so the metadata (and Alembic) sees the whole schema."""
from ..actions.models import Action
from ..activity.models import ActivityLog
from ..agents.models import AgentPresence
from ..assumptions.models import Assumption
from ..auth.models import ApiKey, Org
from ..core.idempotency import IdempotencyRecord
from ..core.ratelimit import RateLimitWindow
from ..guard.models import GuardDecision
from ..identities.models import AgentIdentity
from ..loops.models import OpenLoop
from ..policies.models import Policy
from .base import Base

__all__ = [
    "Action", "ActivityLog", "AgentIdentity", "AgentPresence", "ApiKey", "Assumption", "Base", "GuardDecision", "IdempotencyRecord",
    "OpenLoop", "Org", "Policy", "RateLimitWindow",
]
