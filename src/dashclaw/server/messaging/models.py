"""Agent messaging: direct and broadcast messages, each reader's receipts, message threads, shared docs and
attachments (kept apart from their messages, so no list ever loads a file)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class Message(OrgScoped, Base):
    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_org_created", "org_id", "created_at"),
        Index("ix_messages_org_thread", "org_id", "thread_id"),
        Index("ix_messages_org_action", "org_id", "action_id"),
        Index("ix_messages_org_to_created", "org_id", "to_agent_id", "created_at", "id"),  # an agent's inbox
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    thread_id: Mapped[str | None] = mapped_column(String(128))
    from_agent_id: Mapped[str] = mapped_column(String(128))
    to_agent_id: Mapped[str | None] = mapped_column(String(128))  # None: a broadcast to every agent
    message_type: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str | None] = mapped_column(String(256))
    body: Mapped[str] = mapped_column(Text)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="sent")  # sent, read, archived
    doc_ref: Mapped[str | None] = mapped_column(String(256))
    action_id: Mapped[str | None] = mapped_column(String(128))  # the action it was sent for (`action_context`)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_at: Mapped[datetime | None]
    archived_at: Mapped[datetime | None]


class MessageReceipt(OrgScoped, Base):
    """One reader's copy of a broadcast: when it read it and whether it archived it (a direct message keeps
    that on the message itself)."""

    __tablename__ = "message_receipts"
    __table_args__ = (UniqueConstraint("org_id", "message_id", "reader_id"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[str] = mapped_column(String(64))
    reader_id: Mapped[str] = mapped_column(String(128))
    read_at: Mapped[datetime | None]
    archived_at: Mapped[datetime | None]


class MessageAttachment(OrgScoped, Base):
    __tablename__ = "message_attachments"
    __table_args__ = (Index("ix_message_attachments_org_message", "org_id", "message_id"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    message_id: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(256))
    mime_type: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MessageThread(OrgScoped, Base):
    __tablename__ = "message_threads"
    __table_args__ = (Index("ix_message_threads_org_activity", "org_id", "last_activity_at", "id"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(512))
    participants: Mapped[list[Any] | None]
    status: Mapped[str] = mapped_column(String(16), default="open")  # open, resolved
    summary: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    # Kept by every message sent in the thread, in its transaction, so the list never aggregates messages.
    message_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_message_at: Mapped[datetime | None]
    last_activity_at: Mapped[datetime] = mapped_column(default=utcnow)  # the newest message's time, else creation


class SharedDoc(OrgScoped, Base):
    __tablename__ = "shared_docs"
    __table_args__ = (UniqueConstraint("org_id", "name"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(512))
    content: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(128))
    last_edited_by: Mapped[str] = mapped_column(String(128))
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
