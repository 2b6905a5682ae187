"""Signing up through an app (POST /api/v1/accounts) and on the web, in the three modes of
HUDHUD_REGISTRATIONS: open, approval and closed."""

from typing import Any
from urllib.parse import urlencode

import pytest
from django.test import Client
from pytest_django.fixtures import Settings

from hudhud.accounts.models import Account, User
from tests.api.conftest import Api
from tests.factories import make_account

pytestmark = pytest.mark.django_db

NEW_PERSON = {
    "username": "mazen",
    "email": "mazen@example.org",
    "password": "a-long-new-password-77",
    "agreement": True,
    "locale": "ar",
    "reason": "أريد متابعة جيتكس",
}


def app_api(scopes: str = "read write follow") -> Api:
    """Register an app and return an Api holding its own token (client credentials)."""
    app = (
        Api()
        .post(
            "/api/v1/apps",
            {
                "client_name": "تطبيق",
                "redirect_uris": "urn:ietf:wg:oauth:2.0:oob",
                "scopes": scopes,
            },
        )
        .json()
    )
    token = Client().post(
        "/oauth/token",
        urlencode(
            {
                "grant_type": "client_credentials",
                "client_id": app["client_id"],
                "client_secret": app["client_secret"],
                "scope": scopes,
            }
        ),
        content_type="application/x-www-form-urlencoded",
    )
    assert token.status_code == 200, token.content
    return Api(token.json()["access_token"])


def sign_up(body: dict[str, Any] | None = None) -> Any:
    return app_api().post("/api/v1/accounts", NEW_PERSON if body is None else body)


def test_open_sign_up_gives_a_working_token() -> None:
    response = sign_up()
    assert response.status_code == 200, response.content
    token = response.json()
    assert token["token_type"] == "Bearer" and token["scope"] == "read write follow"
    assert isinstance(token["created_at"], int)
    me = Api(token["access_token"]).get("/api/v1/accounts/verify_credentials")
    assert me.status_code == 200 and me.json()["username"] == "mazen"
    user = User.objects.get(email="mazen@example.org")
    assert user.is_active and user.language == "ar"


def test_a_form_encoded_sign_up_works_too() -> None:
    response = app_api().form(
        "/api/v1/accounts", {**NEW_PERSON, "agreement": "true", "locale": "en-GB"}
    )
    assert response.status_code == 200, response.content
    assert User.objects.get(email="mazen@example.org").language == "en"


def test_sign_up_needs_an_app_token_with_write_accounts() -> None:
    assert Api().post("/api/v1/accounts", NEW_PERSON).status_code == 401
    reader = app_api(scopes="read")
    refused = reader.post("/api/v1/accounts", NEW_PERSON)
    assert refused.status_code == 403 and "error" in refused.json()
    assert not Account.objects.filter(username="mazen").exists()


def test_closed_sign_up_is_forbidden(settings: Settings) -> None:
    settings.REGISTRATIONS = "closed"
    response = sign_up()
    assert response.status_code == 403 and "error" in response.json()
    assert not Account.objects.filter(username="mazen").exists()


def test_approval_keeps_the_account_waiting_until_a_moderator_approves(
    settings: Settings,
) -> None:
    settings.REGISTRATIONS = "approval"
    response = sign_up()
    assert response.status_code == 200, response.content
    value = response.json()["access_token"]
    mazen = Account.objects.get(username="mazen")
    assert mazen.user is not None and not mazen.user.is_active
    waiting = Api(value).get("/api/v1/accounts/verify_credentials")
    assert waiting.status_code == 403 and "error" in waiting.json()
    assert Api(value).get("/api/v1/timelines/home").status_code == 403

    browser = Client()
    login = browser.post("/login", {"login": "mazen", "password": NEW_PERSON["password"]})
    assert login.status_code == 400
    assert "_auth_user_id" not in browser.session
    said = [str(error) for error in login.context["form"].non_field_errors()]
    wrong = Client().post("/login", {"login": "mazen", "password": "not-the-password"})
    assert said and said != [str(error) for error in wrong.context["form"].non_field_errors()]

    bassem = make_account("bassem", is_staff=True)
    moderator = Client()
    assert bassem.user is not None
    moderator.force_login(bassem.user)
    page = moderator.get("/moderation")
    assert page.status_code == 200 and mazen in page.context["awaiting"]
    approved = moderator.post("/moderation/approve", {"account": mazen.pk})
    assert approved.status_code == 302
    assert Api(value).get("/api/v1/accounts/verify_credentials").status_code == 200
    login = browser.post("/login", {"login": "mazen", "password": NEW_PERSON["password"]})
    assert login.status_code == 302 and "_auth_user_id" in browser.session


