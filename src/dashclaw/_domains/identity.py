"""Identity binding and agent pairing: public keys the server uses to verify signed actions."""

from __future__ import annotations

import base64
import time

from .._errors import ApprovalTimeoutError, DashClawError
from .._steps import steps
from ._base import api_path, paged

PKCS1_V15 = "RSASSA-PKCS1-v1_5"


class IdentityMixin:
    def create_pairing(self, public_key_pem, algorithm=PKCS1_V15, agent_name=None):
        """Ask an operator to pair this agent with the given public key (approved in the dashboard)."""
        payload = {
            "agent_id": self.agent_id,
            "agent_name": agent_name or self.agent_name,
            "public_key": public_key_pem,
            "algorithm": algorithm,
        }
        return self._post("/api/pairings", payload)

    def create_pairing_from_private_jwk(self, private_jwk, agent_name=None):
        """Derive the public PEM from a private RSA JWK dict and create a pairing request.

        Requires the optional ``cryptography`` package; missing CRT members (dp, dq, qi) are derived.
        """
        try:
            public_pem = _public_pem_from_private_jwk(private_jwk)
        except Exception as exc:
            raise DashClawError("create_pairing_from_private_jwk failed: {}".format(exc)) from exc
        return self.create_pairing(public_pem, agent_name=agent_name)

    @steps
    def wait_for_pairing(self, pairing_id, timeout=300, interval=2):
        """Poll a pairing until approved (returns the pairing), expired or denied (DashClawError)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pairing = (yield self.get_pairing(pairing_id)).get("pairing") or {}
            if pairing.get("status") == "approved":
                return pairing
            if pairing.get("status") in ("expired", "denied"):
                raise DashClawError("Pairing {}".format(pairing["status"]))
            yield self._pause(max(0.0, min(interval, deadline - time.monotonic())))
        raise ApprovalTimeoutError("Timed out waiting for pairing approval")

    def get_pairing(self, pairing_id):
        return self._get(api_path("/api/pairings/{}", pairing_id))

    @paged("pairings")
    def list_pairings(self, status=None, limit=50, cursor=None):
        """The org's pairing requests, newest first, optionally of one status. Requires an admin key."""
        return self._get("/api/pairings", {"status": status, "limit": limit, "cursor": cursor})

    def register_identity(self, agent_id, public_key, algorithm=PKCS1_V15):
        """Register or update an agent's public key. Requires an admin key."""
        return self._post("/api/identities", {"agent_id": agent_id, "public_key": public_key, "algorithm": algorithm})

    def get_identities(self):
        return self._get("/api/identities")


def _public_pem_from_private_jwk(jwk):
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    def member(*names):
        for name in names:
            if jwk.get(name):
                text = jwk[name]
                return int.from_bytes(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)), "big")
        return None

    n, e, d, p, q = member("n"), member("e"), member("d"), member("p"), member("q")
    dp = member("dp", "dmp1") or rsa.rsa_crt_dmp1(d, p)
    dq = member("dq", "dmq1") or rsa.rsa_crt_dmq1(d, q)
    qi = member("qi", "iqmp") or rsa.rsa_crt_iqmp(p, q)
    numbers = rsa.RSAPrivateNumbers(p, q, d, dp, dq, qi, rsa.RSAPublicNumbers(e, n))
    public_key = numbers.private_key().public_key()
    return public_key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode("ascii")
