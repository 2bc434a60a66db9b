"""governance: shadow policies, policy test runs, compliance, security scans

Revision ID: 0005_governance
Revises: 0004_stream
Create Date: 2026-12-01 17:32:04.144328
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import dashclaw.server.db.base


revision = '0005_governance'
down_revision = '0004_stream'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('compliance_exports',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('frameworks', sa.JSON(), nullable=False),
    sa.Column('format', sa.String(length=16), nullable=False),
    sa.Column('window_days', sa.Integer(), nullable=False),
    sa.Column('include_evidence', sa.Boolean(), nullable=False),
    sa.Column('include_remediation', sa.Boolean(), nullable=False),
    sa.Column('include_trends', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('report_content', sa.Text(), nullable=False),
    sa.Column('evidence_summary', sa.JSON(), nullable=False),
    sa.Column('snapshot_ids', sa.JSON(), nullable=False),
    sa.Column('file_size_bytes', sa.Integer(), nullable=False),
    sa.Column('error_message', sa.Text(), nullable=False),
    sa.Column('requested_by', sa.String(length=32), nullable=False),
    sa.Column('schedule_id', sa.String(length=64), nullable=True),
    sa.Column('started_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('completed_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_compliance_exports'))
    )
    with op.batch_alter_table('compliance_exports', schema=None) as batch_op:
        batch_op.create_index('ix_compliance_exports_org_created', ['org_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_compliance_exports_org_id'), ['org_id'], unique=False)

    op.create_table('compliance_schedules',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('frameworks', sa.JSON(), nullable=False),
    sa.Column('format', sa.String(length=16), nullable=False),
    sa.Column('window_days', sa.Integer(), nullable=False),
    sa.Column('cron_expression', sa.String(length=128), nullable=False),
    sa.Column('include_evidence', sa.Boolean(), nullable=False),
    sa.Column('include_remediation', sa.Boolean(), nullable=False),
    sa.Column('include_trends', sa.Boolean(), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('last_run_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('next_run_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('last_export_id', sa.String(length=64), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_compliance_schedules'))
    )
    with op.batch_alter_table('compliance_schedules', schema=None) as batch_op:
        batch_op.create_index('ix_compliance_schedules_due', ['enabled', 'next_run_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_compliance_schedules_org_id'), ['org_id'], unique=False)

    op.create_table('compliance_snapshots',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('framework', sa.String(length=64), nullable=False),
    sa.Column('total_controls', sa.Integer(), nullable=False),
    sa.Column('covered', sa.Integer(), nullable=False),
    sa.Column('partial', sa.Integer(), nullable=False),
    sa.Column('gaps', sa.Integer(), nullable=False),
    sa.Column('coverage_percentage', sa.Integer(), nullable=False),
    sa.Column('risk_level', sa.String(length=16), nullable=False),
    sa.Column('full_report', sa.Text(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_compliance_snapshots'))
    )
    with op.batch_alter_table('compliance_snapshots', schema=None) as batch_op:
        batch_op.create_index('ix_compliance_snapshots_org_created', ['org_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_compliance_snapshots_org_id'), ['org_id'], unique=False)

    op.create_table('policy_test_runs',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('total_policies', sa.Integer(), nullable=False),
    sa.Column('passed', sa.Integer(), nullable=False),
    sa.Column('failed', sa.Integer(), nullable=False),
    sa.Column('total_tests', sa.Integer(), nullable=False),
    sa.Column('tests_passed', sa.Integer(), nullable=False),
    sa.Column('tests_failed', sa.Integer(), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('triggered_by', sa.String(length=32), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_test_runs'))
    )
    with op.batch_alter_table('policy_test_runs', schema=None) as batch_op:
        batch_op.create_index('ix_policy_test_runs_org_created', ['org_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_policy_test_runs_org_id'), ['org_id'], unique=False)

    op.create_table('prompt_injection_scans',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('findings_count', sa.Integer(), nullable=False),
    sa.Column('critical_count', sa.Integer(), nullable=False),
    sa.Column('categories', sa.JSON(), nullable=False),
    sa.Column('risk_level', sa.String(length=16), nullable=False),
    sa.Column('recommendation', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=128), nullable=True),
    sa.Column('scanned_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prompt_injection_scans'))
    )
    with op.batch_alter_table('prompt_injection_scans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_prompt_injection_scans_org_id'), ['org_id'], unique=False)
        batch_op.create_index('ix_prompt_injection_scans_org_scanned', ['org_id', 'scanned_at'], unique=False)

    op.create_table('security_findings',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('findings_count', sa.Integer(), nullable=False),
    sa.Column('critical_count', sa.Integer(), nullable=False),
    sa.Column('categories', sa.JSON(), nullable=False),
    sa.Column('patterns', sa.JSON(), nullable=False),
    sa.Column('destination', sa.String(length=256), nullable=True),
    sa.Column('scanned_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_security_findings'))
    )
    with op.batch_alter_table('security_findings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_security_findings_org_id'), ['org_id'], unique=False)
        batch_op.create_index('ix_security_findings_org_scanned', ['org_id', 'scanned_at'], unique=False)

    op.create_table('security_settings',
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.Column('redaction_mode', sa.String(length=16), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('org_id', name=op.f('pk_security_settings'))
    )
    with op.batch_alter_table('guard_decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shadow_results', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('shadow_matches', sa.Integer(), nullable=False, server_default='0'))

    with op.batch_alter_table('policies', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shadow', sa.Integer(), nullable=False, server_default='0'))



def downgrade() -> None:
    with op.batch_alter_table('policies', schema=None) as batch_op:
        batch_op.drop_column('shadow')

    with op.batch_alter_table('guard_decisions', schema=None) as batch_op:
        batch_op.drop_column('shadow_matches')
        batch_op.drop_column('shadow_results')

    op.drop_table('security_settings')
    with op.batch_alter_table('security_findings', schema=None) as batch_op:
        batch_op.drop_index('ix_security_findings_org_scanned')
        batch_op.drop_index(batch_op.f('ix_security_findings_org_id'))

    op.drop_table('security_findings')
    with op.batch_alter_table('prompt_injection_scans', schema=None) as batch_op:
        batch_op.drop_index('ix_prompt_injection_scans_org_scanned')
        batch_op.drop_index(batch_op.f('ix_prompt_injection_scans_org_id'))

    op.drop_table('prompt_injection_scans')
    with op.batch_alter_table('policy_test_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policy_test_runs_org_id'))
        batch_op.drop_index('ix_policy_test_runs_org_created')

    op.drop_table('policy_test_runs')
    with op.batch_alter_table('compliance_snapshots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_compliance_snapshots_org_id'))
        batch_op.drop_index('ix_compliance_snapshots_org_created')

    op.drop_table('compliance_snapshots')
    with op.batch_alter_table('compliance_schedules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_compliance_schedules_org_id'))
        batch_op.drop_index('ix_compliance_schedules_due')

    op.drop_table('compliance_schedules')
    with op.batch_alter_table('compliance_exports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_compliance_exports_org_id'))
        batch_op.drop_index('ix_compliance_exports_org_created')

    op.drop_table('compliance_exports')
