"""User feedback on actions and agents.

Fix: 2.10.0 passed method and path swapped in every call here, so none reached the server.
"""

from __future__ import annotations

from ._base import api_path, paged


class FeedbackMixin:
    def submit_feedback(
        self, rating=None, comment="", action_id=None, agent_id=None, category="general", tags=None, metadata=None
    ):
        """Submit feedback (rating 1-5 and/or a comment), optionally tied to an action."""
        payload = {
            "action_id": action_id,
            "agent_id": agent_id,
            "rating": rating,
            "comment": comment,
            "category": category,
            "tags": tags or [],
            "metadata": metadata or {},
            "source": "sdk",
        }
        return self._post("/api/feedback", payload)

    @paged("feedback")
    def list_feedback(
        self, action_id=None, agent_id=None, category=None, sentiment=None, resolved=None, limit=50, offset=0,
        cursor=None,
    ):
        params = {
            "action_id": action_id,
            "agent_id": agent_id,
            "category": category,
            "sentiment": sentiment,
            "resolved": resolved,
            "limit": limit,
            "offset": offset or None,  # 0 is the server default; 2.10.0 left it out
            "cursor": cursor,
        }
        return self._get("/api/feedback", params)

    def get_feedback(self, feedback_id):
        return self._get(api_path("/api/feedback/{}", feedback_id))

    def resolve_feedback(self, feedback_id):
        return self._patch(api_path("/api/feedback/{}", feedback_id), {"resolved_by": "sdk"})

    def delete_feedback(self, feedback_id):
        return self._delete(api_path("/api/feedback/{}", feedback_id))

    def get_feedback_stats(self, agent_id=None):
        """Feedback statistics by category, agent and rating."""
        return self._get("/api/feedback/stats", {"agent_id": agent_id})
