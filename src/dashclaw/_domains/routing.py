"""Task routing: a pool of agents and tasks matched to them by skills, availability and load."""

from __future__ import annotations

from ._base import api_path, without_none


class RoutingMixin:
    def list_routing_agents(self, status=None):
        """Routing agents of this org; status is available, busy or offline."""
        return self._get("/api/routing/agents", {"status": status})

    def register_routing_agent(self, name, capabilities=None, max_concurrent=3, endpoint=None):
        """Register an agent in the routing pool."""
        payload = {"name": name, "maxConcurrent": max_concurrent, "capabilities": capabilities, "endpoint": endpoint}
        return self._post("/api/routing/agents", without_none(payload))

    def get_routing_agent(self, agent_id):
        return self._get(api_path("/api/routing/agents/{}", agent_id))

    def update_routing_agent_status(self, agent_id, status):
        """Set a routing agent's status (available, busy, offline)."""
        return self._patch(api_path("/api/routing/agents/{}", agent_id), {"status": status})

    def delete_routing_agent(self, agent_id):
        return self._delete(api_path("/api/routing/agents/{}", agent_id))

    def list_routing_tasks(self, status=None, assigned_to=None, limit=None):
        return self._get("/api/routing/tasks", {"status": status, "assigned_to": assigned_to, "limit": limit})

    def submit_routing_task(
        self,
        title,
        description=None,
        required_skills=None,
        urgency="normal",
        timeout_seconds=3600,
        max_retries=2,
        callback_url=None,
    ):
        """Submit a task for routing to the best available agent."""
        payload = {
            "title": title,
            "urgency": urgency,
            "timeoutSeconds": timeout_seconds,
            "maxRetries": max_retries,
            "description": description,
            "requiredSkills": required_skills,
            "callbackUrl": callback_url,
        }
        return self._post("/api/routing/tasks", without_none(payload))

    def complete_routing_task(self, task_id, success=True, result=None, error=None):
        payload = without_none({"success": success, "result": result, "error": error})
        return self._post(api_path("/api/routing/tasks/{}/complete", task_id), payload)

    def get_routing_stats(self):
        return self._get("/api/routing/stats")

    def get_routing_health(self):
        return self._get("/api/routing/health")
