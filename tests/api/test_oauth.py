"""OAuth 2 as Mastodon apps drive it: the consent page, codes with and without PKCE, the
password and client-credentials grants, refresh, revocation and the server's metadata."""

import base64
import hashlib
import json
import secrets
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.test import Client

from hudhud.accounts.models import Account
from tests.api.conftest import Api
from tests.factories import PASSWORD, make_account

pytestmark = pytest.mark.django_db

OOB = "urn:ietf:wg:oauth:2.0:oob"
CALLBACK = "https://client.example/callback"


def register(redirect_uris: str = CALLBACK, scopes: str = "read write follow") -> dict[str, Any]:
    """Register an app as a client does and return Mastodon's answer (with the secret)."""
    response = Api().post(
        "/api/v1/apps",
        {"client_name": "هدهد للجوال", "redirect_uris": redirect_uris, "scopes": scopes},
    )
    assert response.status_code == 200, response.content
    body: dict[str, Any] = response.json()
    return body


def signed_in(account: Account) -> Client:
    client = Client()
    assert account.user is not None
    client.force_login(account.user)
    return client


def authorize_path(app: dict[str, Any], **params: str) -> str:
    query = {
        "client_id": app["client_id"],
        "redirect_uri": app["redirect_uri"].split()[0],
        "response_type": "code",
        "scope": "read write",
        **params,
    }
    return "/oauth/authorize?" + urlencode(query)


def consent(client: Client, path: str, *, allow: bool = True) -> Any:
    """Open the consent page at `path`, then approve (or deny) with the form it shows."""
    page = client.get(path)
    assert page.status_code == 200, page.content
    fields = {name: value for name, value in page.context["form"].initial.items() if value}
    if allow:
        fields["allow"] = "true"
    return client.post(path, fields)


def code_from(response: Any) -> str:
    assert response.status_code == 302, response.content
    answer = parse_qs(urlsplit(str(response["Location"])).query)
    return answer["code"][0]


def token_request(data: dict[str, str], *, as_json: bool = False) -> Any:
    client = Client()
    if as_json:
        return client.post("/oauth/token", json.dumps(data), content_type="application/json")
    return client.post(
        "/oauth/token", urlencode(data), content_type="application/x-www-form-urlencoded"
    )


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def whose(access_token: str) -> Any:
    return Api(access_token).get("/api/v1/accounts/verify_credentials")


def test_the_consent_page_names_the_app_the_account_and_the_scopes() -> None:
    sami = make_account("sami")
    app = register()
    page = signed_in(sami).get(authorize_path(app))
    assert page.status_code == 200
    html = page.content.decode()
    assert "هدهد للجوال" in html and "@sami" in html
    assert page.context["scopes"] == ["read", "write"]
    assert len(page.context["scope_words"]) == 2
    assert all(words not in ("read", "write") for words in page.context["scope_words"])
    assert 'name="csrfmiddlewaretoken"' in html


def test_a_visitor_is_sent_to_sign_in_first_and_comes_back() -> None:
    app = register()
    path = authorize_path(app, state="xyz")
    response = Client().get(path)
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert target.path == "/login"
    assert parse_qs(target.query)["next"] == [path]


def test_the_code_becomes_a_token_of_the_account_without_pkce() -> None:
    sami = make_account("sami")
    app = register()
    code = code_from(consent(signed_in(sami), authorize_path(app, state="s1")))
    response = token_request(
        {
            "grant_type": "authorization_code",
            "code": code,
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
            "redirect_uri": CALLBACK,
        }
    )
    assert response.status_code == 200, response.content
    token = response.json()
    assert token["token_type"] == "Bearer"
    assert token["scope"] == "read write"
    assert isinstance(token["created_at"], int) and token["created_at"] > 1_700_000_000
    found = whose(token["access_token"])
    assert found.status_code == 200 and found.json()["username"] == "sami"
    again = token_request(
        {
            "grant_type": "authorization_code",
            "code": code,
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
            "redirect_uri": CALLBACK,
        }
    )
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"


def test_the_redirect_carries_the_state() -> None:
    sami = make_account("sami")
    app = register()
    response = consent(signed_in(sami), authorize_path(app, state="حالة 1"))
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == CALLBACK
    assert parse_qs(location.query)["state"] == ["حالة 1"]


