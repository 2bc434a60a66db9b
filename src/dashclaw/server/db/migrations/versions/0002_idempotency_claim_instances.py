"""idempotency claims belong to a live server instance

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 17:11:27.435039
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dashclaw.server.db.base  # noqa: F401  (column types used below)

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('server_instances',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('started_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('heartbeat_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_server_instances'))
    )
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.add_column(sa.Column('instance_id', sa.String(length=32), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.drop_column('instance_id')

    op.drop_table('server_instances')
