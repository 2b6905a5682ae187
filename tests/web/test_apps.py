"""The Apps settings page: apps with access to the account, revoking one, and a token for a
bot shown once."""

import pytest
from django.test import Client

from hudhud.accounts.models import Account
from hudhud.api.models import Application
from hudhud.api.services import application_create, token_create
from tests.api.conftest import Api
from tests.factories import make_account


def authorized_app(account: Account, name: str = "تطبيق الجوال") -> tuple[Application, str]:
    """Register an app and let it into `account`, as the OAuth flow would."""
    app = application_create(
        name=name, redirect_uris="https://client.example/cb", scopes="read write"
    ).application
    _token, value = token_create(user=account.user, application=app, scopes="read write")
    return app, value


def test_the_page_lists_the_authorized_apps_with_scopes(sami: Account, as_sami: Client) -> None:
    authorized_app(sami)
    page = as_sami.get("/settings/apps")
    assert page.status_code == 200
    html = page.content.decode()
    assert "تطبيق الجوال" in html and "read write" in html
    assert [item.application.name for item in page.context["authorized"]] == ["تطبيق الجوال"]
    assert 'dir="rtl"' in html


def test_revoking_an_app_takes_back_its_tokens(sami: Account, as_sami: Client) -> None:
    app, value = authorized_app(sami)
    assert Api(value).get("/api/v1/accounts/verify_credentials").status_code == 200
    response = as_sami.post("/settings/apps/revoke", {"application": app.pk})
    assert response.status_code == 302
    assert Api(value).get("/api/v1/accounts/verify_credentials").status_code == 401
    assert as_sami.get("/settings/apps").context["authorized"] == []


def test_one_cannot_revoke_for_someone_else(sami: Account, yazeed: Account) -> None:
    app, value = authorized_app(yazeed)
    as_sami = Client()
    assert sami.user is not None
    as_sami.force_login(sami.user)
    assert as_sami.post("/settings/apps/revoke", {"application": app.pk}).status_code == 404
    assert as_sami.post("/settings/apps/revoke", {"application": "x"}).status_code == 404
    assert Api(value).get("/api/v1/accounts/verify_credentials").status_code == 200


def test_a_bot_app_and_its_token_are_shown_once(sami: Account, as_sami: Client) -> None:
    response = as_sami.post("/settings/apps", {"name": "بوت الأخبار", "scopes": ["read", "write"]})
    assert response.status_code == 200
    value = response.context["new_token"]
    assert value and value in response.content.decode()
    posted = Api(value).post("/api/v1/statuses", {"status": "خبر عاجل من البوت"})
    assert posted.status_code == 200, posted.content
    again = as_sami.get("/settings/apps")
    assert value not in again.content.decode()
    assert [app.name for app in again.context["own"]] == ["بوت الأخبار"]


def test_a_bot_app_needs_a_name_and_known_scopes(as_sami: Client) -> None:
    assert as_sami.post("/settings/apps", {"name": "", "scopes": ["read"]}).status_code == 400
    assert as_sami.post("/settings/apps", {"name": "بوت", "scopes": ["sudo"]}).status_code == 400
    assert not Application.objects.exists()


def test_deleting_ones_own_app(sami: Account, as_sami: Client) -> None:
    response = as_sami.post("/settings/apps", {"name": "بوت", "scopes": ["read"]})
    value = response.context["new_token"]
    app = Application.objects.get(name="بوت")
    assert as_sami.post("/settings/apps/delete", {"application": app.pk}).status_code == 302
    assert not Application.objects.filter(pk=app.pk).exists()
    assert Api(value).get("/api/v1/accounts/verify_credentials").status_code == 401


def test_only_ones_own_app_can_be_deleted(sami: Account, as_sami: Client) -> None:
    app, _value = authorized_app(sami)  # authorised, but registered by its developer
    assert as_sami.post("/settings/apps/delete", {"application": app.pk}).status_code == 404
    assert Application.objects.filter(pk=app.pk).exists()


@pytest.mark.django_db
def test_visitors_are_sent_to_sign_in() -> None:
    response = Client().get("/settings/apps")
    assert response.status_code == 302 and response["Location"].startswith("/login")
    make_account("sami")
    assert Client().post("/settings/apps/revoke", {"application": 1}).status_code == 302


def test_the_settings_pages_link_to_apps(as_sami: Client) -> None:
    assert 'href="/settings/apps"' in as_sami.get("/settings/preferences").content.decode()
    assert 'href="/settings/apps"' in as_sami.get("/settings/profile").content.decode()
