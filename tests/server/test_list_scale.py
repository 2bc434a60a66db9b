"""Lists at scale: keyset cursors that hold under concurrent inserts and across orgs, counters that match the rows,
and (PostgreSQL) query plans that use an index on a big log instead of scanning it."""
from __future__ import annotations

import json
import secrets
import threading

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.pool import NullPool

from dashclaw import DashClaw, GuardBlockedError
from dashclaw.server.actions import service as actions_service
from dashclaw.server.actions.schemas import ActionFilters
from dashclaw.server.core.auth import Principal
from dashclaw.server.core.pagination import Page
from dashclaw.server.db.engine import Database
from dashclaw.server.deps import build_context
from dashclaw.server.guard import service as guard_service
from dashclaw.server.guard.schemas import DecisionFilters
from dashclaw.server.settings import Settings
from dashclaw.server.signals.service import signals_report


def walk(client: DashClaw, path: str, key: str, limit: int) -> list[dict]:
    """Every item of a list, following `next_cursor` page by page."""
    items, cursor = [], None
    while True:
        page = client._request(path + f"?limit={limit}" + (f"&cursor={cursor}" if cursor else ""))
        items += page[key]
        cursor = page["next_cursor"]
        if not cursor:
            return items


def while_inserting(insert, run):
    """`run()`'s result, while another thread keeps calling `insert()` until it returns."""
    done = threading.Event()

    def keep_inserting():
        while not done.is_set():
            insert()

    inserter = threading.Thread(target=keep_inserting)
    inserter.start()
    try:
        return run()
    finally:
        done.set()
        inserter.join()


def test_walking_actions_by_cursor_sees_each_existing_action_once_in_order_while_others_arrive(server, tenant):
    claw = server.client(tenant.admin_key, agent_id="walker")
    writer = server.client(tenant.admin_key, agent_id="newcomer")
    for n in range(37):  # several sharing one start time, so ties are broken by insertion order
        claw.create_action("sync", f"Batch {n}", timestamp_start="2026-01-01T00:00:00Z" if n % 3 else None)
    existing = claw.get_actions(limit=200)["actions"]

    walked = while_inserting(lambda: writer.create_action("sync", "Arrives during the walk"),
                             lambda: walk(claw, "/api/actions", "actions", 5))

    seen = [a["action_id"] for a in walked if a["agent_id"] == "walker"]
    assert seen == [a["action_id"] for a in existing]
    assert len({a["action_id"] for a in walked}) == len(walked)
    writer.close()


def test_walking_the_guard_log_loops_and_assumptions_by_cursor(server, tenant):
    claw = server.client(tenant.admin_key, agent_id="walker")
    action_id = claw.create_action("sync", "Parent of loops and assumptions")["action_id"]
    for n in range(23):
        claw.guard({"action_type": "sync", "agent_id": "walker"})
        claw.register_open_loop(action_id, "followup", f"Loop {n}", priority=("critical", "low", "high")[n % 3])
        claw.register_assumption(action_id, f"Assumption {n}")
    expected = {
        "/api/guard": [d["id"] for d in claw.get_guard_decisions(limit=200)["decisions"]],
        "/api/actions/loops": [loop["loop_id"] for loop in claw.get_open_loops(limit=200)["loops"]],
        "/api/actions/assumptions": [a["assumption_id"] for a in claw._request("/api/actions/assumptions?limit=200")["assumptions"]],
    }
    id_field = {"/api/guard": "id", "/api/actions/loops": "loop_id", "/api/actions/assumptions": "assumption_id"}

    def insert():
        claw.guard({"action_type": "sync", "agent_id": "walker"})
        claw.register_open_loop(action_id, "followup", "Arrives during the walk", priority="critical")
        claw.register_assumption(action_id, "Arrives during the walk")

    for path, key in (("/api/guard", "decisions"), ("/api/actions/loops", "loops"), ("/api/actions/assumptions", "assumptions")):
        walked = [item[id_field[path]] for item in while_inserting(insert, lambda p=path, k=key: walk(claw, p, k, 4))]
        known = set(expected[path])
        assert [item for item in walked if item in known] == expected[path], path
        assert len(set(walked)) == len(walked), path
    ranks = [("critical", "high", "medium", "low").index(loop["priority"]) for loop in claw.get_open_loops(limit=200)["loops"]]
    assert ranks == sorted(ranks)


