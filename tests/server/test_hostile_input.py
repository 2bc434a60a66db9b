"""Hostile input over HTTP: huge, deeply nested, at the edges of its range, odd unicode, in every kind of field.

Every such request gets a clear 4xx, or succeeds in bounded time; a refusal writes nothing; nothing answers
500; and the server keeps answering everyone else meanwhile (`/api/health` within 250 ms).
"""
from __future__ import annotations

import http.client
import json
import math
import secrets
import threading
import time
from datetime import datetime
from typing import Any, Callable
from urllib.parse import quote

import pytest
from support.database import DatabaseProbe, changed_tables

DEPTH_ERROR = "JSON body nests objects and arrays more than 32 levels deep"
VALUES_ERROR = "JSON body holds more than 20000 values"
TIMESTAMP_RULE = "must be an ISO-8601 timestamp between years 1 and 9998"
HEALTH_BUDGET_SECONDS = 0.25
ACTION = {"agent_id": "hostile-agent", "action_type": "deploy", "declared_goal": "Ship the release"}


@pytest.fixture(scope="module")
def key(server) -> str:
    return server.new_tenant().admin_key


@pytest.fixture(scope="module")
def action_id(server, key) -> str:
    return _created(server, key, ACTION)["action_id"]


@pytest.fixture(scope="module")
def probe(server):
    database = DatabaseProbe(server.database_url)
    yield database
    database.close()


def _send(server, key: str, method: str, path: str, body: Any = None, raw: bytes | None = None) -> tuple[int, Any]:
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    status, payload, _ = server.exchange(method, path, key, data)
    assert status < 500, f"{method} {path} -> {status} {payload[:300]!r}"
    return status, json.loads(payload) if payload else None


def _created(server, key: str, body: dict) -> dict:
    status, payload = _send(server, key, "POST", "/api/actions", body)
    assert status == 201, payload
    return payload


def _refused(server, key: str, probe: DatabaseProbe, method: str, path: str, *, body: Any = None,
             raw: bytes | None = None) -> dict:
    """Send what must be refused with a 400; prove that nothing was written; return the error body."""
    before = probe.snapshot(server, key)
    status, payload = _send(server, key, method, path, body, raw)
    after = probe.snapshot(server, key)
    assert status == 400, payload
    assert isinstance(payload.get("error"), str) and payload["error"], payload
    assert after == before, f"a refused request wrote {changed_tables(before, after)}"
    return payload


def _nested(depth: int, shape: str, leaf: str = '"x"') -> str:
    """JSON text of `depth` arrays, objects or both (alternating) around `leaf`."""
    opening = {"arrays": ["["], "objects": ['{"k":'], "mixed": ["[", '{"k":']}[shape]
    text = leaf
    for level in reversed(range(depth)):
        opener = opening[level % len(opening)]
        text = opener + text + ("]" if opener == "[" else "}")
    return text


# ------------------------------------------------------------------------------------------ nesting

# Where a nested value can go: (label, method, path, body text with {} where the value goes).
NESTING_SITES = [
    ("systems_touched item", "POST", "/api/actions",
     '{"agent_id":"a","action_type":"t","declared_goal":"g","systems_touched":[{}]}'),
    ("side_effects item", "POST", "/api/actions", '{"agent_id":"a","action_type":"t","declared_goal":"g","side_effects":[{}]}'),
    ("artifacts_created item", "PATCH", "/api/actions/{action}", '{"artifacts_created":[{}]}'),
    ("guard systems_touched", "POST", "/api/guard", '{"action_type":"t","systems_touched":[{}]}'),
    ("heartbeat metadata", "POST", "/api/agents/heartbeat", '{"agent_id":"a","metadata":{"m":{}}}'),
    ("policy rules object", "POST", "/api/policies",
     '{"name":"deep","policy_type":"risk_threshold","rules":{"threshold":50,"x":{}}}'),
    ("unknown field", "POST", "/api/actions/loops",
     '{"action_id":"{action}","loop_type":"other","description":"d","extra":{}}'),
    ("the body itself", "POST", "/api/guard", "{}"),
]


