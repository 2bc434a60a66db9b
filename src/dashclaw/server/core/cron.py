"""Five-field cron expressions, checked and advanced with `croniter` (compliance export schedules, agent schedules)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from croniter import CroniterBadDateError, croniter

from .errors import ApiError


def checked_cron(value: Any) -> str:
    """A five-field cron expression `croniter` accepts, whitespace normalised; a 400 otherwise."""
    if not isinstance(value, str) or not value.strip():
        raise ApiError(400, "cron_expression is required")
    expression = " ".join(value.split())
    if len(expression.split(" ")) != 5 or not croniter.is_valid(expression):
        raise ApiError(400, f"cron_expression is not a valid five-field cron expression: {value!r}")
    try:
        croniter(expression).get_next(datetime)
    except CroniterBadDateError:  # valid syntax for a date that never comes (30 February)
        raise ApiError(400, f"cron_expression never names a time: {value!r}") from None
    return expression


def next_run(expression: str, after: datetime) -> datetime:
    """The first time after `after` that `expression` names (UTC)."""
    return croniter(expression, after).get_next(datetime)
