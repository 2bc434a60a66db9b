"""indexes and counters for fast lists at scale

Counter tables for the actions list's stats and the guard log's total, filled from the rows already there;
indexes for each list filter followed by the list's order; no `(org_id)` index where a composite index or
unique constraint already starts with `org_id`. On PostgreSQL indexes are built and dropped CONCURRENTLY
(no lock that stops writes to a large table); a changed index is built under a new name before the old one
goes, so lists keep an index throughout.

Revision ID: 0013_list_indexes
Revises: 0012_routing
Create Date: 2026-12-01 21:00:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dashclaw.server.db.online_ddl import outside_transaction_on_postgresql, replace_index

revision = '0013_list_indexes'
down_revision = '0012_routing'
branch_labels = None
depends_on = None

# (table, index, columns before, columns after); None: the index is new, or goes
CHANGED_INDEXES = [
    ('actions', 'ix_actions_org_start', ['org_id', 'timestamp_start'], ['org_id', 'timestamp_start', 'pk']),
    ('actions', 'ix_actions_org_agent_start', ['org_id', 'agent_id', 'timestamp_start'],
     ['org_id', 'agent_id', 'timestamp_start', 'pk']),
    ('actions', 'ix_actions_org_status_start', ['org_id', 'status', 'timestamp_start'],
     ['org_id', 'status', 'timestamp_start', 'pk']),
    ('actions', 'ix_actions_org_type_start', None, ['org_id', 'action_type', 'timestamp_start', 'pk']),
    ('actions', 'ix_actions_org_swarm_start', None,
     ['org_id', 'swarm_id', 'timestamp_start', 'pk', 'status', 'cost_estimate', 'risk_score']),
    ('actions', 'ix_actions_org_risk', None, ['org_id', 'risk_score', 'status', 'cost_estimate']),
    ('actions', 'ix_actions_org_running_risk', None, ['org_id', 'status', 'reversible', 'risk_score']),
    ('guard_decisions', 'ix_guard_decisions_org_created', ['org_id', 'created_at'], ['org_id', 'created_at', 'id']),
    ('guard_decisions', 'ix_guard_decisions_org_agent_created', ['org_id', 'agent_id', 'created_at'],
     ['org_id', 'agent_id', 'created_at', 'id']),
    ('guard_decisions', 'ix_guard_decisions_org_decision_created', None, ['org_id', 'decision', 'created_at', 'id']),
    ('open_loops', 'ix_open_loops_org_status_priority', None, ['org_id', 'status', 'priority']),
    ('open_loops', 'ix_open_loops_org_priority_created', None, ['org_id', 'priority', 'created_at', 'pk']),
    ('assumptions', 'ix_assumptions_org_created', None, ['org_id', 'created_at', 'pk']),
    ('open_loops', 'ix_open_loops_org_status_created', None, ['org_id', 'status', 'created_at']),
    ('assumptions', 'ix_assumptions_org_invalidated', None, ['org_id', 'invalidated', 'invalidated_at']),
]

ACTION_COUNTS = """
INSERT INTO action_counters (org_id, agent_id, action_type, status, actions, high_risk, risk_sum, cost_sum)
SELECT org_id, agent_id, action_type, status, count(*), sum(CASE WHEN risk_score >= 70 THEN 1 ELSE 0 END),
       sum(risk_score), sum(cost_estimate)
FROM actions GROUP BY org_id, agent_id, action_type, status
"""
DECISION_COUNTS = """
INSERT INTO guard_decision_counters (org_id, agent_id, decision, decisions)
SELECT org_id, coalesce(agent_id, ''), decision, count(*) FROM guard_decisions
GROUP BY org_id, coalesce(agent_id, ''), decision
"""


def upgrade() -> None:
    op.create_table('action_counters',
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('action_type', sa.String(length=128), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('actions', sa.BigInteger(), nullable=False),
    sa.Column('high_risk', sa.BigInteger(), nullable=False),
    sa.Column('risk_sum', sa.BigInteger(), nullable=False),
    sa.Column('cost_sum', sa.Double(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('org_id', 'agent_id', 'action_type', 'status', name=op.f('pk_action_counters'))
    )
    op.create_table('guard_decision_counters',
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('decision', sa.String(length=32), nullable=False),
    sa.Column('decisions', sa.BigInteger(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('org_id', 'agent_id', 'decision', name=op.f('pk_guard_decision_counters'))
    )
    op.execute(ACTION_COUNTS)
    op.execute(DECISION_COUNTS)
    with outside_transaction_on_postgresql():
        for table, name, before, after in CHANGED_INDEXES:
            replace_index(table, name, before, after)
        for table in _redundant_org_indexes(present=True):
            replace_index(table, f'ix_{table}_org_id', ['org_id'], None)


def downgrade() -> None:
    with outside_transaction_on_postgresql():
        for table in _redundant_org_indexes(present=False):
            replace_index(table, f'ix_{table}_org_id', None, ['org_id'])
        for table, name, before, after in reversed(CHANGED_INDEXES):
            replace_index(table, name, after, before)
    op.drop_table('guard_decision_counters')
    op.drop_table('action_counters')


def _redundant_org_indexes(present: bool) -> list[str]:
    """Tables where an index or unique constraint of several columns starts with `org_id`, and which have
    (`present`) or lack the lone `ix_<table>_org_id` that every org-scoped table had until now."""
    inspector = sa.inspect(op.get_bind())
    tables = []
    for table in inspector.get_table_names():
        indexes = inspector.get_indexes(table)
        keys = indexes + inspector.get_unique_constraints(table)
        led = any(key['column_names'][0] == 'org_id' and len(key['column_names']) > 1 for key in keys)
        has_own = any(index['name'] == f'ix_{table}_org_id' for index in indexes)
        if led and has_own == present:
            tables.append(table)
    return tables
