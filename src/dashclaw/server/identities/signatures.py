"""Verifying signed actions (contract 2.5): RSASSA-PKCS1-v1_5 with SHA-256 over canonical JSON. Pure: no I/O.

A signature covers the canonical JSON (`dashclaw._canonical`, RFC 8785: what `JSON.stringify` writes with
sorted keys) of the request body without `_signature`, re-serialised from the parsed body, so Python and
JavaScript agents sign the same bytes. Published 2.10.0 clients signed `json.dumps(payload, sort_keys=True,
separators=(",", ":"), ensure_ascii=False)` instead, which differs only for floats (`1.0`, `1e-07`) and for
keys outside the Basic Multilingual Plane; a signature over that form is accepted too.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from ..._canonical import canonical_json
from ..core.errors import ApiError, validation_failed

ALGORITHMS = ("RSASSA-PKCS1-v1_5",)


@lru_cache(maxsize=1024)
def load_public_key(pem: str) -> rsa.RSAPublicKey | None:
    """The RSA public key in `pem`, or None if it is not one (parsed once per distinct PEM)."""
    try:
        key = serialization.load_pem_public_key(pem.encode("utf-8"))
    except (ValueError, TypeError, UnicodeEncodeError):
        return None
    return key if isinstance(key, rsa.RSAPublicKey) else None


def check_public_key(pem: str, algorithm: str) -> None:
    """400 unless `pem` is an RSA public key (PEM, SubjectPublicKeyInfo) for an algorithm we verify."""
    if algorithm not in ALGORITHMS:
        raise validation_failed(["algorithm must be one of: " + ", ".join(ALGORITHMS)])
    if load_public_key(pem) is None:
        raise ApiError(400, "public_key must be a PEM RSA public key")


def key_fingerprint(pem: str) -> str | None:
    """`SHA256:<base64>` of the key's DER encoding (as OpenSSH prints it), for an operator to compare."""
    key = load_public_key(pem)
    if key is None:
        return None
    der = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return "SHA256:" + base64.b64encode(hashlib.sha256(der).digest()).decode("ascii").rstrip("=")


def signed_forms(payload: dict[str, Any]) -> list[bytes]:
    """The byte strings a signature over `payload` may cover: the canonical form, then 2.10.0's if it differs."""
    unsigned = {key: value for key, value in payload.items() if key != "_signature"}
    forms = [canonical_json(unsigned)]
    legacy = json.dumps(unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8", "surrogatepass")
    return forms if legacy == forms[0] else [*forms, legacy]


def verify(public_key_pem: str, algorithm: str, payload: dict[str, Any], signature: str) -> bool:
    """Whether `signature` (base64) signs `payload` under the registered key. Never raises."""
    key = load_public_key(public_key_pem)
    if key is None or algorithm not in ALGORITHMS:
        return False
    try:
        raw = base64.b64decode(signature, validate=True)
        forms = signed_forms(payload)
    except (binascii.Error, ValueError, TypeError):
        return False
    for data in forms:
        try:
            key.verify(raw, data, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            continue
        return True
    return False
