"""Execution Studio: action graphs, workflow templates, model strategies, knowledge collections, capabilities."""

from __future__ import annotations

import time

from .._errors import DashClawError
from .._steps import steps
from ._base import api_path, paged, without_none


class ExecutionMixin:
    def get_action_graph(self, action_id):
        """Read-only execution graph (nodes + edges) around an action."""
        return self._get(api_path("/api/actions/{}/graph", action_id))

    # -- workflow templates ----------------------------------------------------------------------------

    @paged("templates")
    def list_workflow_templates(self, status=None, limit=50, offset=0, cursor=None):
        params = {"limit": limit, "offset": offset, "status": status, "cursor": cursor}
        return self._get("/api/workflows/templates", params)

    def create_workflow_template(self, **kwargs):
        """Create a template. Required: name."""
        return self._post("/api/workflows/templates", kwargs)

    def get_workflow_template(self, template_id):
        return self._get(api_path("/api/workflows/templates/{}", template_id))

    def update_workflow_template(self, template_id, **kwargs):
        """Partial update; the version is bumped when steps change."""
        return self._patch(api_path("/api/workflows/templates/{}", template_id), kwargs)

    def duplicate_workflow_template(self, template_id, **kwargs):
        """Clone a template as a new draft."""
        return self._post(api_path("/api/workflows/templates/{}/duplicate", template_id), kwargs)

    def launch_workflow_template(self, template_id, **kwargs):
        """Launch a template: creates a traceable action and snapshots any linked model strategy."""
        return self._post(api_path("/api/workflows/templates/{}/launch", template_id), kwargs)

    # -- model strategies ------------------------------------------------------------------------------

    @paged("strategies")
    def list_model_strategies(self, limit=None, cursor=None):
        return self._get("/api/model-strategies", {"limit": limit, "cursor": cursor})

    def create_model_strategy(self, **kwargs):
        """Create a strategy. Required: name, config (with config.primary.provider and .model)."""
        return self._post("/api/model-strategies", kwargs)

    def get_model_strategy(self, strategy_id):
        return self._get(api_path("/api/model-strategies/{}", strategy_id))

    def update_model_strategy(self, strategy_id, **kwargs):
        """Partial update; config patches merge over the stored config."""
        return self._patch(api_path("/api/model-strategies/{}", strategy_id), kwargs)

    def delete_model_strategy(self, strategy_id):
        """Delete a strategy; linked workflow templates lose their reference."""
        return self._delete(api_path("/api/model-strategies/{}", strategy_id))

    # -- knowledge collections -------------------------------------------------------------------------

    @paged("collections")
    def list_knowledge_collections(self, source_type=None, limit=50, offset=0, cursor=None):
        params = {"limit": limit, "offset": offset, "source_type": source_type, "cursor": cursor}
        return self._get("/api/knowledge/collections", params)

    def create_knowledge_collection(self, **kwargs):
        """Create a collection. Required: name."""
        return self._post("/api/knowledge/collections", kwargs)

    def get_knowledge_collection(self, collection_id):
        return self._get(api_path("/api/knowledge/collections/{}", collection_id))

    def update_knowledge_collection(self, collection_id, **kwargs):
        return self._patch(api_path("/api/knowledge/collections/{}", collection_id), kwargs)

    @paged("items")
    def list_knowledge_collection_items(self, collection_id, limit=100, offset=0, cursor=None):
        path = api_path("/api/knowledge/collections/{}/items", collection_id)
        return self._get(path, {"limit": limit, "offset": offset, "cursor": cursor})

    def add_knowledge_collection_item(self, collection_id, **kwargs):
        """Add an item. Required: source_uri; a note's text goes in ``content``, a file in ``content_base64``."""
        return self._post(api_path("/api/knowledge/collections/{}/items", collection_id), kwargs)

    def sync_knowledge_collection(self, collection_id):
        """Queue the collection for ingestion; the server indexes it in the background (see wait_for_knowledge_sync)."""
        return self._post(api_path("/api/knowledge/collections/{}/sync", collection_id), {})

    @steps
    def wait_for_knowledge_sync(self, collection_id, timeout=120, interval=1):
        """Poll until the collection's sync settles; returns the collection (``ingestion_status`` ready or failed)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            collection = (yield self.get_knowledge_collection(collection_id)).get("collection") or {}
            if collection.get("ingestion_status") in ("ready", "failed"):
                return collection
            yield self._pause(max(0.0, min(interval, deadline - time.monotonic())))
        raise DashClawError("Timed out waiting for the knowledge sync of {}".format(collection_id))

    def search_knowledge_collection(self, collection_id, query, limit=10, mode=None):
        """Search a synced collection: ``{results: [{item_id, title, source_uri, snippet, score}], mode_used}``.

        ``mode``: ``fulltext``, ``hybrid`` or ``semantic`` (the last two when the server has an embeddings
        endpoint; otherwise, or when it fails, the search runs full-text and ``fallback_reason`` says why).
        """
        path = api_path("/api/knowledge/collections/{}/search", collection_id)
        return self._post(path, without_none({"query": query, "limit": limit, "mode": mode}))

    # -- capability registry ---------------------------------------------------------------------------

    @paged("capabilities")
    def list_capabilities(self, category=None, risk_level=None, search=None, limit=100, offset=0, cursor=None):
        """Search the registry; filters combine."""
        params = {"limit": limit, "offset": offset, "category": category, "risk_level": risk_level, "search": search,
                  "cursor": cursor}
        return self._get("/api/capabilities", params)

    def create_capability(self, **kwargs):
        """Register a capability. Required: name."""
        return self._post("/api/capabilities", kwargs)

    def get_capability(self, capability_id):
        return self._get(api_path("/api/capabilities/{}", capability_id))

    def update_capability(self, capability_id, **kwargs):
        return self._patch(api_path("/api/capabilities/{}", capability_id), kwargs)
