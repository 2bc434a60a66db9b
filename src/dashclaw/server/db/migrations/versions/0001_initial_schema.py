"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 19:33:30.832965
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dashclaw.server.db.base  # noqa: F401  (column types used below)

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actions',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('action_id', sa.String(length=128), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('agent_name', sa.String(length=256), nullable=True),
    sa.Column('swarm_id', sa.String(length=128), nullable=True),
    sa.Column('parent_action_id', sa.String(length=128), nullable=True),
    sa.Column('action_type', sa.String(length=128), nullable=False),
    sa.Column('declared_goal', sa.Text(), nullable=False),
    sa.Column('reasoning', sa.Text(), nullable=True),
    sa.Column('authorization_scope', sa.Text(), nullable=True),
    sa.Column('trigger', sa.Text(), nullable=True),
    sa.Column('systems_touched', sa.JSON(), nullable=False),
    sa.Column('input_summary', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('reversible', sa.Integer(), nullable=False),
    sa.Column('risk_score', sa.Integer(), nullable=False),
    sa.Column('agent_risk_score', sa.Integer(), nullable=True),
    sa.Column('risk_factors', sa.JSON(), nullable=False),
    sa.Column('confidence', sa.Integer(), nullable=False),
    sa.Column('recommendation_id', sa.String(length=128), nullable=True),
    sa.Column('recommendation_applied', sa.Integer(), nullable=False),
    sa.Column('recommendation_override_reason', sa.Text(), nullable=True),
    sa.Column('output_summary', sa.Text(), nullable=True),
    sa.Column('side_effects', sa.JSON(), nullable=False),
    sa.Column('artifacts_created', sa.JSON(), nullable=False),
    sa.Column('error_message', sa.Text(), nullable=True),
    sa.Column('timestamp_start', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('timestamp_end', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('duration_ms', sa.BigInteger(), nullable=True),
    sa.Column('cost_estimate', sa.Double(), nullable=False),
    sa.Column('tokens_in', sa.BigInteger(), nullable=False),
    sa.Column('tokens_out', sa.BigInteger(), nullable=False),
    sa.Column('signature', sa.Text(), nullable=True),
    sa.Column('verified', sa.Boolean(), nullable=False),
    sa.Column('guard_decision_id', sa.String(length=64), nullable=True),
    sa.Column('approved_by', sa.String(length=128), nullable=True),
    sa.Column('approved_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('approval_decision', sa.String(length=16), nullable=True),
    sa.Column('approval_reasoning', sa.Text(), nullable=True),
    sa.Column('decided_by', sa.String(length=128), nullable=True),
    sa.Column('decided_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_actions')),
    sa.UniqueConstraint('org_id', 'action_id', name=op.f('uq_actions_org_id_action_id'))
    )
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.create_index('ix_actions_org_agent_start', ['org_id', 'agent_id', 'timestamp_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_actions_org_id'), ['org_id'], unique=False)
        batch_op.create_index('ix_actions_org_start', ['org_id', 'timestamp_start'], unique=False)
        batch_op.create_index('ix_actions_org_status', ['org_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_actions_parent_action_id'), ['parent_action_id'], unique=False)

    op.create_table('activity_logs',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('actor_id', sa.String(length=128), nullable=False),
    sa.Column('actor_type', sa.String(length=16), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('resource_type', sa.String(length=64), nullable=True),
    sa.Column('resource_id', sa.String(length=128), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('ip_address', sa.String(length=64), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_logs'))
    )
    with op.batch_alter_table('activity_logs', schema=None) as batch_op:
        batch_op.create_index('ix_activity_logs_org_created', ['org_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_logs_org_id'), ['org_id'], unique=False)

    op.create_table('agent_identities',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('public_key', sa.Text(), nullable=False),
    sa.Column('algorithm', sa.String(length=64), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agent_identities')),
    sa.UniqueConstraint('org_id', 'agent_id', name=op.f('uq_agent_identities_org_id_agent_id'))
    )
    with op.batch_alter_table('agent_identities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agent_identities_org_id'), ['org_id'], unique=False)

    op.create_table('agent_presence',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('agent_name', sa.String(length=256), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('current_task_id', sa.String(length=256), nullable=True),
    sa.Column('metadata', sa.JSON(), nullable=True),
    sa.Column('last_heartbeat_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_agent_presence')),
    sa.UniqueConstraint('org_id', 'agent_id', name=op.f('uq_agent_presence_org_id_agent_id'))
    )
    with op.batch_alter_table('agent_presence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agent_presence_org_id'), ['org_id'], unique=False)

    op.create_table('assumptions',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('assumption_id', sa.String(length=128), nullable=False),
    sa.Column('action_id', sa.String(length=128), nullable=False),
    sa.Column('assumption', sa.Text(), nullable=False),
    sa.Column('basis', sa.Text(), nullable=True),
    sa.Column('validated', sa.Integer(), nullable=False),
    sa.Column('validated_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('invalidated', sa.Integer(), nullable=False),
    sa.Column('invalidated_reason', sa.Text(), nullable=True),
    sa.Column('invalidated_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_assumptions')),
    sa.UniqueConstraint('org_id', 'assumption_id', name=op.f('uq_assumptions_org_id_assumption_id'))
    )
    with op.batch_alter_table('assumptions', schema=None) as batch_op:
        batch_op.create_index('ix_assumptions_org_action', ['org_id', 'action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assumptions_org_id'), ['org_id'], unique=False)

    op.create_table('guard_decisions',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('action_id', sa.String(length=128), nullable=True),
    sa.Column('action_type', sa.String(length=128), nullable=True),
    sa.Column('decision', sa.String(length=32), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('warnings', sa.JSON(), nullable=False),
    sa.Column('matched_policies', sa.JSON(), nullable=False),
    sa.Column('context', sa.JSON(), nullable=False),
    sa.Column('risk_score', sa.Integer(), nullable=True),
    sa.Column('agent_risk_score', sa.Integer(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guard_decisions'))
    )
    with op.batch_alter_table('guard_decisions', schema=None) as batch_op:
        batch_op.create_index('ix_guard_decisions_org_agent_created', ['org_id', 'agent_id', 'created_at'], unique=False)
        batch_op.create_index('ix_guard_decisions_org_created', ['org_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_guard_decisions_org_id'), ['org_id'], unique=False)

    op.create_table('idempotency_keys',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('idempotency_key', sa.String(length=255), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('status_code', sa.Integer(), nullable=True),
    sa.Column('response_body', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_idempotency_keys')),
    sa.UniqueConstraint('org_id', 'idempotency_key', name=op.f('uq_idempotency_keys_org_id_idempotency_key'))
    )
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_idempotency_keys_org_id'), ['org_id'], unique=False)

    op.create_table('open_loops',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('loop_id', sa.String(length=128), nullable=False),
    sa.Column('action_id', sa.String(length=128), nullable=False),
    sa.Column('loop_type', sa.String(length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('priority', sa.String(length=16), nullable=False),
    sa.Column('owner', sa.String(length=256), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('resolved_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_open_loops')),
    sa.UniqueConstraint('org_id', 'loop_id', name=op.f('uq_open_loops_org_id_loop_id'))
    )
    with op.batch_alter_table('open_loops', schema=None) as batch_op:
        batch_op.create_index('ix_open_loops_org_action', ['org_id', 'action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_open_loops_org_id'), ['org_id'], unique=False)

    op.create_table('orgs',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('slug', sa.String(length=64), nullable=False),
    sa.Column('plan', sa.String(length=32), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_orgs')),
    sa.UniqueConstraint('slug', name=op.f('uq_orgs_slug'))
    )
    op.create_table('policies',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('policy_type', sa.String(length=64), nullable=False),
    sa.Column('rules', sa.Text(), nullable=False),
    sa.Column('active', sa.Integer(), nullable=False),
    sa.Column('created_by', sa.String(length=256), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policies')),
    sa.UniqueConstraint('org_id', 'name', name=op.f('uq_policies_org_id_name'))
    )
    with op.batch_alter_table('policies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policies_org_id'), ['org_id'], unique=False)

    op.create_table('rate_limit_windows',
    sa.Column('identity', sa.String(length=160), nullable=False),
    sa.Column('window_start', sa.BigInteger(), nullable=False),
    sa.Column('hits', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('identity', 'window_start', name=op.f('pk_rate_limit_windows'))
    )
    op.create_table('api_keys',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.Column('key_hash', sa.String(length=64), nullable=False),
    sa.Column('key_prefix', sa.String(length=16), nullable=False),
    sa.Column('label', sa.String(length=256), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('last_used_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('revoked_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['org_id'], ['orgs.id'], name=op.f('fk_api_keys_org_id_orgs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_keys')),
    sa.UniqueConstraint('key_hash', name=op.f('uq_api_keys_key_hash'))
    )
    with op.batch_alter_table('api_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_api_keys_org_id'), ['org_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('api_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_api_keys_org_id'))

    op.drop_table('api_keys')
    op.drop_table('rate_limit_windows')
    with op.batch_alter_table('policies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policies_org_id'))

    op.drop_table('policies')
    op.drop_table('orgs')
    with op.batch_alter_table('open_loops', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_open_loops_org_id'))
        batch_op.drop_index('ix_open_loops_org_action')

    op.drop_table('open_loops')
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_idempotency_keys_org_id'))

    op.drop_table('idempotency_keys')
    with op.batch_alter_table('guard_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guard_decisions_org_id'))
        batch_op.drop_index('ix_guard_decisions_org_created')
        batch_op.drop_index('ix_guard_decisions_org_agent_created')

    op.drop_table('guard_decisions')
    with op.batch_alter_table('assumptions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assumptions_org_id'))
        batch_op.drop_index('ix_assumptions_org_action')

    op.drop_table('assumptions')
    with op.batch_alter_table('agent_presence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agent_presence_org_id'))

    op.drop_table('agent_presence')
    with op.batch_alter_table('agent_identities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agent_identities_org_id'))

    op.drop_table('agent_identities')
    with op.batch_alter_table('activity_logs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_logs_org_id'))
        batch_op.drop_index('ix_activity_logs_org_created')

    op.drop_table('activity_logs')
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actions_parent_action_id'))
        batch_op.drop_index('ix_actions_org_status')
        batch_op.drop_index('ix_actions_org_start')
        batch_op.drop_index(batch_op.f('ix_actions_org_id'))
        batch_op.drop_index('ix_actions_org_agent_start')

    op.drop_table('actions')
