"""Evaluations: scores on actions, reusable scorers, and evaluation runs."""

from __future__ import annotations

from ._base import api_path, paged


class EvaluationsMixin:
    def create_score(self, action_id, scorer_name, score, label=None, reasoning=None, evaluated_by=None, metadata=None):
        """Score an action (0.0 to 1.0)."""
        payload = {
            "action_id": action_id,
            "scorer_name": scorer_name,
            "score": score,
            "label": label,
            "reasoning": reasoning,
            "evaluated_by": evaluated_by,
            "metadata": metadata,
        }
        return self._post("/api/evaluations", payload)

    @paged("scores")
    def get_scores(self, **filters):
        return self._get("/api/evaluations", filters)

    def create_scorer(self, name, scorer_type, config=None, description=None):
        """Create a reusable scorer (regex, contains, numeric_range, custom_function, llm_judge)."""
        payload = {"name": name, "scorer_type": scorer_type, "config": config, "description": description}
        return self._post("/api/evaluations/scorers", payload)

    def get_scorers(self):
        return self._get("/api/evaluations/scorers")

    def update_scorer(self, scorer_id, **updates):
        return self._patch(api_path("/api/evaluations/scorers/{}", scorer_id), updates)

    def delete_scorer(self, scorer_id):
        return self._delete(api_path("/api/evaluations/scorers/{}", scorer_id))

    def create_eval_run(self, name, scorer_id, action_filters=None):
        """Create and start an evaluation run."""
        payload = {"name": name, "scorer_id": scorer_id, "action_filters": action_filters}
        return self._post("/api/evaluations/runs", payload)

    @paged("runs")
    def get_eval_runs(self, **filters):
        return self._get("/api/evaluations/runs", filters)

    def get_eval_run(self, run_id):
        return self._get(api_path("/api/evaluations/runs/{}", run_id))

    def get_eval_stats(self, **filters):
        return self._get("/api/evaluations/stats", filters)
