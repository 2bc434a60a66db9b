"""The one id generator: every entity id has a short prefix naming its kind."""
from __future__ import annotations

import secrets
import uuid


def uuid_id(prefix: str) -> str:
    """`act_<uuid4>` style ids (actions, assumptions, loops, keys, orgs)."""
    return f"{prefix}_{uuid.uuid4()}"


def hex_id(prefix: str) -> str:
    """`gd_<24 hex>` style ids (guard decisions, policies, test runs)."""
    return f"{prefix}_{uuid.uuid4().hex[:24]}"


def raw_api_key() -> str:
    """A new secret API key: `oc_live_` + 32 random hex characters."""
    return "oc_live_" + secrets.token_hex(16)
