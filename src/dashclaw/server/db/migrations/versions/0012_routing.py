"""task routing: agents, tasks, decisions and per-skill results

Revision ID: 0012_routing
Revises: 0011_workspace
Create Date: 2026-12-01 21:05:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import dashclaw.server.db.base


revision = '0012_routing'
down_revision = '0011_workspace'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('routing_agent_metrics',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=64), nullable=False),
    sa.Column('skill', sa.String(length=128), nullable=False),
    sa.Column('completed', sa.Integer(), nullable=False),
    sa.Column('failed', sa.Integer(), nullable=False),
    sa.Column('avg_duration_ms', sa.Float(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_routing_agent_metrics')),
    sa.UniqueConstraint('org_id', 'agent_id', 'skill', name=op.f('uq_routing_agent_metrics_org_id_agent_id_skill'))
    )
    with op.batch_alter_table('routing_agent_metrics', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_routing_agent_metrics_org_id'), ['org_id'], unique=False)

    op.create_table('routing_agents',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('capabilities', sa.JSON(), nullable=False),
    sa.Column('max_concurrent', sa.Integer(), nullable=False),
    sa.Column('current_load', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('endpoint', sa.String(length=2048), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_routing_agents')),
    sa.UniqueConstraint('org_id', 'name', name=op.f('uq_routing_agents_org_id_name'))
    )
    with op.batch_alter_table('routing_agents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_routing_agents_org_id'), ['org_id'], unique=False)

    op.create_table('routing_decisions',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('task_id', sa.String(length=64), nullable=False),
    sa.Column('selected_agent_id', sa.String(length=64), nullable=True),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('candidates', sa.JSON(), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_routing_decisions'))
    )
    with op.batch_alter_table('routing_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_routing_decisions_org_id'), ['org_id'], unique=False)
        batch_op.create_index('ix_routing_decisions_org_task', ['org_id', 'task_id'], unique=False)

    op.create_table('routing_tasks',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=512), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('required_skills', sa.JSON(), nullable=False),
    sa.Column('urgency', sa.String(length=16), nullable=False),
    sa.Column('assigned_to', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('result', sa.JSON(), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('timeout_seconds', sa.Integer(), nullable=False),
    sa.Column('max_retries', sa.Integer(), nullable=False),
    sa.Column('retry_count', sa.Integer(), nullable=False),
    sa.Column('callback_url', sa.String(length=2048), nullable=True),
    sa.Column('last_failed_agent', sa.String(length=64), nullable=True),
    sa.Column('assigned_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('deadline_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_routing_tasks'))
    )
    with op.batch_alter_table('routing_tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_routing_tasks_org_id'), ['org_id'], unique=False)
        batch_op.create_index('ix_routing_tasks_org_status', ['org_id', 'status', 'created_at'], unique=False)
        batch_op.create_index('ix_routing_tasks_status_deadline', ['status', 'deadline_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('routing_tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_routing_tasks_status_deadline')
        batch_op.drop_index('ix_routing_tasks_org_status')
        batch_op.drop_index(batch_op.f('ix_routing_tasks_org_id'))

    op.drop_table('routing_tasks')
    with op.batch_alter_table('routing_decisions', schema=None) as batch_op:
        batch_op.drop_index('ix_routing_decisions_org_task')
        batch_op.drop_index(batch_op.f('ix_routing_decisions_org_id'))

    op.drop_table('routing_decisions')
    with op.batch_alter_table('routing_agents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_routing_agents_org_id'))

    op.drop_table('routing_agents')
    with op.batch_alter_table('routing_agent_metrics', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_routing_agent_metrics_org_id'))

    op.drop_table('routing_agent_metrics')
