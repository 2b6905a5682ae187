"""Rate limits as Mastodon sets them: per token, per address without one, for sign-ups,
password sign-ins and uploads; 429 past a limit, and the X-RateLimit-* headers."""

import secrets
from datetime import datetime, timedelta

import pytest
from django.test import Client
from django.utils import timezone
from pytest_django.fixtures import Settings

from tests.api.conftest import Api, ApiAs
from tests.factories import PASSWORD, make_account

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _limits_on(settings: Settings) -> None:
    """Turn the limits on, with counters no other test has touched."""
    settings.RATELIMIT_ENABLE = True
    settings.RATELIMIT_CACHE_PREFIX = f"rl-test-{secrets.token_hex(8)}:"


def _remaining(response: object) -> int:
    return int(response["X-RateLimit-Remaining"])  # type: ignore[index]


def test_a_token_past_its_limit_is_refused_with_429(settings: Settings, api_as: ApiAs) -> None:
    settings.RATE_LIMIT_TOKEN = "3/5m"
    sami = api_as(make_account("sami"))
    answers = [sami.get("/api/v1/accounts/verify_credentials") for _ in range(3)]
    assert [answer.status_code for answer in answers] == [200, 200, 200]
    assert [_remaining(answer) for answer in answers] == [2, 1, 0]
    assert {answer["X-RateLimit-Limit"] for answer in answers} == {"3"}

    refused = sami.get("/api/v1/accounts/verify_credentials")
    assert refused.status_code == 429
    assert "error" in refused.json()
    assert refused["X-RateLimit-Limit"] == "3" and _remaining(refused) == 0
    reset = datetime.fromisoformat(refused["X-RateLimit-Reset"])
    assert timezone.now() < reset <= timezone.now() + timedelta(minutes=5, seconds=1)


def test_each_token_has_its_own_count(settings: Settings, api_as: ApiAs) -> None:
    settings.RATE_LIMIT_TOKEN = "1/5m"
    sami, mazen = make_account("sami"), make_account("mazen")
    first = api_as(sami)
    assert first.get("/api/v1/timelines/home").status_code == 200
    assert first.get("/api/v1/timelines/home").status_code == 429
    assert api_as(mazen).get("/api/v1/timelines/home").status_code == 200
    # Another token of the same account is counted apart, as on Mastodon.
    assert api_as(sami).get("/api/v1/timelines/home").status_code == 200


def test_callers_without_a_token_are_counted_by_address(settings: Settings) -> None:
    settings.RATE_LIMIT_ANONYMOUS = "2/5m"
    settings.RATE_LIMIT_TOKEN = "100/5m"
    here = Client(REMOTE_ADDR="192.0.2.7")
    assert [here.get("/api/v1/timelines/public").status_code for _ in range(2)] == [200, 200]
    refused = here.get("/api/v1/timelines/public")
    assert refused.status_code == 429 and "error" in refused.json()
    # A made-up token does not escape the count of its address.
    forged = Client(REMOTE_ADDR="192.0.2.7", headers={"Authorization": "Bearer made-up"})
    assert forged.get("/api/v1/timelines/public").status_code == 429
    elsewhere = Client(REMOTE_ADDR="198.51.100.9")
    answer = elsewhere.get("/api/v1/timelines/public")
    assert answer.status_code == 200 and _remaining(answer) == 1


def test_the_address_comes_from_the_proxy_header_when_one_is_set(settings: Settings) -> None:
    settings.RATE_LIMIT_ANONYMOUS = "1/5m"
    settings.CLIENT_IP_HEADER = "X-Forwarded-For"
    proxy = "127.0.0.1"
    first = Client(REMOTE_ADDR=proxy, headers={"X-Forwarded-For": "10.9.9.9, 203.0.113.5"})
    assert first.get("/api/v1/timelines/public").status_code == 200
    assert first.get("/api/v1/timelines/public").status_code == 429
    other = Client(REMOTE_ADDR=proxy, headers={"X-Forwarded-For": "10.9.9.9, 203.0.113.6"})
    assert other.get("/api/v1/timelines/public").status_code == 200


def test_sign_ups_are_limited_per_address(settings: Settings) -> None:
    settings.RATE_LIMIT_SIGN_UP = "2/30m"
    browser = Client(REMOTE_ADDR="192.0.2.20")
    for name in ("yazeed", "bassem"):
        signed_up = browser.post(
            "/signup", {"username": name, "email": f"{name}@example.org", "password": PASSWORD}
        )
        assert signed_up.status_code == 302
    refused = browser.post(
        "/signup", {"username": "saad", "email": "saad@example.org", "password": PASSWORD}
    )
    assert refused.status_code == 429
    # The API's sign-up shares the count of the address.
    api = Client(REMOTE_ADDR="192.0.2.20")
    assert api.post("/api/v1/accounts", {"username": "saad"}).status_code == 429
    # Reading the sign-up page is no sign-up.
    assert browser.get("/signup").status_code == 200


def test_password_sign_ins_are_limited_per_address(settings: Settings) -> None:
    settings.RATE_LIMIT_LOGIN = "2/5m"
    make_account("sami")
    browser = Client(REMOTE_ADDR="192.0.2.30")
    wrong = {"login": "sami", "password": "not-the-password"}
    assert [browser.post("/login", wrong).status_code for _ in range(2)] == [400, 400]
    assert browser.post("/login", {"login": "sami", "password": PASSWORD}).status_code == 429
    # The OAuth password grant counts with the web's sign-ins; other grants do not count.
    app = Client(REMOTE_ADDR="192.0.2.30")
    grant = {"grant_type": "client_credentials", "client_id": "x", "client_secret": "y"}
    assert app.post("/oauth/token", grant).status_code != 429
    refused = app.post("/oauth/token", {**grant, "grant_type": "password"})
    assert refused.status_code == 429 and "error" in refused.json()
    refused_json = app.post(
        "/oauth/token", {**grant, "grant_type": "password"}, content_type="application/json"
    )
    assert refused_json.status_code == 429
    # A grant type sent as a list is still a password guess.
    as_list = {**grant, "grant_type": ["password"], "password": "guess"}
    assert app.post("/oauth/token", as_list, content_type="application/json").status_code == 429


def test_media_uploads_are_limited_per_account(settings: Settings, api_as: ApiAs) -> None:
    settings.RATE_LIMIT_MEDIA = "1/30m"
    sami = make_account("sami")
    first = api_as(sami)
    assert first.multipart("/api/v2/media", {}).status_code != 429
    refused = api_as(sami).multipart("/api/v1/media", {})  # another token, the same account
    assert refused.status_code == 429 and "error" in refused.json()
    assert refused["X-RateLimit-Limit"] == "1"
    # Reading is not uploading: the token's general limit still answers.
    assert first.get("/api/v1/accounts/verify_credentials").status_code == 200


def test_the_limits_can_be_turned_off(settings: Settings, api_as: ApiAs) -> None:
    settings.RATE_LIMIT_TOKEN = "1/5m"
    settings.RATE_LIMIT_ANONYMOUS = "1/5m"
    settings.RATELIMIT_ENABLE = False
    sami = api_as(make_account("sami"))
    answers = [sami.get("/api/v1/timelines/home") for _ in range(3)]
    answers += [Api().get("/api/v1/timelines/public") for _ in range(3)]
    assert {answer.status_code for answer in answers} == {200}
    assert not any("X-RateLimit-Limit" in answer for answer in answers)
