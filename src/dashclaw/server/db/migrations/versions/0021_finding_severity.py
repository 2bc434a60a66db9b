"""security findings store their severity

A finding's severity (its most severe pattern's) is stored when it is written, so `?severity=` reads an index
range of `(org_id, severity, scanned_at)` instead of matching every stored pattern list as text. Existing
findings are backfilled from their patterns with the detectors' severities of this release. On PostgreSQL the
index is built CONCURRENTLY.

Revision ID: 0021_finding_severity
Revises: 0020_later_lists
Create Date: 2026-12-02 04:20:00.000000
"""
from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from dashclaw.server.core.detectors import DETECTORS
from dashclaw.server.db.online_ddl import concurrently, outside_transaction_on_postgresql
from dashclaw.server.security.schemas import SEVERITIES

revision = '0021_finding_severity'
down_revision = '0020_later_lists'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('security_findings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('severity', sa.String(length=16), nullable=True))
    findings = sa.table('security_findings', sa.column('severity', sa.String), sa.column('patterns', sa.Text))
    for severity in reversed(SEVERITIES):  # the least severe first, so a more severe pattern overwrites it
        names = [detector.name for detector in DETECTORS if detector.severity == severity]
        if names:
            patterns = sa.cast(findings.c.patterns, sa.Text)
            op.execute(findings.update().where(sa.or_(
                *(patterns.contains(json.dumps(name), autoescape=True) for name in names)
            )).values(severity=severity))
    with outside_transaction_on_postgresql():
        op.create_index('ix_security_findings_org_severity_scanned', 'security_findings',
                        ['org_id', 'severity', 'scanned_at'], unique=False, **concurrently())


def downgrade() -> None:
    with outside_transaction_on_postgresql():
        op.drop_index('ix_security_findings_org_severity_scanned', table_name='security_findings', **concurrently())
    with op.batch_alter_table('security_findings', schema=None) as batch_op:
        batch_op.drop_column('severity')
