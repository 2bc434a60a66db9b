"""message threads keep their message count and last activity

A thread's `message_count`, `last_message_at` and `last_activity_at` (the newest message's time, else the
thread's creation) are kept by every message sent in it, so the thread list reads one index range in
activity order instead of counting and aggregating each thread's messages. Existing threads are backfilled
from their messages. On PostgreSQL the new index is built CONCURRENTLY.

Revision ID: 0019_thread_activity
Revises: 0018_scale_lists
Create Date: 2026-12-02 04:00:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dashclaw.server.db.online_ddl import concurrently, outside_transaction_on_postgresql

revision = '0019_thread_activity'
down_revision = '0018_scale_lists'
branch_labels = None
depends_on = None

BACKFILL = """
UPDATE message_threads SET
  message_count = (SELECT count(*) FROM messages m
                   WHERE m.org_id = message_threads.org_id AND m.thread_id = message_threads.id),
  last_message_at = (SELECT max(m.created_at) FROM messages m
                     WHERE m.org_id = message_threads.org_id AND m.thread_id = message_threads.id)
"""


def upgrade() -> None:
    with op.batch_alter_table('message_threads', schema=None) as batch_op:
        batch_op.add_column(sa.Column('message_count', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('last_message_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('last_activity_at', sa.DateTime(), nullable=True))
    op.execute(BACKFILL)
    op.execute("UPDATE message_threads SET last_activity_at = coalesce(last_message_at, created_at)")
    with op.batch_alter_table('message_threads', schema=None) as batch_op:
        batch_op.alter_column('last_activity_at', existing_type=sa.DateTime(), nullable=False)
    with outside_transaction_on_postgresql():
        op.create_index('ix_message_threads_org_activity', 'message_threads', ['org_id', 'last_activity_at', 'id'],
                        unique=False, **concurrently())
        op.drop_index('ix_message_threads_org_updated', table_name='message_threads', **concurrently())


def downgrade() -> None:
    with outside_transaction_on_postgresql():
        op.create_index('ix_message_threads_org_updated', 'message_threads', ['org_id', 'updated_at'], unique=False,
                        **concurrently())
        op.drop_index('ix_message_threads_org_activity', table_name='message_threads', **concurrently())
    with op.batch_alter_table('message_threads', schema=None) as batch_op:
        batch_op.drop_column('last_activity_at')
        batch_op.drop_column('last_message_at')
        batch_op.drop_column('message_count')
