"""Hudhud in a real Chromium: sign up, post in Arabic, follow, like, reply, in both languages.

The screenshots land in var/screenshots/ for a person to look at: home and profile in
Arabic and in English, and home on a phone.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect

from hudhud.arabic import MAX_POST_LENGTH, post_length

if TYPE_CHECKING:
    from tests.servers import Server

pytestmark = pytest.mark.e2e

MODERATOR = "saad_alhamoudi"
POST_TEXT = "مرحبا #جيتكس_2012 https://example.com"
TAG = "جيتكس_2012"
REPLY_TEXT = "شكراً على التقديم، استفدت كثيراً من اللقاء 🙏 #جيتكس_2012"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
#: How long the task worker may take to write a post or a follow into a home timeline
#: (right after start-up it still has the demo's fan-out and merges queued).
#: Arabic-Indic and Eastern Arabic-Indic digits, should the counter use them.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _number(text: str) -> int:
    return int(re.sub(r"[^\d]", "", text.translate(DIGITS)))


def _arabic_indic(number: int) -> str:
    """Write `number` as the Arabic interface shows counts by default: ٢٦."""
    return str(number).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def _new_context(browser: Browser, server: Server, **options: object) -> BrowserContext:
    context = browser.new_context(base_url=server.base_url, **options)  # type: ignore[arg-type]
    context.set_default_timeout(15_000)
    return context


def _watch_for_errors(page: Page) -> list[str]:
    """Collect script errors and failed requests to our server while the page is used."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    page.on(
        "response",
        lambda response: (
            errors.append(f"{response.status} {response.url}") if response.status >= 500 else None
        ),
    )
    return errors


def _mark_page(page: Page) -> None:
    """Leave a mark in the window, which a reload or a navigation would wipe out."""
    page.evaluate("window.__hudhudE2E = 'same page'")


def _assert_not_reloaded(page: Page, url: str) -> None:
    assert page.url == url
    assert page.evaluate("window.__hudhudE2E") == "same page", "the page was reloaded"


def _settle(page: Page) -> None:
    """Wait for the web fonts, so that screenshots show the real font."""
    page.wait_for_load_state("networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")


def _assert_document(page: Page, lang: str, direction: str) -> None:
    html = page.locator("html")
    expect(html).to_have_attribute("lang", lang)
    expect(html).to_have_attribute("dir", direction)
    assert page.evaluate("getComputedStyle(document.body).direction") == direction


def _rendering_fonts(page: Page, selector: str) -> set[str]:
    """Return the families Chromium really drew the text in `selector` with (DevTools)."""
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        assert node, f"no node for {selector}"
        inside = cdp.send("DOM.querySelectorAll", {"nodeId": node, "selector": "*"})["nodeIds"]
        families: set[str] = set()
        for element in [node, *inside]:
            fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": element})["fonts"]
            families.update(font["familyName"] for font in fonts)
        return families
    finally:
        cdp.detach()


def _post_with(page: Page, text: str) -> Locator:
    return page.locator("article.post", has=page.locator(".content", has_text=text))


def _demo_post_on_local(page: Page) -> Locator:
    """Return the newest post of a demo account (not a boost, not ours) on the local timeline."""
    page.goto("/local")
    demo = (
        page.locator("article.post")
        .filter(has_not=page.locator(".boosted-by"))
        .filter(has_not=page.locator(".post-head .handle", has_text=re.compile(r"^@nora$")))
    )
    expect(demo.first).to_be_visible()
    return demo.first


def _switch_language(page: Page, code: str) -> None:
    with page.expect_navigation():
        page.locator(f"header form.language button[name=language][value={code}]").click()


def test_visitor_sees_an_arabic_right_to_left_front_page(browser: Browser, server: Server) -> None:
    context = _new_context(browser, server, viewport=DESKTOP, locale="ar-SA")
    page = context.new_page()
    errors = _watch_for_errors(page)
    try:
        page.goto("/")
        _settle(page)
        _assert_document(page, "ar", "rtl")
        families = page.evaluate(
            "[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)"
        )
        assert "IBM Plex Sans Arabic" in families
        expect(page.locator("article.post").first).to_be_visible()
        expect(page.locator("header a.button[href='/signup']")).to_be_visible()
        assert errors == []
    finally:
        context.close()


def test_sign_up_post_follow_like_reply_in_arabic_and_english(
    browser: Browser, server: Server, screenshots: Path
) -> None:
    context = _new_context(browser, server, viewport=DESKTOP, locale="ar-SA")
    page = context.new_page()
    errors = _watch_for_errors(page)
    base = server.base_url
    try:
        _sign_up(page, base)
        _post_with_hashtag_and_link(page, base)
        _follow_the_moderator(page)
        post_id = _like_a_demo_post(page, base)
        _reply_in_arabic(page, base, post_id)
        _screenshots_in_both_languages(page, base, screenshots)
        _screenshot_on_a_phone(browser, server, context, screenshots)
        assert errors == [], errors
    except Exception:
        print(f"--- tail of the server log ---\n{server.log_tail()}")
        raise
    finally:
        context.close()


