"""The seed's examples, unchanged, run by the *published* dashclaw 2.10.0 client (not our SDK).

Usage: python published_examples.py SCENARIO BASE_URL API_KEY AGENT_ID
"""
import sys
import time

from dashclaw import ApprovalDeniedError, DashClaw, GuardBlockedError

scenario, base_url, api_key, agent_id = sys.argv[1:5]


def quick_start_and_actions():
    claw = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id)
    claw_full = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id, agent_name="My Python Agent",
                         auto_recommend="warn", hitl_mode="wait")
    with claw_full.track(action_type="research", declared_goal="Explore Python SDK capabilities"):
        print("Working...")

    res = claw.create_action("deploy", "Ship v2.0", risk_score=60, systems_touched=["prod-api"])
    action_id = res["action_id"]
    claw.update_outcome(action_id, status="completed", duration_ms=1200)
    actions = claw.get_actions(status="completed", agent_id=agent_id)
    assert action_id in [a["action_id"] for a in actions["actions"]], actions
    action = claw.get_action(action_id)
    assert action["action"]["status"] == "completed" and action["action"]["duration_ms"] == 1200
    trace = claw.get_action_trace(action_id)
    assert trace["action"]["action_id"] == action_id and "trace" in trace
    signals = claw.get_signals()
    assert "signals" in signals and "counts" in signals

    loop = claw.register_open_loop(action_id, "dependency", "Waiting for DB migration")
    claw.resolve_open_loop(loop["loop"]["id"], status="resolved", resolution="Migration complete")
    loops = claw.get_open_loops(status="open")
    assert loops["total"] == 0, loops
    assumption = claw.register_assumption(action_id, "API rate limit is 1000 req/min")
    claw.validate_assumption(assumption["assumption"]["id"], validated=True)
    drift = claw.get_drift_report(agent_id=agent_id)
    assert drift["drift_summary"]["validated"] == 1, drift

    with claw.action_context(action["action"]["action_id"]) as ctx:
        ctx.record_assumption({"assumption": "Staging tests passed"})
        ctx.update_outcome(status="completed", output_summary="Deployed")
    assert len(claw.get_action(action_id)["assumptions"]) == 2


def behavior_guard():
    claw = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id)
    decision = claw.guard({"action_type": "deploy", "risk_score": 80})
    print(decision["decision"])
    print(decision["risk_score"])
    print(decision["agent_risk_score"])
    assert decision["decision"] == "block" and decision["risk_score"] == 80 and decision["agent_risk_score"] == 80
    decisions = claw.get_guard_decisions(decision="block", limit=50)
    assert decisions["decisions"] and decisions["decisions"][0]["decision"] == "block"

    def soc2():
        guard_result = claw.guard({
            "action_type": "database_write",
            "risk_score": 85,
            "systems_touched": ["production_db"],
            "reversible": False,
            "declared_goal": "Drop legacy user table",
        })
        if guard_result["decision"] == "block":
            print("Policy blocked:", guard_result.get("reasons"))
            return "blocked"
        return "not blocked"

    assert soc2() == "blocked"
    try:
        claw.create_action(action_type="database_write", declared_goal="Drop legacy user table", risk_score=85,
                           reversible=False, authorization_scope="admin-approved")
    except GuardBlockedError as error:
        assert error.decision == "block" and error.reasons
    else:
        raise AssertionError("create_action should have been blocked")


