"""Prompt management: templates, versions, rendering and recorded runs."""

from __future__ import annotations

from ._base import api_path, paged


class PromptsMixin:
    def list_prompt_templates(self, category=None):
        return self._get("/api/prompts/templates", {"category": category})

    def create_prompt_template(self, name, description="", category="general"):
        payload = {"name": name, "description": description, "category": category}
        return self._post("/api/prompts/templates", payload)

    def get_prompt_template(self, template_id):
        return self._get(api_path("/api/prompts/templates/{}", template_id))

    def update_prompt_template(self, template_id, **fields):
        """Update name, description or category."""
        return self._patch(api_path("/api/prompts/templates/{}", template_id), fields)

    def delete_prompt_template(self, template_id):
        """Delete a template and all its versions."""
        return self._delete(api_path("/api/prompts/templates/{}", template_id))

    def list_prompt_versions(self, template_id):
        return self._get(api_path("/api/prompts/templates/{}/versions", template_id))

    def create_prompt_version(self, template_id, content, model_hint="", parameters=None, changelog=""):
        """Add a version (not activated)."""
        payload = {"content": content, "model_hint": model_hint, "parameters": parameters or [], "changelog": changelog}
        return self._post(api_path("/api/prompts/templates/{}/versions", template_id), payload)

    def get_prompt_version(self, template_id, version_id):
        return self._get(api_path("/api/prompts/templates/{}/versions/{}", template_id, version_id))

    def activate_prompt_version(self, template_id, version_id):
        """Make this the template's only active version."""
        return self._post(api_path("/api/prompts/templates/{}/versions/{}", template_id, version_id))

    def render_prompt(
        self, template_id=None, version_id=None, variables=None, action_id=None, agent_id=None, record=False
    ):
        """Render a template's active (or the given) version; ``record=True`` stores a prompt run."""
        payload = {
            "template_id": template_id,
            "version_id": version_id,
            "variables": variables or {},
            "action_id": action_id,
            "agent_id": agent_id,
            "record": record,
        }
        return self._post("/api/prompts/render", payload)

    @paged("runs")
    def list_prompt_runs(self, template_id=None, version_id=None, limit=50, cursor=None):
        params = {"template_id": template_id, "version_id": version_id, "limit": limit, "cursor": cursor}
        return self._get("/api/prompts/runs", params)

    def get_prompt_stats(self, template_id=None):
        return self._get("/api/prompts/stats", {"template_id": template_id})
