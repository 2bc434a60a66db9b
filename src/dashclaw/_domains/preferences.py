"""User preferences: observations, preferences, moods and approaches learned over time.

Fix: keyword names from the 2.10.0 docs that the server never read are renamed to its fields
(mood ``context`` -> ``notes``, approach ``succeeded`` -> ``success``).
"""

from __future__ import annotations

from ._base import with_aliases


class PreferencesMixin:
    def _record_preference(self, record_type, value, fields):
        payload = {"type": record_type, "agent_id": self.agent_id, record_type: value, **fields}
        return self._post("/api/preferences", payload)

    def log_observation(self, observation, **kwargs):
        """Log a user observation. Optional: category, importance."""
        return self._record_preference("observation", observation, kwargs)

    def set_preference(self, preference, **kwargs):
        """Set a learned user preference. Optional: category, confidence."""
        return self._record_preference("preference", preference, kwargs)

    def log_mood(self, mood, **kwargs):
        """Log user mood/energy for a session. Optional: energy, notes (alias context)."""
        return self._record_preference("mood", mood, with_aliases(kwargs, {"context": "notes"}))

    def track_approach(self, approach, **kwargs):
        """Track an approach and whether it worked. Optional: context, success (alias succeeded)."""
        return self._record_preference("approach", approach, with_aliases(kwargs, {"succeeded": "success"}))

    def get_preference_summary(self):
        return self._get("/api/preferences", {"type": "summary", "agent_id": self.agent_id})

    def get_approaches(self, limit=None):
        """Tracked approaches with success/fail counts."""
        return self._get("/api/preferences", {"type": "approaches", "agent_id": self.agent_id, "limit": limit})