def test_sdk_iterators_follow_cursors(server, tenant):
    claw = server.client(tenant.admin_key, agent_id="iterating")
    created = [claw.create_action("sync", f"Step {n}")["action_id"] for n in range(7)]
    for _ in range(5):
        claw.guard({"action_type": "sync"})
    assert [a["action_id"] for a in claw.iter_actions(agent_id="iterating", limit=2)] == created[::-1]
    assert len(list(claw.iter_guard_decisions(limit=2))) == 5 + 7  # each create logs its decision too
    assert len(list(claw.iter_assumptions(limit=3))) == 0


def test_a_cursor_is_useless_in_another_org(server, tenant):
    owner = server.client(tenant.admin_key, agent_id="owner")
    for n in range(6):
        owner.create_action("sync", f"Owner's action {n}")
        owner.guard({"action_type": "sync"})
    other_tenant = server.new_tenant()
    outsider = server.client(other_tenant.admin_key, agent_id="owner")
    outsider.create_action("sync", "The outsider's only action")
    for path, key in (("/api/actions", "actions"), ("/api/guard", "decisions")):
        cursor = owner._request(f"{path}?limit=2")["next_cursor"]
        assert cursor
        seen = outsider._request(f"{path}?limit=50&cursor={cursor}")
        assert seen[key] == [] and seen["next_cursor"] is None, path  # the outsider's rows are all newer
        assert all(item["org_id"] == other_tenant.org_id for item in outsider._request(path)[key])
    assert outsider.get_actions()["total"] == 1


def direct_counts(server, org_id: str) -> tuple[dict, dict]:
    """(the actions list's stats as the rows have them, the guard log's size), read straight from the database."""
    engine = create_engine(server.database_url.replace("postgresql://", "postgresql+psycopg://"), poolclass=NullPool)
    with engine.connect() as conn:
        row = conn.execute(text(
            "SELECT count(*), sum(CASE WHEN status = 'completed' THEN 1 ELSE 0 END), "
            "sum(CASE WHEN status = 'failed' THEN 1 ELSE 0 END), sum(CASE WHEN status = 'running' THEN 1 ELSE 0 END), "
            "sum(CASE WHEN risk_score >= 70 THEN 1 ELSE 0 END), avg(risk_score), sum(cost_estimate) "
            "FROM actions WHERE org_id = :org"), {"org": org_id}).one()
        decisions = conn.execute(text("SELECT count(*) FROM guard_decisions WHERE org_id = :org"), {"org": org_id}).scalar()
    engine.dispose()
    total = row[0]
    return {
        "total": total, "completed": int(row[1] or 0), "failed": int(row[2] or 0), "running": int(row[3] or 0),
        "high_risk": int(row[4] or 0), "avg_risk": round(float(row[5] or 0), 2), "total_cost": round(float(row[6] or 0), 4),
    }, decisions


