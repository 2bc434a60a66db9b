"""Background jobs that run once per period across every replica (retention purges and the like).

Each replica runs a `PeriodicJob` thread that wakes every few seconds and tries to claim the job: a
compare-and-set on the job's row in `scheduled_jobs` (`next_run_at <= now` -> `now + period`). The row lock
lets exactly one replica win each period; the others see the new `next_run_at` and skip. The first claim
registers the job due one period later, so a new fleet's first run comes after one period, not at start-up.
A replica that dies mid-run only delays the next run until the period has passed.
"""
from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import String, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, mapped_column

from ..db.base import Base
from ..db.engine import Database
from .clock import utcnow

log = logging.getLogger("dashclaw.server.jobs")


class ScheduledJob(Base):
    """When a job may next run, for the whole fleet (infrastructure, not tenant data)."""

    __tablename__ = "scheduled_jobs"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    next_run_at: Mapped[datetime]


def claim(db: Database, name: str, period: timedelta) -> bool:
    """Whether this replica runs `name` now; if so, no replica does again before `period` has passed."""
    table = ScheduledJob.__table__
    now = utcnow()
    register = (sqlite_insert if db.is_sqlite else postgresql_insert)(table).on_conflict_do_nothing(index_elements=["name"])
    with db.write_connection() as connection:
        connection.execute(register, {"name": name, "next_run_at": now + period})
        claimed = connection.execute(
            update(table).where(table.c.name == name, table.c.next_run_at <= now).values(next_run_at=now + period)
        )
        return claimed.rowcount == 1


class Poller:
    """Calls `work` every `interval` seconds on a daemon thread of this replica; a failure waits for the next poll.

    For work that claims its own rows (due schedules, deliveries, timed-out tasks), so every replica may poll.
    """

    def __init__(self, name: str, interval: Callable[[], float] | float, work: Callable[[], object]):
        self.name = name
        self._interval = interval if callable(interval) else (lambda: interval)
        self._work = work
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start polling (the app's lifespan does this)."""
        self._thread = threading.Thread(target=self._run, name=f"dashclaw-{self.name}", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.wait(self._interval()):
            try:
                self._work()
            except Exception:
                log.exception("%s failed; retrying next poll", self.name)


class PeriodicJob:
    """Runs `work` about once per `period` across all replicas (see the module docstring)."""

    def __init__(self, db: Database, name: str, period: timedelta, work: Callable[[], object], poll_seconds: float = 5.0):
        self._db = db
        self.name = name
        self._period = period
        self._work = work
        self._poll_seconds = min(poll_seconds, period.total_seconds())
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start polling for the claim (the app's lifespan does this)."""
        self._thread = threading.Thread(target=self._run, name=f"dashclaw-job-{self.name}", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def run_if_due(self) -> bool:
        """Claim and run the job if its period has passed on every replica; whether it ran here."""
        if not claim(self._db, self.name, self._period):
            return False
        self._work()
        return True

    def _run(self) -> None:
        while not self._stop.wait(self._poll_seconds):
            try:
                self.run_if_due()
            except Exception:
                log.exception("scheduled job %s failed; it runs again next period", self.name)
