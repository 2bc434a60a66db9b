from __future__ import annotations

from alembic import context

from dashclaw.server.db.migrate import modelled
from dashclaw.server.db.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # `alembic` run by hand: build the engine from settings
    from dashclaw.server.db.engine import Database
    from dashclaw.server.settings import Settings

    engine = Database(Settings.from_env().resolved_database_url()).engine

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=modelled,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
