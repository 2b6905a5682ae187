"""A whole session of Mastodon.py, the Python library most bots are written with, against
a real Hudhud server: the calls a bot or an app makes, in the order it makes them."""

import html
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from mastodon import Mastodon, StreamListener
from PIL import Image

from tests.clients.conftest import Person, csrf_of, sign_up, web_session
from tests.servers import Server

SCOPES = ["read", "write", "follow", "push"]
OOB = "urn:ietf:wg:oauth:2.0:oob"


@pytest.fixture(scope="module")
def app(server: Server) -> tuple[str, str]:
    return Mastodon.create_app(
        "بوت هدهد", scopes=SCOPES, redirect_uris=OOB, api_base_url=server.base_url
    )


def client(server: Server, app: tuple[str, str], token: str | None = None) -> Mastodon:
    return Mastodon(
        client_id=app[0],
        client_secret=app[1],
        access_token=token,
        api_base_url=server.base_url,
        version_check_mode="created",
    )


def eventually(check: Callable[[], bool], seconds: float = 15) -> bool:
    """Return whether `check` holds within `seconds`: fan-out and notifications are the
    task worker's, so they land a moment after the request that caused them."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def code_through_the_consent_page(server: Server, person: Person, url: str) -> str:
    """Open the authorisation URL as the signed-in person, approve, and read the code."""
    browser = web_session(server, person)
    page = browser.get(url, timeout=10)
    assert page.status_code == 200
    forms = re.findall(r"<form[^>]*method=\"post\"[^>]*>(.*?)</form>", page.text, re.S | re.I)
    form = next((found for found in forms if 'name="allow"' in found), None)
    assert form, "no consent form"
    fields = {
        html.unescape(name): html.unescape(value)
        for name, value in re.findall(
            r'<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"', form
        )
    }
    fields["csrfmiddlewaretoken"] = csrf_of(page.text)
    fields["allow"] = "1"
    answer = browser.post(page.url, data=fields, headers={"Referer": page.url}, timeout=10)
    assert answer.status_code == 200
    in_url = re.search(r"[?&]code=([^&]+)", answer.url)
    if in_url:
        return in_url.group(1)
    shown = re.search(r'value="([^"]+)"[^>]*id="authorization-code"', answer.text)
    assert shown, "the out-of-band page shows no code"
    return shown.group(1)


def test_a_bot_signs_up_logs_in_and_posts(server: Server, app: tuple[str, str]) -> None:
    anonymous = client(server, app)
    token = anonymous.create_account(
        "bot_hudhud", "a-long-client-password-42", "bot@example.org", agreement=True, locale="ar"
    )
    assert token
    bot = client(server, app, token)
    me = bot.account_verify_credentials()
    assert me.username == "bot_hudhud" and me.acct == "bot_hudhud"
    posted = bot.status_post("أول تغريدة من بوت هدهد")
    assert posted.account.id == me.id and "بوت" in posted.content


def test_the_oauth_code_flow_and_the_password_flow_give_working_tokens(
    server: Server, app: tuple[str, str]
) -> None:
    sami = sign_up(server, "sami")
    api = client(server, app)
    url = api.auth_request_url(redirect_uris=OOB, scopes=SCOPES, allow_http=True)
    code = code_through_the_consent_page(server, sami, url)
    by_code = api.log_in(code=code, redirect_uri=OOB, scopes=SCOPES, allow_http=True)
    assert client(server, app, by_code).account_verify_credentials().username == "sami"
    by_password = client(server, app).log_in(
        sami.email, sami.password, scopes=SCOPES, allow_http=True
    )
    assert client(server, app, by_password).account_verify_credentials().username == "sami"


def test_a_whole_session(server: Server, app: tuple[str, str], tmp_path: Path) -> None:
    mazen, yazeed = sign_up(server, "mazen"), sign_up(server, "yazeed")
    as_mazen = client(
        server,
        app,
        client(server, app).log_in(mazen.email, mazen.password, scopes=SCOPES, allow_http=True),
    )
    as_yazeed = client(
        server,
        app,
        client(server, app).log_in(yazeed.email, yazeed.password, scopes=SCOPES, allow_http=True),
    )
    yazeed_account = as_yazeed.account_verify_credentials()
    mazen_account = as_mazen.account_verify_credentials()

    # mazen follows yazeed, and hears of it
    relationship = as_mazen.account_follow(yazeed_account.id)
    assert relationship.following
    assert eventually(lambda: any(n.type == "follow" for n in as_yazeed.notifications()))

    # yazeed posts Arabic text with an image and its alt text
    picture = tmp_path / "gitex.png"
    Image.new("RGB", (64, 48), (30, 120, 200)).save(picture)
    media = as_yazeed.media_post(str(picture), mime_type="image/png", description="شعار جيتكس")
    posted = as_yazeed.status_post(
        "شكراً لكل من شارك في #جيتكس_٢٠١٢ وللتطوّع في تنظيمه", media_ids=[media]
    )
    assert posted.media_attachments[0].description == "شعار جيتكس"
    assert posted.tags and posted.tags[0].name

    # it reaches the public timeline at once, and mazen's home once the worker fans it out
    assert posted.id in [status.id for status in as_mazen.timeline_public()]
    assert eventually(lambda: posted.id in [status.id for status in as_mazen.timeline_home()])

    # mazen likes it, boosts it and replies; yazeed sees all three
    assert as_mazen.status_favourite(posted.id).favourited
    assert as_mazen.status_reblog(posted.id).reblogged
    reply = as_mazen.status_post("@yazeed مبروك النجاح!", in_reply_to_id=posted.id)
    context = as_yazeed.status_context(posted.id)
    assert [status.id for status in context.descendants] == [reply.id]
    assert eventually(
        lambda: {"favourite", "reblog", "mention"} <= {n.type for n in as_yazeed.notifications()}
    )

    # search finds the post by a word in another spelling
    found = as_mazen.search_v2("التطوع", result_type="statuses")
    assert posted.id in [status.id for status in found.statuses]
    people = as_mazen.search_v2("yazeed", result_type="accounts")
    assert yazeed_account.id in [account.id for account in people.accounts]
    assert mazen_account.id != yazeed_account.id


class _Collect(StreamListener):
    def __init__(self) -> None:
        super().__init__()
        self.updates: list[Any] = []

    def on_update(self, status: Any) -> None:
        self.updates.append(status)


def test_streaming_receives_a_new_post(server: Server, app: tuple[str, str]) -> None:
    saad = sign_up(server, "saad")
    as_saad = client(
        server,
        app,
        client(server, app).log_in(saad.email, saad.password, scopes=SCOPES, allow_http=True),
    )
    assert as_saad.stream_healthy()
    listener = _Collect()
    handle = as_saad.stream_public(listener, run_async=True, timeout=30)
    try:
        time.sleep(1)  # the subscription is in place
        posted = as_saad.status_post("بث مباشر من هدهد")
        # Earlier tests' posts may still arrive first: wait for this one among them.
        assert eventually(lambda: posted.id in [status.id for status in listener.updates])
    finally:
        # close() waits until the stream's thread reads again, at the next heartbeat (15 s
        # away): let it wait in the background, the server outlives it.
        threading.Thread(target=handle.close, daemon=True).start()