def test_only_staff_approve_and_only_waiting_accounts(settings: Settings) -> None:
    settings.REGISTRATIONS = "approval"
    sign_up()
    mazen = Account.objects.get(username="mazen")
    sami = make_account("sami")
    visitor = Client()
    assert sami.user is not None
    visitor.force_login(sami.user)
    assert visitor.post("/moderation/approve", {"account": mazen.pk}).status_code == 404
    mazen.refresh_from_db()
    assert mazen.user is not None and not mazen.user.is_active
    bassem = make_account("bassem", is_staff=True)
    moderator = Client()
    assert bassem.user is not None
    moderator.force_login(bassem.user)
    assert moderator.post("/moderation/approve", {"account": sami.pk}).status_code == 404
    assert moderator.post("/moderation/approve", {"account": "x"}).status_code == 404


def test_refusals_name_their_fields_as_mastodon_does() -> None:
    make_account("sami")
    taken = sign_up({**NEW_PERSON, "username": "Sami"})
    assert taken.status_code == 422
    body = taken.json()
    assert "error" in body
    assert body["details"]["username"][0]["error"] == "ERR_TAKEN"
    assert body["details"]["username"][0]["description"]
    email_taken = sign_up({**NEW_PERSON, "email": "SAMI@example.org"})
    assert email_taken.json()["details"]["email"][0]["error"] == "ERR_TAKEN"

    blank = sign_up({"username": "", "email": "", "password": "", "agreement": False})
    assert blank.status_code == 422
    details = blank.json()["details"]
    assert {details[field][0]["error"] for field in ("username", "email", "password")} == {
        "ERR_BLANK"
    }
    assert details["agreement"][0]["error"] == "ERR_ACCEPTED"

    short = sign_up({**NEW_PERSON, "password": "short"})
    assert short.status_code == 422
    assert short.json()["details"]["password"][0]["error"] == "ERR_TOO_SHORT"

    reserved = sign_up({**NEW_PERSON, "username": "admin"})
    assert reserved.json()["details"]["username"][0]["error"] == "ERR_RESERVED"
    invalid = sign_up({**NEW_PERSON, "username": "مازن", "email": "not-an-email"})
    assert invalid.status_code == 422
    assert not Account.objects.filter(username="mazen").exists()


WEB_PERSON = {
    "username": "yazeed",
    "email": "yazeed@example.org",
    "password": "a-long-new-password-77",
    "display_name": "يزيد",
}


def test_web_sign_up_in_approval_mode_waits(settings: Settings) -> None:
    settings.REGISTRATIONS = "approval"
    browser = Client()
    response = browser.post("/signup", WEB_PERSON)
    assert response.status_code == 302 and response["Location"].endswith("/login")
    assert "_auth_user_id" not in browser.session
    yazeed = User.objects.get(email="yazeed@example.org")
    assert not yazeed.is_active


def test_web_sign_up_is_refused_when_closed(settings: Settings) -> None:
    settings.REGISTRATIONS = "closed"
    response = Client().post("/signup", WEB_PERSON)
    assert response.status_code == 400
    assert response.context["form"].non_field_errors()
    assert not User.objects.filter(email="yazeed@example.org").exists()


def test_web_sign_up_when_open_signs_in() -> None:
    browser = Client()
    response = browser.post("/signup", WEB_PERSON)
    assert response.status_code == 302
    assert "_auth_user_id" in browser.session
