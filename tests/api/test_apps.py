"""Registering a client app, checking its credentials, and `hudhud token`."""

from typing import Any

import pytest
from django.contrib.auth.hashers import check_password

from hudhud.api.models import Application
from hudhud.cli import main
from tests.api.conftest import Api, ApiAs
from tests.factories import make_account, make_token

pytestmark = pytest.mark.django_db

OOB = "urn:ietf:wg:oauth:2.0:oob"


def test_an_app_is_registered_as_mastodon_answers() -> None:
    response = Api().post(
        "/api/v1/apps",
        {
            "client_name": "تطبيق هدهد",
            "redirect_uris": "https://client.example/cb",
            "scopes": "read write push",
            "website": "https://client.example",
        },
    )
    assert response.status_code == 200, response.content
    app = response.json()
    assert app["name"] == "تطبيق هدهد"
    assert app["website"] == "https://client.example"
    assert app["scopes"] == ["read", "write", "push"]
    assert app["redirect_uri"] == "https://client.example/cb"
    assert app["redirect_uris"] == ["https://client.example/cb"]
    assert app["client_secret_expires_at"] == 0
    assert isinstance(app["vapid_key"], str)
    assert app["id"].isdigit()
    stored = Application.objects.get(client_id=app["client_id"])
    assert stored.client_secret != app["client_secret"]  # hashed at rest
    assert check_password(app["client_secret"], stored.client_secret)


def test_the_defaults_are_read_and_no_website() -> None:
    app = Api().post("/api/v1/apps", {"client_name": "toot", "redirect_uris": OOB}).json()
    assert app["scopes"] == ["read"]
    assert app["website"] is None
    assert app["redirect_uris"] == [OOB]


def test_several_redirect_uris_in_one_string_a_list_or_a_form() -> None:
    as_string = Api().post(
        "/api/v1/apps",
        {"client_name": "Elk", "redirect_uris": "elk://callback\nhttps://elk.zone/cb  " + OOB},
    )
    assert as_string.status_code == 200, as_string.content
    assert as_string.json()["redirect_uris"] == ["elk://callback", "https://elk.zone/cb", OOB]
    assert as_string.json()["redirect_uri"] == "elk://callback\nhttps://elk.zone/cb\n" + OOB
    as_list = Api().post(
        "/api/v1/apps",
        {"client_name": "Tusky", "redirect_uris": ["com.tusky:/oauth", "tusky://oauth"]},
    )
    assert as_list.json()["redirect_uris"] == ["com.tusky:/oauth", "tusky://oauth"]
    as_form = Api().form(
        "/api/v1/apps",
        {"client_name": "Mastodon.py", "redirect_uris[]": [OOB, "http://127.0.0.1:8080/cb"]},
    )
    assert as_form.status_code == 200, as_form.content
    assert as_form.json()["redirect_uris"] == [OOB, "http://127.0.0.1:8080/cb"]


@pytest.mark.parametrize(
    "body",
    [
        {"client_name": "x", "redirect_uris": "javascript:alert(1)"},
        {"client_name": "x", "redirect_uris": "/relative/path"},
        {"client_name": "x", "redirect_uris": "https://client.example/cb#fragment"},
        {"client_name": "x", "redirect_uris": "not a uri"},
        {"client_name": "x", "redirect_uris": "https://"},
        {"client_name": "x", "redirect_uris": ""},
        {"client_name": "x", "redirect_uris": OOB, "scopes": "read admin:everything"},
        {"client_name": "x", "redirect_uris": OOB, "website": "not a website"},
        {"client_name": "", "redirect_uris": OOB},
        {"client_name": "x" * 300, "redirect_uris": OOB},
        {"client_name": ["x"], "redirect_uris": OOB},
    ],
    ids=[
        "javascript",
        "relative",
        "fragment",
        "words",
        "no-host",
        "none",
        "unknown-scope",
        "website",
        "no-name",
        "long-name",
        "name-list",
    ],
)
def test_a_bad_registration_is_a_422(body: dict[str, Any]) -> None:
    response = Api().post("/api/v1/apps", body)
    assert response.status_code == 422
    assert "error" in response.json()
    assert not Application.objects.exists()


def test_verify_credentials_takes_any_token_of_the_app(api_as: ApiAs) -> None:
    own = Api(make_token(None, "read"))
    response = own.get("/api/v1/apps/verify_credentials")
    assert response.status_code == 200
    app = response.json()
    assert app["name"] == "Hudhud tests"
    assert "client_secret" not in app and "client_id" not in app
    assert app["scopes"] == ["read"]
    writer = api_as(make_account("sami"), scopes="write:statuses")
    assert writer.get("/api/v1/apps/verify_credentials").status_code == 200


def test_verify_credentials_refuses_no_token_and_a_wrong_one() -> None:
    assert Api().get("/api/v1/apps/verify_credentials").status_code == 401
    wrong = Api("not-a-token").get("/api/v1/apps/verify_credentials")
    assert wrong.status_code == 401 and "error" in wrong.json()


def test_the_token_command_prints_a_working_token(capsys: pytest.CaptureFixture[str]) -> None:
    make_account("sami")
    with pytest.raises(SystemExit) as stopped:
        main(["token", "sami", "--scopes", "read write"])
    assert stopped.value.code == 0
    value = capsys.readouterr().out.strip()
    found = Api(value).get("/api/v1/accounts/verify_credentials")
    assert found.status_code == 200 and found.json()["username"] == "sami"
    assert Api(value).get("/api/v1/apps/verify_credentials").json()["scopes"] == [
        "read",
        "write",
    ]


@pytest.mark.parametrize(
    ("argv", "said"),
    [(["token", "nobody"], "nobody"), (["token", "sami", "--scopes", "read sudo"], "sudo")],
    ids=["unknown-user", "unknown-scope"],
)
def test_the_token_command_fails_clearly(
    capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    make_account("sami")
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 1
    printed = capsys.readouterr()
    assert printed.out == "" and said in printed.err
