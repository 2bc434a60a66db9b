"""Table-driven bad-input cases for one domain's endpoints: each states the exact status, `error` and
`details`, and `check` proves a refused request wrote nothing (every table digested before and after)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from support.database import DatabaseProbe, changed_tables

NO_BODY = object()


@dataclass(repr=False)
class Case:
    id: str
    method: str
    path: str
    body: Any = NO_BODY
    raw: bytes | None = None
    status: int = 400
    error: str | None = "Validation failed"
    details: list[str] | None = None
    changes: dict[str, int] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"Case({self.id!r})"


def invalid(id: str, method: str, path: str, body: Any, *details: str) -> Case:
    """400 "Validation failed" with exactly these `details`."""
    return Case(f"{method} {path}: {id}", method, path, body, details=list(details))


def refused(id: str, method: str, path: str, body: Any, status: int, error: str | None = None, **kw) -> Case:
    """`status` with this `error` (any non-empty one when None), nothing written."""
    return Case(f"{method} {path}: {id}", method, path, body, status=status, error=error, **kw)


def accepted(id: str, method: str, path: str, body: Any, status: int, changes: dict[str, int]) -> Case:
    """Taken with `status`, changing exactly these row counts (table -> added rows)."""
    return Case(f"{method} {path}: {id}", method, path, body, status=status, error=None, changes=changes)


def body_shape_cases(endpoints: list[tuple[str, str]]) -> list[Case]:
    """Malformed JSON, and a body that is not an object, for each (method, path)."""
    cases = []
    for method, path in endpoints:
        cases += [
            refused("malformed JSON", method, path, NO_BODY, 400, "Invalid JSON body", raw=b"{bad"),
            refused("body is a JSON array", method, path, [{"text": "a"}], 400),
            refused("body is a JSON string", method, path, "text", 400),
        ]
    return cases


def unique(cases: list[Case]) -> list[Case]:
    assert len({c.id for c in cases}) == len(cases), "case ids must be unique"
    return cases


def check(server, key: str, ids: dict[str, str], probe: DatabaseProbe, case: Case) -> None:
    """Send `case` as `key` (with `{name}` in its path filled from `ids`) and check the answer and the tables."""
    path = case.path
    for name, value in ids.items():
        path = path.replace("{" + name + "}", value)
    before = probe.snapshot(server, key)
    data = case.raw if case.raw is not None else (None if case.body is NO_BODY else json.dumps(case.body).encode())
    status, payload, _ = server.exchange(case.method, path, key, data)
    after = probe.snapshot(server, key)
    body = json.loads(payload) if payload else None
    shown = f"{case.method} {path} -> {status} {payload[:400]!r}"
    assert status == case.status, shown
    assert isinstance(body, dict), shown
    if status >= 400:
        assert isinstance(body.get("error"), str) and body["error"], shown
        if case.error is not None:
            assert body["error"] == case.error, shown
        if case.details is not None:
            assert body.get("details") == case.details, shown
    changes = changed_tables(before, after)
    assert {t: int(d.split(" -> ")[1].split()[0]) - int(d.split()[1]) for t, d in changes.items()} == case.changes, shown
