"""guard_mode, hitl_mode and auto_recommend really apply in create_action/track (dead config in 2.10.0)."""

from __future__ import annotations

import base64
import json
import logging

import pytest

from dashclaw import (
    ApprovalDeniedError,
    ApprovalTimeoutError,
    DashClawError,
    GuardBlockedError,
)

from support.stub import Reply

BLOCK = {
    "decision": "block",
    "reasons": ["Risk: 90 >= 80"],
    "warnings": [],
    "matched_policies": ["gp_1"],
    "risk_score": 90,
}
REQUIRE_APPROVAL = {
    "decision": "require_approval",
    "reasons": ["Deploys need approval"],
    "warnings": [],
    "matched_policies": ["gp_2"],
}
ALLOW = {"decision": "allow", "reasons": [], "warnings": [], "matched_policies": []}
CREATED = {"action": {"action_id": "act_1", "status": "running"}, "action_id": "act_1"}
PENDING = {"action": {"action_id": "act_1", "status": "pending_approval"}, "action_id": "act_1"}


def action_state(status, **fields):
    return {"action": dict({"action_id": "act_1", "status": status}, **fields), "open_loops": [], "assumptions": []}


def test_enforce_block_raises_before_anything_is_recorded(api, make_client):
    seen = []
    client = make_client(guard_mode="enforce", guard_callback=seen.append)
    api.on("POST", "/api/guard", BLOCK)
    api.on("POST", "/api/actions", Reply(201, CREATED))

    with pytest.raises(GuardBlockedError) as caught:
        client.create_action("deploy", "Ship", risk_score=90, systems_touched=["prod"])

    assert caught.value.reasons == ["Risk: 90 >= 80"]
    assert seen == [BLOCK]
    assert api.to("POST", "/api/actions") == []
    assert api.to("POST", "/api/guard")[0].body == {
        "action_type": "deploy",
        "risk_score": 90,
        "systems_touched": ["prod"],
        "reversible": None,
        "declared_goal": "Ship",
        "agent_id": "agent-1",
    }


def test_enforce_require_approval_raises_unless_waiting_for_humans(api, make_client):
    client = make_client(guard_mode="enforce")
    api.on("POST", "/api/guard", REQUIRE_APPROVAL)
    with pytest.raises(GuardBlockedError) as caught:
        client.create_action("deploy", "Ship")
    assert caught.value.decision == "require_approval"
    assert api.to("POST", "/api/actions") == []


def test_warn_mode_logs_and_records_the_action(api, make_client, caplog):
    client = make_client(guard_mode="warn")
    api.on("POST", "/api/guard", BLOCK)
    api.on("POST", "/api/actions", Reply(201, CREATED))

    with caplog.at_level(logging.WARNING, logger="dashclaw"):
        assert client.create_action("deploy", "Ship") == CREATED

    assert "guard block" in caplog.text and "warn mode" in caplog.text
    assert len(api.to("POST", "/api/actions")) == 1


def test_guard_mode_off_never_calls_the_guard(api, client):
    api.on("POST", "/api/actions", Reply(201, CREATED))
    client.create_action("deploy", "Ship")
    assert [r.path for r in api.requests] == ["/api/actions"]


def test_unreachable_guard_does_not_stop_the_action(api, make_client, caplog):
    client = make_client(guard_mode="enforce")
    api.on("POST", "/api/guard", Reply(500, {"error": "engine down"}))
    api.on("POST", "/api/actions", Reply(201, CREATED))
    with caplog.at_level(logging.WARNING, logger="dashclaw"):
        assert client.create_action("deploy", "Ship") == CREATED
    assert "guard check failed" in caplog.text


def test_server_side_block_on_create_raises_even_with_guard_mode_off(api, client):
    api.on("POST", "/api/actions", Reply(403, {"error": "Action blocked by policy", "decision": BLOCK}))
    with pytest.raises(GuardBlockedError):
        client.create_action("deploy", "Ship")


def test_hitl_wait_polls_until_approved_and_returns_the_approved_action(api, make_client):
    client = make_client(guard_mode="enforce", hitl_mode="wait", approval_poll_interval=0.01)
    api.on("POST", "/api/guard", REQUIRE_APPROVAL)
    api.on("POST", "/api/actions", Reply(202, dict(PENDING, decision=REQUIRE_APPROVAL)))
    approved = action_state("running", approved_by="admin", approved_at="2025-01-01T00:00:00Z")
    api.on("GET", "/api/actions/act_1", action_state("pending_approval"), action_state("pending_approval"), approved)

    result = client.create_action("deploy", "Ship")

    assert result["action"] == approved["action"]
    assert result["action_id"] == "act_1" and result["decision"] == REQUIRE_APPROVAL
    assert len(api.to("GET", "/api/actions/act_1")) == 3


def test_hitl_wait_denial_raises_approval_denied(api, make_client):
    client = make_client(hitl_mode="wait", approval_poll_interval=0.01)
    api.on("POST", "/api/actions", Reply(202, PENDING))
    denied = action_state("failed", error_message="Not today")
    api.on("GET", "/api/actions/act_1", action_state("pending_approval"), denied)
    with pytest.raises(ApprovalDeniedError) as caught:
        client.create_action("deploy", "Ship")
    assert str(caught.value) == "Not today" and caught.value.decision == "failed"


