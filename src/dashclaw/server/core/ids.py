"""The one id generator: every entity id has a short prefix naming its kind."""
from __future__ import annotations

import random
import secrets
import uuid

_unique = random.Random(secrets.randbits(128))
"""Unpredictability is not needed for ids that are no secret (they are org-scoped), only uniqueness: a
generator seeded from the OS per process is as unique as `uuid4` without a system call on every id."""


def uuid_id(prefix: str) -> str:
    """`act_<uuid4>` style ids (actions, assumptions, loops, keys, orgs)."""
    return f"{prefix}_{uuid.uuid4()}"


def hex_id(prefix: str) -> str:
    """`gd_<24 hex>` style ids (guard decisions, policies, test runs, request ids): 96 random bits."""
    return f"{prefix}_{_unique.getrandbits(96):024x}"


def raw_api_key() -> str:
    """A new secret API key: `oc_live_` + 32 random hex characters."""
    return "oc_live_" + secrets.token_hex(16)
