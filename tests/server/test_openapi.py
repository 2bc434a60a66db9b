"""The served OpenAPI document tells the truth: its error responses, bounds and nulls, and schemathesis
fuzzing every operation against it finds no server error and no answer the document does not describe."""
from __future__ import annotations

import collections
import json
import re
import time

import pytest
import schemathesis
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from dashclaw.server.core.idempotency import MAX_KEY_LENGTH

SEED = 20261201
EXAMPLES_PER_OPERATION = 20
CHECKS = ("not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance")
AGENT = "openapi-agent"
ACTION, PENDING_ACTION, ASSUMPTION, LOOP = "openapi-action", "openapi-pending", "openapi-assumption", "openapi-loop"
NEEDS_HUMAN = "needs_human"
FUZZ_TIMEOUT_SECONDS = 1200  # every operation is one test: about 2 minutes idle, several on a loaded machine


@pytest.fixture
def document(server) -> dict:
    status, body, headers = server.request("GET", "/openapi.json")
    assert status == 200 and headers["content-type"] == "application/json"
    return body


def operations(document: dict):
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            yield f"{method.upper()} {path}", operation


def test_no_operation_lists_422_and_every_authenticated_one_lists_401_and_429(document):
    every = dict(operations(document))
    authenticated = {label: operation for label, operation in every.items() if operation.get("security")}
    assert set(every) - set(authenticated) == {"GET /api/health"}
    for label, operation in every.items():
        assert "422" not in operation["responses"], label
    for label, operation in authenticated.items():
        assert {"400", "401", "429"} <= set(operation["responses"]), label
        assert operation["security"] == [{"ApiKey": []}]
    scheme = document["components"]["securitySchemes"]["ApiKey"]
    assert scheme == {"type": "apiKey", "in": "header", "name": "x-api-key"}
    assert "HTTPValidationError" not in document["components"]["schemas"]


def test_error_responses_follow_methods_path_ids_and_roles(document):
    responses = {label: set(operation["responses"]) for label, operation in operations(document)}
    assert {"202", "403", "409", "413"} <= responses["POST /api/actions"]
    assert "404" in responses["GET /api/actions/{action_id}"]
    assert "404" not in responses["GET /api/actions"]
    assert "403" not in responses["GET /api/actions"]  # any key may read
    assert "403" in responses["GET /api/orgs"]  # admins only
    assert "403" in responses["DELETE /api/policies"]
    assert "413" not in responses["GET /api/guard"]
    assert "404" in responses["POST /api/actions/loops"]  # the parent action is named in the body
    error = document["paths"]["/api/actions"]["post"]["responses"]["400"]["content"]["application/json"]["schema"]
    assert error == {"$ref": "#/components/schemas/Error"}
    assert document["components"]["schemas"]["Error"]["required"] == ["error"]
    retry_after = document["paths"]["/api/guard"]["post"]["responses"]["429"]["headers"]["Retry-After"]
    assert retry_after["schema"]["type"] == "integer"


def test_bounded_integers_carry_minimum_and_maximum_and_optional_fields_accept_null(document):
    schemas = document["components"]["schemas"]
    risk_score = schemas["GuardRequest"]["properties"]["risk_score"]["anyOf"]
    assert {"type": "integer", "minimum": 0, "maximum": 100} in risk_score
    assert {"type": "null"} in risk_score
    confidence = schemas["ActionCreate"]["properties"]["confidence"]
    assert {"type": "integer", "minimum": 0, "maximum": 100} in confidence["anyOf"]
    assert {"type": "null"} in confidence["anyOf"]  # null counts as absent, so the default applies
    agent_id = schemas["ActionCreate"]["properties"]["agent_id"]
    assert agent_id["type"] == "string" and agent_id["maxLength"] == 128 and "anyOf" not in agent_id
    assert not re.search(r'"(ge|le|gt|lt)":', json.dumps(schemas))
    parameters = {p["name"]: p["schema"] for p in document["paths"]["/api/actions"]["get"]["parameters"]}
    assert parameters["limit"]["minimum"] == 0 and parameters["limit"]["maximum"] == 2**31 - 1
    assert parameters["risk_min"]["type"] == "integer"  # a query string cannot carry null


