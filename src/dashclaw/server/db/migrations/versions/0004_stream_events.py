"""stream events, their per-org cursors and scheduled jobs

Revision ID: 0004_stream
Revises: 0003_users
Create Date: 2026-12-01 17:20:30.858289
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import dashclaw.server.db.base


revision = '0004_stream'
down_revision = '0003_users'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('scheduled_jobs',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('next_run_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_scheduled_jobs'))
    )
    op.create_table('stream_cursors',
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.Column('last_seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('org_id', name=op.f('pk_stream_cursors'))
    )
    op.create_table('stream_events',
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('type', sa.String(length=64), nullable=False),
    sa.Column('subject_id', sa.String(length=128), nullable=True),
    sa.Column('payload', sa.Text(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('org_id', 'seq', name=op.f('pk_stream_events'))
    )
    with op.batch_alter_table('stream_events', schema=None) as batch_op:
        batch_op.create_index('ix_stream_events_created', ['created_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('stream_events', schema=None) as batch_op:
        batch_op.drop_index('ix_stream_events_created')

    op.drop_table('stream_events')
    op.drop_table('stream_cursors')
    op.drop_table('scheduled_jobs')
