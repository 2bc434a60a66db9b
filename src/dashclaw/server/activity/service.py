"""Writing the audit trail; one helper so every domain logs the same way."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.ids import uuid_id
from .models import ActivityLog


def log_activity(
    session: Session,
    principal: Principal,
    action: str,
    *,
    resource_type: str | None = None,
    resource_id: str | None = None,
    details: dict[str, Any] | None = None,
    ip_address: str | None = None,
) -> None:
    """Add an audit entry for `action` by `principal` to the caller's transaction."""
    session.add(
        ActivityLog(
            id=uuid_id("al"),
            org_id=principal.org_id,
            actor_id=principal.actor_id or principal.key_id,
            actor_type="user" if principal.actor_id else "api_key",
            action=action,
            resource_type=resource_type,
            resource_id=resource_id,
            details=details or {},
            ip_address=ip_address,
        )
    )