def hitl():
    claw = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id, hitl_mode="wait")
    try:
        created = claw.create_action(action_type="deploy", declared_goal="Ship to production")
    except ApprovalDeniedError:
        print("Human operator denied the action!")
        raise
    action_id = created["action_id"]
    assert created["action"]["status"] == "pending_approval"
    pending = claw.get_pending_approvals(limit=25)
    assert action_id in [a["action_id"] for a in pending["actions"]]
    claw.approve_action(action_id, decision="allow", reasoning="Change window approved")
    approved = claw.wait_for_approval(action_id, timeout=10, interval=1)
    assert approved["action"]["approved_by"]

    denied = claw.create_action(action_type="deploy", declared_goal="Ship on Friday night")["action_id"]
    claw.approve_action(denied, decision="deny", reasoning="Not tonight")
    try:
        claw.wait_for_approval(denied, timeout=10, interval=1)
    except ApprovalDeniedError as error:
        assert "Not tonight" in str(error)
    else:
        raise AssertionError("deny should raise ApprovalDeniedError")

    result = claw.guard({"action_type": "customer_communication", "risk_score": 60,
                         "declared_goal": "Send pricing update to 500 customers"})
    if result["decision"] == "require_approval":
        action = claw.create_action(action_type="customer_communication",
                                    declared_goal="Send pricing update to 500 customers", status="pending")
        assert action["action"]["status"] == "pending_approval"
    else:
        raise AssertionError(result)


def decision_integrity():
    claw = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id)
    result = claw.create_action(action_type="data_processing", declared_goal="Rebuild customer segmentation model",
                                risk_score=45, systems_touched=["ml-pipeline", "customer-db"])
    action_id = result["action_id"]
    created = claw.register_assumption(action_id=action_id, assumption="Customer data is current as of today",
                                       basis="CRM sync completed at 09:00 UTC")
    assumption_id = created["assumption"]["id"]
    claw.validate_assumption(assumption_id, validated=True)
    for belief in ("Feature store is fresh", "Labels are unbiased"):
        other = claw.register_assumption(action_id=action_id, assumption=belief)
        claw.validate_assumption(other["assumption"]["id"], validated=False, invalidated_reason="It was not")
    signals = claw.get_signals()
    assert "assumption_drift" in [s["type"] for s in signals["signals"]], signals


def webhooks():
    claw = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id)
    created = claw.create_webhook(
        url="https://hooks.example.com/dashclaw",
        events=["all"]
    )
    webhooks = claw.get_webhooks()
    deliveries = claw.get_webhook_deliveries(created["webhook"]["id"])
    claw.test_webhook(created["webhook"]["id"])
    claw.delete_webhook(created["webhook"]["id"])
    assert len(created["webhook"]["secret"]) == 64 and created["webhook"]["events"] == ["all"]
    assert [w["id"] for w in webhooks["webhooks"]] == [created["webhook"]["id"]] and deliveries["deliveries"] == []
    assert claw.get_webhooks()["webhooks"] == []


def workspace():
    claw = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id)
    # Dashboard data (decisions, goals, content, interactions)
    assert claw.record_decision("Chose retry strategy over circuit breaker", reasoning="Lower latency impact")["decision"]["id"]
    assert claw.create_goal("Reduce p99 latency to <200ms", priority="high")["goal"]["status"] == "active"
    assert claw.record_content("Weekly Report", content_type="report", body="...")["content"]["title"] == "Weekly Report"
    assert claw.record_interaction("Collaborated with QA agent on test plan")["interaction"]["direction"] == "outbound"
    # Token usage and dashboard data
    snapshot = claw.report_token_usage(tokens_in=1200, tokens_out=350, model="gpt-4o", session_id="sess_abc")
    assert snapshot["snapshot"]["tokens_in"] == 1200
    event = claw.create_calendar_event("Sprint Review", start_time="2025-01-15T10:00:00Z", end_time="2025-01-15T11:00:00Z")
    assert event["event"]["start_time"] == "2025-01-15T10:00:00.000Z"
    assert claw.record_idea("Use vector DB for context retrieval", category="architecture")["idea"]["score"] == 50
    assert claw.report_memory_health(health="healthy", entities=42, topics=8)["entities_count"] == 0
    # User preferences
    claw.log_observation("User prefers concise answers over detailed explanations")
    claw.set_preference("code_style: functional over OOP")
    claw.log_mood("focused", energy="high", context="morning standup")
    claw.track_approach("Break large PRs into stacked diffs", succeeded=True)
    summary = claw.get_preference_summary()
    approaches = claw.get_approaches(limit=10)
    assert summary["summary"]["observations_count"] == 1 and approaches["total"] == 1
    # Daily digest
    digest = claw.get_daily_digest()
    print(f"Actions: {digest.get('actions_count')}, Decisions: {digest.get('decisions_count')}")
    assert digest["summary"]["decision_count"] == 1 and digest["summary"]["goal_count"] == 1
    assert claw.get_daily_digest(date="2025-01-15")["date"] == "2025-01-15"
    # Bulk sync and agent sessions
    synced = claw.sync_state({"goals": [{"title": "Synced goal"}], "learning": [{"decision": "Synced decision"}]})
    assert synced["total_synced"] == 2 and synced["total_errors"] == 0
    session = claw.create_session(workspace="/repo", branch="main")["session"]
    claw.update_session(session["id"], status="blocked", blocked_reason="waiting for CI")
    assert claw.get_session(session["id"])["session"]["status"] == "blocked"
    assert [e["kind"] for e in claw.get_session_events(session["id"])["events"]] == ["spawning", "blocked"]
    assert [s["id"] for s in claw.list_sessions(agent_id=agent_id)["sessions"]] == [session["id"]]


