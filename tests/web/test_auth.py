"""Signing up, signing in and signing out through the web forms."""

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from hudhud.accounts.models import Account, User
from hudhud.moderation.services import account_suspend
from tests.factories import PASSWORD
from tests.web.pages import arabic, html, messages_of, path_of

NEW_PERSON = {
    "username": "mazen",
    "email": "mazen@example.org",
    "password": "a-long-new-password-77",
    "display_name": "مازن",
}


def stored() -> tuple[int, int]:
    return User.objects.count(), Account.objects.count()


def signed_in_user_id(client: Client) -> str | None:
    return client.session.get("_auth_user_id")


def test_signup_page_is_a_form(client: Client, db: None) -> None:
    response = client.get("/signup")
    assert response.status_code == 200
    assert 'name="username"' in html(response)
    assert 'name="password"' in html(response)


def test_signup_creates_the_account_and_signs_in(client: Client, db: None) -> None:
    response = client.post("/signup", NEW_PERSON, follow=True)

    account = Account.objects.get(username="mazen")
    assert account.user is not None
    assert account.user.email == "mazen@example.org"
    assert account.display_name == "مازن"
    assert account.user.language == "ar"
    assert response.redirect_chain == [(reverse("web:home"), 302)]
    assert signed_in_user_id(client) == str(account.user.pk)
    assert response.context["viewer"] == account
    assert arabic("Welcome to Hudhud!") in messages_of(response)
    assert client.login(username="mazen", password=NEW_PERSON["password"])


@pytest.mark.parametrize(
    ("change", "field"),
    [
        pytest.param({"username": "SAMI"}, "username", id="username-taken-other-case"),
        pytest.param({"username": "سامي"}, "username", id="username-arabic"),
        pytest.param({"username": "a b"}, "username", id="username-space"),
        pytest.param({"username": "x" * 31}, "username", id="username-31-chars"),
        pytest.param({"username": ""}, "username", id="username-empty"),
        pytest.param({"username": "admin"}, "username", id="username-reserved"),
        pytest.param({"email": "SAMI@example.org"}, "email", id="email-taken"),
        pytest.param({"email": "not-an-address"}, "email", id="email-invalid"),
        pytest.param({"display_name": "م" * 101}, "display_name", id="display-name-too-long"),
        pytest.param(
            {"password": "password"},
            "password",
            id="password-weak",
        ),
        pytest.param(
            {"password": "short"},
            "password",
            id="password-short",
        ),
        pytest.param(
            {"email": "a" * 64 + "@" + ".".join(["b" * 60] * 4) + ".com"},
            "email",
            id="email-312-chars",
        ),
    ],
)
def test_bad_signup_shows_the_form_again_and_stores_nothing(
    client: Client, sami: Account, change: dict[str, Any], field: str
) -> None:
    before = stored()

    response = client.post("/signup", {**NEW_PERSON, **change})

    assert response.status_code == 400
    assert stored() == before
    assert signed_in_user_id(client) is None
    errors = response.context["form"].errors[field]
    assert errors
    for error in errors:
        assert escape(error) in html(response)
    assert 'role="alert"' in html(response)
    assert 'name="username"' in html(response)


@pytest.mark.parametrize("login", ["sami@example.org", "SAMI@Example.org", "sami", "Sami", "@sami"])
def test_login_by_email_or_username(client: Client, sami: Account, login: str) -> None:
    response = client.post("/login", {"login": login, "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == reverse("web:home")
    assert sami.user is not None
    assert signed_in_user_id(client) == str(sami.user.pk)


def test_login_goes_to_the_page_asked_for(client: Client, sami: Account) -> None:
    response = client.post("/login?next=/notifications", {"login": "sami", "password": PASSWORD})
    assert response["Location"] == "/notifications"


def test_login_does_not_redirect_to_another_site(client: Client, sami: Account) -> None:
    response = client.post(
        "/login?next=https://evil.example/phish", {"login": "sami", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]


@pytest.mark.parametrize(
    ("login", "password"),
    [("sami", "wrong-password"), ("sami@example.org", PASSWORD + "x"), ("nobody", PASSWORD)],
)
def test_wrong_login_is_refused_with_an_error(
    client: Client, sami: Account, login: str, password: str
) -> None:
    response = client.post("/login", {"login": login, "password": password})

    assert response.status_code == 400
    assert signed_in_user_id(client) is None
    assert escape(arabic("The e-mail, username or password is wrong.")) in html(response)


def test_empty_login_form_is_refused(client: Client, db: None) -> None:
    response = client.post("/login", {"login": "", "password": ""})
    assert response.status_code == 400
    assert response.context["form"].errors


def test_suspended_account_cannot_log_in(client: Client, sami: Account) -> None:
    account_suspend(account=sami)
    response = client.post("/login", {"login": "sami", "password": PASSWORD})
    assert response.status_code == 400
    assert signed_in_user_id(client) is None


def test_logout_signs_out_on_post_only(client: Client, sami: Account) -> None:
    client.login(username="sami@example.org", password=PASSWORD)

    assert client.get("/logout").status_code == 405
    assert signed_in_user_id(client) is not None
    response = client.post("/logout")

    assert response.status_code == 302
    assert path_of(response["Location"]) == reverse("web:home")
    assert signed_in_user_id(client) is None
