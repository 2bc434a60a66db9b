"""Policies for a tenant, made over HTTP (the SDK has no call that creates one)."""
from __future__ import annotations

import json

from support.server import RunningServer, Tenant


def add_policy(server: RunningServer, tenant: Tenant, name: str, policy_type: str, rules: dict) -> dict:
    """Create a live policy in the tenant's org; returns the server's answer."""
    status, body, _ = server.request(
        "POST", "/api/policies", tenant.admin_key, {"name": name, "policy_type": policy_type, "rules": json.dumps(rules)}
    )
    assert status == 201, body
    return body
