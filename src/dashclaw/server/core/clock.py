"""Time in one place: timezone-aware UTC, serialised as ISO-8601 with milliseconds and `Z`.

Client timestamps are taken between years 1 and 9998 (UTC), so anything stored can be offset by a year and
written back; `shifted` and `iso` still never raise for a value at the very ends of the calendar.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

LATEST = datetime(9998, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc)
"""The latest timestamp a client may send."""
TIMESTAMP_RULE = "an ISO-8601 timestamp between years 1 and 9998"
"""What a client timestamp must be, as error messages say it."""


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def iso(value: datetime | None) -> str | None:
    """`2026-11-25T18:51:08.123Z`, the one timestamp format every response uses (four-digit years)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = shifted(value.replace(tzinfo=None), -value.utcoffset())
    return value.isoformat(timespec="milliseconds") + "Z"


def shifted(moment: datetime, delta: timedelta) -> datetime:
    """`moment + delta`, held at the first or last representable moment instead of overflowing."""
    try:
        return moment + delta
    except OverflowError:
        edge = datetime.max if delta > timedelta(0) else datetime.min
        return edge.replace(tzinfo=moment.tzinfo)


def parse_iso(text: str) -> datetime:
    """Parse a client timestamp (ISO-8601, `Z` or offset; naive means UTC), between years 1 and 9998 UTC.

    Raises ValueError for anything else, out-of-range ones included, so callers handle one error type.
    """
    cleaned = text.strip()
    if cleaned.endswith(("Z", "z")):
        cleaned = cleaned[:-1] + "+00:00"
    parsed = datetime.fromisoformat(cleaned)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    try:
        parsed = parsed.astimezone(timezone.utc)
    except OverflowError as exc:  # an offset that pushes it before year 1 or past 9999
        raise ValueError(f"{text!r} is outside years 1 to 9998") from exc
    if parsed > LATEST:
        raise ValueError(f"{text!r} is outside years 1 to 9998")
    return parsed


DAY_RULE = "a date (YYYY-MM-DD)"
"""What a client's day (a session date, say) must be, as error messages say it."""


def is_day(text: str) -> bool:
    """`text` is a calendar date written `YYYY-MM-DD`."""
    try:
        return len(text) == 10 and date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def utc_today() -> str:
    """Today's date in UTC, `YYYY-MM-DD`."""
    return utcnow().date().isoformat()
