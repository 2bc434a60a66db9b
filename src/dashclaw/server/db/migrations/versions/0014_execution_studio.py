"""execution studio: workflow templates, model strategies, knowledge collections, capabilities

Knowledge chunks are indexed by each database's own full-text search, made here by hand and left out of the
models (`Base.metadata.info["unmodelled"]`): on SQLite an FTS5 table over `knowledge_chunks` (external
content, Porter stemming) kept by triggers; on PostgreSQL a generated `tsvector` column with a GIN index.

Revision ID: 0014_execution_studio
Revises: 0013_list_indexes
Create Date: 2026-12-01 21:20:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import dashclaw.server.db.base


revision = '0014_execution_studio'
down_revision = '0013_list_indexes'
branch_labels = None
depends_on = None

SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE knowledge_chunks_fts USING fts5(content, content='knowledge_chunks', content_rowid='pk', "
    "tokenize='porter unicode61')",
    "CREATE TRIGGER knowledge_chunks_fts_insert AFTER INSERT ON knowledge_chunks BEGIN "
    "INSERT INTO knowledge_chunks_fts(rowid, content) VALUES (new.pk, new.content); END",
    "CREATE TRIGGER knowledge_chunks_fts_delete AFTER DELETE ON knowledge_chunks BEGIN "
    "INSERT INTO knowledge_chunks_fts(knowledge_chunks_fts, rowid, content) VALUES ('delete', old.pk, old.content); END",
    "CREATE TRIGGER knowledge_chunks_fts_update AFTER UPDATE ON knowledge_chunks BEGIN "
    "INSERT INTO knowledge_chunks_fts(knowledge_chunks_fts, rowid, content) VALUES ('delete', old.pk, old.content); "
    "INSERT INTO knowledge_chunks_fts(rowid, content) VALUES (new.pk, new.content); END",
]
POSTGRESQL_SEARCH = [
    "ALTER TABLE knowledge_chunks ADD COLUMN search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english', content)) STORED",
    "CREATE INDEX ix_knowledge_chunks_search_vector ON knowledge_chunks USING gin (search_vector)",
]
SQLITE_SEARCH_DROP = [
    "DROP TRIGGER knowledge_chunks_fts_update", "DROP TRIGGER knowledge_chunks_fts_delete",
    "DROP TRIGGER knowledge_chunks_fts_insert", "DROP TABLE knowledge_chunks_fts",
]
POSTGRESQL_SEARCH_DROP = ["DROP INDEX ix_knowledge_chunks_search_vector", "ALTER TABLE knowledge_chunks DROP COLUMN search_vector"]


def _postgresql() -> bool:
    return op.get_bind().dialect.name == 'postgresql'


def upgrade() -> None:
    op.create_table('capabilities',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('capability_id', sa.String(length=128), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('category', sa.String(length=128), nullable=True),
    sa.Column('source_type', sa.String(length=32), nullable=False),
    sa.Column('auth_type', sa.String(length=64), nullable=False),
    sa.Column('risk_level', sa.String(length=16), nullable=False),
    sa.Column('requires_approval', sa.Boolean(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('pricing', sa.JSON(), nullable=False),
    sa.Column('health_status', sa.String(length=64), nullable=False),
    sa.Column('docs_url', sa.String(length=2048), nullable=True),
    sa.Column('invocation_schema', sa.JSON(), nullable=False),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_capabilities')),
    sa.UniqueConstraint('org_id', 'capability_id', name=op.f('uq_capabilities_org_id_capability_id')),
    sa.UniqueConstraint('org_id', 'slug', name=op.f('uq_capabilities_org_id_slug'))
    )
    with op.batch_alter_table('capabilities', schema=None) as batch_op:
        batch_op.create_index('ix_capabilities_org_gated', ['org_id', 'requires_approval'], unique=False)
        batch_op.create_index('ix_capabilities_org_updated', ['org_id', 'updated_at', 'pk'], unique=False)

    op.create_table('knowledge_chunks',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('collection_id', sa.String(length=128), nullable=False),
    sa.Column('item_id', sa.String(length=128), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_knowledge_chunks'))
    )
    with op.batch_alter_table('knowledge_chunks', schema=None) as batch_op:
        batch_op.create_index('ix_knowledge_chunks_org_collection', ['org_id', 'collection_id', 'item_id'], unique=False)

    op.create_table('knowledge_collection_items',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('item_id', sa.String(length=128), nullable=False),
    sa.Column('collection_id', sa.String(length=128), nullable=False),
    sa.Column('source_uri', sa.String(length=2048), nullable=False),
    sa.Column('title', sa.String(length=512), nullable=True),
    sa.Column('mime_type', sa.String(length=128), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('metadata', sa.JSON(), nullable=False),
    sa.Column('content', sa.Text(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_knowledge_collection_items')),
    sa.UniqueConstraint('org_id', 'item_id', name=op.f('uq_knowledge_collection_items_org_id_item_id'))
    )
    with op.batch_alter_table('knowledge_collection_items', schema=None) as batch_op:
        batch_op.create_index('ix_knowledge_collection_items_org_collection', ['org_id', 'collection_id', 'created_at', 'pk'], unique=False)

    op.create_table('knowledge_collections',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('collection_id', sa.String(length=128), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('source_type', sa.String(length=16), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('ingestion_status', sa.String(length=32), nullable=False),
    sa.Column('doc_count', sa.Integer(), nullable=False),
    sa.Column('chunk_count', sa.Integer(), nullable=False),
    sa.Column('last_synced_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('last_sync_error', sa.Text(), nullable=True),
    sa.Column('sync_requested_at', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('sync_claim', sa.String(length=64), nullable=True),
    sa.Column('sync_lease_until', dashclaw.server.db.base.UTCDateTime(), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_knowledge_collections')),
    sa.UniqueConstraint('org_id', 'collection_id', name=op.f('uq_knowledge_collections_org_id_collection_id'))
    )
    with op.batch_alter_table('knowledge_collections', schema=None) as batch_op:
        batch_op.create_index('ix_knowledge_collections_org_updated', ['org_id', 'updated_at', 'pk'], unique=False)
        batch_op.create_index('ix_knowledge_collections_sync_lease', ['sync_lease_until'], unique=False)
        batch_op.create_index('ix_knowledge_collections_sync_requested', ['sync_requested_at'], unique=False)

    op.create_table('model_strategies',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('strategy_id', sa.String(length=128), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('config', sa.JSON(), nullable=False),
    sa.Column('created_by', sa.String(length=256), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_model_strategies')),
    sa.UniqueConstraint('org_id', 'strategy_id', name=op.f('uq_model_strategies_org_id_strategy_id'))
    )
    with op.batch_alter_table('model_strategies', schema=None) as batch_op:
        batch_op.create_index('ix_model_strategies_org_updated', ['org_id', 'updated_at', 'pk'], unique=False)

    op.create_table('workflow_templates',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('template_id', sa.String(length=128), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('objective', sa.Text(), nullable=True),
    sa.Column('steps', sa.JSON(), nullable=False),
    sa.Column('model_strategy_id', sa.String(length=128), nullable=True),
    sa.Column('model_strategy_snapshot', sa.JSON(), nullable=True),
    sa.Column('linked_prompt_template_ids', sa.JSON(), nullable=False),
    sa.Column('linked_policy_ids', sa.JSON(), nullable=False),
    sa.Column('linked_knowledge_collection_ids', sa.JSON(), nullable=False),
    sa.Column('linked_capability_ids', sa.JSON(), nullable=False),
    sa.Column('linked_capability_tags', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=256), nullable=True),
    sa.Column('created_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', dashclaw.server.db.base.UTCDateTime(), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_workflow_templates')),
    sa.UniqueConstraint('org_id', 'slug', name=op.f('uq_workflow_templates_org_id_slug')),
    sa.UniqueConstraint('org_id', 'template_id', name=op.f('uq_workflow_templates_org_id_template_id'))
    )
    with op.batch_alter_table('workflow_templates', schema=None) as batch_op:
        batch_op.create_index('ix_workflow_templates_org_status_updated', ['org_id', 'status', 'updated_at', 'pk'], unique=False)
        batch_op.create_index('ix_workflow_templates_org_strategy', ['org_id', 'model_strategy_id'], unique=False)
        batch_op.create_index('ix_workflow_templates_org_updated', ['org_id', 'updated_at', 'pk'], unique=False)

    for statement in POSTGRESQL_SEARCH if _postgresql() else SQLITE_SEARCH:
        op.execute(statement)


def downgrade() -> None:
    for statement in POSTGRESQL_SEARCH_DROP if _postgresql() else SQLITE_SEARCH_DROP:
        op.execute(statement)

    with op.batch_alter_table('workflow_templates', schema=None) as batch_op:
        batch_op.drop_index('ix_workflow_templates_org_updated')
        batch_op.drop_index('ix_workflow_templates_org_strategy')
        batch_op.drop_index('ix_workflow_templates_org_status_updated')

    op.drop_table('workflow_templates')
    with op.batch_alter_table('model_strategies', schema=None) as batch_op:
        batch_op.drop_index('ix_model_strategies_org_updated')

    op.drop_table('model_strategies')
    with op.batch_alter_table('knowledge_collections', schema=None) as batch_op:
        batch_op.drop_index('ix_knowledge_collections_sync_requested')
        batch_op.drop_index('ix_knowledge_collections_sync_lease')
        batch_op.drop_index('ix_knowledge_collections_org_updated')

    op.drop_table('knowledge_collections')
    with op.batch_alter_table('knowledge_collection_items', schema=None) as batch_op:
        batch_op.drop_index('ix_knowledge_collection_items_org_collection')

    op.drop_table('knowledge_collection_items')
    with op.batch_alter_table('knowledge_chunks', schema=None) as batch_op:
        batch_op.drop_index('ix_knowledge_chunks_org_collection')

    op.drop_table('knowledge_chunks')
    with op.batch_alter_table('capabilities', schema=None) as batch_op:
        batch_op.drop_index('ix_capabilities_org_updated')
        batch_op.drop_index('ix_capabilities_org_gated')

    op.drop_table('capabilities')