def _site_body(template: str, value: str, action_id: str) -> bytes:
    return template.replace("{action}", action_id).replace("{}", value, 1).encode()


@pytest.mark.parametrize("depth", [33, 600, 1000, 5000])
@pytest.mark.parametrize("shape", ["arrays", "objects", "mixed"])
@pytest.mark.parametrize("site", NESTING_SITES, ids=[s[0] for s in NESTING_SITES])
def test_nesting_beyond_32_levels_is_refused_wherever_it_is(server, key, action_id, probe, site, shape, depth):
    label, method, path, template = site
    body = _site_body(template, _nested(depth, shape), action_id)
    payload = _refused(server, key, probe, method, path.replace("{action}", action_id), raw=body)
    # Past 1024 levels the JSON parser itself gives up, so the body is refused as unreadable.
    assert payload["error"] == (DEPTH_ERROR if depth <= 1000 else "Invalid JSON body")


def test_nesting_up_to_32_levels_is_stored_and_read_back(server, key):
    side_effect = json.loads(_nested(30, "mixed"))  # the body, the array and 30 levels: 32
    created = _created(server, key, {**ACTION, "side_effects": [side_effect]})
    status, read = _send(server, key, "GET", f"/api/actions/{created['action_id']}")
    assert status == 200 and read["action"]["side_effects"] == [side_effect]
    status, _ = _send(server, key, "POST", "/api/agents/heartbeat",
                      raw=b'{"agent_id":"deep-ok","metadata":' + _nested(31, "objects").encode() + b"}")
    assert status == 200


def test_policy_rules_given_as_text_are_held_to_the_same_bounds(server, key, probe):
    policy = {"name": "rules-" + secrets.token_hex(3), "policy_type": "risk_threshold", "active": 0}
    too_deep = "rules must not nest objects and arrays more than 32 levels deep"
    cases = [
        ('{"threshold": 50, "x": ' + _nested(40, "arrays", "1") + "}", too_deep),
        ('{"threshold": 50, "x": ' + _nested(1900, "arrays", "1") + "}", too_deep),
        ('{"threshold": 1' + "0" * 400 + "}", "rules must not contain integers beyond 64 bits"),
        ('{"threshold": 50, "n": NaN}', "rules must be valid JSON"),
        ('{"threshold": 50, "n": -Infinity}', "rules must be valid JSON"),
        ('{"threshold": 1e999}', "rules must not contain NaN or Infinity"),
    ]
    for rules, message in cases:
        payload = _refused(server, key, probe, "POST", "/api/policies", body={**policy, "rules": rules})
        assert payload["details"] == [message], rules[:80]


# -------------------------------------------------------------------------------------------- size

def _values(count: int, value: str) -> str:
    return "[" + ",".join([value] * count) + "]"


@pytest.mark.parametrize("label,method,path,body", [
    ("20001 numbers in an unknown field", "POST", "/api/guard", '{"action_type":"t","junk":' + _values(20_001, "1") + "}"),
    ("a million empty arrays", "POST", "/api/guard", '{"action_type":"t","junk":' + _values(600_000, "[]") + "}"),
    ("ten thousand small objects", "POST", "/api/agents/heartbeat",
     '{"agent_id":"a","metadata":{"m":' + _values(10_001, '{"k":1}') + "}}"),
    ("25000 metadata keys", "POST", "/api/agents/heartbeat",
     '{"agent_id":"a","metadata":{' + ",".join(f'"{i}":{i}' for i in range(25_000)) + "}}"),
    ("30000 system names", "POST", "/api/actions",
     '{"agent_id":"a","action_type":"t","declared_goal":"g","systems_touched":' + _values(30_000, '"s"') + "}"),
])
def test_bodies_with_more_than_20000_values_are_refused_before_parsing(server, key, probe, label, method, path, body):
    started = time.monotonic()
    payload = _refused(server, key, probe, method, path, raw=body.encode())
    assert payload["error"] == VALUES_ERROR
    assert time.monotonic() - started < 2


def test_commas_and_brackets_inside_strings_are_text_not_values(server, key):
    text = "[{,}]," * 300_000
    status, payload = _send(server, key, "POST", "/api/guard", {"action_type": "t", "note": text})
    assert status == 200 and payload["decision"] == "allow"


