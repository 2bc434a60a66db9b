"""Creating rows under a unique key that a concurrent request may be creating at the same moment."""
from __future__ import annotations

from typing import Callable, TypeVar

from sqlalchemy.exc import IntegrityError

T = TypeVar("T")


def retry_on_duplicate(work: Callable[[], T]) -> T:
    """`work()` (a whole write transaction that finds a row by its key, then updates or inserts it), run once
    more if it lost the race to insert the same key: the second run finds the winner's row."""
    try:
        return work()
    except IntegrityError:
        return work()
