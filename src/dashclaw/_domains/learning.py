"""Learning: decisions, adaptive recommendations (and ``auto_recommend``), learning analytics."""

from __future__ import annotations

from .._errors import DashClawError
from .._steps import steps
from ._base import api_path, logger, paged, without_none

RECOMMENDATION_EVENTS_PATH = "/api/learning/recommendations/events"


def _no_recommendation(action):
    return {"action": action, "recommendation": None, "adapted_fields": []}


class LearningMixin:
    def record_decision(self, decision, **kwargs):
        return self._post("/api/learning", {"decision": decision, "agent_id": self.agent_id, **kwargs})

    # -- recommendations -------------------------------------------------------------------------------

    def get_recommendations(
        self,
        action_type=None,
        limit=50,
        agent_id=None,
        include_inactive=False,
        track_events=True,
        include_metrics=False,
        lookback_days=None,
    ):
        # Flags are sent only when set, as 2.10.0 did.
        params = {
            "agent_id": agent_id or self.agent_id,
            "limit": limit,
            "action_type": action_type,
            "include_inactive": include_inactive or None,
            "track_events": track_events or None,
            "include_metrics": include_metrics or None,
            "lookback_days": lookback_days,
        }
        return self._get("/api/learning/recommendations", params)

    def get_recommendation_metrics(
        self,
        action_type=None,
        limit=100,
        agent_id=None,
        include_inactive=False,
        lookback_days=30,
    ):
        params = {
            "agent_id": agent_id or self.agent_id,
            "limit": limit,
            "lookback_days": lookback_days,
            "action_type": action_type,
            "include_inactive": include_inactive or None,
        }
        return self._get("/api/learning/recommendations/metrics", params)

    def record_recommendation_events(self, events):
        """Record lifecycle events: a list is sent as ``{"events": [...]}``, a dict as one event."""
        body = {"events": events} if isinstance(events, list) else (events or {})
        return self._post(RECOMMENDATION_EVENTS_PATH, body)

    def set_recommendation_active(self, recommendation_id, active):
        return self._patch(api_path("/api/learning/recommendations/{}", recommendation_id), {"active": bool(active)})

    def rebuild_recommendations(
        self,
        action_type=None,
        lookback_days=30,
        min_samples=5,
        episode_limit=5000,
        action_id=None,
        agent_id=None,
    ):
        """Rebuild recommendations from action history.

        Fix: unset ``action_type``/``action_id`` are left out instead of sent as null, which the
        reference server rejected, so the documented default call works.
        """
        payload = {
            "agent_id": agent_id or self.agent_id,
            "action_type": action_type,
            "lookback_days": lookback_days,
            "min_samples": min_samples,
            "episode_limit": episode_limit,
            "action_id": action_id,
        }
        return self._post("/api/learning/recommendations", without_none(payload))

    @paged("lessons")
    def get_lessons(self, agent_id=None, action_type=None, limit=50, cursor=None):
        """What the org's history has taught (one lesson per active recommendation), newest first."""
        params = {"agent_id": agent_id, "action_type": action_type, "limit": limit, "cursor": cursor}
        return self._get("/api/learning/lessons", params)

    @steps
    def recommend_action(self, action):
        """Return the action adapted to the top recommendation's hints, with what was changed."""
        if not isinstance(action, dict) or not action.get("action_type"):
            return _no_recommendation(action)
        response = yield self.get_recommendations(action_type=action.get("action_type"), limit=1)
        recommendations = response.get("recommendations")
        recommendation = recommendations[0] if recommendations else None
        if not recommendation:
            return _no_recommendation(action)

        adapted = dict(action)
        adapted_fields = []
        hints = (recommendation.get("hints") if isinstance(recommendation, dict) else None) or {}

        risk_cap = hints.get("preferred_risk_cap")
        current_risk = adapted.get("risk_score")
        if isinstance(risk_cap, (int, float)) and (current_risk is None or current_risk > risk_cap):
            adapted["risk_score"] = risk_cap
            adapted_fields.append("risk_score")

        if hints.get("prefer_reversible") is True and adapted.get("reversible") is None:
            adapted["reversible"] = True
            adapted_fields.append("reversible")

        floor = hints.get("confidence_floor")
        current_confidence = adapted.get("confidence")
        if isinstance(floor, (int, float)) and (current_confidence is None or current_confidence < floor):
            adapted["confidence"] = floor
            adapted_fields.append("confidence")

        return {"action": adapted, "recommendation": recommendation, "adapted_fields": adapted_fields}

    @steps
    def _report_recommendation_event(self, event):
        """Telemetry: never lets a failure reach the action flow."""
        payload = dict(event or {})
        if payload.get("agent_id") is None:
            payload["agent_id"] = self.agent_id
        try:
            yield self._post(RECOMMENDATION_EVENTS_PATH, payload)
        except DashClawError as exc:
            logger.debug("dashclaw: recommendation event not recorded: %s", exc)

    @steps
    def _auto_recommend(self, action_def):
        """Apply ``auto_recommend`` to an action about to be created (wired into create_action, unlike 2.10.0).

        "enforce" adopts the recommendation's adapted fields when it is confident enough and the guard does
        not object; "warn" only reports. Every outcome is reported as an applied/overridden event.
        """
        if self.auto_recommend == "off" or not isinstance(action_def, dict) or not action_def.get("action_type"):
            return _no_recommendation(action_def)
        try:
            result = yield self.recommend_action(action_def)
        except DashClawError as exc:
            logger.warning("dashclaw: recommendation fetch failed (proceeding): %s", exc)
            return _no_recommendation(action_def)
        if self.recommendation_callback:
            try:
                self.recommendation_callback(result)
            except Exception:
                logger.exception("dashclaw: recommendation_callback raised; ignoring it")
        recommendation = result.get("recommendation")
        if not isinstance(recommendation, dict):
            return result

        try:
            confidence = float(recommendation.get("confidence") or 0)
        except (TypeError, ValueError):
            confidence = 0.0
        override_reason = None
        if confidence < self.recommendation_confidence_min:
            override_reason = "confidence_below_threshold:{}<{}".format(confidence, self.recommendation_confidence_min)
        else:
            try:
                guard_decision = yield self.guard(self._build_guard_context(result.get("action") or action_def))
            except DashClawError as exc:
                logger.warning("dashclaw: recommendation guard probe failed: %s", exc)
                guard_decision = None
            if self._is_restrictive_decision(guard_decision):
                override_reason = "guard_restrictive:{}".format(guard_decision.get("decision"))
            elif self.auto_recommend == "warn":
                override_reason = "warn_mode_no_autoadapt"

        event = {
            "recommendation_id": recommendation.get("id"),
            "details": {"action_type": action_def.get("action_type")},
        }
        if override_reason:
            event["event_type"] = "overridden"
            event["details"]["reason"] = override_reason
            base_action = action_def
        else:
            event["event_type"] = "applied"
            event["details"].update(adapted_fields=result.get("adapted_fields", []), confidence=confidence)
            base_action = result.get("action") or action_def
        yield self._report_recommendation_event(event)
        return {
            **result,
            "action": {
                **base_action,
                "recommendation_id": recommendation.get("id"),
                "recommendation_applied": override_reason is None,
                "recommendation_override_reason": override_reason,
            },
        }

    # -- learning analytics (2.10.0 passed method and path swapped here, so none of these reached the server)

    def compute_learning_velocity(self, agent_id=None, lookback_days=30, period="daily"):
        """Compute learning velocity (rate of score improvement) for agents."""
        return self._post(
            "/api/learning/analytics/velocity",
            {"agent_id": agent_id, "lookback_days": lookback_days, "period": period},
        )

    @paged("velocity")
    def get_learning_velocity(self, agent_id=None, limit=30, cursor=None):
        params = {"agent_id": agent_id, "limit": limit, "cursor": cursor}
        return self._get("/api/learning/analytics/velocity", params)

    def compute_learning_curves(self, agent_id=None, lookback_days=60):
        """Compute learning curves per action type."""
        return self._post("/api/learning/analytics/curves", {"agent_id": agent_id, "lookback_days": lookback_days})

    def get_learning_curves(self, agent_id=None, action_type=None, limit=50):
        params = {"agent_id": agent_id, "action_type": action_type, "limit": limit}
        return self._get("/api/learning/analytics/curves", params)

    def get_learning_analytics_summary(self, agent_id=None):
        return self._get("/api/learning/analytics/summary", {"agent_id": agent_id})

    def get_maturity_levels(self):
        """The maturity level definitions."""
        return self._get("/api/learning/analytics/maturity")
