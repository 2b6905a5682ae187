"""Arabic by default, right to left; English on request, left to right."""

from django.conf import settings
from django.test import Client

from hudhud.accounts.models import Account
from tests.web.pages import html

ARABIC = '<html lang="ar" dir="rtl">'
ENGLISH = '<html lang="en" dir="ltr">'


def test_arabic_is_the_default_even_for_a_signed_in_person(as_sami: Client) -> None:
    assert ARABIC in html(as_sami.get("/"))
    assert ARABIC in html(as_sami.get("/settings/profile"))


def test_the_language_cookie_switches_to_english(client: Client, sami: Account) -> None:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    for path in ("/", "/local", "/@sami", "/signup", "/login"):
        response = client.get(path)
        assert response.status_code == 200
        assert ENGLISH in html(response), path
        assert 'name="language" value="ar"' in html(response)


def test_setlang_switches_to_english_and_back(client: Client, db: None) -> None:
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/local"})

    assert response.status_code == 302
    assert response["Location"] == "/local"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert ENGLISH in html(client.get("/local"))

    client.post("/i18n/setlang/", {"language": "ar", "next": "/"})

    assert ARABIC in html(client.get("/"))


def test_unknown_language_keeps_arabic(client: Client, db: None) -> None:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "xx"
    assert ARABIC in html(client.get("/"))
    client.post("/i18n/setlang/", {"language": "xx", "next": "/"})
    assert ARABIC in html(client.get("/"))


def test_signing_up_in_english_remembers_english(client: Client, db: None) -> None:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    client.post(
        "/signup",
        {"username": "saad", "email": "saad@example.org", "password": "a-long-new-password-77"},
    )

    user = Account.objects.get(username="saad").user
    assert user is not None
    assert user.language == "en"
