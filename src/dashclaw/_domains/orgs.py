"""Organisation management and the organisation's activity (audit) log."""

from __future__ import annotations

from ._base import api_path, paged


class OrgsMixin:
    def get_org(self):
        """The current organisation. Requires an admin key."""
        return self._get("/api/orgs")

    def create_org(self, name, slug):
        """Create an organisation with an initial admin API key."""
        return self._post("/api/orgs", {"name": name, "slug": slug})

    def get_org_by_id(self, org_id):
        return self._get(api_path("/api/orgs/{}", org_id))

    def update_org(self, org_id, **updates):
        return self._patch(api_path("/api/orgs/{}", org_id), updates)

    def get_org_keys(self, org_id):
        """API keys of an organisation. Requires an admin key."""
        return self._get(api_path("/api/orgs/{}/keys", org_id))

    @paged("logs")
    def get_activity_logs(self, **filters):
        """Activity/audit log. Filters: action, actor_id, resource_type, before, after, limit, offset, cursor."""
        return self._get("/api/activity", filters)
