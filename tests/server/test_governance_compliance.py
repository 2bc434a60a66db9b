"""Compliance: frameworks as data, mapping and gaps, reports and snapshots, evidence, exports, schedules."""
from __future__ import annotations

import json
import time

import pytest
from support.database import DatabaseProbe
from support.server import PG_URL, database_for, run_server

from dashclaw import DashClaw, NotFoundError

FRAMEWORKS = {"eu-ai-act": 8, "gdpr": 8, "imda-agentic": 8, "iso27001": 10, "iso42001": 8, "nist-ai-rmf": 8, "soc2": 10}


def add_policy(server, tenant, name, policy_type, rules, **extra):
    status, body, _ = server.request("POST", "/api/policies", tenant.admin_key,
                                     {"name": name, "policy_type": policy_type, "rules": json.dumps(rules), **extra})
    assert status == 201, body


def test_seed_compliance_engine_example(server, tenant, claw):
    """The seed's Compliance Engine section, as written."""
    claw.import_policies(pack="enterprise-strict")
    mapping = claw.map_compliance("soc2")
    printed = [f"SOC 2 coverage: {mapping['coverage_pct']}%"]
    for ctrl in [c for c in mapping["controls"] if not c["covered"]]:
        printed.append(f"Gap: {ctrl['id']}: {ctrl['name']}")
    assert printed[0] == "SOC 2 coverage: 85%"
    assert "Gap: CC6.2: Registration and authorisation of new users and agents" in printed
    gaps = claw.analyze_gaps("soc2")
    assert gaps["remediation_plan"] and gaps["risk_assessment"]["overall_risk"] == "LOW"
    report = claw.get_compliance_report("iso27001", format="md")
    assert report["report"].startswith("# ISO 27001:2022 Compliance Report")
    frameworks = claw.list_frameworks()
    assert {f["id"]: f["control_count"] for f in frameworks["frameworks"]} == FRAMEWORKS
    evidence = claw.get_compliance_evidence(window="30d")
    assert evidence["window"] == "30d" and evidence["window_days"] == 30


def test_no_policies_means_every_control_is_a_gap(claw):
    summary = claw.map_compliance("soc2")["summary"]
    assert summary == {"total_controls": 10, "covered": 0, "partial": 0, "gaps": 10, "coverage_percentage": 0}
    gaps = claw.analyze_gaps("soc2")
    assert gaps["risk_assessment"]["overall_risk"] == "CRITICAL"
    assert [item["priority"] for item in gaps["remediation_plan"]] == list(range(1, 11))
    relevance = [item["agent_relevance"] for item in gaps["remediation_plan"]]
    assert relevance == sorted(relevance, key=["critical", "high", "medium", "low"].index)
    assert all(int(i["estimated_effort"].split("-")[0]) <= 2 for i in gaps["quick_wins"])
    first = gaps["remediation_plan"][0]
    assert first["policies_to_add"] and all(p["policy_type"] for p in first["policies_to_add"])
    assert gaps["risk_assessment"]["immediate_actions"][0].startswith("Address CC6.1 (")


def test_suggested_policies_import_as_they_are_and_close_the_gap(server, tenant, claw):
    gaps = claw.analyze_gaps("imda-agentic")
    item = next(i for i in gaps["remediation_plan"] if i["control_id"] == "IMDA-2.1")
    suggestion = item["policies_to_add"][0]
    add_policy(server, tenant, suggestion["name"], suggestion["policy_type"], suggestion["rules"])
    control = next(c for c in claw.map_compliance("imda-agentic")["controls"] if c["control_id"] == "IMDA-2.1")
    assert control["status"] == "covered" and control["matched_policies"][0]["policy_description"] == suggestion["name"]


def test_shadow_policies_do_not_count_and_settings_do(server, tenant, claw):
    add_policy(server, tenant, "approve everything", "require_approval", {"action_types": ["*"]}, shadow=True)
    assert claw.map_compliance("eu-ai-act")["summary"]["gaps"] == 8
    status, _, _ = server.request("PATCH", "/api/security/settings", tenant.admin_key, {"redaction_mode": "hash"})
    assert status == 200
    control = next(c for c in claw.map_compliance("eu-ai-act")["controls"] if c["control_id"] == "Art.10")
    assert control["status"] == "covered" and control["matched_settings"][0]["setting"] == "pii_redaction"