@pytest.mark.parametrize("label,method,path,body,detail", [
    ("system name of 257 characters", "POST", "/api/actions", {**ACTION, "systems_touched": ["ok", "s" * 257]},
     "systems_touched[1] exceeds max length of 256"),
    ("system name of 129 emoji (258 UTF-16 units)", "POST", "/api/guard",
     {"action_type": "t", "systems_touched": ["\U0001F600" * 129]}, "systems_touched[0] exceeds max length of 256"),
    ("side effect object over 2000", "POST", "/api/actions", {**ACTION, "side_effects": ["a", {"text": "e" * 2000}]},
     "side_effects[1] exceeds max length of 2000"),
    ("side effect of 160 KB", "PATCH", "/api/actions/{action}", {"side_effects": ["eyJ-" * 40_000]},
     "side_effects[0] exceeds max length of 2000"),
    ("last artifact over 2000", "POST", "/api/actions",
     {**ACTION, "artifacts_created": ["a"] * 99 + ["-----BEGIN PRIVATE KEY-----" * 80]},
     "artifacts_created[99] exceeds max length of 2000"),
    ("heartbeat metadata over 10000", "POST", "/api/agents/heartbeat", {"agent_id": "a", "metadata": {"blob": "m" * 10_000}},
     "metadata exceeds max length of 10000"),
    ("heartbeat status over 32", "POST", "/api/agents/heartbeat", {"agent_id": "a", "status": "s" * 33},
     "status exceeds max length of 32"),
])
def test_every_list_item_and_free_form_field_is_bounded(server, key, action_id, probe, label, method, path, body, detail):
    payload = _refused(server, key, probe, method, path.replace("{action}", action_id), body=body)
    assert payload == {"error": "Validation failed", "details": [detail]}


def test_items_at_their_limits_are_stored_whole(server, key):
    body = {
        **ACTION,
        "systems_touched": ["\U0001F600" * 128] + ["s" * 256] * 49,
        "side_effects": [{"note": "e" * 1985}] + ["e" * 2000] * 49,
        "artifacts_created": ["a" * 2000] * 100,
    }
    created = _created(server, key, body)
    status, read = _send(server, key, "GET", f"/api/actions/{created['action_id']}")
    assert status == 200
    for field in ("systems_touched", "side_effects", "artifacts_created"):
        assert read["action"][field] == body[field]
    status, _ = _send(server, key, "POST", "/api/agents/heartbeat", {"agent_id": "full", "status": "\U0001F600" * 16,
                                                                     "metadata": {"blob": "m" * 9_980}})
    assert status == 200


# ----------------------------------------------------------------------------------------- numbers

@pytest.mark.parametrize("label,method,path,body,detail", [
    ("2**64 in side_effects", "POST", "/api/actions", {**ACTION, "side_effects": [2**64]},
     "side_effects must not contain integers beyond 64 bits"),
    ("-2**63-1 in systems_touched", "POST", "/api/guard", {"action_type": "t", "systems_touched": [-(2**63) - 1]},
     "systems_touched must not contain integers beyond 64 bits"),
    ("10**30 deep in artifacts", "PATCH", "/api/actions/{action}", {"artifacts_created": [{"a": [[10**30]]}]},
     "artifacts_created must not contain integers beyond 64 bits"),
    ("10**30 in metadata", "POST", "/api/agents/heartbeat", {"agent_id": "a", "metadata": {"n": 10**30}},
     "metadata must not contain integers beyond 64 bits"),
    ("2**64 in policy rules", "POST", "/api/policies",
     {"name": "big", "policy_type": "risk_threshold", "active": 0, "rules": {"threshold": 50, "n": 2**64}},
     "rules must not contain integers beyond 64 bits"),
    ("2**70 as a rate limit", "POST", "/api/policies",
     {"name": "big-rate", "policy_type": "rate_limit", "active": 0, "rules": {"max_actions": 2**70, "window_minutes": 5}},
     "rules must not contain integers beyond 64 bits"),
])
def test_integers_beyond_64_bits_are_refused_where_stored_as_json(server, key, action_id, probe, label, method, path,
                                                                  body, detail):
    payload = _refused(server, key, probe, method, path.replace("{action}", action_id), body=body)
    assert payload["details"] == [detail]


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"])
@pytest.mark.parametrize("field", ["cost_estimate", "risk_score", "duration_ms", "side_effects", "metadata"])
def test_nan_and_infinity_are_not_json(server, key, probe, field, literal):
    if field == "metadata":
        path, raw = "/api/agents/heartbeat", '{"agent_id":"a","metadata":{"v":%s}}' % literal
    elif field == "side_effects":
        path, raw = "/api/actions", '{"agent_id":"a","action_type":"t","declared_goal":"g","side_effects":[%s]}' % literal
    else:
        path, raw = "/api/actions", '{"agent_id":"a","action_type":"t","declared_goal":"g","%s":%s}' % (field, literal)
    assert _refused(server, key, probe, "POST", path, raw=raw.encode())["error"] == "Invalid JSON body"


