"""Webhooks: endpoints that receive signal notifications."""

from __future__ import annotations

from ._base import api_path, paged, without_none


class WebhooksMixin:
    def get_webhooks(self):
        return self._get("/api/webhooks")

    def create_webhook(self, url, events=None):
        """Create an endpoint; events default to ["all"] on the server."""
        return self._post("/api/webhooks", without_none({"url": url, "events": events}))

    def delete_webhook(self, webhook_id):
        return self._delete("/api/webhooks", {"id": webhook_id})

    def test_webhook(self, webhook_id):
        """Send a test delivery."""
        return self._post(api_path("/api/webhooks/{}/test", webhook_id))

    @paged("deliveries")
    def get_webhook_deliveries(self, webhook_id, cursor=None):
        """The latest 20 deliveries, newest first; ``cursor`` takes a page's ``next_cursor``."""
        return self._get(api_path("/api/webhooks/{}/deliveries", webhook_id), {"cursor": cursor})
