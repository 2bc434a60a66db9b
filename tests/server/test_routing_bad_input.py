"""Bad input and tenancy for task routing: the exact status and `error` for each mistake, nothing written by
a refused request (support/bad_input.py), and no org reaching another's agents or tasks."""
from __future__ import annotations

import json

import pytest
from support.bad_input import NO_BODY, accepted, body_shape_cases, check, invalid, refused, unique
from support.database import DatabaseProbe

A, T = "/api/routing/agents", "/api/routing/tasks"
CASES = unique(body_shape_cases([("POST", A), ("PATCH", A + "/{agent}"), ("POST", T), ("POST", T + "/{task}/complete")]) + [
    invalid("no name", "POST", A, {"capabilities": ["x"]}, "name is required"),
    invalid("capacity zero", "POST", A, {"name": "a", "maxConcurrent": 0}, "maxConcurrent must be >= 1"),
    invalid("capacity 101", "POST", A, {"name": "a", "maxConcurrent": 101}, "maxConcurrent must be <= 100"),
    invalid("capacity a string", "POST", A, {"name": "a", "maxConcurrent": "3"}, "maxConcurrent must be an integer"),
    invalid("capabilities not an array", "POST", A, {"name": "a", "capabilities": "py"}, "capabilities must be an array"),
    invalid("51 capabilities", "POST", A, {"name": "a", "capabilities": ["s"] * 51},
            "capabilities exceeds max items of 50"),
    refused("endpoint over http", "POST", A, {"name": "a", "endpoint": "ftp://agents.example.com"}, 400,
            "Agent endpoint: URL must use HTTP or HTTPS"),
    refused("endpoint not a URL", "POST", A, {"name": "a", "endpoint": "not a url"}, 400, "Agent endpoint: Invalid URL format"),
    refused("NUL in name", "POST", A, {"name": "a\u0000b"}, 400),
    invalid("unknown status", "PATCH", A + "/{agent}", {"status": "asleep"},
            "status must be one of: available, busy, offline"),
    invalid("no status", "PATCH", A + "/{agent}", {}, "status is required"),
    refused("unknown agent", "PATCH", A + "/ra_nope", {"status": "busy"}, 404, "Agent not found"),
    refused("other org's agent", "PATCH", A + "/{foreign_agent}", {"status": "busy"}, 404, "Agent not found"),
    refused("other org's agent read", "GET", A + "/{foreign_agent}", NO_BODY, 404, "Agent not found"),
    refused("other org's agent delete", "DELETE", A + "/{foreign_agent}", NO_BODY, 404, "Agent not found"),
    invalid("no title", "POST", T, {"urgency": "high"}, "title is required"),
    invalid("unknown urgency", "POST", T, {"title": "t", "urgency": "yesterday"},
            "urgency must be one of: critical, high, medium, normal, low"),
    invalid("skills not strings", "POST", T, {"title": "t", "requiredSkills": [1]}, "requiredSkills[0] must be a string"),
    invalid("negative timeout", "POST", T, {"title": "t", "timeoutSeconds": -1}, "timeoutSeconds must be >= 0"),
    invalid("retries a float", "POST", T, {"title": "t", "maxRetries": 1.5}, "maxRetries must be an integer"),
    refused("callback with credentials", "POST", T, {"title": "t", "callbackUrl": "ftp://u:p@hooks.example.com/x"}, 400,
            "Callback URL: URL must use HTTP or HTTPS"),
    invalid("success a string", "POST", T + "/{task}/complete", {"success": "no"}, "success must be a boolean"),
    refused("result too long", "POST", T + "/{task}/complete", {"result": "x" * 70_000}, 400, "Validation failed",
            details=["result exceeds max length of 65536"]),
    refused("unknown task", "POST", T + "/rt_nope/complete", {}, 404, "Task not found"),
    refused("other org's task", "POST", T + "/{foreign_task}/complete", {}, 404, "Task not found"),
    refused("other org's task read", "GET", T + "/{foreign_task}", NO_BODY, 404, "Task not found"),
    refused("other org's task delete", "DELETE", T + "/{foreign_task}", NO_BODY, 404, "Task not found"),
    refused("finished task", "POST", T + "/{done_task}/complete", {}, 409, "Task is already completed"),
    refused("status filter unknown", "GET", T + "?status=lost", NO_BODY, 400),
    refused("limit negative", "GET", T + "?limit=-1", NO_BODY, 400),
    accepted("a queued task", "POST", T, {"title": "t", "requiredSkills": ["nobody-has-this"]}, 201,
             {"routing_tasks": 1, "routing_decisions": 1}),
])


@pytest.fixture(scope="module")
def world(server):
    mine, theirs = server.new_tenant(), server.new_tenant()
    ids = {}
    for prefix, tenant in (("", mine), ("foreign_", theirs)):
        key = tenant.admin_key
        ids[prefix + "agent"] = server.request("POST", A, key, {"name": "worker", "capabilities": ["x"]})[1]["agent"]["id"]
        ids[prefix + "task"] = server.request("POST", T, key, {"title": "t", "requiredSkills": ["x"]})[1]["task_id"]
    ids["done_task"] = server.request("POST", T, mine.admin_key, {"title": "done"})[1]["task_id"]
    assert server.request("POST", f"{T}/{ids['done_task']}/complete", mine.admin_key, {})[0] == 200
    probe = DatabaseProbe(server.database_url)
    yield mine, theirs, ids, probe
    probe.close()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_routing_bad_input(server, world, case):
    mine, _, ids, probe = world
    check(server, mine.admin_key, ids, probe, case)


@pytest.mark.parametrize("path,key", [(A, "agents"), (T, "tasks")])
def test_lists_never_show_another_orgs_rows(server, world, path, key):
    mine, theirs, ids, _ = world
    own = json.dumps(server.request("GET", path, mine.admin_key)[1])
    other = server.request("GET", path, theirs.admin_key)[1]
    assert ids["agent"] in own or ids["task"] in own
    assert ids["agent"] not in json.dumps(other) and ids["task"] not in json.dumps(other)
    assert len(other[key]) == 1  # only its own


def test_stats_and_health_count_the_callers_org_only(server, world):
    mine, theirs, _, _ = world
    stats = server.request("GET", "/api/routing/stats", theirs.admin_key)[1]
    assert stats["agents"]["total"] == 1 and stats["tasks"]["total"] == 1
    assert server.request("GET", "/api/routing/health", theirs.admin_key)[1]["free_slots"] == 2
