"""The migrations build exactly the schema the models describe, on every backend, and carry existing rows."""
from __future__ import annotations

import json
from contextlib import contextmanager
from typing import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from support.server import BACKENDS, database_for

from dashclaw.server.db.engine import Database
from dashclaw.server.db.migrate import alembic_config, modelled, upgrade
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


@contextmanager
def database_at(backend: str, directory, revision: str) -> Iterator[Database]:
    """A database migrated up to `revision` (rows inserted there are what a later migration must carry)."""
    with database_for(backend, directory) as url:
        db = Database(url.replace("postgresql://", "postgresql+psycopg://"))
        try:
            command.upgrade(alembic_config(db.engine), revision)
            yield db
        finally:
            db.dispose()


@pytest.mark.parametrize("backend", BACKENDS)
def test_existing_threads_get_their_message_count_and_last_activity(backend, tmp_path):
    with database_at(backend, tmp_path, "0018_scale_lists") as db:
        with db.engine.begin() as connection:
            for thread in ("mt_busy", "mt_quiet"):
                connection.execute(text(
                    "INSERT INTO message_threads (id, org_id, name, status, created_by, created_at, updated_at)"
                    " VALUES (:id, 'org_a', 'T', 'open', 'agent', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"),
                    {"id": thread})
            for n, day in enumerate(("03", "05")):
                connection.execute(text(
                    "INSERT INTO messages (id, org_id, thread_id, from_agent_id, message_type, body, urgent, status,"
                    " created_at) VALUES (:id, 'org_a', 'mt_busy', 'agent', 'info', 'hi', false, 'sent', :at)"),
                    {"id": f"msg_{n}", "at": f"2026-01-{day} 00:00:00"})
        upgrade(db.engine)
        with db.engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT id, message_count, last_message_at, last_activity_at FROM message_threads ORDER BY id")).all()
    assert [(row.id, row.message_count) for row in rows] == [("mt_busy", 2), ("mt_quiet", 0)]
    busy, quiet = rows
    assert str(busy.last_message_at).startswith("2026-01-05") and str(busy.last_activity_at).startswith("2026-01-05")
    assert quiet.last_message_at is None and str(quiet.last_activity_at).startswith("2026-01-01")


@pytest.mark.parametrize("backend", BACKENDS)
def test_existing_findings_get_their_most_severe_patterns_severity(backend, tmp_path):
    stored = {"sf_mixed": ["email", "aws_access_key"], "sf_personal": ["phone_number", "ipv4_address"],
              "sf_low": ["ipv4_address"], "sf_unknown": ["retired_detector"]}
    with database_at(backend, tmp_path, "0020_later_lists") as db:
        with db.engine.begin() as connection:
            for finding_id, patterns in stored.items():
                connection.execute(text(
                    "INSERT INTO security_findings (id, org_id, content_hash, findings_count, critical_count, categories,"
                    " patterns, scanned_at) VALUES (:id, 'org_a', 'h', 1, 0, '[]', :patterns, '2026-01-01 00:00:00')"),
                    {"id": finding_id, "patterns": json.dumps(patterns)})
        upgrade(db.engine)
        with db.engine.connect() as connection:
            severities = dict(connection.execute(text("SELECT id, severity FROM security_findings")).all())
    assert severities == {"sf_mixed": "critical", "sf_personal": "medium", "sf_low": "low", "sf_unknown": None}
