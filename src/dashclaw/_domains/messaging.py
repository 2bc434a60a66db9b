"""Agent messaging: direct and broadcast messages, inboxes, message threads, shared docs, attachments."""

from __future__ import annotations

import re
import urllib.parse

from .._steps import steps
from ._base import api_path, encode_query, paged, with_aliases, with_query


class MessagingMixin:
    def send_message(self, body, to=None, message_type="info", attachments=None, **kwargs):
        """Send a message (``to=None`` broadcasts). Optional: subject, thread_id, urgent, doc_ref, attachments."""
        payload = {
            "from_agent_id": self.agent_id,
            "to_agent_id": to,
            "message_type": message_type,
            "body": body,
            **kwargs,
        }
        if attachments:
            payload["attachments"] = attachments
        return self._post("/api/messages", payload)

    @paged("messages")
    def get_inbox(self, **filters):
        """This agent's inbox. Filters: unread, type (alias message_type), thread_id, limit, cursor.

        Fix: ``unread=True`` now goes out as ``true`` (2.10.0 sent ``True``, which the server ignored) and
        ``message_type`` is sent as ``type`` like ``get_messages`` does.
        """
        params = with_aliases(filters, {"message_type": "type"})
        params.update(agent_id=self.agent_id, direction="inbox")
        return self._get("/api/messages", params)

    @paged("messages")
    def get_sent_messages(self, message_type=None, thread_id=None, limit=None, cursor=None):
        """Messages sent by this agent."""
        return self.get_messages(
            direction="sent", message_type=message_type, thread_id=thread_id, limit=limit, cursor=cursor
        )

    @paged("messages")
    def get_messages(self, direction=None, message_type=None, unread=None, thread_id=None, limit=None, cursor=None):
        """Messages with full filter control; direction is 'inbox', 'sent' or 'all'."""
        params = {
            "agent_id": self.agent_id,
            "direction": direction,
            "type": message_type,
            "unread": True if unread else None,
            "thread_id": thread_id,
            "limit": limit,
            "cursor": cursor,
        }
        return self._get("/api/messages", params)

    def get_message(self, message_id):
        return self._get(api_path("/api/messages/{}", message_id))

    def _update_messages(self, message_ids, action):
        return self._patch("/api/messages", {"message_ids": message_ids, "action": action, "agent_id": self.agent_id})

    def mark_read(self, message_ids):
        return self._update_messages(message_ids, "read")

    def archive_messages(self, message_ids):
        return self._update_messages(message_ids, "archive")

    def broadcast(self, body, message_type="info", subject=None, thread_id=None):
        return self.send_message(body=body, to=None, message_type=message_type, subject=subject, thread_id=thread_id)

    def create_message_thread(self, name, participants=None):
        payload = {"name": name, "participants": participants, "created_by": self.agent_id}
        return self._post("/api/messages/threads", payload)

    def get_message_threads(self, status=None, limit=None):
        return self._get("/api/messages/threads", {"agent_id": self.agent_id, "status": status, "limit": limit})

    def resolve_message_thread(self, thread_id, summary=None):
        return self._patch("/api/messages/threads", {"thread_id": thread_id, "status": "resolved", "summary": summary})

    def save_shared_doc(self, name, content):
        return self._post("/api/messages/docs", {"name": name, "content": content, "agent_id": self.agent_id})

    def get_attachment_url(self, attachment_id):
        """URL to download an attachment (``att_*``)."""
        return "{}/api/messages/attachments?{}".format(self.base_url, encode_query({"id": attachment_id}))

    @steps
    def get_attachment(self, attachment_id):
        """Download an attachment: ``{"data": bytes, "filename": str, "mime_type": str}``.

        Fix: goes through ``_request`` and the shared transport, so it has a timeout and failures raise
        DashClawError subclasses (2.10.0 let raw urllib errors escape and never timed out); a file name that is
        not ASCII is read from the header's ``filename*``.
        """
        response = yield self._request(with_query("/api/messages/attachments", {"id": attachment_id}), "GET", raw=True)
        return {
            "data": response.data,
            "filename": _attachment_filename(response.headers.get("Content-Disposition", "")) or attachment_id,
            "mime_type": response.headers.get("Content-Type", "application/octet-stream"),
        }


def _attachment_filename(disposition):
    """The file name a Content-Disposition header gives: its UTF-8 ``filename*`` when present (a name that is
    not ASCII), else its plain ``filename``; None without either."""
    extended = re.search(r"filename\*=UTF-8''([^;\s]+)", disposition, re.IGNORECASE)
    if extended:
        return urllib.parse.unquote(extended.group(1))
    match = re.search(r'filename="(.+?)"', disposition)
    return match.group(1) if match else None