def test_coverage_follows_the_contract_formula(server, tenant, claw):
    add_policy(server, tenant, "approve all", "require_approval", {"action_types": ["*"]})
    summary = claw.map_compliance("gdpr")["summary"]
    assert summary["coverage_percentage"] == int((summary["covered"] + 0.5 * summary["partial"]) * 100 / 8 + 0.5)


@pytest.mark.parametrize("path", ["/api/compliance/map", "/api/compliance/gaps", "/api/compliance/report"])
def test_framework_is_checked(server, tenant, path):
    status, body, _ = server.request("GET", path, tenant.admin_key)
    assert status == 400 and body["error"] == "framework query parameter is required"
    assert body["available"] == sorted(FRAMEWORKS)
    status, body, _ = server.request("GET", path + "?framework=../../etc/passwd", tenant.admin_key)
    assert status == 404 and body["error"].startswith("Framework not found: ../../etc/passwd. Available: eu-ai-act")


def test_json_report_is_a_string_and_every_report_adds_a_trend_row(server, tenant, claw):
    report = claw.get_compliance_report("soc2")
    assert report["format"] == "json" and json.loads(report["report"])["framework"] == "SOC 2"
    claw.get_compliance_report("gdpr", format="md")
    status, trends, _ = server.request("GET", "/api/compliance/trends?limit=5", tenant.admin_key)
    assert [t["framework"] for t in trends["trends"]] == ["gdpr", "soc2"]
    only = server.request("GET", "/api/compliance/trends?framework=soc2", tenant.admin_key)[1]["trends"]
    assert len(only) == 1 and only[0]["risk_level"] == "CRITICAL"


def test_evidence_counts_live_decisions_and_actions(server, tenant, claw):
    add_policy(server, tenant, "no drops", "block_action_type", {"action_types": ["db.drop"]})
    claw.guard({"action_type": "db.drop"})
    claw.guard({"action_type": "research"})
    claw.create_action(action_type="research", declared_goal="Read the docs")
    found = claw.get_compliance_evidence(window="7d")
    assert found["window_days"] == 7
    evidence = found["evidence"]
    assert evidence["guard_decisions_total"] == 3 and evidence["guard_decisions_blocked"] == 1
    assert evidence["action_records_total"] == 1
    assert evidence["breakdown"][0] == {"action_type": "research", "decision": "allow", "count": 2}
    assert evidence["action_breakdown"] == [{"action_type": "research", "count": 1}]
    assert claw.get_compliance_evidence(window="abc")["window_days"] == 30


def test_exports_generate_download_and_delete(server, tenant, claw):
    claw.import_policies(pack="smb-safe")
    created = claw.create_compliance_export(["soc2", "gdpr", "nope"], name="Q4 audit", include_trends=True)
    export = claw.get_compliance_export(created["id"])
    assert created["id"].startswith("ce_") and export["status"] == "completed"
    assert export["file_size_bytes"] == len(export["report_content"].encode()) > 0
    assert len(export["snapshot_ids"]) == 2 and "Framework not found. Skipping." in export["report_content"]
    assert export["evidence_summary"]["window_days"] == 30
    text = claw.download_compliance_export(created["id"])
    assert text == export["report_content"] and text.startswith("# Q4 audit")
    status, raw, headers = server.exchange("GET", f"/api/compliance/exports/{created['id']}/download", tenant.admin_key, None)
    assert headers["content-disposition"].startswith('attachment; filename="Q4_audit_') and headers["content-type"].startswith("text/markdown")

    as_json = claw.create_compliance_export(["iso42001"], format="json", include_evidence=False)
    document = json.loads(claw.download_compliance_export(as_json["id"]))
    assert document["frameworks"][0]["map"]["framework_id"] == "iso42001" and "evidence" not in document

    listed = claw.list_compliance_exports(limit=10)["exports"]
    assert [e["id"] for e in listed] == [as_json["id"], created["id"]] and "report_content" not in listed[0]
    assert claw.delete_compliance_export(created["id"]) == {"deleted": True}
    assert claw.delete_compliance_export("ce_unknown") == {"deleted": True}
    with pytest.raises(NotFoundError):
        claw.get_compliance_export(created["id"])


