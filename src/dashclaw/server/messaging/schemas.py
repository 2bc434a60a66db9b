from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from ..core.validation import Array, Bool, OneOf, QueryFilters, RequestModel, Text

MESSAGE_TYPES = ("action", "info", "lesson", "question", "status")
MAX_ATTACHMENTS = 3
MAX_MESSAGE_IDS = 1000


class MessageCreate(RequestModel):
    from_agent_id: Text(128, required=True)
    to_agent_id: Text(128) | None = None
    message_type: OneOf(*MESSAGE_TYPES) = "info"
    subject: Text(200) | None = None
    body: Text(2000, required=True)
    thread_id: Text(128) | None = None
    urgent: Bool = False
    doc_ref: Text(256) | None = None
    action_id: Text(128) | None = None
    attachments: Annotated[list[Any], Field(max_length=MAX_ATTACHMENTS)] | None = None  # checked in the service


class MessageUpdate(RequestModel):
    message_ids: Array(MAX_MESSAGE_IDS, 128)
    action: OneOf("read", "archive")
    agent_id: Text(128, required=True) = "dashboard"


class MessageFilters(QueryFilters):
    agent_id: str | None = None
    direction: OneOf("inbox", "sent", "all") = "inbox"
    type: str | None = None
    message_type: str | None = None  # what the SDK's docs call `type`
    thread_id: str | None = None
    unread: bool = False
    cursor: str | None = None


class MessageReader(QueryFilters):
    agent_id: str = "dashboard"


class ThreadCreate(RequestModel):
    name: Text(500, required=True)
    participants: Array(100, 128) | None = None
    created_by: Text(128, required=True)


class ThreadUpdate(RequestModel):
    thread_id: Text(128, required=True)
    status: OneOf("open", "resolved") | None = None
    summary: Text(5000) | None = None


class ThreadFilters(QueryFilters):
    agent_id: str | None = None
    status: str | None = None


class DocSave(RequestModel):
    name: Text(500, required=True)
    content: Text(100_000, required=True)
    agent_id: Text(128, required=True)


class DocFilters(QueryFilters):
    id: str | None = None
    search: str | None = None


class AttachmentQuery(QueryFilters):
    id: str | None = None