def collaboration():
    import base64
    import os
    import tempfile
    import time

    claw = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id)
    ops = DashClaw(base_url=base_url, api_key=api_key, agent_id="ops-agent")
    # Agent presence & health
    assert claw.heartbeat(status="busy", current_task_id="task_123")["status"] == "ok"
    claw.start_heartbeat(interval=60)
    time.sleep(0.5)
    claw.stop_heartbeat()
    reported = claw.report_connections([
        {"provider": "openai", "auth_type": "api_key", "status": "active"},
        {"provider": "slack", "auth_type": "oauth", "plan_name": "pro", "status": "active"},
    ])
    assert reported["created"] == 2
    # Action context
    action = claw.create_action(action_type="deploy", declared_goal="Deploy v2")
    with claw.action_context(action["action_id"]) as ctx:
        ctx.send_message("Starting deploy", to="ops-agent")
        ctx.record_assumption({"assumption": "Staging tests passed"})
        ctx.update_outcome(status="completed", output_summary="Deployed")
    trace = claw.get_action(action["action_id"])
    assert [m["body"] for m in trace["messages"]] == ["Starting deploy"] and len(trace["assumptions"]) == 1
    # Agent messaging
    ops.send_message("Logs attached", to=agent_id, attachments=[
        {"filename": "deploy.log", "mime_type": "text/plain", "data": base64.b64encode(b"all green").decode()}])
    ops.send_message("Rotate the keys", to=agent_id, message_type="action")
    claw.send_message("Deploy complete", to="ops-agent", message_type="status")
    claw.broadcast(body="Maintenance window starts in 5 minutes", message_type="status")
    inbox = claw.get_inbox(unread=True)
    assert inbox["unread_count"] == 2 and len(inbox["messages"]) == 2
    assert claw.mark_read([msg["id"] for msg in inbox["messages"][:2]]) == {"updated": 2}
    assert claw.get_inbox(unread=True)["messages"] == []
    claw.archive_messages(["msg_abc", "msg_def"])
    msg_thread = claw.create_message_thread("Ops Coordination", participants=["agent-a", "agent-b"])
    threads = claw.get_message_threads(status="active")
    assert [t["id"] for t in threads["threads"]] == [msg_thread["thread"]["id"]]
    claw.resolve_message_thread(msg_thread["thread"]["id"], summary="Issue resolved")
    assert claw.save_shared_doc(name="Ops Runbook", content="Updated checklist")["doc"]["version"] == 1
    assert [m["body"] for m in claw.get_sent_messages()["messages"]] == [
        "Maintenance window starts in 5 minutes", "Deploy complete", "Starting deploy"]
    inbox = claw.get_inbox()
    with tempfile.TemporaryDirectory() as folder:
        os.chdir(folder)
        for msg in inbox["messages"]:
            for att in msg.get("attachments", []):
                result = claw.get_attachment(att["id"])
                with open(result["filename"], "wb") as f:
                    f.write(result["data"])
        with open("deploy.log", "rb") as f:
            assert f.read() == b"all green"
    # Context manager
    claw.capture_key_point("User confirmed budget is $50k", category="constraint")
    claw.get_key_points(session_date="2025-01-15")
    thread = claw.create_thread("Release Planning")
    claw.add_thread_entry(thread["thread_id"], "Kickoff complete")
    claw.close_thread(thread["thread_id"], summary="Done for today")
    threads = claw.get_threads(status="active", limit=10)
    summary = claw.get_context_summary()
    assert threads["threads"] == [] and [p["content"] for p in summary["points"]] == ["User confirmed budget is $50k"]
    # Session handoffs
    claw.create_handoff("Finished data pipeline setup. Next: add signal checks.", context={"pipeline_id": "p_123"})
    handoffs = claw.get_handoffs(limit=5)
    latest = claw.get_latest_handoff()
    assert latest["handoff"]["id"] == handoffs["handoffs"][0]["id"]
    # Automation snippets
    saved = claw.save_snippet("fetch-with-retry", code="async def fetch_retry(url, n=3): ...", language="python")
    snippet = claw.get_snippet(saved["snippet_id"])
    results = claw.get_snippets(language="python", search="retry")
    assert [s["id"] for s in results["snippets"]] == [snippet["snippet"]["id"]]
    assert claw.use_snippet(saved["snippet_id"])["snippet"]["use_count"] == 1
    assert claw.delete_snippet(saved["snippet_id"]) == {"deleted": True, "id": saved["snippet_id"]}