def test_export_and_schedule_input_is_checked(server, tenant):
    key = tenant.admin_key
    for body, error in (({}, "frameworks array is required"), ({"frameworks": []}, "frameworks array is required"),
                        ({"frameworks": ["soc2"]}, "cron_expression is required"),
                        ({"frameworks": ["soc2"], "cron_expression": "every day"},
                         "cron_expression is not a valid five-field cron expression: 'every day'")):
        status, payload, _ = server.request("POST", "/api/compliance/schedules", key, body)
        assert (status, payload["error"]) == (400, error)
    status, payload, _ = server.request("POST", "/api/compliance/exports", key, {"frameworks": "soc2"})
    assert (status, payload["error"]) == (400, "frameworks array is required")


def test_schedules_compute_their_next_run_and_can_be_paused(claw):
    created = claw.create_compliance_schedule(["soc2"], "30 6 * * 1", name="Monday audit")
    schedule = created["schedule"]
    assert created["id"].startswith("csch_") and schedule["enabled"] is True
    assert schedule["next_run_at"].endswith("T06:30:00.000Z")
    paused = claw.update_compliance_schedule(created["id"], enabled=False)
    assert paused["enabled"] is False and paused["name"] == "Monday audit"
    moved = claw.update_compliance_schedule(created["id"], cron_expression="0 0 1 * *")
    assert moved["next_run_at"][8:] == "01T00:00:00.000Z"
    assert [s["id"] for s in claw.list_compliance_schedules()["schedules"]] == [created["id"]]
    assert claw.delete_compliance_schedule(created["id"]) == {"deleted": True}
    with pytest.raises(NotFoundError):
        claw.update_compliance_schedule(created["id"], enabled=True)


def _due_now(probe: DatabaseProbe, schedule_id: str) -> None:
    probe.execute("UPDATE compliance_schedules SET next_run_at = :past WHERE id = :id",
                  past="2000-01-01 00:00:00.000000", id=schedule_id)


def _wait_for(check, seconds: float = 20.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("timed out")


def test_a_due_schedule_runs_once_across_replicas(tmp_path):
    """Two replicas poll every second; a due run produces exactly one export (on SQLite both replicas share
    one file, on PostgreSQL one database)."""
    backend = "postgresql" if PG_URL else "sqlite"
    with database_for(backend, tmp_path) as url:
        env = {"DASHCLAW_COMPLIANCE_SCHEDULE_POLL_SECONDS": "1"}
        with run_server(url, tmp_path, backend, **env) as first, run_server(url, tmp_path, backend, **env) as second:
            tenant = first.new_tenant()
            claw = DashClaw(base_url=first.url, api_key=tenant.admin_key, agent_id="scheduler")
            schedule = claw.create_compliance_schedule(["soc2"], "0 3 * * *")["id"]
            probe = DatabaseProbe(url)
            try:
                for _ in range(3):
                    before = len(claw.list_compliance_exports()["exports"])
                    _due_now(probe, schedule)
                    _wait_for(lambda: claw.list_compliance_schedules()["schedules"][0]["last_export_id"] and
                              len(claw.list_compliance_exports()["exports"]) > before)
                    time.sleep(2.5)  # both replicas have polled at least twice since
                    assert len(claw.list_compliance_exports()["exports"]) == before + 1
                    probe.execute("UPDATE compliance_schedules SET last_export_id = '' WHERE id = :id", id=schedule)
            finally:
                probe.close()
            exports = claw.list_compliance_exports()["exports"]
            assert {e["requested_by"] for e in exports} == {"schedule"} and len(exports) == 3
            stored = claw.list_compliance_schedules()["schedules"][0]
            assert stored["last_run_at"] and stored["next_run_at"].endswith("T03:00:00.000Z")
            assert second.request("GET", "/api/compliance/schedules", tenant.admin_key)[1]["schedules"][0]["id"] == schedule
