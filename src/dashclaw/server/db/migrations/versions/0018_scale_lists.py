"""indexes for the lists at scale

The stale_assumption signal reads the org's oldest assumptions that are neither validated nor invalidated:
an index on those two flags, then `created_at`, reads exactly those rows oldest first instead of walking
every assumption by age past the ones already checked. On PostgreSQL it is built and dropped CONCURRENTLY
(no lock that stops writes to a large table).

Revision ID: 0018_scale_lists
Revises: 0017_knowledge_embeddings
Create Date: 2026-12-01 23:30:00.000000
"""
from __future__ import annotations

from alembic import op

from dashclaw.server.db.online_ddl import concurrently, outside_transaction_on_postgresql

revision = '0018_scale_lists'
down_revision = '0017_knowledge_embeddings'
branch_labels = None
depends_on = None

NEW_INDEXES = [
    ('assumptions', 'ix_assumptions_org_unchecked_created', ['org_id', 'validated', 'invalidated', 'created_at']),
]


def upgrade() -> None:
    with outside_transaction_on_postgresql():
        for table, name, columns in NEW_INDEXES:
            op.create_index(name, table, columns, unique=False, **concurrently())


def downgrade() -> None:
    with outside_transaction_on_postgresql():
        for table, name, _columns in reversed(NEW_INDEXES):
            op.drop_index(name, table_name=table, **concurrently())

