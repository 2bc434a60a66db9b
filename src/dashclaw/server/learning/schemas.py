from __future__ import annotations

from ..core.validation import MAX_INT32, Integer, RequestModel, Text


class DecisionCreate(RequestModel):
    decision: Text(2000, required=True)
    agent_id: Text(128) | None = None
    context: Text(5000) | None = None
    reasoning: Text(5000) | None = None
    outcome: Text(200) | None = None
    confidence: Integer(0, 100) | None = None


class GoalCreate(RequestModel):
    title: Text(500, required=True)
    agent_id: Text(128) | None = None
    category: Text(200) | None = None
    description: Text(5000) | None = None
    target_date: Text(64) | None = None
    progress: Integer(0, 100) | None = None
    status: Text(50) | None = None


class ContentCreate(RequestModel):
    title: Text(500, required=True)
    agent_id: Text(128) | None = None
    platform: Text(100) | None = None
    status: Text(50) | None = None
    url: Text(2000) | None = None
    body: Text(50_000) | None = None


class InteractionCreate(RequestModel):
    summary: Text(2000, required=True)
    agent_id: Text(128) | None = None
    contact_id: Integer(1, MAX_INT32) | None = None
    contact_name: Text(500) | None = None
    direction: Text(50) | None = None
    type: Text(100) | None = None
    platform: Text(100) | None = None


class ContactCreate(RequestModel):
    """A contact as `/api/sync` sends it (`relationships`)."""

    name: Text(255, required=True)
    relationship_type: Text(100) | None = None
    description: Text(5000) | None = None