def _sign_up(page: Page, base: str) -> None:
    page.goto("/signup")
    _assert_document(page, "ar", "rtl")
    form = page.locator("main form")
    form.locator("input[name=username]").fill("nora")
    form.locator("input[name=email]").fill("nora@example.com")
    form.locator("input[name=password]").fill("jitex-2012-riyadh")
    form.locator("input[name=display_name]").fill("نورة")
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    assert page.url == f"{base}/"
    expect(page.locator("ul.messages")).to_be_visible()
    expect(page.locator("header nav a[href='/@nora']")).to_be_visible()


def _post_with_hashtag_and_link(page: Page, base: str) -> None:
    """Post; the live counter counts graphemes and a link as 23, like the server."""
    composer = page.locator("form.composer")
    textarea = composer.locator("textarea#compose-text")
    counter = composer.locator("output#compose-count")
    expect(counter).to_have_text(_arabic_indic(MAX_POST_LENGTH))
    textarea.fill(POST_TEXT)
    remaining = MAX_POST_LENGTH - post_length(POST_TEXT)
    assert remaining == 500 - 5 - 1 - 11 - 1 - 23 == 459
    expect(counter).not_to_have_text(_arabic_indic(MAX_POST_LENGTH))
    expect(counter).to_have_text(_arabic_indic(remaining))
    assert composer.locator("button[type=submit]").is_enabled()
    with page.expect_navigation():
        composer.locator("button[type=submit]").click()
    assert page.url == f"{base}/"

    # On the home timeline, with its hashtag and its link linked, in the Arabic font.
    expect(page.locator("ul.messages li.success")).to_be_visible()
    # At once: a post is on its author's home timeline before the worker fans it out.
    mine = _post_with(page, "مرحبا").first
    expect(mine).to_be_visible()
    expect(mine.locator(".handle")).to_have_text("@nora")
    hashtag = mine.locator(".content a.hashtag")
    expect(hashtag).to_have_text(f"#{TAG}")
    expect(hashtag).to_have_attribute("href", f"{base}/tags/{quote(TAG)}")
    link = mine.locator(".content a[href='https://example.com']")
    expect(link).to_have_text("example.com")
    expect(link).to_have_attribute("dir", "ltr")
    fonts = _rendering_fonts(page, f"#{mine.get_attribute('id')} .content")
    assert "IBM Plex Sans Arabic" in fonts, fonts

    # The hashtag page lists it.
    with page.expect_navigation():
        hashtag.click()
    assert page.url == f"{base}/tags/{quote(TAG)}"
    expect(_post_with(page, "مرحبا").first).to_be_visible()


def _follow_the_moderator(page: Page) -> None:
    """The follow button turns into an unfollow button without a reload."""
    page.goto(f"/@{MODERATOR}")
    relation = page.locator("div.relation[id^=relation-]")
    follow = relation.locator(f"form[action='/@{MODERATOR}/follow'] button")
    expect(follow).to_be_visible()
    followers = page.locator(f".profile .counts a[href='/@{MODERATOR}/followers'] strong")
    followers_before = _number(followers.inner_text())
    profile_url = page.url
    _mark_page(page)
    follow.click()
    unfollow = relation.locator(f"form[action='/@{MODERATOR}/unfollow'] button")
    expect(unfollow).to_be_visible()
    expect(relation.locator(f"form[action='/@{MODERATOR}/follow']")).to_have_count(0)
    _assert_not_reloaded(page, profile_url)
    # It was saved: after a reload the button still says unfollow, and the count went up.
    page.reload()
    expect(unfollow).to_be_visible()
    expect(followers).to_have_text(_arabic_indic(followers_before + 1))


def _like_a_demo_post(page: Page, base: str) -> str:
    """Like a demo post on the local timeline, without a reload."""
    demo_post = _demo_post_on_local(page)
    post_id = (demo_post.get_attribute("id") or "").removeprefix("post-")
    assert post_id.isdigit()
    actions = page.locator(f"#actions-{post_id}")
    like = actions.locator(f"form[action='/posts/{post_id}/like'] button")
    expect(like).to_have_attribute("aria-pressed", "false")
    likes_before = _number(like.locator("span").inner_text())
    _mark_page(page)
    like.click()
    unlike = actions.locator(f"form[action='/posts/{post_id}/unlike'] button")
    expect(unlike).to_have_attribute("aria-pressed", "true")
    expect(unlike.locator("span")).to_have_text(_arabic_indic(likes_before + 1))
    _assert_not_reloaded(page, f"{base}/local")
    return post_id


