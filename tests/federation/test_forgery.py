"""Forged and unsafe deliveries to an inbox, each refused (401 / 403) with nothing stored:
no signature, a wrong key, a key of one actor claiming another, a stale Date, a Digest that
does not match, an object of another host, a fetched actor whose id is not its URL; keys
on private addresses are not fetched at all. A good delivery is taken (202), once."""

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.conf import settings
from pytest_django import Settings

from hudhud.accounts.models import Account, Follow
from hudhud.federation.models import InboxItem
from hudhud.federation.signatures import key_pair
from tests.factories import make_account
from tests.federation.peer import Peer, RemoteActor, post_to_inbox, running_peer

pytestmark = pytest.mark.usefixtures("db")
INBOX = "/users/huda/inbox"


def follow_of(actor: RemoteActor, number: int = 1) -> dict[str, Any]:
    return {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": f"{actor.uri}#follows/{number}",
        "type": "Follow",
        "actor": actor.uri,
        "object": f"{settings.BASE_URL}/users/huda",
    }


def deliver(actor: RemoteActor, activity: dict[str, Any], **signing: Any) -> Any:
    body = json.dumps(activity).encode()
    return post_to_inbox(body, actor.signed_headers(body, **signing))


def test_a_signed_follow_is_taken_once_and_applied(peer: Peer) -> None:
    huda = make_account("huda")
    sami = peer.actor("sami", name="سامي")

    first = deliver(sami, follow_of(sami))
    again = deliver(sami, follow_of(sami))

    assert (first.status_code, again.status_code) == (202, 202)
    assert InboxItem.objects.count() == 1
    follower = Account.objects.get(uri=sami.uri)
    assert (follower.local, follower.domain, follower.display_name) == (False, peer.host, "سامي")
    assert Follow.objects.filter(follower=follower, target=huda, accepted=True).exists()
    [accept] = peer.posted()
    assert accept["type"] == "Accept" and accept["object"]["id"] == follow_of(sami)["id"]


def assert_nothing_stored() -> None:
    assert not InboxItem.objects.exists()
    assert not Follow.objects.exists()


def test_an_unsigned_post_is_refused(peer: Peer) -> None:
    make_account("huda")
    sami = peer.actor("sami")

    answer = post_to_inbox(json.dumps(follow_of(sami)).encode(), {})

    assert answer.status_code == 401 and "error" in answer.json()
    assert_nothing_stored()


def test_a_signature_by_another_key_is_refused(peer: Peer) -> None:
    make_account("huda")
    sami = peer.actor("sami")
    impostor = RemoteActor(uri=sami.uri, key_id=sami.key_id, private_key=key_pair()[0], peer=peer)

    answer = deliver(impostor, follow_of(sami))

    assert answer.status_code == 401
    assert_nothing_stored()


def test_the_key_of_one_actor_does_not_speak_for_another(peer: Peer) -> None:
    make_account("huda")
    sami, mallory = peer.actor("sami"), peer.actor("mallory")

    answer = deliver(mallory, follow_of(sami))

    assert answer.status_code == 403
    assert_nothing_stored()


def test_a_stale_date_is_refused(peer: Peer) -> None:
    make_account("huda")
    sami = peer.actor("sami")

    answer = deliver(sami, follow_of(sami), now=datetime.now(UTC) - timedelta(hours=13))

    assert answer.status_code == 401 and "too old" in answer.json()["error"]
    assert_nothing_stored()


def test_a_body_that_does_not_match_its_digest_is_refused(peer: Peer) -> None:
    make_account("huda")
    sami = peer.actor("sami")
    body = json.dumps(follow_of(sami)).encode()
    headers = sami.signed_headers(body)

    answer = post_to_inbox(json.dumps(follow_of(sami, 2)).encode(), headers)

    assert answer.status_code == 401 and "Digest" in answer.json()["error"]
    assert_nothing_stored()


@pytest.mark.parametrize(
    "created",
    [
        {"id": "https://elsewhere.example/notes/1", "type": "Note"},
        {"type": "Note", "attributedTo": "https://elsewhere.example/users/x"},
    ],
)
def test_an_object_of_another_host_or_author_is_refused(
    peer: Peer, created: dict[str, str]
) -> None:
    make_account("huda")
    sami = peer.actor("sami")
    note = {"id": f"{sami.uri}/notes/1", "attributedTo": sami.uri, "content": "x", **created}
    activity = {
        "id": f"{sami.uri}/notes/1/activity",
        "type": "Create",
        "actor": sami.uri,
        "object": note,
    }

    answer = deliver(sami, activity)

    assert answer.status_code == 403
    assert_nothing_stored()


def test_an_activity_id_on_another_host_is_refused(peer: Peer) -> None:
    make_account("huda")
    sami = peer.actor("sami")

    answer = deliver(sami, {**follow_of(sami), "id": "https://elsewhere.example/follows/1"})

    assert answer.status_code == 403
    assert_nothing_stored()


def test_an_actor_whose_id_is_not_its_url_is_not_believed(peer: Peer) -> None:
    make_account("huda")
    sami = peer.actor("sami")
    kind, document = peer.documents["/users/sami"]
    peer.documents["/users/sami"] = (kind, {**document, "id": f"{peer.base_url}/users/other"})

    answer = deliver(sami, follow_of(sami))

    assert answer.status_code == 401 and "id" in answer.json()["error"]
    assert_nothing_stored()
    assert not Account.objects.filter(local=False).exists()


def test_an_actor_served_as_html_is_not_believed(peer: Peer) -> None:
    make_account("huda")
    sami = peer.actor("sami")
    peer.documents["/users/sami"] = ("text/html", peer.documents["/users/sami"][1])

    assert deliver(sami, follow_of(sami)).status_code == 401
    assert_nothing_stored()


@pytest.mark.parametrize(
    "key_id",
    [
        "http://127.0.0.1:9/users/sami#main-key",
        "http://10.0.0.1/users/sami#main-key",
        "http://169.254.169.254/latest/meta-data/#main-key",
        "http://[::1]:9/users/sami#main-key",
    ],
)
def test_a_key_on_a_private_address_is_not_fetched(settings: Settings, key_id: str) -> None:
    settings.FEDERATION_ALLOW_HTTP = True
    make_account("huda")
    with running_peer() as peer:
        sami = peer.actor("sami")
        local_key = key_id.replace("127.0.0.1:9", peer.host)

        answer = deliver(sami, follow_of(sami), key_id=local_key)

        assert answer.status_code == 401 and "not a public address" in answer.json()["error"]
        assert peer.requests == []
    assert_nothing_stored()