def test_numbers_at_the_edges_are_stored_as_sent_or_clamped(server, key):
    created = _created(server, key, {**ACTION, "side_effects": [2**63 - 1, -(2**63), 5e-324, -0.0], "cost_estimate": -0.0,
                                     "tokens_in": 2**53 - 1})
    status, read = _send(server, key, "GET", f"/api/actions/{created['action_id']}")
    action = read["action"]
    assert status == 200 and action["side_effects"][:3] == [2**63 - 1, -(2**63), 5e-324]
    assert action["cost_estimate"] == 0 and math.copysign(1, action["cost_estimate"]) == 1  # never "-0.0"
    assert action["tokens_in"] == 2**53 - 1
    assert _created(server, key, {**ACTION, "cost_estimate": 1e308})["action"]["cost_estimate"] == 10_000
    for path in ("/api/actions?limit=200", "/api/guard?limit=1000", f"/api/actions/{created['action_id']}/graph"):
        assert _send(server, key, "GET", path)[0] == 200


# -------------------------------------------------------------------------------------- timestamps

@pytest.mark.parametrize("stamp", [
    "9999-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9998-12-31T23:30:00-01:00", "0001-01-01T00:00:00+01:00",
    "0001-01-01T00:30:00+00:31", "0000-01-01T00:00:00Z", "2026-01-01T00:00:00+24:00", "2026-02-30T00:00:00Z",
    "+12026-01-01T00:00:00Z", "２０２６-01-01T00:00:00Z",
])
def test_timestamps_outside_years_1_to_9998_are_refused(server, key, action_id, probe, stamp):
    refused = _refused(server, key, probe, "POST", "/api/actions", body={**ACTION, "timestamp_start": stamp})
    assert refused["details"] == [f"timestamp_start {TIMESTAMP_RULE}"]
    refused = _refused(server, key, probe, "PATCH", f"/api/actions/{action_id}", body={"timestamp_end": stamp})
    assert refused["details"] == [f"timestamp_end {TIMESTAMP_RULE}"]
    refused = _refused(server, key, probe, "DELETE", "/api/actions?status=failed&before=" + quote(stamp))
    assert refused["details"] == [f"before {TIMESTAMP_RULE}"]


@pytest.mark.parametrize("stamp,stored", [
    ("0001-01-01T00:00:00Z", "0001-01-01T00:00:00.000Z"),
    ("0001-01-01T01:00:00+01:00", "0001-01-01T00:00:00.000Z"),
    ("9998-12-31T23:59:59.999999Z", "9998-12-31T23:59:59.999Z"),
    ("9998-12-31T22:59:59-01:00", "9998-12-31T23:59:59.000Z"),
])
def test_timestamps_at_the_edges_of_the_range_are_stored_and_traced(server, key, stamp, stored):
    created = _created(server, key, {**ACTION, "agent_id": "edge-" + secrets.token_hex(3), "timestamp_start": stamp,
                                     "timestamp_end": stamp})
    assert created["action"]["timestamp_start"] == stored and created["action"]["timestamp_end"] == stored
    _created(server, key, {**ACTION, "agent_id": created["action"]["agent_id"], "timestamp_start": stamp})  # a neighbour
    for suffix in ("", "/trace", "/graph"):
        status, _ = _send(server, key, "GET", f"/api/actions/{created['action_id']}{suffix}")
        assert status == 200, suffix
    status, payload = _send(server, key, "GET", f"/api/actions/{created['action_id']}/trace")
    assert len(payload["trace"]["related_actions"]) == 1


