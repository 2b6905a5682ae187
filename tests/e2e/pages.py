"""What the browser tests share: an Arabic browser context on the test server, and a
sign-up."""

from typing import TYPE_CHECKING

from playwright.sync_api import Browser, BrowserContext, Page

if TYPE_CHECKING:
    from tests.servers import Server


def arabic_context(browser: Browser, server: "Server") -> BrowserContext:
    """Return a new browser context on the server, in Arabic, patient with a busy machine."""
    context = browser.new_context(base_url=server.base_url, locale="ar-SA")
    context.set_default_timeout(15_000)
    return context


#: The password of every account the browser tests sign up.
PASSWORD = "gitex-2012-riyadh-test"


def sign_up(page: Page, username: str) -> None:
    """Sign up `username` in the page, and land signed in."""
    page.goto("/signup")
    form = page.locator("main form")
    form.locator("input[name=username]").fill(username)
    form.locator("input[name=email]").fill(f"{username}@example.com")
    form.locator("input[name=password]").fill(PASSWORD)
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
