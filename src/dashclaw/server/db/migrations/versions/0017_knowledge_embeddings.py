"""knowledge chunk embeddings for semantic search

Two nullable columns on `knowledge_chunks`: the passage's vector (packed float32) and the model that made it.
Plain ALTER TABLE on both databases (no batch copy, which would drop SQLite's FTS5 triggers on the table).

Revision ID: 0017_knowledge_embeddings
Revises: 0016_scoring_profiles
Create Date: 2026-12-01 23:30:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0017_knowledge_embeddings'
down_revision = '0016_scoring_profiles'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('knowledge_chunks', sa.Column('embedding', sa.LargeBinary(), nullable=True))
    op.add_column('knowledge_chunks', sa.Column('embedding_model', sa.String(length=256), nullable=True))


def downgrade() -> None:
    op.drop_column('knowledge_chunks', 'embedding_model')
    op.drop_column('knowledge_chunks', 'embedding')