@pytest.mark.parametrize("moment", [datetime(9999, 12, 31, 23, 59, 59, 999999), datetime(1, 1, 1)])
def test_actions_stored_at_the_ends_of_the_calendar_still_read(server, key, probe, moment):
    """Rows written before the range was enforced (or by hand) must not break reads for ever."""
    created = _created(server, key, {**ACTION, "agent_id": "stored-" + secrets.token_hex(3)})
    probe.execute("UPDATE actions SET timestamp_start = :moment, timestamp_end = :moment WHERE action_id = :id",
                  moment=moment, id=created["action_id"])
    expected = moment.isoformat(timespec="milliseconds") + "Z"
    for suffix in ("", "/trace", "/graph"):
        status, payload = _send(server, key, "GET", f"/api/actions/{created['action_id']}{suffix}")
        assert status == 200, suffix
        assert expected in json.dumps(payload), suffix
    assert _send(server, key, "GET", "/api/actions?limit=200")[0] == 200


# ---------------------------------------------------------------------------------------- unicode

ODD_TEXT = [
    "\u202eevil\u202c right-to-left override",
    "\ufeffleading byte-order mark",
    "noncharacters \uffff \ufffe \U0010ffff",
    "combining e\u0301\u0301\u0301 marks",
    "zero\u200bwidth\u200djoiners",
    "\U0001F468\u200d\U0001F469\u200d\U0001F467 family emoji",
]


@pytest.mark.parametrize("text", ODD_TEXT)
def test_odd_unicode_is_stored_and_read_back_exactly(server, key, text):
    body = {**ACTION, "declared_goal": text, "systems_touched": [text], "side_effects": [{text: text}]}
    created = _created(server, key, body)
    status, read = _send(server, key, "GET", f"/api/actions/{created['action_id']}")
    assert status == 200
    assert read["action"]["declared_goal"] == text
    assert read["action"]["systems_touched"] == [text] and read["action"]["side_effects"] == [{text: text}]
    status, _ = _send(server, key, "POST", "/api/agents/heartbeat", {"agent_id": "uni", "status": text[:16],
                                                                     "metadata": {text: text}})
    assert status == 200


@pytest.mark.parametrize("label,raw,error", [
    ("unpaired high surrogate", b'{"agent_id":"a","action_type":"t","declared_goal":"\\ud800 half"}', "Invalid JSON body"),
    ("unpaired low surrogate in an item", b'{"agent_id":"a","action_type":"t","declared_goal":"g","side_effects":["\\udfff"]}',
     "Invalid JSON body"),
    ("NUL in a metadata key", b'{"agent_id":"a","action_type":"t","declared_goal":"g","side_effects":[{"k\\u0000":1}]}',
     "Validation failed"),
])
def test_text_no_database_can_hold_is_refused(server, key, probe, label, raw, error):
    assert _refused(server, key, probe, "POST", "/api/actions", raw=raw)["error"] == error


# ---------------------------------------------------------------------------------- responsiveness

class HealthWatch:
    """Polls `/api/health` on its own keep-alive connection and keeps the slowest answer's time."""

    def __init__(self, server):
        host, port = server.url.split("//", 1)[1].split(":")
        self.connection = http.client.HTTPConnection(host, int(port), timeout=30)
        self.slowest = 0.0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._poll, daemon=True)

    def _poll(self) -> None:
        while not self.stopping.is_set():
            started = time.monotonic()
            self.connection.request("GET", "/api/health")
            response = self.connection.getresponse()
            response.read()
            took = time.monotonic() - started if response.status == 200 else math.inf
            self.slowest = max(self.slowest, took)
            time.sleep(0.005)

    def __enter__(self) -> "HealthWatch":
        self.thread.start()
        time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        time.sleep(0.05)
        self.stopping.set()
        self.thread.join()
        self.connection.close()


