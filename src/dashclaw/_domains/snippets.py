"""Automation snippets: reusable code saved and fetched across sessions."""

from __future__ import annotations

from ._base import api_path


class SnippetsMixin:
    def save_snippet(self, name, code, **kwargs):
        """Save a snippet (upserts by name). Optional: language, description, tags."""
        return self._post("/api/snippets", {"name": name, "code": code, "agent_id": self.agent_id, **kwargs})

    def get_snippets(self, **filters):
        """Search snippets. Filters: search, tag, language, limit."""
        return self._get("/api/snippets", filters)

    def get_snippet(self, snippet_id):
        return self._get(api_path("/api/snippets/{}", snippet_id))

    def use_snippet(self, snippet_id):
        """Mark a snippet as used (increments use_count)."""
        return self._post(api_path("/api/snippets/{}/use", snippet_id))

    def delete_snippet(self, snippet_id):
        return self._delete("/api/snippets", {"id": snippet_id})
