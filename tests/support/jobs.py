"""Scheduled jobs on demand: make a job due in the database and wait until a replica has claimed and run it."""
from __future__ import annotations

import time

from sqlalchemy import text


def run_job_now(engine, name: str) -> None:
    """Make a scheduled job due and wait until a replica has claimed and run it (replicas poll every 5 s)."""
    forced = False
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with engine.begin() as connection:
            due = connection.execute(text("SELECT next_run_at FROM scheduled_jobs WHERE name = :name"), {"name": name}).scalar()
            if due is not None and not forced:  # (a server registers its jobs at its first poll)
                connection.execute(text("UPDATE scheduled_jobs SET next_run_at = :due WHERE name = :name"),
                                   {"due": "2000-01-01 00:00:00", "name": name})
                forced = True
            elif forced and not str(due).startswith("2000"):
                time.sleep(1.0)  # claimed; let its run finish
                return
        time.sleep(0.2)
    raise AssertionError(f"job {name} did not run")
