"""indexes for the later lists at scale

Each index leads with the org, then the list's filter, then its order, so a filtered page (and a capped count)
reads one index range instead of sorting or walking every row of the org:

- learning lessons, newest first by `updated_at`, of the org and of one agent;
- security findings and prompt-injection scans of one agent, newest first; injection scans of a risk level;
- the activity log of one agent by sequence number (`ix_activity_logs_org_agent` gains `sequence`);
- messages to one agent (or broadcast: `to_agent_id` NULL) newest first: an agent's inbox and unread count
  read its direct messages and the broadcasts as two index ranges.

On PostgreSQL they are built and dropped CONCURRENTLY (no lock that stops writes to a large table).

Revision ID: 0020_later_lists
Revises: 0019_thread_activity
Create Date: 2026-12-02 04:10:00.000000
"""
from __future__ import annotations

from alembic import op

from dashclaw.server.db.online_ddl import concurrently, outside_transaction_on_postgresql, replace_index

revision = '0020_later_lists'
down_revision = '0019_thread_activity'
branch_labels = None
depends_on = None

NEW_INDEXES = [
    ('learning_recommendations', 'ix_learning_recommendations_org_updated', ['org_id', 'updated_at', 'id']),
    ('learning_recommendations', 'ix_learning_recommendations_org_agent_updated', ['org_id', 'agent_id', 'updated_at']),
    ('security_findings', 'ix_security_findings_org_agent_scanned', ['org_id', 'agent_id', 'scanned_at']),
    ('prompt_injection_scans', 'ix_prompt_injection_scans_org_agent_scanned', ['org_id', 'agent_id', 'scanned_at']),
    ('prompt_injection_scans', 'ix_prompt_injection_scans_org_risk_scanned', ['org_id', 'risk_level', 'scanned_at']),
    ('messages', 'ix_messages_org_to_created', ['org_id', 'to_agent_id', 'created_at', 'id']),
]
ACTIVITY_AGENT = ('activity_logs', 'ix_activity_logs_org_agent', ['org_id', 'agent_id'], ['org_id', 'agent_id', 'sequence'])


def upgrade() -> None:
    with outside_transaction_on_postgresql():
        for table, name, columns in NEW_INDEXES:
            op.create_index(name, table, columns, unique=False, **concurrently())
        table, name, before, after = ACTIVITY_AGENT
        replace_index(table, name, before, after)


def downgrade() -> None:
    with outside_transaction_on_postgresql():
        table, name, before, after = ACTIVITY_AGENT
        replace_index(table, name, after, before)
        for table, name, _columns in reversed(NEW_INDEXES):
            op.drop_index(name, table_name=table, **concurrently())
