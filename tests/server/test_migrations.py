"""The migrations build exactly the schema the models describe, on every backend."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from support.server import BACKENDS, database_for

from dashclaw.server.db.engine import Database
from dashclaw.server.db.migrate import modelled, upgrade
from dashclaw.server.db.models import Base


@pytest.mark.parametrize("backend", BACKENDS)
def test_migrations_match_the_models(backend, tmp_path):
    with database_for(backend, tmp_path) as url:
        db = Database(url.replace("postgresql://", "postgresql+psycopg://"))
        try:
            upgrade(db.engine)
            upgrade(db.engine)  # a second run finds nothing to do
            with db.engine.connect() as connection:
                context = MigrationContext.configure(connection, opts={"compare_type": True, "include_object": modelled})
                assert compare_metadata(context, Base.metadata) == []
        finally:
            db.dispose()
