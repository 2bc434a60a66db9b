"""Approving a pairing: the request is decided and its key becomes the agent's identity in one transaction."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..core.auth import Principal
from ..core.serialize import row_to_dict
from ..identities import service as identities
from ..pairings import service as pairings

if TYPE_CHECKING:
    from ..deps import AppContext


def approve(ctx: AppContext, caller: Principal, pairing_id: str) -> dict[str, Any]:
    """Approve a pending request and bind its key to the agent (replacing any earlier key); 404, 409 or 410."""
    with ctx.db.write() as session:
        pairing = pairings.decide(session, caller, pairing_id, "approved")
        identity = identities.bind(session, caller, pairing.agent_id, pairing.public_key, pairing.algorithm,
                                   via=f"pairing {pairing_id}")
        return {"identity": row_to_dict(identity, exclude=identities.LISTED), "pairing": pairings.to_dict(pairing)}
