"""Authorized fetch (HUDHUD_AUTHORIZED_FETCH): actors, posts and collections go only to GETs
signed by a server that is not blocked; the instance actor, WebFinger and pages for
browsers stay open, so that servers can find the keys they verify with."""

from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from pytest_django import Settings

from hudhud.federation.services import instance_policy_set
from hudhud.federation.signatures import sign
from tests.factories import make_account, make_post
from tests.federation.peer import Peer, RemoteActor

pytestmark = pytest.mark.usefixtures("db")
ACCEPT = "application/activity+json"


@pytest.fixture(autouse=True)
def _authorized_fetch(settings: Settings) -> None:
    settings.AUTHORIZED_FETCH = True


def get(path: str, signer: RemoteActor | None = None, accept: str = ACCEPT) -> Any:
    headers = {"Accept": accept, "Host": settings.DOMAIN}
    if signer is not None:
        headers.update(
            sign(
                "GET",
                f"{settings.BASE_URL}{path}",
                {"Accept": accept},
                b"",
                key_id=signer.key_id,
                private_key=signer.private_key,
            )
        )
    return Client().get(path, headers=headers)


def test_documents_need_a_signature(peer: Peer) -> None:
    make_account("sami")
    post = make_post(make_account("huda"), "للجميع")
    nora = peer.actor("nora")
    paths = ["/users/sami", f"/users/huda/statuses/{post.pk}", "/users/sami/followers"]

    unsigned = [get(path).status_code for path in paths]
    signed = [get(path, nora).status_code for path in paths]

    assert unsigned == [401, 401, 401]
    assert signed == [200, 200, 200]


def test_what_servers_need_to_find_keys_stays_open(peer: Peer) -> None:
    sami = make_account("sami")

    assert get("/actor").status_code == 200
    assert get(f"/.well-known/webfinger?resource=acct:sami@{settings.DOMAIN}").status_code == 200
    page = get("/users/sami", accept="text/html")
    assert page.status_code == 302 and page["Location"] == sami.url


def test_a_blocked_server_is_refused_even_signed(peer: Peer) -> None:
    make_account("sami")
    nora = peer.actor("nora")
    instance_policy_set(domain=peer.host, policy="block")

    assert get("/users/sami", nora).status_code == 403
    assert peer.requests == []


def test_a_wrong_signature_is_refused(peer: Peer) -> None:
    make_account("sami")
    nora = peer.actor("nora")
    other = peer.actor("other")
    impostor = RemoteActor(nora.uri, nora.key_id, other.private_key, peer)

    assert get("/users/sami", impostor).status_code == 401
