"""learning loop: episodes, recommendations, evaluations, feedback, drift, scoring, prompts

Revision ID: 0015_learning_loop
Revises: 0014_execution_studio
Create Date: 2026-12-01 21:40:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import dashclaw.server.db.base


revision = '0015_learning_loop'
down_revision = '0014_execution_studio'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('drift_alerts',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('metric', sa.String(length=32), nullable=False),
    sa.Column('severity', sa.String(length=16), nullable=False),
    sa.Column('drift_type', sa.String(length=16), nullable=False),
    sa.Column('baseline_mean', sa.Float(), nullable=False),
    sa.Column('baseline_stddev', sa.Float(), nullable=False),
    sa.Column('current_mean', sa.Float(), nullable=False),
    sa.Column('current_stddev', sa.Float(), nullable=False),
    sa.Column('z_score', sa.Float(), nullable=False),
    sa.Column('pct_change', sa.Float(), nullable=False),
    sa.Column('sample_count', sa.Integer(), nullable=False),
    sa.Column('direction', sa.String(length=16), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('acknowledged', sa.Boolean(), nullable=False),
    sa.Column('acknowledged_by', sa.String(length=128), nullable=True),
    sa.Column('acknowledged_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drift_alerts'))
    )
    with op.batch_alter_table('drift_alerts', schema=None) as batch_op:
        batch_op.create_index('ix_drift_alerts_org_agent_created', ['org_id', 'agent_id', 'created_at'], unique=False)
        batch_op.create_index('ix_drift_alerts_org_created', ['org_id', 'created_at', 'id'], unique=False)

    op.create_table('drift_baselines',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('metric', sa.String(length=32), nullable=False),
    sa.Column('lookback_days', sa.Integer(), nullable=False),
    sa.Column('sample_count', sa.Integer(), nullable=False),
    sa.Column('mean', sa.Float(), nullable=False),
    sa.Column('stddev', sa.Float(), nullable=False),
    sa.Column('median', sa.Float(), nullable=False),
    sa.Column('p5', sa.Float(), nullable=False),
    sa.Column('p25', sa.Float(), nullable=False),
    sa.Column('p75', sa.Float(), nullable=False),
    sa.Column('p95', sa.Float(), nullable=False),
    sa.Column('min_val', sa.Float(), nullable=False),
    sa.Column('max_val', sa.Float(), nullable=False),
    sa.Column('distribution', sa.JSON(), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drift_baselines')),
    sa.UniqueConstraint('org_id', 'agent_id', 'metric', name=op.f('uq_drift_baselines_org_id_agent_id_metric'))
    )
    op.create_table('drift_snapshots',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('metric', sa.String(length=32), nullable=False),
    sa.Column('period', sa.String(length=16), nullable=False),
    sa.Column('period_start', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('mean', sa.Float(), nullable=False),
    sa.Column('stddev', sa.Float(), nullable=False),
    sa.Column('sample_count', sa.Integer(), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drift_snapshots'))
    )
    with op.batch_alter_table('drift_snapshots', schema=None) as batch_op:
        batch_op.create_index('ix_drift_snapshots_org_agent_metric_start', ['org_id', 'agent_id', 'metric', 'period_start'], unique=False)

    op.create_table('eval_runs',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('scorer_id', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('filter_criteria', sa.JSON(), nullable=False),
    sa.Column('total_actions', sa.Integer(), nullable=False),
    sa.Column('scored_count', sa.Integer(), nullable=False),
    sa.Column('error_count', sa.Integer(), nullable=False),
    sa.Column('avg_score', sa.Float(), nullable=True),
    sa.Column('summary', sa.JSON(), nullable=True),
    sa.Column('error_message', sa.Text(), nullable=True),
    sa.Column('created_by', sa.String(length=32), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('started_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('heartbeat_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('completed_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eval_runs'))
    )
    with op.batch_alter_table('eval_runs', schema=None) as batch_op:
        batch_op.create_index('ix_eval_runs_org_created', ['org_id', 'created_at', 'id'], unique=False)
        batch_op.create_index('ix_eval_runs_status_created', ['status', 'created_at'], unique=False)

    op.create_table('eval_scorers',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('scorer_type', sa.String(length=32), nullable=False),
    sa.Column('config', sa.JSON(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eval_scorers')),
    sa.UniqueConstraint('org_id', 'name', name=op.f('uq_eval_scorers_org_id_name'))
    )
    op.create_table('eval_scores',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('action_id', sa.String(length=128), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('scorer_id', sa.String(length=64), nullable=True),
    sa.Column('run_id', sa.String(length=64), nullable=True),
    sa.Column('scorer_name', sa.String(length=256), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('label', sa.String(length=256), nullable=True),
    sa.Column('reasoning', sa.Text(), nullable=True),
    sa.Column('evaluated_by', sa.String(length=128), nullable=False),
    sa.Column('metadata', sa.JSON(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eval_scores'))
    )
    with op.batch_alter_table('eval_scores', schema=None) as batch_op:
        batch_op.create_index('ix_eval_scores_org_action', ['org_id', 'action_id'], unique=False)
        batch_op.create_index('ix_eval_scores_org_agent_created', ['org_id', 'agent_id', 'created_at'], unique=False)
        batch_op.create_index('ix_eval_scores_org_created', ['org_id', 'created_at', 'id'], unique=False)
        batch_op.create_index('ix_eval_scores_org_run', ['org_id', 'run_id'], unique=False)
        batch_op.create_index('ix_eval_scores_org_scorer_created', ['org_id', 'scorer_name', 'created_at'], unique=False)

    op.create_table('feedback',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('action_id', sa.String(length=128), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('source', sa.String(length=64), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.Column('sentiment', sa.String(length=16), nullable=False),
    sa.Column('category', sa.String(length=128), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('metadata', sa.JSON(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.Column('resolved_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=128), nullable=True),
    sa.Column('created_by', sa.String(length=128), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback'))
    )
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.create_index('ix_feedback_org_action', ['org_id', 'action_id'], unique=False)
        batch_op.create_index('ix_feedback_org_agent_created', ['org_id', 'agent_id', 'created_at'], unique=False)
        batch_op.create_index('ix_feedback_org_created', ['org_id', 'created_at', 'id'], unique=False)

    op.create_table('learning_curves',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('action_type', sa.String(length=128), nullable=False),
    sa.Column('window_start', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('window_end', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('episode_count', sa.Integer(), nullable=False),
    sa.Column('avg_score', sa.Float(), nullable=False),
    sa.Column('success_rate', sa.Float(), nullable=False),
    sa.Column('avg_duration_ms', sa.Float(), nullable=False),
    sa.Column('avg_cost', sa.Float(), nullable=False),
    sa.Column('p25_score', sa.Float(), nullable=False),
    sa.Column('p75_score', sa.Float(), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_curves')),
    sa.UniqueConstraint('org_id', 'agent_id', 'action_type', 'window_start', name=op.f('uq_learning_curves_org_id_agent_id_action_type_window_start'))
    )
    op.create_table('learning_episodes',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('action_id', sa.String(length=128), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('action_type', sa.String(length=128), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('outcome_label', sa.String(length=16), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('score_breakdown', sa.JSON(), nullable=False),
    sa.Column('risk_score', sa.Integer(), nullable=False),
    sa.Column('reversible', sa.Boolean(), nullable=False),
    sa.Column('confidence', sa.Integer(), nullable=True),
    sa.Column('duration_ms', sa.BigInteger(), nullable=True),
    sa.Column('cost_estimate', sa.Float(), nullable=True),
    sa.Column('invalidated_assumptions', sa.Integer(), nullable=False),
    sa.Column('open_loops', sa.Integer(), nullable=False),
    sa.Column('recommendation_id', sa.String(length=128), nullable=True),
    sa.Column('recommendation_applied', sa.Boolean(), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_episodes')),
    sa.UniqueConstraint('org_id', 'action_id', name=op.f('uq_learning_episodes_org_id_action_id'))
    )
    with op.batch_alter_table('learning_episodes', schema=None) as batch_op:
        batch_op.create_index('ix_learning_episodes_org_agent_created', ['org_id', 'agent_id', 'created_at'], unique=False)
        batch_op.create_index('ix_learning_episodes_org_agent_type_updated', ['org_id', 'agent_id', 'action_type', 'updated_at'], unique=False)
        batch_op.create_index('ix_learning_episodes_org_recommendation', ['org_id', 'recommendation_id'], unique=False)
        batch_op.create_index('ix_learning_episodes_org_updated', ['org_id', 'updated_at', 'id'], unique=False)

    op.create_table('learning_recommendation_events',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('recommendation_id', sa.String(length=128), nullable=True),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('action_id', sa.String(length=128), nullable=True),
    sa.Column('event_type', sa.String(length=16), nullable=False),
    sa.Column('event_key', sa.String(length=200), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_recommendation_events')),
    sa.UniqueConstraint('org_id', 'event_key', name=op.f('uq_learning_recommendation_events_org_id_event_key'))
    )
    with op.batch_alter_table('learning_recommendation_events', schema=None) as batch_op:
        batch_op.create_index('ix_learning_recommendation_events_org_rec_created', ['org_id', 'recommendation_id', 'created_at'], unique=False)

    op.create_table('learning_recommendations',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('action_type', sa.String(length=128), nullable=False),
    sa.Column('confidence', sa.Integer(), nullable=False),
    sa.Column('sample_size', sa.Integer(), nullable=False),
    sa.Column('top_sample_size', sa.Integer(), nullable=False),
    sa.Column('success_rate', sa.Float(), nullable=False),
    sa.Column('avg_score', sa.Float(), nullable=False),
    sa.Column('hints', sa.JSON(), nullable=False),
    sa.Column('guidance', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('computed_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_recommendations')),
    sa.UniqueConstraint('org_id', 'agent_id', 'action_type', name=op.f('uq_learning_recommendations_org_id_agent_id_action_type'))
    )
    with op.batch_alter_table('learning_recommendations', schema=None) as batch_op:
        batch_op.create_index('ix_learning_recommendations_org_confidence', ['org_id', 'confidence', 'sample_size'], unique=False)

    op.create_table('learning_velocity',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('period', sa.String(length=16), nullable=False),
    sa.Column('period_start', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('period_end', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('episode_count', sa.Integer(), nullable=False),
    sa.Column('avg_score', sa.Float(), nullable=False),
    sa.Column('success_rate', sa.Float(), nullable=False),
    sa.Column('score_delta', sa.Float(), nullable=False),
    sa.Column('velocity', sa.Float(), nullable=False),
    sa.Column('acceleration', sa.Float(), nullable=True),
    sa.Column('maturity_score', sa.Float(), nullable=False),
    sa.Column('maturity_level', sa.String(length=16), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_velocity')),
    sa.UniqueConstraint('org_id', 'agent_id', 'period', 'period_start', name=op.f('uq_learning_velocity_org_id_agent_id_period_period_start'))
    )
    with op.batch_alter_table('learning_velocity', schema=None) as batch_op:
        batch_op.create_index('ix_learning_velocity_org_created', ['org_id', 'created_at', 'id'], unique=False)

    op.create_table('prompt_runs',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('template_id', sa.String(length=64), nullable=False),
    sa.Column('version_id', sa.String(length=64), nullable=False),
    sa.Column('action_id', sa.String(length=128), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('input_vars', sa.JSON(), nullable=False),
    sa.Column('rendered', sa.Text(), nullable=False),
    sa.Column('tokens_used', sa.Integer(), nullable=True),
    sa.Column('latency_ms', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.String(length=256), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prompt_runs'))
    )
    with op.batch_alter_table('prompt_runs', schema=None) as batch_op:
        batch_op.create_index('ix_prompt_runs_org_created', ['org_id', 'created_at', 'id'], unique=False)
        batch_op.create_index('ix_prompt_runs_org_template_created', ['org_id', 'template_id', 'created_at'], unique=False)

    op.create_table('prompt_templates',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=128), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prompt_templates'))
    )
    with op.batch_alter_table('prompt_templates', schema=None) as batch_op:
        batch_op.create_index('ix_prompt_templates_org_updated', ['org_id', 'updated_at'], unique=False)

    op.create_table('prompt_versions',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('template_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('model_hint', sa.String(length=128), nullable=False),
    sa.Column('parameters', sa.JSON(), nullable=False),
    sa.Column('changelog', sa.Text(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.String(length=128), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prompt_versions')),
    sa.UniqueConstraint('org_id', 'template_id', 'version', name=op.f('uq_prompt_versions_org_id_template_id_version'))
    )


def downgrade() -> None:
    op.drop_table('prompt_versions')
    with op.batch_alter_table('prompt_templates', schema=None) as batch_op:
        batch_op.drop_index('ix_prompt_templates_org_updated')

    op.drop_table('prompt_templates')
    with op.batch_alter_table('prompt_runs', schema=None) as batch_op:
        batch_op.drop_index('ix_prompt_runs_org_template_created')
        batch_op.drop_index('ix_prompt_runs_org_created')

    op.drop_table('prompt_runs')
    with op.batch_alter_table('learning_velocity', schema=None) as batch_op:
        batch_op.drop_index('ix_learning_velocity_org_created')

    op.drop_table('learning_velocity')
    with op.batch_alter_table('learning_recommendations', schema=None) as batch_op:
        batch_op.drop_index('ix_learning_recommendations_org_confidence')

    op.drop_table('learning_recommendations')
    with op.batch_alter_table('learning_recommendation_events', schema=None) as batch_op:
        batch_op.drop_index('ix_learning_recommendation_events_org_rec_created')

    op.drop_table('learning_recommendation_events')
    with op.batch_alter_table('learning_episodes', schema=None) as batch_op:
        batch_op.drop_index('ix_learning_episodes_org_updated')
        batch_op.drop_index('ix_learning_episodes_org_recommendation')
        batch_op.drop_index('ix_learning_episodes_org_agent_type_updated')
        batch_op.drop_index('ix_learning_episodes_org_agent_created')

    op.drop_table('learning_episodes')
    op.drop_table('learning_curves')
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index('ix_feedback_org_created')
        batch_op.drop_index('ix_feedback_org_agent_created')
        batch_op.drop_index('ix_feedback_org_action')

    op.drop_table('feedback')
    with op.batch_alter_table('eval_scores', schema=None) as batch_op:
        batch_op.drop_index('ix_eval_scores_org_scorer_created')
        batch_op.drop_index('ix_eval_scores_org_run')
        batch_op.drop_index('ix_eval_scores_org_created')
        batch_op.drop_index('ix_eval_scores_org_agent_created')
        batch_op.drop_index('ix_eval_scores_org_action')

    op.drop_table('eval_scores')
    op.drop_table('eval_scorers')
    with op.batch_alter_table('eval_runs', schema=None) as batch_op:
        batch_op.drop_index('ix_eval_runs_status_created')
        batch_op.drop_index('ix_eval_runs_org_created')

    op.drop_table('eval_runs')
    with op.batch_alter_table('drift_snapshots', schema=None) as batch_op:
        batch_op.drop_index('ix_drift_snapshots_org_agent_metric_start')

    op.drop_table('drift_snapshots')
    op.drop_table('drift_baselines')
    with op.batch_alter_table('drift_alerts', schema=None) as batch_op:
        batch_op.drop_index('ix_drift_alerts_org_created')
        batch_op.drop_index('ix_drift_alerts_org_agent_created')

    op.drop_table('drift_alerts')