def _reply_in_arabic(page: Page, base: str, post_id: str) -> None:
    """Open the post, reply in Arabic, and find the reply in the thread below it."""
    author = page.locator(f"#post-{post_id} .post-head .handle").inner_text().removeprefix("@")
    with page.expect_navigation():
        page.locator(f"#post-{post_id} a.when").click()
    post_url = f"{base}/@{author}/{post_id}"
    assert page.url == post_url
    expect(page.locator(f"article.post.focused#post-{post_id}")).to_be_visible()
    expect(page.locator(f"#actions-{post_id} form[action$='/unlike']")).to_have_count(1)
    reply_form = page.locator("form.composer")
    expect(reply_form.locator("input[name=in_reply_to]")).to_have_value(post_id)
    reply_box = reply_form.locator("textarea#compose-text")
    prefill = reply_box.input_value()
    assert prefill.startswith(f"@{author} "), prefill
    reply_box.press("Control+End")
    reply_box.press_sequentially(REPLY_TEXT)
    expect(reply_box).to_have_value(prefill + REPLY_TEXT)
    with page.expect_navigation():
        reply_form.locator("button[type=submit]").click()
    assert page.url == post_url
    reply = _post_with(page, "استفدت كثيراً")
    expect(reply).to_have_count(1)
    expect(reply.locator(".handle")).to_have_text("@nora")
    expect(reply.locator(".reply-to")).to_contain_text(f"@{author}")
    expect(reply.locator(f".content a.mention[href$='/@{author}']")).to_be_visible()
    order = page.evaluate("[...document.querySelectorAll('.thread > article.post')].map(a => a.id)")
    assert order.index(reply.get_attribute("id")) > order.index(f"post-{post_id}"), order
    replies = page.locator(f"#actions-{post_id} a.action span").first
    expect(replies).to_have_text(re.compile(r"^[١-٩][٠-٩]*$"))  # Arabic-Indic by default


def _assert_handle_under_name(post: Locator, direction: str) -> None:
    """The left-to-right @handle starts where the name starts: at the right in Arabic."""
    name = post.locator(".post-head .who .name").bounding_box()
    handle = post.locator(".post-head .who .handle").bounding_box()
    assert name and handle
    if direction == "rtl":
        edges = (name["x"] + name["width"], handle["x"] + handle["width"])
    else:
        edges = (name["x"], handle["x"])
    assert abs(edges[0] - edges[1]) <= 2, f"@handle not under the name ({direction}): {edges}"


def _screenshots_in_both_languages(page: Page, base: str, screenshots: Path) -> None:
    page.goto("/")
    _assert_document(page, "ar", "rtl")
    _settle(page)
    _assert_handle_under_name(page.locator("article.post").first, "rtl")
    page.screenshot(path=screenshots / "home-ar.png")
    page.goto("/@nora")
    _assert_document(page, "ar", "rtl")
    expect(page.locator(".profile .handle")).to_have_text(re.compile(r"^@nora@127\.0\.0\.1:\d+$"))
    _settle(page)
    page.screenshot(path=screenshots / "profile-ar.png")

    # In English, left to right.
    _switch_language(page, "en")
    assert page.url == f"{base}/@nora"
    _assert_document(page, "en", "ltr")
    expect(page.locator("header form.language button[name=language][value=ar]")).to_be_visible()
    page.goto("/")
    _assert_document(page, "en", "ltr")
    expect(page.locator("main h1")).to_have_text("Home")
    _settle(page)
    _assert_handle_under_name(page.locator("article.post").first, "ltr")
    page.screenshot(path=screenshots / "home-en.png")
    page.goto("/@nora")
    _assert_document(page, "en", "ltr")
    _settle(page)
    page.screenshot(path=screenshots / "profile-en.png")

    # And back to Arabic.
    _switch_language(page, "ar")
    _assert_document(page, "ar", "rtl")


def _screenshot_on_a_phone(
    browser: Browser, server: Server, context: BrowserContext, screenshots: Path
) -> None:
    """Home in Arabic on a 390×844 phone, signed in as the same person."""
    phone = _new_context(
        browser,
        server,
        storage_state=context.storage_state(),
        viewport=PHONE,
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        locale="ar-SA",
    )
    try:
        page = phone.new_page()
        page.goto("/")
        _assert_document(page, "ar", "rtl")
        expect(page.locator("textarea#compose-text")).to_be_visible()
        _settle(page)
        page.screenshot(path=screenshots / "home-ar-phone.png")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"the phone page scrolls sideways by {overflow}px"
    finally:
        phone.close()
