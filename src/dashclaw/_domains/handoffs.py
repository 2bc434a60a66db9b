"""Session handoffs: context passed from one session (or agent) to the next."""

from __future__ import annotations

from ._base import paged


class HandoffsMixin:
    def create_handoff(self, summary, **kwargs):
        """Create a handoff. Optional: session_date, key_decisions, open_tasks, next_priorities, mood_notes."""
        return self._post("/api/handoffs", {"summary": summary, "agent_id": self.agent_id, **kwargs})

    @paged("handoffs")
    def get_handoffs(self, **filters):
        """This agent's handoffs, newest first. Filters: date, limit, cursor (a page's ``next_cursor``)."""
        return self._get("/api/handoffs", dict(filters, agent_id=self.agent_id))

    def get_latest_handoff(self):
        return self._get("/api/handoffs", {"agent_id": self.agent_id, "latest": "true"})
