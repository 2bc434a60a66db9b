"""Imports every table so the metadata (and Alembic) sees the whole schema."""
from ..actions.models import Action
from ..activity.models import ActivityLog
from ..agents.models import AgentPresence
from ..assumptions.models import Assumption
from ..auth.models import ApiKey, Org
from ..compliance.models import ComplianceExport, ComplianceSchedule, ComplianceSnapshot
from ..core.idempotency import IdempotencyRecord, ServerInstance
from ..core.jobs import ScheduledJob
from ..core.ratelimit import RateLimitWindow
from ..events.models import StreamCursor, StreamEvent
from ..guard.models import GuardDecision
from ..identities.models import AgentIdentity
from ..loops.models import OpenLoop
from ..policies.models import Policy, PolicyTestRun
from ..security.models import PromptInjectionScan, SecurityFinding, SecuritySettings
from ..users.models import User, UserSession
from .base import Base

__all__ = [
    "Action", "ActivityLog", "AgentIdentity", "AgentPresence", "ApiKey", "Assumption", "Base", "ComplianceExport",
    "ComplianceSchedule", "ComplianceSnapshot", "GuardDecision", "IdempotencyRecord", "OpenLoop", "Org", "Policy",
    "PolicyTestRun", "PromptInjectionScan", "RateLimitWindow", "SecurityFinding", "SecuritySettings", "ScheduledJob", "ServerInstance", "StreamCursor", "StreamEvent", "User",
    "UserSession",
]
