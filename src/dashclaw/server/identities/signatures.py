"""Verifying signed actions (contract 2.5): RSASSA-PKCS1-v1_5 with SHA-256 over canonical JSON.

The canonical form is the SDK's own: `json.dumps(payload, sort_keys=True, separators=(",", ":"),
ensure_ascii=False)` of the request body without `_signature`. Re-serialising the parsed body that way
gives back the signed bytes exactly, floats included.
"""
from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

ALGORITHMS = ("RSASSA-PKCS1-v1_5",)


def load_public_key(pem: str) -> rsa.RSAPublicKey | None:
    """The RSA public key in `pem`, or None if it is not one."""
    try:
        key = serialization.load_pem_public_key(pem.encode("utf-8"))
    except (ValueError, TypeError):
        return None
    return key if isinstance(key, rsa.RSAPublicKey) else None


def canonical(payload: dict[str, Any]) -> bytes:
    unsigned = {key: value for key, value in payload.items() if key != "_signature"}
    return json.dumps(unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def verify(public_key_pem: str, algorithm: str, payload: dict[str, Any], signature: str) -> bool:
    """Whether `signature` (base64) signs `payload` under the registered key. Never raises."""
    key = load_public_key(public_key_pem)
    if key is None or algorithm not in ALGORITHMS:
        return False
    try:
        raw = base64.b64decode(signature, validate=True)
        key.verify(raw, canonical(payload), padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True
