"""The preferences page: calendar, digits and language; what is refused changes nothing."""

from typing import TYPE_CHECKING

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from hudhud.accounts.models import Account, Calendar, Digits
from tests.web.pages import elements, html, messages_of

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

ENGLISH = '<html lang="en" dir="ltr">'
ARABIC = '<html lang="ar" dir="rtl">'


def preferences_of(account: Account) -> tuple[str, str, str]:
    assert account.user is not None
    account.user.refresh_from_db()
    return account.user.calendar, account.user.digits, account.user.language


def chosen(response: "Response") -> set[str]:
    """Return the values of the chosen options (the three selects share no value)."""
    return {o.attrs["value"] for o in elements(response, "option") if "selected" in o.attrs}


def test_the_page_shows_the_defaults(as_sami: Client, sami: Account) -> None:
    response = as_sami.get("/settings/preferences")

    assert response.status_code == 200
    assert chosen(response) == {Calendar.BOTH, Digits.AUTO, "ar"}
    assert preferences_of(sami) == ("both", "auto", "ar")


def test_a_visitor_is_sent_to_sign_in(client: Client, db: None) -> None:
    response = client.get("/settings/preferences")

    assert response.status_code == 302
    assert response["Location"].startswith("/login")


def test_the_profile_settings_link_to_the_preferences(as_sami: Client) -> None:
    links = elements(as_sami.get("/settings/profile"), "a")

    assert "/settings/preferences" in [a.attrs.get("href") for a in links]


def test_saving_changes_the_preferences_and_the_language(as_sami: Client, sami: Account) -> None:
    response = as_sami.post(
        "/settings/preferences",
        {"calendar": "hijri", "digits": "western", "language": "en"},
        follow=True,
    )

    assert response.redirect_chain == [("/settings/preferences", 302)]
    assert preferences_of(sami) == ("hijri", "western", "en")
    assert as_sami.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert ENGLISH in html(response)
    with translation.override("en"):
        assert translation.gettext("Your preferences were saved.") in messages_of(response)
    assert chosen(response) == {"hijri", "western", "en"}


def test_choosing_arabic_again_replaces_an_english_cookie(as_sami: Client, sami: Account) -> None:
    as_sami.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    as_sami.post("/settings/preferences", {"calendar": "both", "digits": "auto", "language": "ar"})

    assert as_sami.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"
    assert preferences_of(sami)[2] == "ar"
    assert ARABIC in html(as_sami.get("/"))


@pytest.mark.parametrize(
    "sent",
    [
        {"calendar": "lunar", "digits": "western", "language": "en"},
        {"calendar": "hijri", "digits": "roman", "language": "en"},
        {"calendar": "hijri", "digits": "western", "language": "fr"},
        {"calendar": "hijri", "digits": "western"},
        {},
    ],
)
def test_bad_values_are_refused_and_change_nothing(
    as_sami: Client, sami: Account, sent: dict[str, str]
) -> None:
    response = as_sami.post("/settings/preferences", sent)

    assert response.status_code == 400
    assert [p.text for p in elements(response, "p") if "error" in p.classes]
    assert preferences_of(sami) == ("both", "auto", "ar")
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
    assert ARABIC in html(response)


def test_the_page_shows_now_in_the_chosen_format(as_sami: Client) -> None:
    as_sami.post(
        "/settings/preferences", {"calendar": "gregorian", "digits": "western", "language": "ar"}
    )

    (preview,) = [
        p for p in elements(as_sami.get("/settings/preferences"), "p") if "preview" in p.classes
    ]

    assert "هـ" not in preview.text
    assert any(c.isdigit() and c.isascii() for c in preview.text)
