"""Browser tests: Debian's Chromium driven by Playwright against a real `dashclaw serve` on SQLite.

No browser is ever downloaded: Playwright launches /usr/bin/chromium (`.ci/run` installs it when missing).
Every page a test opens must log no console error and throw no script error.
"""
from __future__ import annotations

import os
from typing import Iterator

import pytest
from support.server import RunningServer, database_for, run_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]

if not os.path.exists(CHROMIUM):
    pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium)", allow_module_level=True)


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> Iterator[RunningServer]:
    """One SQLite server for the browser tests (the security tests cover PostgreSQL too)."""
    directory = tmp_path_factory.mktemp("browser-server")
    with database_for("sqlite", directory) as url:
        with run_server(url, directory, "sqlite") as running:
            yield running


@pytest.fixture(scope="module")
def browser():
    """Chromium for one test module: Playwright's sync API holds an event loop open on the main thread, which
    must not outlive the module (later tests call `asyncio.run`)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def console_errors() -> list[str]:
    """What the pages logged as errors; a test's pages must leave it empty."""
    return []


@pytest.fixture
def context(browser, server, console_errors):
    """A fresh browser profile at 1280 px; fails the test if any page logged an error."""
    ctx = browser.new_context(base_url=server.url, viewport={"width": 1280, "height": 900})
    ctx.on("console", lambda message: message.type == "error" and console_errors.append(message.text))
    ctx.on("weberror", lambda error: console_errors.append(str(error.error)))
    yield ctx
    ctx.close()
    assert console_errors == []


@pytest.fixture
def page(context):
    return context.new_page()
