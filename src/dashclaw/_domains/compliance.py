"""Compliance: map policies to frameworks, gap analysis, reports, evidence, exports and export schedules.

Fix: 2.10.0 passed method and path swapped for every export, schedule and trend call, so none of them
reached the server; ``download_compliance_export`` also JSON-parsed a markdown file. Both work now.
"""

from __future__ import annotations

from .._steps import steps
from ._base import api_path


class ComplianceMixin:
    def map_compliance(self, framework):
        """Map active policies to a framework's controls (soc2, iso27001, gdpr, nist-ai-rmf, imda-agentic)."""
        return self._get("/api/compliance/map", {"framework": framework})

    def analyze_gaps(self, framework):
        """Gap analysis with a remediation plan."""
        return self._get("/api/compliance/gaps", {"framework": framework})

    def get_compliance_report(self, framework, format="json"):
        """Full report (json or md); the server also saves a snapshot."""
        return self._get("/api/compliance/report", {"framework": framework, "format": format})

    def list_frameworks(self):
        return self._get("/api/compliance/frameworks")

    def get_compliance_evidence(self, window="30d"):
        """Live evidence from guard decisions and actions; window 7d, 30d or 90d."""
        return self._get("/api/compliance/evidence", {"window": window})

    # -- exports ---------------------------------------------------------------------------------------

    def create_compliance_export(
        self,
        frameworks,
        name="Compliance Export",
        format="markdown",
        window_days=30,
        include_evidence=True,
        include_remediation=True,
        include_trends=False,
    ):
        """Generate a compliance export for one or more frameworks."""
        payload = {
            "name": name,
            "frameworks": frameworks,
            "format": format,
            "window_days": window_days,
            "include_evidence": include_evidence,
            "include_remediation": include_remediation,
            "include_trends": include_trends,
        }
        return self._post("/api/compliance/exports", payload)

    def list_compliance_exports(self, limit=20):
        return self._get("/api/compliance/exports", {"limit": limit})

    def get_compliance_export(self, export_id):
        """An export with its full report content."""
        return self._get(api_path("/api/compliance/exports/{}", export_id))

    @steps
    def download_compliance_export(self, export_id):
        """The raw report content (markdown or JSON text) as a string."""
        response = yield self._request(api_path("/api/compliance/exports/{}/download", export_id), "GET", raw=True)
        return response.data.decode("utf-8")

    def delete_compliance_export(self, export_id):
        return self._delete(api_path("/api/compliance/exports/{}", export_id))

    # -- schedules and trends --------------------------------------------------------------------------

    def create_compliance_schedule(self, frameworks, cron_expression, name="Scheduled Export", **kwargs):
        """Create a recurring export schedule. Optional: format, window_days, include_*, enabled."""
        payload = {"name": name, "frameworks": frameworks, "cron_expression": cron_expression, **kwargs}
        return self._post("/api/compliance/schedules", payload)

    def list_compliance_schedules(self):
        return self._get("/api/compliance/schedules")

    def update_compliance_schedule(self, schedule_id, **fields):
        """Update a schedule (enabled, name)."""
        return self._patch(api_path("/api/compliance/schedules/{}", schedule_id), fields)

    def delete_compliance_schedule(self, schedule_id):
        return self._delete(api_path("/api/compliance/schedules/{}", schedule_id))

    def get_compliance_trends(self, framework=None, limit=30):
        """Coverage trend data from saved snapshots."""
        return self._get("/api/compliance/trends", {"framework": framework, "limit": limit})
