"""Outbound HTTP for webhooks, LLM checks and knowledge fetches: SSRF-safe targets, hard timeouts, no redirects."""
from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..._webhook_signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, webhook_signature

BLOCKED_SUFFIXES = (".local", ".internal", ".test", ".invalid", ".onion", ".localhost")


PRIVATE_TARGET = "URL cannot point to localhost, private networks, or invalid domains"


def check_target_url(url: str | None, allowed_domains: tuple[str, ...] = (), allow_private: bool = False, *,
                     resolve: bool = False) -> str | None:
    """Why `url` may not be called (contract 8.4), or None when it may; `resolve` also refuses a host name that
    resolves to a non-public address now (the address is checked again at every call)."""
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
        return PRIVATE_TARGET
    if allowed_domains and not any(host == d or host.endswith("." + d) for d in allowed_domains):
        return "URL domain is not on the trusted allowlist"
    if resolve and _resolves_privately(host):
        return PRIVATE_TARGET
    return None


def signature_headers(secret: str, body: bytes) -> dict[str, str]:
    """`X-DashClaw-Timestamp` (now, epoch ms) and `X-DashClaw-Signature` over both, as `verify_webhook` checks them."""
    timestamp = str(int(time.time() * 1000))
    return {TIMESTAMP_HEADER: timestamp, SIGNATURE_HEADER: webhook_signature(secret, timestamp, body)}


@dataclass
class Reply:
    status: int
    body: bytes
    content_type: str = ""


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """Connects to an address already checked, while TLS still verifies the URL's host name."""

    def __init__(self, host: str, address: str, port: int, timeout: float):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, address: str, port: int, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


def post(url: str, body: bytes, headers: dict[str, str], timeout: float, *, allow_private: bool,
         max_bytes: int | None = None) -> Reply:
    """POST `body` to `url`, connecting only to the address that passed the public-address check.

    Resolving once and connecting to that same address closes the gap a DNS rebinding attack would use.
    Redirects are never followed (a 3xx is just a reply). Reads at most `max_bytes` of the reply (None: all).
    Raises OSError or http.client errors.
    """
    return _send("POST", url, body, headers, timeout, allow_private=allow_private, max_bytes=max_bytes)


def get(url: str, headers: dict[str, str], timeout: float, *, allow_private: bool, max_bytes: int | None = None) -> Reply:
    """GET `url` under the same rules as `post` (checked address, no redirects, at most `max_bytes` read)."""
    return _send("GET", url, None, headers, timeout, allow_private=allow_private, max_bytes=max_bytes)


def _send(method: str, url: str, body: bytes | None, headers: dict[str, str], timeout: float, *, allow_private: bool,
          max_bytes: int | None) -> Reply:
    parts = urlsplit(url)
    secure = parts.scheme == "https"
    port = parts.port or (443 if secure else 80)
    address = resolve_public(parts.hostname or "", port, allow_private)
    connection_class = _PinnedHTTPSConnection if secure else _PinnedHTTPConnection
    connection = connection_class(parts.hostname or "", address, port, timeout)
    try:
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection.request(method, target, body=body, headers=headers)
        response = connection.getresponse()
        return Reply(response.status, response.read(max_bytes), response.getheader("Content-Type") or "")
    finally:
        connection.close()


def resolve_public(host: str, port: int, allow_private: bool = False) -> str:
    """Resolve `host` and return an address to connect to; every address must be public."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = [info[4][0] for info in infos]
    if not addresses:
        raise OSError(f"cannot resolve {host}")
    if not allow_private and not all(map(_is_public, addresses)):
        raise OSError("destination resolves to a private address")
    return addresses[0]


def _is_public(address: str) -> bool:
    return ipaddress.ip_address(address.split("%")[0]).is_global


def _resolves_privately(host: str) -> bool:
    """Whether `host` resolves to any non-public address (False when it does not resolve at all)."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return False
    return not all(_is_public(info[4][0]) for info in infos)


def _is_private_literal(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return not address.is_global