class Seeds:
    """Records the fuzzer can name by id, put back before each case that names one (earlier cases may have
    resolved, approved or deleted them)."""

    ids = {ACTION, PENDING_ACTION, ASSUMPTION, LOOP}

    def __init__(self, server, api_key: str):
        self.server = server
        self.api_key = api_key
        policy = {"name": "needs a human", "policy_type": "require_approval",
                  "rules": json.dumps({"action_types": [NEEDS_HUMAN]})}
        assert self._post("/api/policies", policy) == 201
        self.restore()

    def restore(self) -> None:
        goal = {"agent_id": AGENT, "declared_goal": "be found by the fuzzer"}
        self._post("/api/actions", {**goal, "action_id": ACTION, "action_type": "research"})
        self._post("/api/actions", {**goal, "action_id": PENDING_ACTION, "action_type": NEEDS_HUMAN})
        self._post("/api/assumptions", {"action_id": ACTION, "assumption_id": ASSUMPTION, "assumption": "seeded"})
        self._post("/api/actions/loops", {"action_id": ACTION, "loop_id": LOOP, "loop_type": "followup",
                                          "description": "seeded"})

    def named_by(self, case) -> bool:
        body = case.body if isinstance(case.body, dict) else {}
        named = [*(case.path_parameters or {}).values(), body.get("action_id")]
        return any(isinstance(value, str) and value in self.ids for value in named)

    def _post(self, path: str, body: dict) -> int:
        status = self.server.request("POST", path, self.api_key, body)[0]
        assert status in (201, 202, 409), (path, status)
        return status


class Exchanges:
    """What the fuzzer sent and got back, per operation."""

    def __init__(self):
        self.statuses: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        self.started = time.monotonic()

    def record(self, label: str, status: int) -> None:
        self.statuses[label][status] += 1

    @property
    def total(self) -> int:
        return sum(sum(counter.values()) for counter in self.statuses.values())


@pytest.fixture
def exchanges(server):
    log = Exchanges()
    yield log
    print(f"\nschemathesis on {server.backend}: {log.total} cases in {time.monotonic() - log.started:.1f}s")
    for label, counter in sorted(log.statuses.items()):
        print(f"  {label}: {dict(sorted(counter.items()))}")
    succeeded = {label for label, counter in log.statuses.items() if any(200 <= s < 300 for s in counter)}
    assert log.total >= 1000, "the fuzzer barely ran"
    assert len(succeeded) >= len(log.statuses) / 2, f"only {sorted(succeeded)} ever succeeded"


def public_key_pem() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()


@pytest.fixture
def seeds(server, tenant) -> Seeds:
    return Seeds(server, tenant.admin_key)


@pytest.fixture
def api_schema(server, tenant, seeds, exchanges):
    def sometimes(name: str, probability: float = 0.5) -> dict:
        return {"dictionary": name, "probability": probability}

    config = schemathesis.Config.from_dict({
        "seed": SEED,
        "headers": {"x-api-key": tenant.admin_key},
        "generation": {"max-examples": EXAMPLES_PER_OPERATION, "mode": "all", "database": "none"},
        "checks": {"enabled": False, **{name: {"enabled": True} for name in CHECKS}},
        "max-stream-events": 1,  # `/api/stream` stays open for minutes; its first frame is what is checked
        "dictionaries": {
            "org": {"values": [tenant.org_id]},
            "actions": {"values": [ACTION, PENDING_ACTION]},
            "assumptions": {"values": [ASSUMPTION]},
            "loops": {"values": [LOOP]},
            "agents": {"values": [AGENT]},
            "public_keys": {"values": [public_key_pem()]},
        },
        "parameters": {
            "path.org_id": sometimes("org", 0.75),
            "path.action_id": sometimes("actions"),
            "path.assumption_id": sometimes("assumptions"),
            "path.loop_id": sometimes("loops"),
            "path.agent_id": sometimes("agents"),
        },
        "operations": [
            {"include-path-regex": "^/api/(actions/)?(assumptions|loops)$",  # creates name their parent
             "parameters": {"body.action_id": sometimes("actions")}},
            {"include-path-regex": "^/api/(identities|pairings)$",
             "parameters": {"body.agent_id": sometimes("agents"), "body.public_key": sometimes("public_keys")}},
        ],
    })
    return schemathesis.openapi.from_url(server.url + "/openapi.json", config=config)


schema = schemathesis.pytest.from_fixture("api_schema")


@pytest.mark.timeout(FUZZ_TIMEOUT_SECONDS)
@schema.parametrize()
def test_every_operation_answers_as_documented(case, seeds, exchanges):
    if seeds.named_by(case):
        seeds.restore()
    if case.headers and "Idempotency-Key" in case.headers:
        # Generated keys repeat ("0", "a"), which would turn most creates into replays or 409s: make each one
        # unique, keeping a valid key valid and a too long one too long.
        key, suffix = case.headers["Idempotency-Key"], f"-{exchanges.total}"
        if len(key) <= MAX_KEY_LENGTH:
            key = key[:MAX_KEY_LENGTH - len(suffix)]
        case.headers["Idempotency-Key"] = key + suffix
    response = case.call_and_validate()
    exchanges.record(case.operation.label, response.status_code)
