"""The org's event stream: what happened, in order, kept for a while so a client can resume."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..db.base import Base, OrgScoped


class StreamEvent(OrgScoped, Base):
    """One event; `seq` counts 1, 2, 3, ... per org in commit order and is the SSE `id` clients resume from."""

    __tablename__ = "stream_events"
    __table_args__ = (Index("ix_stream_events_created", "created_at"),)

    org_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    type: Mapped[str] = mapped_column(String(64))
    subject_id: Mapped[str | None] = mapped_column(String(128))
    """The record the event is about (action id, decision id, policy id)."""
    payload: Mapped[str | None] = mapped_column(Text)
    """The event's data as JSON text; null when it is read from the subject at delivery (guard decisions)."""
    created_at: Mapped[datetime]


class StreamCursor(OrgScoped, Base):
    """The last `seq` handed out per org. Its row lock orders one org's events by commit; purging events
    never resets it, so a resumed client never sees a number twice."""

    __tablename__ = "stream_cursors"

    org_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
