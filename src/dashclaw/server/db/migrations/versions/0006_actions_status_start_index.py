"""actions by status, newest first (the approval queue and status filters on large orgs)

Revision ID: 0006_status_start
Revises: 0005_governance
Create Date: 2026-12-01 17:34:06.475501
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import dashclaw.server.db.base


revision = '0006_status_start'
down_revision = '0005_governance'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actions_org_status'))
        batch_op.create_index('ix_actions_org_status_start', ['org_id', 'status', 'timestamp_start'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.drop_index('ix_actions_org_status_start')
        batch_op.create_index(batch_op.f('ix_actions_org_status'), ['org_id', 'status'], unique=False)

