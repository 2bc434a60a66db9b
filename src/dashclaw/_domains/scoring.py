"""Scoring profiles (weighted dimensions), risk templates and auto-calibration.

Fix: 2.10.0 passed method and path swapped in every call here, so none reached the server.
"""

from __future__ import annotations

from ._base import api_path, paged

SCORE_PATH = "/api/scoring/score"


class ScoringMixin:
    def create_scoring_profile(self, **kwargs):
        """Create a profile. Required: name; optional dimensions[] created with it."""
        return self._post("/api/scoring/profiles", kwargs)

    @paged("profiles")
    def list_scoring_profiles(self, **params):
        return self._get("/api/scoring/profiles", params)

    def get_scoring_profile(self, profile_id):
        return self._get(api_path("/api/scoring/profiles/{}", profile_id))

    def update_scoring_profile(self, profile_id, **kwargs):
        return self._patch(api_path("/api/scoring/profiles/{}", profile_id), kwargs)

    def delete_scoring_profile(self, profile_id):
        return self._delete(api_path("/api/scoring/profiles/{}", profile_id))

    def add_scoring_dimension(self, profile_id, **kwargs):
        """Add a dimension. Required: name, data_source."""
        return self._post(api_path("/api/scoring/profiles/{}/dimensions", profile_id), kwargs)

    def update_scoring_dimension(self, profile_id, dimension_id, **kwargs):
        return self._patch(api_path("/api/scoring/profiles/{}/dimensions/{}", profile_id, dimension_id), kwargs)

    def delete_scoring_dimension(self, profile_id, dimension_id):
        return self._delete(api_path("/api/scoring/profiles/{}/dimensions/{}", profile_id, dimension_id))

    def score_with_profile(self, profile_id, action):
        return self._post(SCORE_PATH, {"profile_id": profile_id, "action": action})

    def batch_score_with_profile(self, profile_id, actions):
        return self._post(SCORE_PATH, {"profile_id": profile_id, "actions": actions})

    @paged("scores")
    def get_profile_scores(self, **params):
        return self._get(SCORE_PATH, params)

    def get_profile_score_stats(self, profile_id):
        return self._get(SCORE_PATH, {"profile_id": profile_id, "view": "stats"})

    # -- risk templates and calibration ----------------------------------------------------------------

    def create_risk_template(self, **kwargs):
        """Create a risk template. Required: name."""
        return self._post("/api/scoring/risk-templates", kwargs)

    @paged("templates")
    def list_risk_templates(self, **params):
        return self._get("/api/scoring/risk-templates", params)

    def update_risk_template(self, template_id, **kwargs):
        return self._patch(api_path("/api/scoring/risk-templates/{}", template_id), kwargs)

    def delete_risk_template(self, template_id):
        return self._delete(api_path("/api/scoring/risk-templates/{}", template_id))

    def auto_calibrate(self, **options):
        """Suggest risk thresholds from history. Options: action_type, agent_id, lookback_days, metrics."""
        return self._post("/api/scoring/calibrate", options)
