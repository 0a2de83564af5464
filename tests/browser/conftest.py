"""A real headless Chromium, driven by Playwright, on `spoor serve` with the demo loaded.

The browser is the system's Chromium (Debian's `chromium` package, which `.ci/run` installs
when it is missing), never one Playwright downloads: the tests must run on a machine without
internet access, as the pages they check must. Without a Chromium, or without Playwright,
every test here is skipped and says why.

Each page is opened in a context that records every request it makes and refuses those that
would leave the served origin, so a page that needs the internet looks as it would offline, in
its screenshot too. Screenshots are saved under test-artifacts/browser/ (ignored by git), or
under $SPOOR_TEST_ARTIFACTS/browser/ when that is set.
"""

import asyncio
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from api.demo.loader import DemoSummary, load_demo_into
from api.store.database import database_name, drop_database, ensure_database, with_database
from tests.served import served

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("SPOOR_TEST_ARTIFACTS") or ROOT / "test-artifacts") / "browser"
# Where Debian's package puts it first; SPOOR_TEST_CHROMIUM names another.
CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")
# Schemes that never leave the page.
LOCAL_SCHEMES = {"data", "blob", "about"}
# Screenshots newer than this are this run's (saved by pytest-xdist's workers, perhaps).
STARTED = time.time()


def find_chromium() -> str | None:
    configured = os.environ.get("SPOOR_TEST_CHROMIUM")
    for candidate in (configured,) if configured else CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """The Chromium to drive; the tests skip, before any database work, without one."""
    pytest.importorskip(
        "playwright.sync_api", reason="Playwright is not installed (pip install -e '.[dev]')"
    )
    found = find_chromium()
    if found is None:
        configured = os.environ.get("SPOOR_TEST_CHROMIUM")
        pytest.skip(
            f"SPOOR_TEST_CHROMIUM names no Chromium: {configured}"
            if configured
            else "no Chromium installed: the browser tests need one (Debian: apt-get install"
            " chromium; or set SPOOR_TEST_CHROMIUM to its path). Playwright's own browsers"
            " are not downloaded."
        )
    return found


@pytest.fixture(scope="module")
def browser(chromium_path: str, demo: "Demo") -> Iterator[Any]:
    """Chromium, for one module only: Playwright's sync API keeps an event loop running in this
    thread while it is open, and asyncio.run (the demo, the suite's database fixtures) and
    pytest-asyncio's tests cannot run beside it. Hence also after `demo`, torn down before."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path, headless=True)
        yield launched
        launched.close()


@dataclass(frozen=True)
class Demo:
    """`spoor serve` with the demo loaded: where it listens, and what was loaded."""

    base: str
    summary: DemoSummary


@pytest.fixture(scope="module")
def demo(chromium_path: str, server_url: str, template_url: str) -> Iterator[Demo]:
    """One server for every page: loading the demo and starting Spoor take most of the run.
    A database of its own, as a committed test has, since another process reads it."""
    url = with_database(server_url, f"spoor_test_browser_{uuid.uuid4().hex[:12]}")
    asyncio.run(ensure_database(url, template=database_name(template_url)))
    try:
        # Loaded while the server starts: each takes seconds, and neither needs the other
        # until a page is asked for.
        with ThreadPoolExecutor(max_workers=1) as loader:
            loading = loader.submit(asyncio.run, load_demo_into(url, progress=None))
            with served(url) as base:
                yield Demo(base, loading.result())
    finally:
        asyncio.run(drop_database(url))


@dataclass
class Visit:
    """A page in a fresh browser context, and every request the context made."""

    page: Any
    origin: str
    requested: list[str] = field(default_factory=list)

    def outside(self) -> list[str]:
        """The requests that went, or tried to go, anywhere but the served origin."""
        return [url for url in self.requested if not _home(url, self.origin)]

    def screenshot(self, name: str, *, full_page: bool = True) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        print(f"screenshot: {path}")
        return path


def _home(url: str, origin: str) -> bool:
    parts, home = urlsplit(url), urlsplit(origin)
    if parts.scheme in LOCAL_SCHEMES:
        return True
    # A WebSocket to the same server (GraphiQL's subscriptions) stays home too.
    return parts.scheme in {"http", "https", "ws", "wss"} and parts.netloc == home.netloc


@pytest.fixture
def visit(browser: Any, demo: Demo) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-BE")
    visit = Visit(context.new_page(), demo.base)

    def only_home(route: Any) -> None:
        # Refused rather than let through: what the page shows is what it shows offline.
        url = route.request.url
        if _home(url, demo.base):
            route.continue_()
        else:
            route.abort("internetdisconnected")

    context.on("request", lambda request: visit.requested.append(request.url))
    visit.page.on("websocket", lambda socket: visit.requested.append(socket.url))
    context.route("**/*", only_home)
    yield visit
    context.close()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say where the screenshots are, so they can be looked at after a run."""
    saved = sorted(p for p in ARTIFACTS.glob("*.png") if p.stat().st_mtime >= STARTED)
    if saved:
        terminalreporter.write_sep("-", "browser screenshots")
        for path in saved:
            terminalreporter.write_line(str(path))
