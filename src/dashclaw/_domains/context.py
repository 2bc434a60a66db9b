"""Context manager: key points and context threads of the agent's working memory."""

from __future__ import annotations

from datetime import datetime, timezone

from .._steps import steps
from ._base import api_path


class ContextMixin:
    def capture_key_point(self, content, **kwargs):
        """Capture a key point. Optional: category, importance, session_date."""
        return self._post("/api/context/points", {"content": content, "agent_id": self.agent_id, **kwargs})

    def get_key_points(self, **filters):
        """This agent's key points. Filters: session_date, category, limit."""
        return self._get("/api/context/points", dict(filters, agent_id=self.agent_id))

    def create_thread(self, name, **kwargs):
        return self._post("/api/context/threads", {"name": name, "agent_id": self.agent_id, **kwargs})

    def add_thread_entry(self, thread_id, content, entry_type="note"):
        payload = {"content": content, "entry_type": entry_type}
        return self._post(api_path("/api/context/threads/{}/entries", thread_id), payload)

    def close_thread(self, thread_id, summary=None):
        payload = {"status": "closed"}
        if summary:
            payload["summary"] = summary
        return self._patch(api_path("/api/context/threads/{}", thread_id), payload)

    def get_threads(self, status=None, limit=None):
        return self._get("/api/context/threads", {"agent_id": self.agent_id, "status": status, "limit": limit})

    @steps
    def get_context_summary(self):
        """Today's key points (UTC) and the active threads, in one dict."""
        today = datetime.now(timezone.utc).strftime("%Y-%m-%d")
        points = yield self.get_key_points(session_date=today)
        threads = yield self.get_threads(status="active")
        return {"points": points.get("points", []), "threads": threads.get("threads", [])}