@pytest.mark.parametrize("as_json", [False, True], ids=["form", "json"])
def test_a_pkce_code_needs_its_verifier(as_json: bool) -> None:
    sami = make_account("sami")
    app = register()
    verifier, challenge = pkce_pair()
    path = authorize_path(app, code_challenge=challenge, code_challenge_method="S256")
    code = code_from(consent(signed_in(sami), path))
    exchange = {
        "grant_type": "authorization_code",
        "code": code,
        "client_id": app["client_id"],
        "client_secret": app["client_secret"],
        "redirect_uri": CALLBACK,
    }
    wrong = token_request({**exchange, "code_verifier": pkce_pair()[0]}, as_json=as_json)
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant"
    missing = token_request(exchange, as_json=as_json)
    assert missing.status_code == 400 and "error" in missing.json()
    right = token_request({**exchange, "code_verifier": verifier}, as_json=as_json)
    assert right.status_code == 200, right.content
    assert whose(right.json()["access_token"]).json()["username"] == "sami"


@pytest.mark.filterwarnings('ignore:The PKCE "plain":DeprecationWarning')
def test_a_plain_pkce_challenge_is_its_verifier() -> None:
    sami = make_account("sami")
    app = register()
    verifier = secrets.token_urlsafe(48)
    path = authorize_path(app, code_challenge=verifier, code_challenge_method="plain")
    code = code_from(consent(signed_in(sami), path))
    response = token_request(
        {
            "grant_type": "authorization_code",
            "code": code,
            "code_verifier": verifier,
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
            "redirect_uri": CALLBACK,
        }
    )
    assert response.status_code == 200, response.content


def test_an_app_without_a_redirect_is_shown_its_code_to_copy() -> None:
    sami = make_account("sami")
    app = register(redirect_uris=OOB)
    page = consent(signed_in(sami), authorize_path(app))
    assert page.status_code == 200
    code = page.context["code"]
    assert code and code in page.content.decode()
    response = token_request(
        {
            "grant_type": "authorization_code",
            "code": code,
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
            "redirect_uri": OOB,
        }
    )
    assert response.status_code == 200, response.content
    assert whose(response.json()["access_token"]).json()["username"] == "sami"


def test_an_app_scheme_gets_its_redirect() -> None:
    sami = make_account("sami")
    app = register(redirect_uris="elk://callback com.tusky:/oauth")
    for uri in ("elk://callback", "com.tusky:/oauth"):
        path = authorize_path(app, redirect_uri=uri)
        response = consent(signed_in(sami), path)
        assert response.status_code == 302
        assert response["Location"].startswith(uri + "?code=")


def test_denying_sends_the_app_access_denied() -> None:
    sami = make_account("sami")
    app = register()
    response = consent(signed_in(sami), authorize_path(app, state="s2"), allow=False)
    assert response.status_code == 302
    answer = parse_qs(urlsplit(response["Location"]).query)
    assert answer["error"] == ["access_denied"] and answer["state"] == ["s2"]
    assert "code" not in answer


def test_a_redirect_uri_the_app_did_not_register_is_refused_without_redirecting() -> None:
    sami = make_account("sami")
    app = register()
    response = signed_in(sami).get(authorize_path(app, redirect_uri="https://evil.example/"))
    assert response.status_code == 400
    assert "Location" not in response
    unknown = signed_in(sami).get(authorize_path({**app, "client_id": "nobody"}))
    assert unknown.status_code in (400, 401) and "Location" not in unknown


def test_a_scope_the_app_did_not_register_goes_back_as_an_error() -> None:
    sami = make_account("sami")
    app = register(scopes="read")
    response = signed_in(sami).get(authorize_path(app, scope="read write"))
    assert response.status_code == 302
    assert parse_qs(urlsplit(response["Location"]).query)["error"] == ["invalid_scope"]


def test_scopes_may_be_joined_by_a_plus() -> None:
    sami = make_account("sami")
    app = register()
    path = authorize_path(app).replace("scope=read+write", "scope=read%2Bwrite")
    assert "read%2Bwrite" in path
    page = signed_in(sami).get(path)
    assert page.status_code == 200 and page.context["scopes"] == ["read", "write"]


def test_the_code_must_go_back_to_the_same_redirect_uri() -> None:
    sami = make_account("sami")
    app = register(redirect_uris=f"{CALLBACK} {OOB}")
    code = code_from(consent(signed_in(sami), authorize_path(app)))
    response = token_request(
        {
            "grant_type": "authorization_code",
            "code": code,
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
            "redirect_uri": OOB,
        }
    )
    assert response.status_code == 400 and "error" in response.json()


