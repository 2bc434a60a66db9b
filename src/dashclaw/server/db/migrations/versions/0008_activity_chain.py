"""activity log hash chain

Revision ID: 0008_activity_chain
Revises: 0007_webhooks
Create Date: 2026-12-01 20:30:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import dashclaw.server.db.base


revision = '0008_activity_chain'
down_revision = '0007_webhooks'
branch_labels = None
depends_on = None

CHAINED = ('sequence', 'prev_hash', 'hash')


def upgrade() -> None:
    op.create_table('activity_chain_heads',
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.Column('last_sequence', sa.BigInteger(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('org_id', name=op.f('pk_activity_chain_heads'))
    )
    with op.batch_alter_table('activity_logs', schema=None) as batch_op:
        batch_op.alter_column('actor_id', existing_type=sa.String(length=128), type_=sa.String(length=320),
                              existing_nullable=False)
        batch_op.add_column(sa.Column('agent_id', sa.String(length=128), nullable=True))
        batch_op.add_column(sa.Column('before', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('after', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('sequence', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))

    _chain_existing_entries()

    with op.batch_alter_table('activity_logs', schema=None) as batch_op:
        batch_op.alter_column('sequence', existing_type=sa.BigInteger(), nullable=False)
        batch_op.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_index('ix_activity_logs_org_sequence', ['org_id', 'sequence'], unique=True)
        batch_op.create_index('ix_activity_logs_org_agent', ['org_id', 'agent_id'], unique=False)


def _chain_existing_entries() -> None:
    """Number and hash the entries written before the chain existed, oldest first, per org."""
    from dashclaw.server.activity.chain import GENESIS, HASHED_FIELDS, entry_hash

    types = {'details': sa.JSON(), 'before': sa.JSON(), 'after': sa.JSON(),
             'created_at': dashclaw.server.db.base.UTCDateTime(), 'sequence': sa.BigInteger()}
    logs = sa.table('activity_logs', *(sa.column(name, types.get(name)) for name in (*HASHED_FIELDS, 'hash')))
    heads = sa.table('activity_chain_heads', sa.column('org_id'), sa.column('last_sequence'), sa.column('last_hash'))
    connection = op.get_bind()
    entries = connection.execute(
        sa.select(*(logs.c[name] for name in HASHED_FIELDS if name not in CHAINED))
        .order_by(logs.c.org_id, logs.c.created_at, logs.c.id)
    ).mappings().all()
    chains: dict[str, tuple[int, str]] = {}
    for entry in entries:
        last, prev = chains.get(entry['org_id'], (0, GENESIS))
        row = {**entry, 'sequence': last + 1, 'prev_hash': prev}
        row['hash'] = entry_hash(row)
        connection.execute(
            logs.update().where(logs.c.id == entry['id'])
            .values(sequence=row['sequence'], prev_hash=prev, hash=row['hash'])
        )
        chains[entry['org_id']] = (row['sequence'], row['hash'])
    if chains:
        connection.execute(heads.insert(), [
            {'org_id': org_id, 'last_sequence': last, 'last_hash': last_hash} for org_id, (last, last_hash) in chains.items()
        ])


def downgrade() -> None:
    with op.batch_alter_table('activity_logs', schema=None) as batch_op:
        batch_op.drop_index('ix_activity_logs_org_agent')
        batch_op.drop_index('ix_activity_logs_org_sequence')
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
        batch_op.drop_column('sequence')
        batch_op.drop_column('after')
        batch_op.drop_column('before')
        batch_op.drop_column('agent_id')
        batch_op.alter_column('actor_id', existing_type=sa.String(length=320), type_=sa.String(length=128),
                              existing_nullable=False)

    op.drop_table('activity_chain_heads')
