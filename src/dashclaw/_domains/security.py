"""Security scanning: sensitive-data detection and prompt-injection checks before text leaves the agent."""

from __future__ import annotations

from ._base import paged, without_none


class SecurityMixin:
    def _scan(self, text, destination, store):
        payload = {"text": text, "agent_id": self.agent_id, "store": store, "destination": destination}
        return self._post("/api/security/scan", without_none(payload))

    def scan_content(self, text, destination=None):
        """Scan text for sensitive data without storing anything; returns findings and redacted text."""
        return self._scan(text, destination, store=False)

    def report_security_finding(self, text, destination=None):
        """Scan text and store the finding metadata for audit trails."""
        return self._scan(text, destination, store=True)

    def scan_prompt_injection(self, text, source=None):
        """Scan text for prompt-injection attacks; returns risk level and a recommendation."""
        payload = {"text": text, "agent_id": self.agent_id, "source": source}
        return self._post("/api/security/prompt-injection", without_none(payload))

    @paged("findings")
    def list_security_findings(self, agent_id=None, category=None, severity=None, limit=50, offset=0, cursor=None):
        """Stored finding metadata of the org, newest first, each with its severity."""
        params = {"agent_id": agent_id, "category": category, "severity": severity, "limit": limit,
                  "offset": offset or None, "cursor": cursor}
        return self._get("/api/security/findings", params)

    @paged("scans")
    def list_prompt_injection_scans(
        self, agent_id=None, category=None, severity=None, limit=50, offset=0, cursor=None
    ):
        """Stored prompt-injection scans of the org, newest first."""
        params = {"agent_id": agent_id, "category": category, "severity": severity, "limit": limit,
                  "offset": offset or None, "cursor": cursor}
        return self._get("/api/security/prompt-injection", params)