def test_counters_match_the_rows_through_creates_changes_approvals_and_deletes(server, tenant):
    claw = server.client(tenant.admin_key, agent_id="counted")
    claw._request("/api/policies", "POST", {"name": "hold-" + secrets.token_hex(3), "policy_type": "require_approval",
                                            "rules": json.dumps({"action_types": ["hold"]})})
    ids = [claw.create_action("deploy", f"Change {n}", risk_score=30 * (n % 4), cost_estimate=0.25 * n)["action_id"]
           for n in range(8)]
    held = [claw.create_action("hold", f"Held {n}")["action_id"] for n in range(3)]
    claw._request("/api/policies", "POST", {"name": "no-drops-" + secrets.token_hex(3), "policy_type": "block_action_type",
                                            "rules": json.dumps({"action_types": ["drop_table"]})})
    with pytest.raises(GuardBlockedError):
        claw.create_action("drop_table", "Blocked, so only its decision is logged")
    claw.guard({"action_type": "sync"})
    claw.update_outcome(ids[0], status="completed", cost_estimate=3.5)
    claw.update_outcome(ids[1], status="failed")
    claw.approve_action(held[0], "allow")
    claw.approve_action(held[1], "deny", reasoning="no")
    claw._request(f"/api/actions?action_id={ids[2]}", "DELETE")
    claw._request("/api/actions?status=failed", "DELETE")

    stats, decisions = direct_counts(server, tenant.org_id)
    listed = claw.get_actions()
    assert listed["stats"] == stats and listed["total"] == stats["total"] and listed["total_is_lower_bound"] is False
    for filters in ({"status": "completed"}, {"agent_id": "counted", "action_type": "deploy"}, {"action_type": "hold"}):
        rows = list(claw.iter_actions(limit=200, **filters))
        assert claw.get_actions(**filters)["total"] == len(rows), filters
    assert claw._request("/api/guard?agent_id=counted&limit=1")["total"] == decisions
    risky = claw.get_actions(risk_min=60)
    assert risky["total"] == len(list(claw.iter_actions(risk_min=60))) and risky["total_is_lower_bound"] is False


# ------------------------------------------------------------------------------------------- PostgreSQL plans

ORGS = 40
ROWS_PER_ORG = 5_000
BIG_TABLES = ("actions", "guard_decisions", "open_loops", "assumptions")


def load_many_orgs(conn, prefix: str) -> None:
    """ORGS orgs of ROWS_PER_ORG actions and guard decisions each, and a loop and an assumption for every tenth
    action (enough for the planner to prefer indexes)."""
    total = ORGS * ROWS_PER_ORG
    conn.execute(text(f"""
        INSERT INTO actions (org_id, action_id, agent_id, swarm_id, action_type, declared_goal, systems_touched, status,
          reversible, risk_score, risk_factors, confidence, recommendation_applied, side_effects, artifacts_created,
          timestamp_start, cost_estimate, tokens_in, tokens_out, verified, created_at, updated_at)
        SELECT '{prefix}' || (n % {ORGS}), 'act_' || n, 'agent-' || (n % 37), 'swarm-' || (n % 53),
          (ARRAY['sync', 'deploy', 'query'])[1 + n % 3], 'Plan ' || n, '[]',
          (ARRAY['completed', 'completed', 'completed', 'failed', 'running'])[1 + n % 5], 1 - (n % 7 = 0)::int,
          n % 101, '[]', 50, 0, '[]', '[]', now() - make_interval(secs => n), 0.5, 0, 0, false, now(), now()
        FROM generate_series(1, {total}) AS n"""))
    conn.execute(text(f"""
        INSERT INTO guard_decisions (id, org_id, agent_id, action_type, decision, reasons, warnings, matched_policies,
          context, risk_score, shadow_results, shadow_matches, created_at)
        SELECT 'gd_' || n, '{prefix}' || (n % {ORGS}), 'agent-' || (n % 37), 'sync',
          (ARRAY['allow', 'allow', 'allow', 'warn', 'block', 'require_approval'])[1 + n % 6], '[]', '[]', '[]', '{{}}',
          n % 101, '[]', 0, now() - make_interval(secs => n)
        FROM generate_series(1, {total}) AS n"""))
    conn.execute(text(f"""
        INSERT INTO open_loops (org_id, loop_id, action_id, loop_type, description, status, priority, created_at)
        SELECT '{prefix}' || (n % {ORGS}), 'loop_' || n, 'act_' || n, 'followup', 'Loop ' || n,
          (ARRAY['open', 'resolved', 'cancelled'])[1 + n % 3], (ARRAY['critical', 'high', 'medium', 'low'])[1 + n % 4],
          now() - make_interval(secs => n * 10)
        FROM generate_series(10, {total}, 10) AS n"""))
    conn.execute(text(f"""
        INSERT INTO assumptions (org_id, assumption_id, action_id, assumption, validated, invalidated, invalidated_at,
          created_at)
        SELECT '{prefix}' || (n % {ORGS}), 'asm_' || n, 'act_' || n, 'Assumption ' || n, (n % 3 = 0)::int,
          (n % 7 = 0)::int, CASE WHEN n % 7 = 0 THEN now() - make_interval(secs => n) END,
          now() - make_interval(secs => n * 10)
        FROM generate_series(10, {total}, 10) AS n"""))
    conn.execute(text("; ".join(f"ANALYZE {table}" for table in BIG_TABLES)))


