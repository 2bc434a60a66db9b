"""Outbound HTTP for guard webhooks and LLM checks: SSRF-safe targets, hard timeouts, no redirects."""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

BLOCKED_SUFFIXES = (".local", ".internal", ".test", ".invalid", ".onion", ".localhost")


def check_target_url(url: str | None, allowed_domains: tuple[str, ...] = (), allow_private: bool = False) -> str | None:
    """Why `url` may not be called (contract 8.4), or None when it may."""
    if not url:
        return "URL is required"
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return "Invalid URL format"
    if not host:
        return "Invalid URL format"
    if allow_private:
        return None if parts.scheme in ("http", "https") else "URL must use HTTP or HTTPS"
    if parts.scheme != "https":
        return "URL must use HTTPS"
    if parts.username or parts.password:
        return "URL cannot contain credentials"
    if host == "localhost" or host.endswith(BLOCKED_SUFFIXES) or _is_private_literal(host):
        return "URL cannot point to localhost, private networks, or invalid domains"
    if allowed_domains and not any(host == d or host.endswith("." + d) for d in allowed_domains):
        return "URL domain is not on the trusted allowlist"
    return None


def resolve_public(host: str, port: int, allow_private: bool = False) -> str:
    """Resolve `host` and return an address to connect to; every address must be public."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = [info[4][0] for info in infos]
    if not addresses:
        raise OSError(f"cannot resolve {host}")
    if not allow_private:
        for address in addresses:
            if not ipaddress.ip_address(address.split("%")[0]).is_global:
                raise OSError("destination resolves to a private address")
    return addresses[0]


def _is_private_literal(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return not address.is_global
