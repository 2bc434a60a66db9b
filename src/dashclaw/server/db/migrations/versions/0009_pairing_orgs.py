"""agent pairing and platform admins

Pairing requests; platform admin keys; key usage (a request count and `last_used_at`) moved from `api_keys`
to its own table, which replicas add to in the background.

Revision ID: 0009_pairing_orgs
Revises: 0008_activity_chain
Create Date: 2026-12-01 20:30:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import dashclaw.server.db.base


revision = '0009_pairing_orgs'
down_revision = '0008_activity_chain'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pairings',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('agent_name', sa.String(length=256), nullable=True),
    sa.Column('public_key', sa.Text(), nullable=False),
    sa.Column('algorithm', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('decided_by', sa.String(length=256), nullable=True),
    sa.Column('decided_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('expires_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pairings'))
    )
    with op.batch_alter_table('pairings', schema=None) as batch_op:
        batch_op.create_index('ix_pairings_org_created', ['org_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_pairings_org_id'), ['org_id'], unique=False)

    op.create_table('api_key_usage',
    sa.Column('key_id', sa.String(length=64), nullable=False),
    sa.Column('request_count', sa.BigInteger(), nullable=False),
    sa.Column('last_used_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['key_id'], ['api_keys.id'], name=op.f('fk_api_key_usage_key_id_api_keys')),
    sa.PrimaryKeyConstraint('key_id', name=op.f('pk_api_key_usage'))
    )
    op.execute(
        "INSERT INTO api_key_usage (key_id, request_count, last_used_at) "
        "SELECT id, 0, last_used_at FROM api_keys WHERE last_used_at IS NOT NULL"
    )
    with op.batch_alter_table('api_keys', schema=None) as batch_op:
        batch_op.add_column(sa.Column('platform_admin', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.drop_column('last_used_at')


def downgrade() -> None:
    with op.batch_alter_table('api_keys', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_used_at', dashclaw.server.db.base.UTCDateTime(), nullable=True))
        batch_op.drop_column('platform_admin')
    op.execute(
        "UPDATE api_keys SET last_used_at = (SELECT last_used_at FROM api_key_usage WHERE key_id = api_keys.id)"
    )
    op.drop_table('api_key_usage')
    with op.batch_alter_table('pairings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pairings_org_id'))
        batch_op.drop_index('ix_pairings_org_created')

    op.drop_table('pairings')
