"""Finding an account from another server: WebFinger by handle or URL, host-meta, and the
actor document on the actor's URL and on the profile's (content negotiation), with its key
made once; URIs from HUDHUD_DOMAIN whatever Host the request names."""

import pytest
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from django.conf import settings
from django.test import Client

from hudhud.accounts.models import Account
from hudhud.accounts.services import profile_update
from tests.factories import make_account

pytestmark = pytest.mark.usefixtures("db")
ACTIVITY = {"HTTP_ACCEPT": "application/activity+json"}
LD = {"HTTP_ACCEPT": 'application/ld+json; profile="https://www.w3.org/ns/activitystreams"'}


def finger(resource: str | None) -> "Client.response_class":  # type: ignore[name-defined]
    query = {} if resource is None else {"resource": resource}
    return Client().get("/.well-known/webfinger", query)


@pytest.mark.parametrize(
    "resource",
    [
        f"acct:sami@{settings.DOMAIN}",
        f"sami@{settings.DOMAIN}",
        f"acct:SAMI@{settings.DOMAIN}",
        f"{settings.BASE_URL}/users/sami",
        f"{settings.BASE_URL}/@sami",
    ],
)
def test_webfinger_finds_a_local_account_by_handle_or_url(resource: str) -> None:
    sami = make_account("sami")

    answer = finger(resource)

    assert answer.status_code == 200
    assert answer["Content-Type"].startswith("application/jrd+json")
    assert answer["Access-Control-Allow-Origin"] == "*"
    found = answer.json()
    assert found["subject"] == f"acct:sami@{settings.DOMAIN}"
    assert {"rel": "self", "type": "application/activity+json", "href": sami.uri} in found["links"]
    assert sami.url in found["aliases"]


@pytest.mark.parametrize(
    ("resource", "status"),
    [
        (None, 400),
        ("acct:nobody@" + settings.DOMAIN, 404),
        ("acct:sami@elsewhere.example", 404),
        ("https://elsewhere.example/users/sami", 404),
        (f"{settings.BASE_URL}/users/sami/outbox", 404),
        ("acct:sami", 404),
    ],
)
def test_webfinger_refuses_what_names_no_local_account(resource: str | None, status: int) -> None:
    make_account("sami")

    assert finger(resource).status_code == status


def test_a_suspended_account_is_gone() -> None:
    sami = make_account("sami")
    Account.objects.filter(pk=sami.pk).update(suspended=True)

    assert finger(f"acct:sami@{settings.DOMAIN}").status_code == 410
    assert Client().get("/users/sami", **ACTIVITY).status_code == 410  # type: ignore[arg-type]


def test_host_meta_points_to_webfinger() -> None:
    answer = Client().get("/.well-known/host-meta")

    assert answer["Content-Type"].startswith("application/xrd+xml")
    assert (
        f'template="{settings.BASE_URL}/.well-known/webfinger?resource={{uri}}"'
        in answer.content.decode()
    )


def test_the_actor_document_of_a_person_with_its_key_made_once() -> None:
    sami = make_account("sami", display_name="سامي الحسين")
    profile_update(account=sami, bio="الدال على الخير كفاعله", fields=[("الموقع", "<b>الرياض</b>")])

    first = Client().get("/users/sami", **ACTIVITY)  # type: ignore[arg-type]
    second = Client().get("/users/sami", **LD)  # type: ignore[arg-type]

    assert first.status_code == 200
    assert first["Content-Type"] == "application/activity+json; charset=utf-8"
    assert "Accept" in first["Vary"]
    actor = first.json()
    assert actor["@context"][0] == "https://www.w3.org/ns/activitystreams"
    assert (actor["id"], actor["type"], actor["preferredUsername"]) == (sami.uri, "Person", "sami")
    assert actor["name"] == "سامي الحسين" and "الدال على الخير كفاعله" in actor["summary"]
    assert actor["inbox"] == f"{sami.uri}/inbox"
    assert actor["endpoints"]["sharedInbox"] == f"{settings.BASE_URL}/inbox"
    assert actor["manuallyApprovesFollowers"] is False
    assert actor["attachment"] == [
        {"type": "PropertyValue", "name": "الموقع", "value": "&lt;b&gt;الرياض&lt;/b&gt;"}
    ]
    key = actor["publicKey"]
    assert (key["id"], key["owner"]) == (f"{sami.uri}#main-key", sami.uri)
    load_pem_public_key(key["publicKeyPem"].encode())
    assert second.json()["publicKey"] == key


@pytest.mark.parametrize(
    ("fields", "kind"),
    [
        ({"kind": "organisation"}, "Organization"),
        ({"kind": "startup"}, "Organization"),
        ({"bot": True}, "Service"),
        ({"locked": True}, "Person"),
    ],
)
def test_actor_types_and_locked_accounts(fields: dict[str, object], kind: str) -> None:
    account = make_account("ministry", kind=fields.get("kind", "person"))
    Account.objects.filter(pk=account.pk).update(
        bot=fields.get("bot", False), locked=fields.get("locked", False)
    )

    actor = Client().get("/users/ministry", **ACTIVITY).json()  # type: ignore[arg-type]

    assert actor["type"] == kind
    assert actor["manuallyApprovesFollowers"] is fields.get("locked", False)


def test_a_browser_is_sent_from_the_actor_to_the_profile_and_a_server_gets_the_actor_there() -> (
    None
):
    sami = make_account("sami")

    browser = Client().get("/users/sami", HTTP_ACCEPT="text/html")
    page = Client().get("/@sami", HTTP_ACCEPT="text/html,application/xhtml+xml")
    server = Client().get("/@sami", **ACTIVITY)  # type: ignore[arg-type]

    assert browser.status_code == 302 and browser["Location"] == sami.url
    assert page.status_code == 200 and page["Content-Type"].startswith("text/html")
    assert "Accept" in page["Vary"]
    assert server.json()["id"] == sami.uri


def test_uris_come_from_the_servers_domain_not_the_requests_host() -> None:
    make_account("sami")

    actor = Client().get("/users/sami", HTTP_HOST="127.0.0.1", **ACTIVITY).json()  # type: ignore[arg-type]

    assert actor["id"] == f"{settings.BASE_URL}/users/sami"
    assert actor["inbox"].startswith(settings.BASE_URL)
