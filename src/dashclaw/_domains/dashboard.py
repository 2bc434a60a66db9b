"""Dashboard data an agent reports: goals, content, interactions, calendar, ideas, memory, digest, bulk sync.

Fix: keyword names the 2.10.0 docs use but the server never read are renamed to the server's field
(goal ``deadline`` -> ``target_date``, idea ``body`` -> ``description``).
"""

from __future__ import annotations

from ._base import with_aliases


class DashboardMixin:
    def create_goal(self, title, **kwargs):
        """Create a goal. Optional: category, description, target_date (alias deadline), progress, status."""
        fields = with_aliases(kwargs, {"deadline": "target_date"})
        return self._post("/api/goals", {"title": title, "agent_id": self.agent_id, **fields})

    def record_content(self, title, **kwargs):
        """Record content produced. Optional: platform, status, url, body."""
        return self._post("/api/content", {"title": title, "agent_id": self.agent_id, **kwargs})

    def record_interaction(self, summary, **kwargs):
        """Record an interaction. Optional: contact_id, contact_name, direction, type, platform."""
        return self._post("/api/relationships", {"summary": summary, "agent_id": self.agent_id, **kwargs})

    def create_calendar_event(self, summary, start_time, **kwargs):
        """Create a calendar event. Optional: end_time, location, description."""
        return self._post("/api/calendar", {"summary": summary, "start_time": start_time, **kwargs})

    def record_idea(self, title, **kwargs):
        """Record an idea. Optional: description (alias body), category, source, score, status."""
        fields = with_aliases(kwargs, {"body": "description"})
        return self._post("/api/inspiration", {"title": title, **fields})

    def report_memory_health(self, health, entities=None, topics=None):
        """Report knowledge-graph health; a dict with a ``health`` key alone is sent as the whole body."""
        if isinstance(health, dict) and "health" in health and entities is None and topics is None:
            payload = health
        else:
            payload = {"health": health, "entities": entities, "topics": topics}
        return self._post("/api/memory", payload)

    def get_daily_digest(self, date=None, *, timezone=None):
        """Daily activity digest aggregated from all data sources: today, or ``date`` (YYYY-MM-DD), the day
        running from midnight to midnight in ``timezone`` (an IANA name such as "America/New_York"; UTC by default)."""
        return self._get("/api/digest", {"agent_id": self.agent_id, "date": date, "timezone": timezone})

    def sync_state(self, state):
        """Push a full agent state snapshot in one call."""
        return self._post("/api/sync", {"agent_id": self.agent_id, **state})
