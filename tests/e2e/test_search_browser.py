"""In real Chromium: Arabic search finds every spelling, and a tag's spellings share a page."""

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser, expect

if TYPE_CHECKING:
    from tests.servers import Server

pytestmark = pytest.mark.e2e

POST = "شكرًا لكل من دعا للعمل الخيري وللتطوّع في جيتكس #العمل_التطوعي"


def test_search_finds_another_spelling_and_tags_share_a_page(
    browser: Browser, server: "Server", screenshots: Path
) -> None:
    context = browser.new_context(base_url=server.base_url, locale="ar-SA")
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        page.goto("/signup")
        form = page.locator("main form")
        form.locator("input[name=username]").fill("hind")
        form.locator("input[name=email]").fill("hind@example.com")
        form.locator("input[name=password]").fill("volunteer-riyadh-2012")
        with page.expect_navigation():
            form.locator("button[type=submit]").click()
        page.locator("#compose-text").fill(POST)
        with page.expect_navigation():
            page.locator("form.composer button[type=submit]").click()

        # `التطوع` (no prefix, no shadda) finds `وللتطوّع`, and the match is marked.
        page.goto("/search")
        page.locator("#search-q").fill("التطوع")
        with page.expect_navigation():
            page.locator("#search-q").press("Enter")
        found = page.locator("article.post", has_text="وللتطوّع")
        expect(found).to_have_count(1)
        expect(found.locator("mark").first).to_be_visible()
        assert "وللتطوّع" in found.locator("mark").all_inner_texts()
        page.screenshot(path=str(screenshots / "search-ar.png"), full_page=True)

        # Two spellings of one tag open one page with the same posts.
        pages = []
        for spelling in ("العمل_التطوعي", "العمل_التطوّعي"):
            page.goto(f"/tags/{quote(spelling)}")
            expect(page.locator("article.post", has_text="وللتطوّع")).to_have_count(1)
            ids = page.locator("article.post").evaluate_all("posts => posts.map(p => p.id)")
            pages.append((page.locator("main h1").inner_text(), ids))
        assert pages[0] == pages[1]
    finally:
        context.close()
