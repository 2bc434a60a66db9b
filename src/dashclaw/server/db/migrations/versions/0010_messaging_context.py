"""agent connections, messages (receipts, attachments, threads, shared docs), context, handoffs and snippets

Revision ID: 0010_messaging_context
Revises: 0009_pairing_orgs
Create Date: 2026-12-01 20:45:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import dashclaw.server.db.base


revision = '0010_messaging_context'
down_revision = '0009_pairing_orgs'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agent_connections',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('provider', sa.String(length=128), nullable=False),
    sa.Column('auth_type', sa.String(length=32), nullable=False),
    sa.Column('plan_name', sa.String(length=256), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('metadata', sa.JSON(), nullable=True),
    sa.Column('reported_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agent_connections')),
    sa.UniqueConstraint('org_id', 'agent_id', 'provider', name=op.f('uq_agent_connections_org_id_agent_id_provider'))
    )
    with op.batch_alter_table('agent_connections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agent_connections_org_id'), ['org_id'], unique=False)

    op.create_table('context_entries',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('thread_id', sa.String(length=64), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('entry_type', sa.String(length=128), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_context_entries'))
    )
    with op.batch_alter_table('context_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_context_entries_org_id'), ['org_id'], unique=False)
        batch_op.create_index('ix_context_entries_org_thread', ['org_id', 'thread_id'], unique=False)

    op.create_table('context_points',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('importance', sa.Integer(), nullable=False),
    sa.Column('session_date', sa.String(length=10), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_context_points'))
    )
    with op.batch_alter_table('context_points', schema=None) as batch_op:
        batch_op.create_index('ix_context_points_org_agent_day', ['org_id', 'agent_id', 'session_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_context_points_org_id'), ['org_id'], unique=False)

    op.create_table('context_threads',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('name', sa.String(length=512), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_context_threads')),
    sa.UniqueConstraint('org_id', 'agent_id', 'name', name=op.f('uq_context_threads_org_id_agent_id_name'))
    )
    with op.batch_alter_table('context_threads', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_context_threads_org_id'), ['org_id'], unique=False)
        batch_op.create_index('ix_context_threads_org_updated', ['org_id', 'updated_at'], unique=False)

    op.create_table('handoffs',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=False),
    sa.Column('session_date', sa.String(length=10), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('key_decisions', sa.JSON(), nullable=True),
    sa.Column('open_tasks', sa.JSON(), nullable=True),
    sa.Column('next_priorities', sa.JSON(), nullable=True),
    sa.Column('mood_notes', sa.Text(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handoffs'))
    )
    with op.batch_alter_table('handoffs', schema=None) as batch_op:
        batch_op.create_index('ix_handoffs_org_agent_created', ['org_id', 'agent_id', 'created_at'], unique=False)
        batch_op.create_index('ix_handoffs_org_created', ['org_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_handoffs_org_id'), ['org_id'], unique=False)

    op.create_table('message_attachments',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('message_id', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=256), nullable=False),
    sa.Column('mime_type', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_attachments'))
    )
    with op.batch_alter_table('message_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_attachments_org_id'), ['org_id'], unique=False)
        batch_op.create_index('ix_message_attachments_org_message', ['org_id', 'message_id'], unique=False)

    op.create_table('message_receipts',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('message_id', sa.String(length=64), nullable=False),
    sa.Column('reader_id', sa.String(length=128), nullable=False),
    sa.Column('read_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('archived_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_message_receipts')),
    sa.UniqueConstraint('org_id', 'message_id', 'reader_id', name=op.f('uq_message_receipts_org_id_message_id_reader_id'))
    )
    with op.batch_alter_table('message_receipts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_receipts_org_id'), ['org_id'], unique=False)

    op.create_table('message_threads',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=512), nullable=False),
    sa.Column('participants', sa.JSON(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('created_by', sa.String(length=128), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('resolved_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_threads'))
    )
    with op.batch_alter_table('message_threads', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_threads_org_id'), ['org_id'], unique=False)
        batch_op.create_index('ix_message_threads_org_updated', ['org_id', 'updated_at'], unique=False)

    op.create_table('messages',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('thread_id', sa.String(length=128), nullable=True),
    sa.Column('from_agent_id', sa.String(length=128), nullable=False),
    sa.Column('to_agent_id', sa.String(length=128), nullable=True),
    sa.Column('message_type', sa.String(length=16), nullable=False),
    sa.Column('subject', sa.String(length=256), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('urgent', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('doc_ref', sa.String(length=256), nullable=True),
    sa.Column('action_id', sa.String(length=128), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('read_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('archived_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_messages'))
    )
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.create_index('ix_messages_org_action', ['org_id', 'action_id'], unique=False)
        batch_op.create_index('ix_messages_org_created', ['org_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_org_id'), ['org_id'], unique=False)
        batch_op.create_index('ix_messages_org_thread', ['org_id', 'thread_id'], unique=False)

    op.create_table('shared_docs',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=512), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=128), nullable=False),
    sa.Column('last_edited_by', sa.String(length=128), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shared_docs')),
    sa.UniqueConstraint('org_id', 'name', name=op.f('uq_shared_docs_org_id_name'))
    )
    with op.batch_alter_table('shared_docs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shared_docs_org_id'), ['org_id'], unique=False)

    op.create_table('snippets',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.String(length=128), nullable=True),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('code', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=64), nullable=True),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('use_count', sa.Integer(), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('last_used', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_snippets')),
    sa.UniqueConstraint('org_id', 'name', name=op.f('uq_snippets_org_id_name'))
    )
    with op.batch_alter_table('snippets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_snippets_org_id'), ['org_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('snippets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_snippets_org_id'))

    op.drop_table('snippets')
    with op.batch_alter_table('shared_docs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shared_docs_org_id'))

    op.drop_table('shared_docs')
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_index('ix_messages_org_thread')
        batch_op.drop_index(batch_op.f('ix_messages_org_id'))
        batch_op.drop_index('ix_messages_org_created')
        batch_op.drop_index('ix_messages_org_action')

    op.drop_table('messages')
    with op.batch_alter_table('message_threads', schema=None) as batch_op:
        batch_op.drop_index('ix_message_threads_org_updated')
        batch_op.drop_index(batch_op.f('ix_message_threads_org_id'))

    op.drop_table('message_threads')
    with op.batch_alter_table('message_receipts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_message_receipts_org_id'))

    op.drop_table('message_receipts')
    with op.batch_alter_table('message_attachments', schema=None) as batch_op:
        batch_op.drop_index('ix_message_attachments_org_message')
        batch_op.drop_index(batch_op.f('ix_message_attachments_org_id'))

    op.drop_table('message_attachments')
    with op.batch_alter_table('handoffs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handoffs_org_id'))
        batch_op.drop_index('ix_handoffs_org_created')
        batch_op.drop_index('ix_handoffs_org_agent_created')

    op.drop_table('handoffs')
    with op.batch_alter_table('context_threads', schema=None) as batch_op:
        batch_op.drop_index('ix_context_threads_org_updated')
        batch_op.drop_index(batch_op.f('ix_context_threads_org_id'))

    op.drop_table('context_threads')
    with op.batch_alter_table('context_points', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_context_points_org_id'))
        batch_op.drop_index('ix_context_points_org_agent_day')

    op.drop_table('context_points')
    with op.batch_alter_table('context_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_context_entries_org_thread')
        batch_op.drop_index(batch_op.f('ix_context_entries_org_id'))

    op.drop_table('context_entries')
    with op.batch_alter_table('agent_connections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agent_connections_org_id'))

    op.drop_table('agent_connections')
