"""Policy testing: run guardrail tests, produce proof reports, import policy packs."""

from __future__ import annotations

from ._base import without_none


class PoliciesMixin:
    def test_policies(self):
        """Run guardrail tests against all active policies."""
        return self._post("/api/policies/test", {"agent_id": self.agent_id})

    def get_proof_report(self, format="json"):
        """Compliance proof report of the active policies; format "json" or "md"."""
        return self._get("/api/policies/proof", {"format": format})

    def import_policies(self, pack=None, yaml=None):
        """Import a policy pack (e.g. "enterprise-strict") or raw YAML. Requires an admin key."""
        return self._post("/api/policies/import", without_none({"pack": pack, "yaml": yaml}))
