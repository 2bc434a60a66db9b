from __future__ import annotations

from ..core.validation import RequestModel, Text
from .signatures import ALGORITHMS


class IdentityRegistration(RequestModel):
    agent_id: Text(128, required=True)
    public_key: Text(16000, required=True)
    algorithm: Text(64) = ALGORITHMS[0]
