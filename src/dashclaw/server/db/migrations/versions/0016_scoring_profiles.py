"""scoring profiles, dimensions, scores, risk templates

Revision ID: 0016_scoring_profiles
Revises: 0015_learning_loop
Create Date: 2026-12-01 22:00:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import dashclaw.server.db.base


revision = '0016_scoring_profiles'
down_revision = '0015_learning_loop'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('scoring_profiles',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('action_type', sa.String(length=128), nullable=True),
    sa.Column('composite_method', sa.String(length=32), nullable=False),
    sa.Column('metadata', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scoring_profiles'))
    )
    with op.batch_alter_table('scoring_profiles', schema=None) as batch_op:
        batch_op.create_index('ix_scoring_profiles_org_updated', ['org_id', 'updated_at', 'id'], unique=False)

    op.create_table('scoring_dimensions',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('profile_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('weight', sa.Float(), nullable=False),
    sa.Column('data_source', sa.String(length=64), nullable=False),
    sa.Column('data_config', sa.JSON(), nullable=False),
    sa.Column('scale', sa.JSON(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scoring_dimensions'))
    )
    with op.batch_alter_table('scoring_dimensions', schema=None) as batch_op:
        batch_op.create_index('ix_scoring_dimensions_org_profile', ['org_id', 'profile_id', 'sort_order'], unique=False)

    op.create_table('profile_scores',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('profile_id', sa.String(length=64), nullable=False),
    sa.Column('action_id', sa.String(length=128), nullable=True),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('composite_score', sa.Float(), nullable=False),
    sa.Column('dimension_scores', sa.JSON(), nullable=False),
    sa.Column('metadata', sa.JSON(), nullable=False),
    sa.Column('scored_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profile_scores'))
    )
    with op.batch_alter_table('profile_scores', schema=None) as batch_op:
        batch_op.create_index('ix_profile_scores_org_profile_scored', ['org_id', 'profile_id', 'scored_at', 'id'], unique=False)
        batch_op.create_index('ix_profile_scores_org_scored', ['org_id', 'scored_at', 'id'], unique=False)

    op.create_table('risk_templates',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('action_type', sa.String(length=128), nullable=True),
    sa.Column('base_risk', sa.Float(), nullable=False),
    sa.Column('rules', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_templates'))
    )
    with op.batch_alter_table('risk_templates', schema=None) as batch_op:
        batch_op.create_index('ix_risk_templates_org_updated', ['org_id', 'updated_at', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('risk_templates', schema=None) as batch_op:
        batch_op.drop_index('ix_risk_templates_org_updated')

    op.drop_table('risk_templates')
    with op.batch_alter_table('profile_scores', schema=None) as batch_op:
        batch_op.drop_index('ix_profile_scores_org_scored')
        batch_op.drop_index('ix_profile_scores_org_profile_scored')

    op.drop_table('profile_scores')
    with op.batch_alter_table('scoring_dimensions', schema=None) as batch_op:
        batch_op.drop_index('ix_scoring_dimensions_org_profile')

    op.drop_table('scoring_dimensions')
    with op.batch_alter_table('scoring_profiles', schema=None) as batch_op:
        batch_op.drop_index('ix_scoring_profiles_org_updated')

    op.drop_table('scoring_profiles')
