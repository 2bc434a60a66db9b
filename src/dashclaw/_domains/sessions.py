"""Agent sessions: lifecycle records of one working session (workspace, branch, health)."""

from __future__ import annotations

from ._base import api_path, without_none


class SessionsMixin:
    def create_session(self, workspace=None, branch=None):
        """Open a session for this agent."""
        payload = {"agent_id": self.agent_id, "workspace": workspace, "branch": branch}
        return self._post("/api/sessions", without_none(payload))

    def get_session(self, session_id):
        return self._get(api_path("/api/sessions/{}", session_id))

    def update_session(self, session_id, **updates):
        """Update status, green_level, branch_freshness, commits_behind or blocked_reason."""
        return self._patch(api_path("/api/sessions/{}", session_id), updates)

    def list_sessions(self, agent_id=None, status=None, limit=50):
        return self._get("/api/sessions", {"agent_id": agent_id, "status": status, "limit": limit})

    def get_session_events(self, session_id):
        """The session's event log (ascending seq)."""
        return self._get(api_path("/api/sessions/{}/events", session_id))
