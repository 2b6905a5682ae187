"""The GITEX 2012 session in real Chromium: an attendee asks a question, a second one
upvotes it, the first attendee's page re-orders without a reload, and the moderator —
through an app, with a token the operator made (`hudhud token`) — marks it answered."""

import json
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, expect

from tests.e2e.pages import arabic_context, sign_up

if TYPE_CHECKING:
    from tests.servers import Server

pytestmark = pytest.mark.e2e

QUESTION = "هل تنصحون المبتدئ يبدأ بحساب شخصي أو حساب لمشروعه؟"
#: The demo's question with one vote.
ONE_VOTE = "أنا طالبة، هل الوقت مبكر"


def _moderator_token(server: "Server") -> str:
    """Make a token for the demo's moderator as an operator does: `hudhud token`."""
    made = subprocess.run(
        [sys.executable, "-m", "hudhud.cli", "token", "saad_alhamoudi", "--scopes", "read write"],
        env=server.env,
        cwd=server.var_dir,
        capture_output=True,
        text=True,
        check=True,
    )
    return made.stdout.strip()


def _api(server: "Server", token: str, path: str, body: dict[str, object]) -> object:
    request = urllib.request.Request(  # noqa: S310 - our own test server on loopback
        f"{server.base_url}{path}",
        data=json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310
        return json.load(answer)


def test_a_question_is_asked_upvoted_reordered_live_and_answered(
    browser: Browser, server: "Server", screenshots: Path
) -> None:
    first, second = arabic_context(browser, server), arabic_context(browser, server)
    contexts = [first, second]
    try:
        asker, voter = first.new_page(), second.new_page()
        sign_up(asker, "rawan_q")
        sign_up(voter, "turki_v")
        asker.goto("/sessions")
        with asker.expect_navigation():
            asker.locator("li.session-item a", has_text="لقاء الشباب المغردين").click()
        session_url = asker.url
        expect(asker.locator("ol.agenda li")).to_have_count(4)

        asker.locator("#question-text").fill(QUESTION)
        asker.locator("form.ask button[type=submit]").click()
        mine = asker.locator("li.question", has_text=QUESTION)
        expect(mine).to_be_visible()
        order = asker.locator("li.question p:first-child").all_inner_texts()
        assert QUESTION in order[-1] and ONE_VOTE in order[-2]  # no votes yet: last

        # Two more attendees upvote it: it passes the demo's question of one vote, and the
        # first attendee's page re-orders by itself (it polls the questions).
        voter.goto(session_url)
        mine_there = voter.locator("li.question", has_text=QUESTION)
        question_id = mine_there.get_attribute("data-question") or ""
        extra = browser.new_context(base_url=server.base_url, locale="ar-SA")
        contexts.append(extra)
        third = extra.new_page()
        sign_up(third, "nada_v")
        third.goto(session_url)
        for page in (voter, third):
            button = page.locator(f"li.question[data-question='{question_id}'] button.action")
            button.click()
            expect(button).to_be_disabled()
        asker.wait_for_function(
            """([mine, other]) => {
                const ids = [...document.querySelectorAll("li.question")].map(
                    (item) => item.querySelector("p").textContent);
                const a = ids.findIndex((t) => t.includes(mine));
                const b = ids.findIndex((t) => t.includes(other));
                return a !== -1 && b !== -1 && a < b;
            }""",
            arg=[QUESTION, ONE_VOTE],
            timeout=15_000,
        )
        asker.screenshot(path=str(screenshots / "session-ar.png"), full_page=True)

        # The moderator marks it answered through the API; the page shows it, unreloaded.
        token = _moderator_token(server)
        session_id = session_url.rstrip("/").rsplit("/", 1)[-1]
        marked = _api(
            server,
            token,
            f"/api/hudhud/v1/sessions/{session_id}/questions/{question_id}/mark",
            {"answered": True},
        )
        assert marked["answered"] is True  # type: ignore[index]
        expect(mine.locator(".badge.answered")).to_be_visible()
    except Exception:
        print(f"--- tail of the server log ---\n{server.log_tail()}")
        raise
    finally:
        for context in contexts:
            context.close()