def _worst_text(length: int) -> str:
    """Text that wakes every secret pattern, with the starts that made the old patterns quadratic."""
    unit = "-----BEGIN PRIVATE KEY----- eyJ-eyJ-eyJ- bearer      password: api_key= aws_key= postgres://u:p sk-ant- ghp_ "
    return (unit * (length // len(unit) + 1))[:length]


def _worst_action() -> dict:
    return {
        **ACTION, "declared_goal": _worst_text(2000), "reasoning": _worst_text(4000), "input_summary": _worst_text(4000),
        "output_summary": _worst_text(4000), "error_message": _worst_text(4000), "trigger": _worst_text(1000),
        "authorization_scope": _worst_text(1000), "systems_touched": [_worst_text(256)] * 50,
        "side_effects": [_worst_text(2000)] * 50, "artifacts_created": [_worst_text(2000)] * 100,
    }


WORST_PAYLOADS: list[tuple[str, str, str, Callable[[], bytes], int]] = [
    ("action with every text field full of worst-case text", "POST", "/api/actions",
     lambda: json.dumps(_worst_action()).encode(), 201),
    ("guard with every text field full of worst-case text", "POST", "/api/guard", lambda: json.dumps({
        "action_type": "deploy", "declared_goal": _worst_text(2000), "reasoning": _worst_text(4000),
        "systems_touched": [_worst_text(256)] * 50}).encode(), 200),
    ("just under 20000 values, as small objects", "POST", "/api/guard",
     lambda: ('{"action_type":"t","junk":' + _values(9_990, '{"k":1}') + "}").encode(), 200),
    ("2 MB of string full of commas and quotes", "POST", "/api/guard",
     lambda: json.dumps({"action_type": "t", "junk": '\\",[{' * 290_000}).encode(), 200),
    ("a million empty arrays", "POST", "/api/guard",
     lambda: ('{"action_type":"t","junk":' + _values(600_000, "[]") + "}").encode(), 400),
    ("one side effect of 160 KB", "POST", "/api/actions",
     lambda: json.dumps({**ACTION, "side_effects": ["eyJ-" * 40_000]}).encode(), 400),
    ("nesting 1000 deep", "POST", "/api/agents/heartbeat",
     lambda: ('{"agent_id":"a","metadata":{"m":' + _nested(1000, "mixed") + "}}").encode(), 400),
]


@pytest.mark.parametrize("label,method,path,build,expected", WORST_PAYLOADS, ids=[p[0] for p in WORST_PAYLOADS])
def test_other_requests_never_wait_on_a_worst_case_payload(server, key, label, method, path, build, expected):
    body = build()
    with HealthWatch(server) as watch:
        started = time.monotonic()
        status, payload = _send(server, key, method, path, raw=body)
        took = time.monotonic() - started
    assert status == expected, payload
    assert took < 2, f"{label}: answered in {took:.2f}s"
    assert watch.slowest < HEALTH_BUDGET_SECONDS, f"/api/health took {watch.slowest * 1000:.0f} ms during {label}"


def test_a_wildcard_policy_cannot_be_made_to_backtrack(server):
    """`*a*a*...*b` against `aaaa...` took exponential time as a regex; it runs on the event loop."""
    key = server.new_tenant().admin_key  # an org of its own: this policy must not touch other tests
    rules = {"action_types": ["*a" * 60 + "*b"]}
    policy = {"name": "stars", "policy_type": "block_action_type", "rules": rules}
    assert _send(server, key, "POST", "/api/policies", policy)[0] == 201
    with HealthWatch(server) as watch:
        started = time.monotonic()
        status, payload = _send(server, key, "POST", "/api/guard", {"action_type": "a" * 128})
        took = time.monotonic() - started
    assert status == 200 and payload["decision"] == "allow"
    assert took < 2 and watch.slowest < HEALTH_BUDGET_SECONDS
    status, payload = _send(server, key, "POST", "/api/guard", {"action_type": "a" * 100 + "b"})
    assert status == 200 and payload["decision"] == "block"
