"""What every domain mixin builds on: the client's identity and four small HTTP helpers."""

from __future__ import annotations

import logging
import urllib.parse

logger = logging.getLogger("dashclaw")


def api_path(template, *ids):
    """Fill ``{}`` placeholders with ids, each percent-encoded as one path segment."""
    return template.format(*(urllib.parse.quote(str(value), safe="") for value in ids))


def without_none(fields):
    """The mapping minus its None values: optional body fields the server should not see at all."""
    return {key: value for key, value in fields.items() if value is not None}


def with_aliases(fields, aliases):
    """Rename documented-but-unrecognised keyword names to the field the server reads.

    The canonical name wins when both are given, so explicit callers are never surprised.
    """
    fields = dict(fields)
    for documented, canonical in aliases.items():
        if documented in fields and canonical not in fields:
            fields[canonical] = fields.pop(documented)
    return fields


class ClientBase:
    """State shared by the mixins (set by ``DashClaw.__init__``) and the request helpers they call."""

    base_url = None
    agent_id = None
    agent_name = None
    _transport = None

    def _request(self, path, method="GET", body=None, params=None, json_payload=None, **kwargs):
        """2.10.0-compatible low-level call: path first, then method; ``json=`` is an alias of ``body``."""
        if "json" in kwargs:
            json_payload = kwargs.pop("json")
        if kwargs:
            raise TypeError("_request() got unexpected keyword arguments: {}".format(", ".join(sorted(kwargs))))
        payload = json_payload if json_payload is not None else body
        return self._transport.request(method, path, params=params, body=payload)

    def _get(self, path, params=None):
        """GET with a query built from ``params`` (None values dropped, booleans as true/false)."""
        return self._transport.request("GET", path, params=params)

    def _post(self, path, body=None, params=None, evaluation=False):
        return self._transport.request("POST", path, params=params, body=body, evaluation=evaluation)

    def _patch(self, path, body=None):
        return self._transport.request("PATCH", path, body=body)

    def _delete(self, path, params=None):
        return self._transport.request("DELETE", path, params=params)