def test_hitl_wait_times_out_with_a_timeout_error(api, make_client):
    client = make_client(hitl_mode="wait", approval_timeout=0.15, approval_poll_interval=0.03)
    api.on("POST", "/api/actions", Reply(202, PENDING))
    api.on("GET", "/api/actions/act_1", action_state("pending_approval"))
    with pytest.raises(TimeoutError) as caught:
        client.create_action("deploy", "Ship")
    assert isinstance(caught.value, ApprovalTimeoutError) and caught.value.action_id == "act_1"


def test_hitl_off_returns_the_pending_answer_without_polling(api, client):
    api.on("POST", "/api/actions", Reply(202, PENDING))
    assert client.create_action("deploy", "Ship") == PENDING
    assert api.to("GET", "/api/actions/act_1") == []


def test_wait_for_approval_rules(api, client):
    api.on("GET", "/api/actions/act_1", action_state("running"))
    assert client.wait_for_approval("act_1", timeout=1, interval=0.01)["action"]["status"] == "running"

    api.on("GET", "/api/actions/act_1", action_state("pending_approval"), action_state("completed"))
    with pytest.raises(DashClawError, match="left pending_approval"):
        client.wait_for_approval("act_1", timeout=1, interval=0.01)


def test_track_records_completion_and_failure(api, client):
    api.on("POST", "/api/actions", Reply(201, CREATED))
    api.on("PATCH", "/api/actions/act_1", {"action": {}})

    with client.track("deploy", "Ship") as tracked:
        assert tracked == {"action_id": "act_1"}
    with pytest.raises(RuntimeError):
        with client.track("deploy", "Ship again"):
            raise RuntimeError("disk full")

    completed, failed = [r.body for r in api.to("PATCH", "/api/actions/act_1")]
    assert completed["status"] == "completed" and isinstance(completed["duration_ms"], int)
    assert failed["status"] == "failed" and failed["error_message"] == "disk full"


def test_track_under_enforce_block_never_runs_the_body(api, make_client):
    client = make_client(guard_mode="enforce")
    api.on("POST", "/api/guard", BLOCK)
    ran = []
    with pytest.raises(GuardBlockedError):
        with client.track("deploy", "Ship"):
            ran.append(True)
    assert ran == [] and [r.path for r in api.requests] == ["/api/guard"]


def test_guard_include_signals_goes_in_body_and_query(api, client):
    api.on("POST", "/api/guard", ALLOW)
    client.guard({"action_type": "deploy"}, include_signals=True)
    client.guard({"action_type": "deploy"})
    with_signals, without = api.requests
    assert with_signals.query == {"include_signals": "true"} and with_signals.body["include_signals"] is True
    assert without.query == {} and "include_signals" not in without.body


def test_guard_returns_the_decision_when_a_server_answers_403(api, client):
    # The reference server answers block/require_approval with 403 and the decision itself as the body.
    api.on("POST", "/api/guard", Reply(403, REQUIRE_APPROVAL))
    assert client.guard({"action_type": "deploy"}) == REQUIRE_APPROVAL


def test_update_outcome_leaves_out_an_unset_status(api, client):
    api.on("PATCH", "/api/actions/act_1", {"action": {}})
    client.update_outcome("act_1", output_summary="done")
    body = api.requests[0].body
    assert "status" not in body and body["output_summary"] == "done"
    assert body["timestamp_end"].endswith("Z")


def test_auto_recommend_enforce_adapts_the_action_and_reports_it(api, make_client):
    client = make_client(auto_recommend="enforce")
    recommendation = {"id": "lrec_1", "confidence": 90, "hints": {"preferred_risk_cap": 40, "prefer_reversible": True}}
    api.on("GET", "/api/learning/recommendations", {"recommendations": [recommendation]})
    api.on("POST", "/api/guard", ALLOW)
    api.on("POST", "/api/learning/recommendations/events", Reply(201, {"created_count": 1}))
    api.on("POST", "/api/actions", Reply(201, CREATED))

    client.create_action("deploy", "Ship", risk_score=85)

    sent = api.to("POST", "/api/actions")[0].body
    assert (sent["risk_score"], sent["reversible"]) == (40, True)
    assert (sent["recommendation_id"], sent["recommendation_applied"]) == ("lrec_1", True)
    event = api.to("POST", "/api/learning/recommendations/events")[0].body
    assert event["event_type"] == "applied" and event["details"]["adapted_fields"] == ["risk_score", "reversible"]


def test_invalid_modes_are_rejected(make_client):
    for option in ({"guard_mode": "strict"}, {"hitl_mode": "yes"}, {"auto_recommend": "on"}):
        with pytest.raises(ValueError):
            make_client(**option)


def test_actions_are_signed_over_canonical_json(api, make_client):
    crypto = pytest.importorskip("cryptography.hazmat.primitives.asymmetric.rsa")
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    key = crypto.generate_private_key(public_exponent=65537, key_size=2048)
    client = make_client(private_key=key)
    api.on("POST", "/api/actions", Reply(201, CREATED))
    client.create_action("deploy", "Ship é", risk_score=1.5)

    body = dict(api.requests[0].body)
    signature = base64.b64decode(body.pop("_signature"))
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    key.public_key().verify(signature, canonical, padding.PKCS1v15(), hashes.SHA256())
