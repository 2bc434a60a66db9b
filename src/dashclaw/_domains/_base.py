"""What every domain mixin builds on: the client's identity and the one request seam every call passes through.

Every SDK method reaches the server through ``ClientBase._request``, called the way 2.10.0 called it:
``_request(path_with_query)`` for a plain GET, ``_request(path, method)`` without a body and
``_request(path, method, body)`` otherwise. Code written against 2.10.0 that subclasses ``DashClaw`` and
overrides ``_request``, or patches it, therefore sees every call with the path, method and body 2.10.0
would have sent. Below the seam, ``dashclaw._transport.Transport`` does the HTTP (or, for ``AsyncDashClaw``,
``dashclaw._async_transport.AsyncTransport``, whose calls return awaitables: a method that returns its seam
call's answer is thereby awaitable too, and methods that do more are written as steps, ``dashclaw._steps``).
"""

from __future__ import annotations

import logging
import time
import urllib.parse

from .._errors import APIConnectionError, ServerError
from .._steps import run_blocking, steps
from .._transport import new_idempotency_key

logger = logging.getLogger("dashclaw")

# POSTs that only ask a question: they create nothing, so they carry no Idempotency-Key and are retried as they are.
QUESTION_ROUTES = frozenset({"/api/guard"})
QUESTION_ROUTE_ENDINGS = ("/search",)  # /api/knowledge/collections/{id}/search


def api_path(template, *ids):
    """Fill ``{}`` placeholders with ids, each percent-encoded as one path segment."""
    return template.format(*(urllib.parse.quote(str(value), safe="") for value in ids))


def encode_query(params):
    """Query string from a mapping: None values dropped, booleans as lowercase true/false, spaces as %20."""
    if not params:
        return ""
    pairs = []
    for key, value in params.items():
        if value is None:
            continue
        if isinstance(value, bool):
            value = "true" if value else "false"
        pairs.append((key, value))
    return urllib.parse.urlencode(pairs, quote_via=urllib.parse.quote)


def with_query(path, params):
    """``path`` with ``params`` appended as its query string, where 2.10.0 put its queries."""
    query = encode_query(params)
    if not query:
        return path
    return path + ("&" if "?" in path else "?") + query


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


def transport_call(path, method, body, params, json_payload, json):
    """Resolve 2.10.0's ``_request`` arguments into ``(METHOD, target, payload, evaluation)`` for the transport.

    ``json`` and ``json_payload`` are 2.10.0's other spellings of the body and win over ``body``; ``params``
    is appended to the path; ``evaluation`` marks a POST to a question route (see QUESTION_ROUTES).
    """
    method = method.upper()
    payload = next((candidate for candidate in (json, json_payload, body) if candidate is not None), None)
    target = with_query(path, params)
    route = target.partition("?")[0]
    evaluation = method == "POST" and (route in QUESTION_ROUTES or route.endswith(QUESTION_ROUTE_ENDINGS))
    return method, target, payload, evaluation


def paged(key):
    """Mark a list method whose pages carry ``next_cursor`` and that accepts ``cursor``; ``key`` names each
    page's list. ``ClientBase.paginate`` walks such a method."""

    def mark(method):
        method.page_key = key
        return method

    return mark


def page_key(list_method):
    """The list key of a method marked ``paged``; a TypeError for any other callable."""
    key = getattr(list_method, "page_key", None)
    if key is None:
        raise TypeError(f"{getattr(list_method, '__name__', list_method)!r} is not a paged list method")
    return key


def next_page_params(params, page):
    """The query of the page after ``page``: it resumes at ``next_cursor`` (an ``offset`` applies once); None
    after the last page."""
    cursor = page.get("next_cursor")
    if not cursor:
        return None
    params = dict(params, cursor=cursor)
    params.pop("offset", None)
    return params


class ClientBase:
    """State shared by the mixins (set by ``DashClaw.__init__``) and the request helpers they call."""

    base_url = None
    agent_id = None
    agent_name = None
    _transport = None
    _outbox = None  # dashclaw._outbox.Outbox when recording calls may be queued
    _run_steps = staticmethod(run_blocking)

    def _request(self, path, method="GET", body=None, params=None, json_payload=None, *, json=None, raw=False):
        """The seam every SDK call passes through, with 2.10.0's signature; returns the parsed JSON answer.

        ``raw=True`` (downloads) returns the transport's raw response (``.data``, ``.headers``) instead.
        """
        method, target, payload, evaluation = transport_call(path, method, body, params, json_payload, json)
        if raw:
            return self._transport.request_raw(method, target, body=payload, accept="*/*")
        if self._outbox is not None and self._outbox.takes(method, target):
            return self._record(method, target, payload)
        return self._transport.request(method, target, body=payload, evaluation=evaluation)

    @steps
    def _record(self, method, target, payload):
        """A recording call with an outbox: sent at once while nothing waits in the outbox and the server
        answers; queued (with its idempotency key, to keep the order) otherwise. See ``dashclaw._outbox``."""
        key = new_idempotency_key()
        if not self._outbox.backlog():
            try:
                return (yield self._transport.request(method, target, body=payload, idempotency_key=key))
            except (APIConnectionError, ServerError) as exc:
                logger.warning("dashclaw: %s %s queued in the outbox: %s", method, target.partition("?")[0], exc)
        return self._outbox.put(method, target, payload, key)

    @staticmethod
    def _pause(seconds):
        """Wait between polls (``time.sleep`` looked up at each call, so tests that patch it speed polls up)."""
        time.sleep(seconds)

    def _send(self, method, path, body=None):
        """Call the seam as 2.10.0 did: arguments left at their defaults (GET, no body) are not passed."""
        if body is not None:
            return self._request(path, method, body)
        if method != "GET":
            return self._request(path, method)
        return self._request(path)

    def _get(self, path, params=None):
        """GET with a query built from ``params`` (None values dropped, booleans as true/false)."""
        return self._send("GET", with_query(path, params))

    def paginate(self, list_method, *args, **params):
        """Every item of a paged list, page after page, e.g.
        ``for delivery in claw.paginate(claw.get_webhook_deliveries, webhook_id): ...``.

        ``list_method`` is one of this client's list methods that take ``cursor`` (any method whose pages
        carry ``next_cursor``); ``args`` and ``params`` are its arguments. Each page resumes at the one
        before's ``next_cursor``, so rows added meanwhile never make an item appear twice or go missing (an
        ``offset`` applies to the first page only).
        """
        return self._pages(lambda query: list_method(*args, **query), page_key(list_method), params)

    def _pages(self, fetch, key, params):
        params = dict(params)
        while params is not None:
            page = fetch(params)
            for item in page.get(key) or []:
                yield item
            params = next_page_params(params, page)

    def _post(self, path, body=None, params=None):
        return self._send("POST", with_query(path, params), body)

    def _patch(self, path, body=None):
        return self._send("PATCH", path, body)

    def _delete(self, path, params=None):
        return self._send("DELETE", with_query(path, params))
