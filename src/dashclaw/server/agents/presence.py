"""What an agent's presence is, derived from when it was last seen and what it last reported (a pure rule).

Seen within `ONLINE_WINDOW`: online; within three windows: stale; later than that: offline. An agent that
reported itself `offline` or `error` is offline at once; one never seen at all is unknown.
"""
from __future__ import annotations

from datetime import datetime, timedelta

ONLINE_WINDOW = timedelta(minutes=10)
STALE_WINDOW = 3 * ONLINE_WINDOW
SIGNED_OFF = ("offline", "error")
"""Reported statuses that mean the agent is not there, however recent the report."""


def presence_state(reported_status: str | None, last_seen: datetime | None, now: datetime) -> tuple[str, int | None]:
    """(`online`, `stale`, `offline` or `unknown`; whole seconds since the agent was last seen, or None)."""
    seconds = None if last_seen is None else max(0, int((now - last_seen).total_seconds()))
    if reported_status in SIGNED_OFF:
        return "offline", seconds
    if last_seen is None:
        return "unknown", None
    age = now - last_seen
    if age < ONLINE_WINDOW:
        return "online", seconds
    return ("stale" if age < STALE_WINDOW else "offline"), seconds