def plan_nodes(plan: dict):
    yield plan
    for child in plan.get("Plans", ()):
        yield from plan_nodes(child)


ACTION_FILTERS = [
    {}, {"agent_id": "agent-7"}, {"status": "failed"}, {"action_type": "deploy"}, {"swarm_id": "swarm-5"},
    {"risk_min": 90}, {"agent_id": "agent-7", "status": "running"},
]
DECISION_FILTERS = [{}, {"agent_id": "agent-7"}, {"decision": "block"}]


def test_list_queries_use_indexes_on_a_big_log(server, tmp_path):
    if server.backend != "postgresql":
        pytest.skip("the plans are PostgreSQL's; SQLite figures are in bench/scale.py")
    url = server.database_url.replace("postgresql://", "postgresql+psycopg://")
    prefix = "org_plan_" + secrets.token_hex(3) + "_"
    db = Database(url)
    try:
        with db.engine.begin() as conn:
            load_many_orgs(conn, prefix)
        ctx = build_context(Settings.from_env(database_url=server.database_url), db)
        caller = Principal(org_id=prefix + "7", role="admin", key_id="key_plan")
        statements: list[tuple[str, object]] = []

        @event.listens_for(db.engine, "before_cursor_execute")
        def record(conn, cursor, statement, parameters, context, executemany):
            statements.append((statement, parameters))

        first = actions_service.list_actions(ctx, caller, ActionFilters(), Page(50, 0))
        calls = [lambda f=f: actions_service.list_actions(ctx, caller, ActionFilters(**f), Page(50, 0)) for f in ACTION_FILTERS]
        calls += [lambda f=f: actions_service.list_actions(ctx, caller, ActionFilters(**f, cursor=first["next_cursor"]), Page(50, 0))
                  for f in ACTION_FILTERS]
        calls += [lambda f=f: guard_service.list_decisions(ctx, caller, DecisionFilters(**f), Page(50, 0)) for f in DECISION_FILTERS]
        calls += [lambda agent_id=agent_id: signals_report(ctx, caller, agent_id) for agent_id in (None, "agent-7")]
        statements.clear()
        for call in calls:
            call()
        event.remove(db.engine, "before_cursor_execute", record)

        checked = 0
        with db.engine.connect() as conn:
            for statement, parameters in statements:
                if not any(f" {table}" in statement for table in BIG_TABLES):
                    continue
                plan = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement, parameters).scalar()[0]["Plan"]
                scans = [node for node in plan_nodes(plan) if node.get("Relation Name") in BIG_TABLES]
                assert scans, statement
                kinds = [node["Node Type"] for node in scans]
                assert set(kinds) <= {"Index Scan", "Index Only Scan", "Bitmap Heap Scan"}, (statement, kinds)
                checked += 1
        assert checked >= len(calls)
    finally:
        with db.engine.begin() as conn:
            for table in BIG_TABLES:
                conn.execute(text(f"DELETE FROM {table} WHERE org_id LIKE :prefix"), {"prefix": prefix + "%"})
        db.dispose()
