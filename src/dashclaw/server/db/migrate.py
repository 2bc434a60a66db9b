"""Apply Alembic migrations at start-up; on PostgreSQL an advisory lock lets replicas start together."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Engine

from .models import Base

MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK_ID = 0x0DA5C1A3
LOCK_POLL_SECONDS = 0.2


def modelled(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic's `include_object`: False for the schema a migration makes by hand, per database, that the models
    do not describe (`Base.metadata.info["unmodelled"]`: a table, its FTS5 shadow tables, `table.column`, index)."""
    unmodelled = Base.metadata.info.get("unmodelled", ())
    if type_ == "table":
        return not any(name == table or (name or "").startswith(table + "_") for table in unmodelled)
    if type_ == "column":
        return f"{obj.table.name}.{name}" not in unmodelled
    return name not in unmodelled


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine) -> None:
    config = alembic_config(engine)
    if engine.dialect.name == "postgresql":
        # Outside any transaction, and polled rather than waited on: `CREATE INDEX CONCURRENTLY` waits for
        # every open transaction and running statement, so holding or awaiting the lock in one would deadlock.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as lock_conn:
            while not lock_conn.scalar(text("SELECT pg_try_advisory_lock(:id)"), {"id": MIGRATION_LOCK_ID}):
                time.sleep(LOCK_POLL_SECONDS)
            try:
                command.upgrade(config, "head")
            finally:
                lock_conn.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": MIGRATION_LOCK_ID})
    else:
        command.upgrade(config, "head")
