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
    pass


def downgrade() -> None:
    pass
