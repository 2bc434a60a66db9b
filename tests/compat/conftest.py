"""Fixtures for the compatibility tests: the published dashclaw 2.10.0, cached between runs."""
from __future__ import annotations

from pathlib import Path

import pytest

from support import published


@pytest.fixture(scope="session")
def published_python() -> str:
    """A virtual environment's interpreter holding only the published client."""
    return published.published_python()


@pytest.fixture(scope="session")
def published_tests() -> Path:
    """The published sdist's own `tests/` folder."""
    return published.published_test_suite()
