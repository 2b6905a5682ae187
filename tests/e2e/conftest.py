"""A real Hudhud server, with the GITEX 2012 demo, and a real Chromium to drive it."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.servers import Server, hudhud_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Start `hudhud run` with the demo on a free port; stop it at the end of the session."""
    # Every browser signs up from 127.0.0.1: the sign-up limit is for the world, not tests.
    var_dir = tmp_path_factory.mktemp("hudhud-e2e-var")
    # A giveaway may close seconds after it starts, so that a test sees its draw.
    with hudhud_server(
        var_dir, demo=True, HUDHUD_RATE_LIMITS="off", HUDHUD_GIVEAWAY_MIN_SECONDS="0"
    ) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """A headless Debian Chromium (never a downloaded one) for one module: Playwright's sync
    API runs an event loop, and Django refuses database work while one is running, so the
    loop must end before the next module's tests."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser`", pytrace=False)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
