"""Decision integrity: open loops a decision still depends on, and the assumptions behind it."""

from __future__ import annotations

from ._base import api_path, paged


class LoopsAssumptionsMixin:
    def register_open_loop(self, action_id, loop_type, description, **kwargs):
        """Register unresolved work that must be finished before the decision is fully resolved."""
        payload = {"action_id": action_id, "loop_type": loop_type, "description": description, **kwargs}
        return self._post("/api/actions/loops", payload)

    def resolve_open_loop(self, loop_id, status, resolution=None):
        return self._patch(api_path("/api/actions/loops/{}", loop_id), {"status": status, "resolution": resolution})

    @paged("loops")
    def get_open_loops(self, **filters):
        """One page of loops, most urgent first; pass a page's ``next_cursor`` back as ``cursor`` for the next."""
        return self._get("/api/actions/loops", filters)

    def iter_open_loops(self, **filters):
        """Every loop matching ``filters`` (as ``get_open_loops`` takes them), fetched page by page."""
        return self.paginate(self.get_open_loops, **filters)

    def record_assumption(self, assumption):
        """Record what the agent believed to be true when making a decision (the dict is the body)."""
        return self._post("/api/assumptions", assumption)

    def register_assumption(self, action_id, assumption=None, **kwargs):
        """Register an assumption behind a decision; a dict as the only argument is sent as-is."""
        if isinstance(action_id, dict) and assumption is None:
            return self.record_assumption(action_id)
        return self.record_assumption({"action_id": action_id, "assumption": assumption, **kwargs})

    def get_assumption(self, assumption_id):
        return self._get(api_path("/api/actions/assumptions/{}", assumption_id))

    def validate_assumption(self, assumption_id, validated, invalidated_reason=None):
        payload = {"validated": validated}
        if invalidated_reason:
            payload["invalidated_reason"] = invalidated_reason
        return self._patch(api_path("/api/actions/assumptions/{}", assumption_id), payload)

    @paged("assumptions")
    def get_assumptions(self, **filters):
        """One page of assumptions, newest first. Filters: ``validated``, ``stale``, ``action_id``, ``agent_id``,
        ``limit``, ``offset``, ``cursor`` (a page's ``next_cursor``)."""
        return self._get("/api/actions/assumptions", filters)

    def iter_assumptions(self, **filters):
        """Every assumption matching ``filters`` (as ``get_assumptions`` takes them), fetched page by page."""
        return self.paginate(self.get_assumptions, **filters)

    def get_drift_report(self, **filters):
        """Assumptions with drift scores (``drift=true``)."""
        return self._get("/api/actions/assumptions", dict(filters, drift="true"))
