from __future__ import annotations

from ..core.validation import OneOf, QueryFilters, RequestModel, Text
from ..identities.signatures import ALGORITHMS

STATUSES = ("pending", "approved", "denied", "expired")


class PairingCreate(RequestModel):
    agent_id: Text(128, required=True)
    agent_name: Text(256) | None = None
    public_key: Text(16000, required=True)
    algorithm: Text(64) = ALGORITHMS[0]


class PairingFilters(QueryFilters):
    status: OneOf(*STATUSES) | None = None
    cursor: str | None = None