def test_a_wrong_client_secret_is_refused() -> None:
    sami = make_account("sami")
    app = register()
    code = code_from(consent(signed_in(sami), authorize_path(app)))
    response = token_request(
        {
            "grant_type": "authorization_code",
            "code": code,
            "client_id": app["client_id"],
            "client_secret": "not-the-secret",
            "redirect_uri": CALLBACK,
        }
    )
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


@pytest.mark.parametrize("login", ["sami@example.org", "sami"], ids=["email", "username"])
def test_the_password_grant_takes_the_email_or_the_username(login: str) -> None:
    make_account("sami")
    app = register()
    response = token_request(
        {
            "grant_type": "password",
            "username": login,
            "password": PASSWORD,
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
            "scope": "read write",
        },
        as_json=login == "sami",
    )
    assert response.status_code == 200, response.content
    assert response.json()["scope"] == "read write"
    assert whose(response.json()["access_token"]).json()["username"] == "sami"


def test_the_password_grant_refuses_a_wrong_password() -> None:
    make_account("sami")
    app = register()
    response = token_request(
        {
            "grant_type": "password",
            "username": "sami",
            "password": "wrong password",
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
        }
    )
    assert response.status_code == 400 and response.json()["error"] == "invalid_grant"


def test_client_credentials_give_the_app_its_own_token() -> None:
    app = register()
    response = token_request(
        {
            "grant_type": "client_credentials",
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
            "scope": "read",
        }
    )
    assert response.status_code == 200, response.content
    value = response.json()["access_token"]
    verified = Api(value).get("/api/v1/apps/verify_credentials")
    assert verified.status_code == 200 and verified.json()["name"] == "هدهد للجوال"
    assert whose(value).status_code == 422


def test_a_refresh_token_gives_a_working_token() -> None:
    make_account("sami")
    app = register()
    first = token_request(
        {
            "grant_type": "password",
            "username": "sami",
            "password": PASSWORD,
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
        }
    ).json()
    refreshed = token_request(
        {
            "grant_type": "refresh_token",
            "refresh_token": first["refresh_token"],
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
        }
    )
    assert refreshed.status_code == 200, refreshed.content
    value = refreshed.json()["access_token"]
    assert value != first["access_token"]
    assert whose(value).json()["username"] == "sami"


def test_a_revoked_token_is_refused() -> None:
    make_account("sami")
    app = register()
    value = token_request(
        {
            "grant_type": "password",
            "username": "sami",
            "password": PASSWORD,
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
        }
    ).json()["access_token"]
    assert whose(value).status_code == 200
    revoked = Client().post(
        "/oauth/revoke",
        urlencode(
            {"token": value, "client_id": app["client_id"], "client_secret": app["client_secret"]}
        ),
        content_type="application/x-www-form-urlencoded",
    )
    assert revoked.status_code == 200 and revoked.json() == {}
    refused = whose(value)
    assert refused.status_code == 401 and "error" in refused.json()


def test_force_login_signs_out_and_asks_to_sign_in_again() -> None:
    sami = make_account("sami")
    app = register()
    client = signed_in(sami)
    response = client.get(authorize_path(app, force_login="true"))
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert target.path == "/login"
    back = parse_qs(target.query)["next"][0]
    assert "force_login" not in back and "client_id" in back
    assert client.get(back).status_code == 302  # signed out: to the login page again
    assert "_auth_user_id" not in client.session


def test_the_trailing_slash_is_the_same_endpoint() -> None:
    sami = make_account("sami")
    app = register()
    page = signed_in(sami).get(
        authorize_path(app).replace("/oauth/authorize?", "/oauth/authorize/?")
    )
    assert page.status_code == 200 and page.context["scopes"] == ["read", "write"]


def test_the_server_metadata_is_mastodons(settings: Any) -> None:
    response = Client().get(
        "/.well-known/oauth-authorization-server", headers={"host": "127.0.0.1"}
    )
    assert response.status_code == 200
    body = response.json()
    base = settings.BASE_URL
    assert body["issuer"] == f"{base}/"
    assert body["authorization_endpoint"] == f"{base}/oauth/authorize"
    assert body["token_endpoint"] == f"{base}/oauth/token"
    assert body["revocation_endpoint"] == f"{base}/oauth/revoke"
    assert body["app_registration_endpoint"] == f"{base}/api/v1/apps"
    assert {"read", "write", "follow", "push", "read:statuses"} <= set(body["scopes_supported"])
    assert body["response_types_supported"] == ["code"]
    assert {"authorization_code", "password", "client_credentials"} <= set(
        body["grant_types_supported"]
    )
    assert body["code_challenge_methods_supported"] == ["S256"]
    assert "client_secret_post" in body["token_endpoint_auth_methods_supported"]
