"""agent workspace: learning records, preferences, tokens, sessions, schedules

Revision ID: 0011_workspace
Revises: 0010_messaging_context
Create Date: 2026-12-01 20:45:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import dashclaw.server.db.base


revision = '0011_workspace'
down_revision = '0010_messaging_context'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agent_capabilities',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('capability_type', sa.String(length=50), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('source_path', sa.Text(), nullable=True),
    sa.Column('file_count', sa.Integer(), nullable=True),
    sa.Column('metadata', sa.JSON(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agent_capabilities'))
    )
    with op.batch_alter_table('agent_capabilities', schema=None) as batch_op:
        batch_op.create_index('ix_agent_capabilities_org_agent_name', ['org_id', 'agent_id', 'name'], unique=False)
        batch_op.create_index(batch_op.f('ix_agent_capabilities_org_id'), ['org_id'], unique=False)

    op.create_table('agent_schedules',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('cron_expression', sa.String(length=200), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('last_run', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('next_run', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agent_schedules'))
    )
    with op.batch_alter_table('agent_schedules', schema=None) as batch_op:
        batch_op.create_index('ix_agent_schedules_org_agent', ['org_id', 'agent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agent_schedules_org_id'), ['org_id'], unique=False)

    op.create_table('agent_session_events',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('session_id', sa.String(length=32), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agent_session_events')),
    sa.UniqueConstraint('session_id', 'seq', name=op.f('uq_agent_session_events_session_id_seq'))
    )
    with op.batch_alter_table('agent_session_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agent_session_events_org_id'), ['org_id'], unique=False)

    op.create_table('agent_sessions',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('workspace', sa.Text(), nullable=True),
    sa.Column('branch', sa.String(length=256), nullable=True),
    sa.Column('status', sa.String(length=64), nullable=False),
    sa.Column('status_since', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('blocked_reason', sa.Text(), nullable=True),
    sa.Column('green_level', sa.String(length=64), nullable=True),
    sa.Column('branch_freshness', sa.String(length=64), nullable=True),
    sa.Column('commits_behind', sa.Integer(), nullable=True),
    sa.Column('last_activity', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agent_sessions'))
    )
    with op.batch_alter_table('agent_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agent_sessions_org_id'), ['org_id'], unique=False)
        batch_op.create_index('ix_agent_sessions_org_updated', ['org_id', 'updated_at'], unique=False)

    op.create_table('calendar_events',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('start_time', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('end_time', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_events'))
    )
    with op.batch_alter_table('calendar_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calendar_events_org_id'), ['org_id'], unique=False)
        batch_op.create_index('ix_calendar_events_org_start', ['org_id', 'start_time'], unique=False)

    op.create_table('contacts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('platform', sa.String(length=100), nullable=True),
    sa.Column('temperature', sa.String(length=16), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('last_contact', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('interaction_count', sa.Integer(), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts'))
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contacts_org_id'), ['org_id'], unique=False)
        batch_op.create_index('ix_contacts_org_name', ['org_id', 'name'], unique=False)

    op.create_table('content_items',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('platform', sa.String(length=100), nullable=True),
    sa.Column('status', sa.String(length=50), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_content_items'))
    )
    with op.batch_alter_table('content_items', schema=None) as batch_op:
        batch_op.create_index('ix_content_items_org_created', ['org_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_content_items_org_id'), ['org_id'], unique=False)

    op.create_table('goals',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=200), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('target_date', sa.String(length=64), nullable=True),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=50), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goals'))
    )
    with op.batch_alter_table('goals', schema=None) as batch_op:
        batch_op.create_index('ix_goals_org_created', ['org_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_goals_org_id'), ['org_id'], unique=False)

    op.create_table('ideas',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('category', sa.String(length=200), nullable=True),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=50), nullable=False),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('fun_factor', sa.Integer(), nullable=True),
    sa.Column('learning_potential', sa.Integer(), nullable=True),
    sa.Column('income_potential', sa.Integer(), nullable=True),
    sa.Column('captured_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ideas'))
    )
    with op.batch_alter_table('ideas', schema=None) as batch_op:
        batch_op.create_index('ix_ideas_org_captured', ['org_id', 'captured_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_ideas_org_id'), ['org_id'], unique=False)

    op.create_table('interactions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('direction', sa.String(length=50), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=100), nullable=False),
    sa.Column('platform', sa.String(length=100), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interactions'))
    )
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.create_index('ix_interactions_org_created', ['org_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_interactions_org_id'), ['org_id'], unique=False)

    op.create_table('learning_decisions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('context', sa.Text(), nullable=True),
    sa.Column('reasoning', sa.Text(), nullable=True),
    sa.Column('outcome', sa.String(length=200), nullable=False),
    sa.Column('confidence', sa.Integer(), nullable=False),
    sa.Column('timestamp', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_decisions'))
    )
    with op.batch_alter_table('learning_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_learning_decisions_org_id'), ['org_id'], unique=False)
        batch_op.create_index('ix_learning_decisions_org_timestamp', ['org_id', 'timestamp'], unique=False)

    op.create_table('memory_entities',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('type', sa.String(length=50), nullable=False),
    sa.Column('mention_count', sa.BigInteger(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_memory_entities'))
    )
    with op.batch_alter_table('memory_entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_memory_entities_org_id'), ['org_id'], unique=False)

    op.create_table('memory_health_snapshots',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('health_score', sa.Float(), nullable=False),
    sa.Column('total_files', sa.BigInteger(), nullable=False),
    sa.Column('total_lines', sa.BigInteger(), nullable=False),
    sa.Column('total_size_kb', sa.Float(), nullable=False),
    sa.Column('memory_md_lines', sa.BigInteger(), nullable=False),
    sa.Column('oldest_daily', sa.String(length=64), nullable=True),
    sa.Column('newest_daily', sa.String(length=64), nullable=True),
    sa.Column('days_with_notes', sa.BigInteger(), nullable=False),
    sa.Column('avg_lines_per_day', sa.Float(), nullable=False),
    sa.Column('potential_duplicates', sa.BigInteger(), nullable=False),
    sa.Column('stale_facts_count', sa.BigInteger(), nullable=False),
    sa.Column('timestamp', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_memory_health_snapshots'))
    )
    with op.batch_alter_table('memory_health_snapshots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_memory_health_snapshots_org_id'), ['org_id'], unique=False)
        batch_op.create_index('ix_memory_health_snapshots_org_timestamp', ['org_id', 'timestamp'], unique=False)

    op.create_table('memory_topics',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('mention_count', sa.BigInteger(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_memory_topics'))
    )
    with op.batch_alter_table('memory_topics', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_memory_topics_org_id'), ['org_id'], unique=False)

    op.create_table('token_snapshots',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('session_key', sa.String(length=256), nullable=False),
    sa.Column('model', sa.String(length=128), nullable=False),
    sa.Column('tokens_in', sa.BigInteger(), nullable=False),
    sa.Column('tokens_out', sa.BigInteger(), nullable=False),
    sa.Column('context_used', sa.BigInteger(), nullable=False),
    sa.Column('context_max', sa.BigInteger(), nullable=False),
    sa.Column('context_pct', sa.Integer(), nullable=False),
    sa.Column('hourly_pct_left', sa.Float(), nullable=False),
    sa.Column('weekly_pct_left', sa.Float(), nullable=False),
    sa.Column('compactions', sa.Integer(), nullable=False),
    sa.Column('estimated_cost', sa.Float(), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_token_snapshots'))
    )
    with op.batch_alter_table('token_snapshots', schema=None) as batch_op:
        batch_op.create_index('ix_token_snapshots_org_agent_created', ['org_id', 'agent_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_token_snapshots_org_id'), ['org_id'], unique=False)

    op.create_table('user_approaches',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('approach_key', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=True),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('approach', sa.Text(), nullable=False),
    sa.Column('context', sa.Text(), nullable=True),
    sa.Column('success_count', sa.Integer(), nullable=False),
    sa.Column('fail_count', sa.Integer(), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_approaches')),
    sa.UniqueConstraint('org_id', 'approach_key', name=op.f('uq_user_approaches_org_id_approach_key'))
    )
    with op.batch_alter_table('user_approaches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_approaches_org_id'), ['org_id'], unique=False)

    op.create_table('user_moods',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=True),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('mood', sa.String(length=200), nullable=False),
    sa.Column('energy', sa.String(length=100), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_moods'))
    )
    with op.batch_alter_table('user_moods', schema=None) as batch_op:
        batch_op.create_index('ix_user_moods_org_created', ['org_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_user_moods_org_id'), ['org_id'], unique=False)

    op.create_table('user_observations',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=True),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('observation', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=200), nullable=True),
    sa.Column('importance', sa.Integer(), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_observations'))
    )
    with op.batch_alter_table('user_observations', schema=None) as batch_op:
        batch_op.create_index('ix_user_observations_org_created', ['org_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_user_observations_org_id'), ['org_id'], unique=False)

    op.create_table('user_preferences',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=True),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('preference', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=200), nullable=True),
    sa.Column('confidence', sa.Integer(), nullable=False),
    sa.Column('last_validated', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_preferences'))
    )
    with op.batch_alter_table('user_preferences', schema=None) as batch_op:
        batch_op.create_index('ix_user_preferences_org_created', ['org_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_user_preferences_org_id'), ['org_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('user_preferences', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_preferences_org_id'))
        batch_op.drop_index('ix_user_preferences_org_created')

    op.drop_table('user_preferences')
    with op.batch_alter_table('user_observations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_observations_org_id'))
        batch_op.drop_index('ix_user_observations_org_created')

    op.drop_table('user_observations')
    with op.batch_alter_table('user_moods', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_moods_org_id'))
        batch_op.drop_index('ix_user_moods_org_created')

    op.drop_table('user_moods')
    with op.batch_alter_table('user_approaches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_approaches_org_id'))

    op.drop_table('user_approaches')
    with op.batch_alter_table('token_snapshots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_token_snapshots_org_id'))
        batch_op.drop_index('ix_token_snapshots_org_agent_created')

    op.drop_table('token_snapshots')
    with op.batch_alter_table('memory_topics', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_memory_topics_org_id'))

    op.drop_table('memory_topics')
    with op.batch_alter_table('memory_health_snapshots', schema=None) as batch_op:
        batch_op.drop_index('ix_memory_health_snapshots_org_timestamp')
        batch_op.drop_index(batch_op.f('ix_memory_health_snapshots_org_id'))

    op.drop_table('memory_health_snapshots')
    with op.batch_alter_table('memory_entities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_memory_entities_org_id'))

    op.drop_table('memory_entities')
    with op.batch_alter_table('learning_decisions', schema=None) as batch_op:
        batch_op.drop_index('ix_learning_decisions_org_timestamp')
        batch_op.drop_index(batch_op.f('ix_learning_decisions_org_id'))

    op.drop_table('learning_decisions')
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interactions_org_id'))
        batch_op.drop_index('ix_interactions_org_created')

    op.drop_table('interactions')
    with op.batch_alter_table('ideas', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ideas_org_id'))
        batch_op.drop_index('ix_ideas_org_captured')

    op.drop_table('ideas')
    with op.batch_alter_table('goals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goals_org_id'))
        batch_op.drop_index('ix_goals_org_created')

    op.drop_table('goals')
    with op.batch_alter_table('content_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_content_items_org_id'))
        batch_op.drop_index('ix_content_items_org_created')

    op.drop_table('content_items')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index('ix_contacts_org_name')
        batch_op.drop_index(batch_op.f('ix_contacts_org_id'))

    op.drop_table('contacts')
    with op.batch_alter_table('calendar_events', schema=None) as batch_op:
        batch_op.drop_index('ix_calendar_events_org_start')
        batch_op.drop_index(batch_op.f('ix_calendar_events_org_id'))

    op.drop_table('calendar_events')
    with op.batch_alter_table('agent_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_agent_sessions_org_updated')
        batch_op.drop_index(batch_op.f('ix_agent_sessions_org_id'))

    op.drop_table('agent_sessions')
    with op.batch_alter_table('agent_session_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agent_session_events_org_id'))

    op.drop_table('agent_session_events')
    with op.batch_alter_table('agent_schedules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agent_schedules_org_id'))
        batch_op.drop_index('ix_agent_schedules_org_agent')

    op.drop_table('agent_schedules')
    with op.batch_alter_table('agent_capabilities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agent_capabilities_org_id'))
        batch_op.drop_index('ix_agent_capabilities_org_agent_name')

    op.drop_table('agent_capabilities')