def task_routing():
    claw = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id)
    # Register an agent in the routing pool
    agent = claw.register_routing_agent(
        name="data-analyst",
        capabilities=["data-analysis", "reporting"],
        max_concurrent=3,
        endpoint="https://agents.example.com/analyst",
    )
    # Submit a task for auto-routing
    task = claw.submit_routing_task(
        title="Analyze quarterly metrics",
        description="Pull Q4 data and generate summary report",
        required_skills=["data-analysis", "reporting"],
        urgency="high",
        timeout_seconds=600,
        callback_url="https://hooks.example.com/task-done",
    )
    line = f"Task {task['task_id']} assigned to {task.get('assigned_agent', {}).get('name', 'queue')}"
    print(line)
    assert line == f"Task {task['task']['id']} assigned to data-analyst", line
    assert task["routing"]["agent_id"] == agent["agent"]["id"] and task["task"]["status"] == "assigned"
    # Complete a task
    done = claw.complete_routing_task(task["task_id"], result={"summary": "Report generated"})
    assert done["task"]["status"] == "completed" and done["task"]["result"] == {"summary": "Report generated"}
    # List agents and tasks
    agents = claw.list_routing_agents(status="available")
    tasks = claw.list_routing_tasks(status="pending")
    # Monitor routing health
    stats = claw.get_routing_stats()
    health = claw.get_routing_health()
    assert [(a["id"], a["current_load"]) for a in agents["agents"]] == [(agent["agent"]["id"], 0)]
    assert tasks == {"tasks": [], "total": 0}
    assert stats["tasks"]["total"] == stats["tasks"]["completed"] == 1 and stats["routing"]["total_decisions"] == 1
    assert (health["status"], health["service"], health["free_slots"]) == ("ok", "dashclaw-routing", 3)


