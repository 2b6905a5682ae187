"""A startup of the demo in real Chromium: the showcase lists it, and its page draws a
year of growth."""

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, expect

if TYPE_CHECKING:
    from tests.servers import Server

pytestmark = pytest.mark.e2e


def test_the_showcase_and_a_startups_growth_chart(
    browser: Browser, server: "Server", screenshots: Path
) -> None:
    context = browser.new_context(base_url=server.base_url, locale="ar-SA")
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        page.goto("/startups?sector=ecommerce")
        expect(page.locator("li[data-startup]")).to_have_count(1)
        with page.expect_navigation():
            page.locator("li[data-startup=dukkanah_sa] a").first.click()
        page.goto(f"{page.url}?days=365")
        chart = page.locator("img.chart")
        expect(chart).to_be_visible()
        assert chart.evaluate("image => image.naturalWidth") > 0
        page.screenshot(path=str(screenshots / "startup-ar.png"), full_page=True)
    finally:
        context.close()
