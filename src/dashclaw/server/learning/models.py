"""What an agent records about its work: decisions, goals, content it produced, contacts and interactions."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..core.clock import utcnow
from ..db.base import Base, OrgScoped


class LearningDecision(OrgScoped, Base):
    __tablename__ = "learning_decisions"
    __table_args__ = (Index("ix_learning_decisions_org_timestamp", "org_id", "timestamp"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agent_id: Mapped[str | None] = mapped_column(String(128))
    decision: Mapped[str] = mapped_column(Text)
    context: Mapped[str | None] = mapped_column(Text)
    reasoning: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(200), default="pending")
    confidence: Mapped[int] = mapped_column(Integer, default=50)
    timestamp: Mapped[datetime] = mapped_column(default=utcnow)


class Goal(OrgScoped, Base):
    __tablename__ = "goals"
    __table_args__ = (Index("ix_goals_org_created", "org_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agent_id: Mapped[str | None] = mapped_column(String(128))
    title: Mapped[str] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    target_date: Mapped[str | None] = mapped_column(String(64))
    progress: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(50), default="active")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ContentItem(OrgScoped, Base):
    __tablename__ = "content_items"
    __table_args__ = (Index("ix_content_items_org_created", "org_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agent_id: Mapped[str | None] = mapped_column(String(128))
    title: Mapped[str] = mapped_column(Text)
    platform: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(50), default="draft")
    url: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Contact(OrgScoped, Base):
    __tablename__ = "contacts"
    __table_args__ = (Index("ix_contacts_org_name", "org_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agent_id: Mapped[str | None] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(String(500))
    platform: Mapped[str | None] = mapped_column(String(100))
    temperature: Mapped[str] = mapped_column(String(16), default="WARM")
    notes: Mapped[str | None] = mapped_column(Text)
    last_contact: Mapped[datetime | None]
    interaction_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Interaction(OrgScoped, Base):
    __tablename__ = "interactions"
    __table_args__ = (Index("ix_interactions_org_created", "org_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agent_id: Mapped[str | None] = mapped_column(String(128))
    contact_id: Mapped[int | None] = mapped_column(Integer)
    direction: Mapped[str] = mapped_column(String(50), default="outbound")
    summary: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(100), default="message")
    platform: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