def execution_studio():
    claw = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id)
    action_id = claw.create_action("deploy", "Ship v2.0")["action_id"]
    # Fetch the execution graph for any action (reuses existing trace data)
    graph = claw.get_action_graph(action_id)
    assert graph["nodes"][0]["id"] == "action:" + action_id and graph["edges"] == []
    # Create a template
    result = claw.create_workflow_template(
        name="Release Hotfix",
        description="Ship urgent production patches safely",
        objective="Deploy with full policy + approval coverage",
        linked_policy_ids=["pol_prod_deploy"],
        linked_capability_tags=["deploy"],
        model_strategy_id="mst_balanced_default",
    )
    template = result["template"]
    # List, get, update, duplicate
    claw.list_workflow_templates(status="active")
    claw.get_workflow_template(template["template_id"])
    claw.update_workflow_template(template["template_id"],
        steps=[{"id": "plan"}, {"id": "test"}, {"id": "deploy"}]
    ) # bumps version when steps change
    claw.duplicate_workflow_template(template["template_id"])
    # Launch — creates a traceable action_records row with workflow metadata.
    launch = claw.launch_workflow_template(
        template["template_id"], agent_id="deploy-bot"
    )["launch"]
    print(launch["action_id"]) # act_... — view in /decisions/<action_id>
    assert launch["template_version"] == 2 and launch["resolved_strategy"] is None
    assert claw.get_action(launch["action_id"])["action"]["agent_id"] == "deploy-bot"

    # Create
    strategy_id = claw.create_model_strategy(
        name="Balanced Default",
        description="GPT-4.1 primary, Claude Sonnet 4 fallback",
        config={
            "primary": {"provider": "openai", "model": "gpt-4.1"},
            "fallback": [{"provider": "anthropic", "model": "claude-sonnet-4"}],
            "costSensitivity": "balanced", # low | balanced | high-quality
            "latencySensitivity": "medium", # low | medium | high
            "maxBudgetUsd": 0.5,
            "maxRetries": 2,
            "allowedProviders": ["openai", "anthropic"],
        },
    )["strategy"]["strategy_id"]
    # Config patches merge over the existing config
    updated = claw.update_model_strategy(strategy_id, config={"maxBudgetUsd": 1.0})
    assert updated["strategy"]["config"]["primary"]["model"] == "gpt-4.1"
    # Delete nulls the soft reference on linked workflow_templates
    claw.delete_model_strategy(strategy_id)
    assert claw.list_model_strategies()["strategies"] == []

    # Create a collection
    result = claw.create_knowledge_collection(
        name="Runbook Library",
        description="Incident response runbooks",
        source_type="files", # files | urls | external | notes
        tags=["ops", "oncall"],
    )
    collection = result["collection"]
    # Add items — bumps doc_count and transitions ingestion_status empty → pending
    claw.add_knowledge_collection_item(
        collection["collection_id"],
        source_uri="https://docs.example.com/runbook.md",
        title="Deploy runbook",
        mime_type="text/markdown",
    )
    # List items
    items = claw.list_knowledge_collection_items(collection["collection_id"])
    again = claw.get_knowledge_collection(collection["collection_id"])["collection"]
    assert len(items["items"]) == 1 and (again["doc_count"], again["ingestion_status"]) == (1, "pending")

    # Register a capability
    claw.create_capability(
        name="Send Slack Message",
        description="Posts to a configured Slack channel",
        category="messaging",
        source_type="http_api", # internal_sdk | http_api | webhook | human_approval | external_marketplace
        auth_type="oauth",
        risk_level="medium", # low | medium | high | critical
        requires_approval=False,
        tags=["notify", "slack"],
        health_status="healthy",
        docs_url="https://docs.example.com/slack",
    )
    # Searchable registry — category, risk_level, and search combine freely
    caps = claw.list_capabilities(risk_level="medium", search="slack")["capabilities"]
    assert [cap["name"] for cap in caps] == ["Send Slack Message"]


