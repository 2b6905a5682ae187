"""The coach in real Chromium: the composer warns of a demanding boost request and offers
the polite wording, the identity page draws its chart, and a giveaway closes on time and
its page recomputes the same winners in the browser."""

import re
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.pages import arabic_context, sign_up

if TYPE_CHECKING:
    from tests.servers import Server

pytestmark = pytest.mark.e2e

#: The zone the server reads a deadline typed into its form in (HUDHUD_TIME_ZONE's default).
SERVER_ZONE = ZoneInfo("Asia/Riyadh")
DEMAND = "@some_celebrity رتويت بسرعة لو سمحت"


def _post(page: Page, text: str) -> None:
    composer = page.locator("form.composer")
    composer.locator("textarea#compose-text").fill(text)
    with page.expect_navigation():
        composer.locator("button[type=submit]").click()


def _profile(page: Page, **fields: str) -> None:
    page.goto("/settings/profile")
    form = page.locator("main form")
    for name, value in fields.items():
        if name == "kind":
            form.locator("select[name=kind]").select_option(value)
        else:
            form.locator(f"[name={name}]").fill(value)
    with page.expect_navigation():
        form.locator("button[type=submit]").click()


def test_the_composer_coaches_and_the_identity_page_draws_its_chart(
    browser: Browser, server: "Server", screenshots: Path
) -> None:
    context = arabic_context(browser, server)
    page = context.new_page()
    try:
        sign_up(page, "yazeed_t")
        _profile(page, specialty_0="الأمن السيبراني", keywords_0="phishing، ثغرات")
        page.goto("/")
        for text in (
            "انتبهوا من رسائل التصيد اللي تنتحل البنوك، لا تضغطون الروابط",
            "فعّلوا التحقق بخطوتين في كل حساباتكم",
            "صباح الخير، قهوتي الأولى ☕",
        ):
            _post(page, text)

        textarea = page.locator("textarea#compose-text")
        textarea.press_sequentially(DEMAND, delay=10)
        finding = page.locator(".coach-finding[data-kind=demanding_boost_request]")
        expect(finding).to_be_visible()
        expect(finding.locator("q")).to_contain_text("للاطلاع، وفي حالة إعجابك به")
        page.screenshot(path=str(screenshots / "coach-composer-ar.png"), full_page=True)
        finding.locator("button[data-use-suggestion]").click()
        expect(textarea).to_have_value(
            "@some_celebrity للاطلاع، وفي حالة إعجابك به يمكنك عمل ريتويت 🌷"
        )
        expect(page.locator(".coach-finding[data-kind=demanding_boost_request]")).to_have_count(0)

        page.goto("/@yazeed_t/identity")
        chart = page.locator("img.chart")
        expect(chart).to_be_visible()
        assert chart.evaluate("image => image.naturalWidth") > 0
        expect(page.locator("ol.classified li.on_topic")).to_have_count(2)
        expect(page.locator("ol.classified li.personal")).to_have_count(1)
        page.screenshot(path=str(screenshots / "identity-ar.png"), full_page=True)
    finally:
        context.close()


def test_a_giveaway_closes_and_its_page_recomputes_the_same_winners(
    browser: Browser, server: "Server", screenshots: Path
) -> None:
    organiser, entrant = arabic_context(browser, server), arabic_context(browser, server)
    try:
        page = organiser.new_page()
        sign_up(page, "mazen_shop")
        _profile(page, kind="startup")
        page.goto("/")
        _post(page, "🎁 مسابقة: رد على هذه التغريدة وادخل السحب على اشتراك سنة")
        page.goto("/@mazen_shop")
        page.locator("article.post a[href^='/@mazen_shop/']").first.click()
        post_url = page.url
        other = entrant.new_page()
        sign_up(other, "hind_fan")

        # The test waits for the deadline, so it is short, yet ten times what making the
        # giveaway and replying to it take (under a second), the entrant signed up already.
        deadline = datetime.now(SERVER_ZONE) + timedelta(seconds=10)
        page.locator("details.giveaway-new summary").click()
        form = page.locator("details.giveaway-new form")
        form.locator("select[name=rule]").select_option("reply")
        form.locator("input[name=deadline]").fill(deadline.strftime("%Y-%m-%dT%H:%M:%S"))
        form.locator("input[name=winners]").fill("1")
        with page.expect_navigation():
            form.locator("button[type=submit]").click()
        giveaway_url = page.url
        assert "/giveaways/" in giveaway_url
        expect(page.locator("code.hash").first).to_have_text(re.compile(r"^[0-9a-f]{64}$"))

        other.goto(post_url)
        _post(other, "@mazen_shop أنا مشاركة 🙋‍♀️")
        other.goto(giveaway_url)
        expect(other.locator("p.entry.entered")).to_be_visible()

        # The worker draws at the deadline; the page shows it once it has.
        finished_by = time.monotonic() + 90
        while time.monotonic() < finished_by:
            page.goto(giveaway_url)
            if page.locator("ol.winners").count():
                break
            page.wait_for_timeout(1000)
        expect(page.locator("ol.winners li")).to_have_count(1)
        expect(page.locator("ol.winners")).to_contain_text("@hind_fan")
        expect(page.locator("p.server-check")).to_contain_text("✅")
        expect(page.locator("[data-browser-check][data-verified=yes]")).to_be_visible()
        page.screenshot(path=str(screenshots / "giveaway-ar.png"), full_page=True)
    except Exception:
        print(f"--- tail of the server log ---\n{server.log_tail()}")
        raise
    finally:
        organiser.close()
        entrant.close()
