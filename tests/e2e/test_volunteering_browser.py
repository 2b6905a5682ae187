"""Volunteering in real Chromium: a blood-donation request in Riyadh, a volunteer who
follows Riyadh told of it, a boost that brings a helper, "I can help", the requester
marking the helper and the request fulfilled, and credit to the helper and the booster."""

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.pages import arabic_context, sign_up

if TYPE_CHECKING:
    from tests.servers import Server

pytestmark = pytest.mark.e2e


def _follow_riyadh(volunteer: Page) -> None:
    volunteer.goto("/help")
    volunteer.locator("details.help-follows summary").click()
    follow = volunteer.locator("details.help-follows form")
    follow.locator("input[name=city]").fill("الرياض")
    with volunteer.expect_navigation():
        follow.locator("button[type=submit]").click()


def _ask_for_blood(requester: Page) -> str:
    """Post a blood-donation request in Riyadh from the board; return its page."""
    requester.goto("/help")
    requester.locator("details.help-new summary").click()
    form = requester.locator("details.help-new form")
    form.locator("select[name=kind]").select_option("request")
    form.locator("select[name=category]").select_option("blood")
    form.locator("input[name=city]").fill("الرياض")
    form.locator("select[name=urgency]").select_option("urgent")
    form.locator("textarea[name=details]").fill("مطلوب متبرع دم O- لوالدي في مستشفى الملك فهد")
    with requester.expect_navigation():
        form.locator("button[type=submit]").click()
    expect(requester.locator("section.help-card[data-state=open]")).to_be_visible()
    return requester.url


def _answer_through_the_boost(volunteer: Page) -> None:
    """Open the request from the booster's profile, and answer "I can help"."""
    volunteer.goto("/@noura_share")
    with volunteer.expect_navigation():
        volunteer.locator("article.post a.when").first.click()
    assert "via=" in volunteer.url
    volunteer.locator("details.i-can-help summary").click()
    answer = volunteer.locator("details.i-can-help form")
    answer.locator("input[name=message]").fill("فصيلتي O- وأقدر أجي اليوم العصر")
    answer.locator("input[name=contact]").fill("0500000000")
    with volunteer.expect_navigation():
        answer.locator("button[type=submit]").click()
    expect(volunteer.locator("p.my-answer")).to_be_visible()


def _mark_and_fulfil(requester: Page, request_url: str) -> None:
    requester.goto(request_url)
    helper = requester.locator("li.answer[data-helper=fahad_vol]")
    expect(helper).to_contain_text("0500000000")
    with requester.expect_navigation():
        helper.locator("button").click()
    with requester.expect_navigation():
        requester.locator("section.help-card button[value=fulfilled]").click()
    expect(requester.locator("section.help-card[data-state=fulfilled]")).to_be_visible()


def test_a_blood_request_from_post_to_credit(
    browser: Browser, server: "Server", screenshots: Path
) -> None:
    contexts = {
        name: arabic_context(browser, server) for name in ("requester", "volunteer", "booster")
    }
    pages = {name: context.new_page() for name, context in contexts.items()}
    requester, volunteer, booster = pages["requester"], pages["volunteer"], pages["booster"]
    try:
        sign_up(requester, "amal_req")
        sign_up(volunteer, "fahad_vol")
        sign_up(booster, "noura_share")
        _follow_riyadh(volunteer)
        request_url = _ask_for_blood(requester)
        requester.goto("/help")
        expect(requester.locator("li.help-item")).to_contain_text("الرياض")
        requester.screenshot(path=str(screenshots / "help-ar.png"), full_page=True)

        # The volunteer who follows Riyadh is told of it (by a task of the worker).
        for _attempt in range(20):
            volunteer.goto("/notifications")
            if volunteer.locator("li.notification.status").count():
                break
            volunteer.wait_for_timeout(1000)
        expect(volunteer.locator("li.notification.status")).to_contain_text("مطلوب متبرع دم")

        # The booster shares it; the volunteer comes to it through the boost.
        booster.goto(request_url)
        with booster.expect_response(re.compile(r"/boost$")):
            booster.locator("article.post.focused form[action$='/boost'] button").click()
        _answer_through_the_boost(volunteer)
        _mark_and_fulfil(requester, request_url)

        # The helper and the booster are credited on their profiles.
        for username in ("fahad_vol", "noura_share"):
            requester.goto(f"/@{username}")
            expect(requester.locator("p.good-deeds")).to_be_visible()
    except Exception:
        print(f"--- tail of the server log ---\n{server.log_tail()}")
        raise
    finally:
        for context in contexts.values():
            context.close()