def learning():
    claw = DashClaw(base_url=base_url, api_key=api_key, agent_id=agent_id)
    for _ in range(8):
        res = claw.create_action("deploy", "Ship the staging build", risk_score=10, reversible=True, confidence=80)
        claw.update_outcome(res["action_id"], status="completed", duration_ms=1200,
                            output_summary="deployed to staging")

    # Adaptive Recommendations, as the seed shows them
    claw.rebuild_recommendations(lookback_days=30, min_samples=5)
    recs = claw.get_recommendations(
        action_type="deploy",
        limit=5,
        include_metrics=True,
    )
    metrics = claw.get_recommendation_metrics(action_type="deploy", lookback_days=30)
    candidate = {
        "action_type": "deploy",
        "declared_goal": "Ship v1.6",
        "risk_score": 85
    }
    adapted = claw.recommend_action(candidate)
    print(adapted["action"])
    recommendation = recs["recommendations"][0]
    cap = recommendation["hints"]["preferred_risk_cap"]
    assert recommendation["id"].startswith("lrec_") and recommendation["sample_size"] == 8, recs
    assert recs["total"] == 1 and recs["metrics"]["metrics"][0]["recommendation_id"] == recommendation["id"], recs
    assert metrics["metrics"][0]["telemetry"]["fetched"] == 1, metrics
    assert metrics["summary"]["total_recommendations"] == 1, metrics
    assert adapted["action"]["risk_score"] == cap < 85 and "risk_score" in adapted["adapted_fields"], adapted
    assert adapted["recommendation"]["id"] == recommendation["id"]
    # Admin/service controls
    switched = claw.set_recommendation_active(recommendation["id"], active=False)
    assert switched["recommendation"]["active"] is False
    assert claw.get_recommendations(action_type="deploy")["recommendations"] == []
    events = claw.record_recommendation_events({
        "recommendation_id": recommendation["id"],
        "event_type": "fetched",
        "details": {"source": "python-sdk"},
    })
    assert events["created_count"] == 1 and events["created"][0]["id"].startswith("lrev_"), events

    # Evaluations: a scorer, a background run over the agent's actions, a manual score, the stats
    scorer = claw.create_scorer("deployed", "contains", config={"keywords": ["deployed"]})
    run = claw.create_eval_run("nightly", scorer["id"], action_filters={"agent_id": agent_id})
    detail = claw.get_eval_run(run["id"])
    for _ in range(300):
        if detail["run"]["status"] in ("completed", "failed"):
            break
        time.sleep(0.1)
        detail = claw.get_eval_run(run["id"])
    assert detail["run"]["status"] == "completed" and detail["run"]["scored_count"] == 8, detail
    assert detail["run"]["avg_score"] == 1.0 and detail["distribution"][0]["count"] == 8, detail
    scores = claw.get_scores(run_id=run["id"])["scores"]
    assert len(scores) == 8 and all(s["label"] == "contains" for s in scores), scores
    manual = claw.create_score(scores[0]["action_id"], "human-review", 0.9, label="good")
    assert manual["score"] == 0.9 and manual["scorer_name"] == "human-review", manual
    assert claw.get_eval_stats(days=7)["overall"]["total_scores"] == 9
    assert [r["id"] for r in claw.get_eval_runs(status="completed")["runs"]] == [run["id"]]
    assert claw.get_scorers()["scorers"][0]["total_scores"] == 8

    # Prompt templates: a version, activated, rendered and recorded as a run
    template = claw.create_prompt_template("greeting", description="Say hello", category="chat")
    version = claw.create_prompt_version(template["id"], "Hello {{ name }}!", changelog="first")
    assert version["version"] == 1 and version["is_active"] is False, version
    assert claw.activate_prompt_version(template["id"], version["id"])["is_active"] is True
    rendered = claw.render_prompt(template_id=template["id"], variables={"name": "Ada"}, agent_id=agent_id, record=True)
    assert rendered["rendered"] == "Hello Ada!" and rendered["run_id"].startswith("pr_"), rendered
    runs = claw.list_prompt_runs(template_id=template["id"])["runs"]
    assert [(r["id"], r["template_name"], r["version"]) for r in runs] == [(rendered["run_id"], "greeting", 1)]
    assert claw.get_prompt_stats(template_id=template["id"])["total_runs"] == 1
    listed = claw.list_prompt_templates(category="chat")["templates"]
    assert [(t["id"], t["version_count"], t["active_version"]) for t in listed] == [(template["id"], 1, 1)]
    assert [v["id"] for v in claw.list_prompt_versions(template["id"])["versions"]] == [version["id"]]


{"actions": quick_start_and_actions, "guard": behavior_guard, "hitl": hitl, "integrity": decision_integrity,
 "webhooks": webhooks, "workspace": workspace, "collaboration": collaboration, "routing": task_routing,
 "studio": execution_studio, "learning": learning}[scenario]()
print("OK", scenario)
