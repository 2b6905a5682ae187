"""Moderators' policies for other servers and the health of deliveries to them: a blocked
server is neither heard, fetched nor sent to, and its accounts are suspended; a silenced
one stays out of public timelines and strangers' notifications; a server that keeps
failing is paused until it is heard from again; deliveries whose tasks were lost resume."""

import json
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from hudhud.accounts.models import Account, Follow
from hudhud.accounts.services import follow_create
from hudhud.federation.client import FetchError
from hudhud.federation.delivery import (
    PAUSE_AFTER,
    deliver,
    deliveries_resume,
    delivery_attempt,
    instance_heard_from,
)
from hudhud.federation.fetch import fetch_document
from hudhud.federation.models import Delivery, InboxItem, Instance
from hudhud.federation.services import instance_policy_set
from hudhud.notifications.models import Notification, NotificationKind
from hudhud.notifications.services import notification_create
from hudhud.paging import Page
from hudhud.posts.services import post_receive
from hudhud.timelines.selectors import public_timeline
from tests.factories import make_account
from tests.federation.peer import Peer, post_to_inbox
from tests.web.pages import html, signed_in

pytestmark = pytest.mark.usefixtures("db")


def remote(peer: Peer, username: str) -> Account:
    return Account.objects.create(
        local=False,
        username=username,
        domain=peer.host,
        uri=f"{peer.base_url}/users/{username}",
        inbox_uri=f"{peer.base_url}/users/{username}/inbox",
    )


def test_a_blocked_server_is_not_heard_fetched_or_sent_to(peer: Peer) -> None:
    make_account("huda")
    nora = peer.actor("nora")
    known = remote(peer, "omar")

    instance_policy_set(domain=f"http://{peer.host}/", policy="block")
    body = json.dumps(
        {"id": f"{nora.uri}#f", "type": "Follow", "actor": nora.uri, "object": "x"}
    ).encode()
    answer = post_to_inbox(body, nora.signed_headers(body))
    with pytest.raises(FetchError, match="blocked"):
        fetch_document(nora.uri)
    with transaction.atomic():
        deliver(activity={"type": "Note"}, sender=make_account("sami"), inboxes=[known.inbox_uri])

    assert answer.status_code == 403 and not InboxItem.objects.exists()
    assert peer.requests == []
    known.refresh_from_db()
    assert known.suspended
    assert Delivery.objects.get().given_up_at is not None
    instance_policy_set(domain=peer.host, policy="")
    known.refresh_from_db()
    assert not known.suspended


def test_a_silenced_server_stays_out_of_public_timelines_and_strangers_notifications(
    peer: Peer,
) -> None:
    huda, sami = make_account("huda"), make_account("sami")
    omar = remote(peer, "omar")
    follow_create(follower=sami, target=omar)
    Follow.objects.filter(follower=sami).update(accepted=True)  # as its Accept would
    instance_policy_set(domain=peer.host, policy="silence")
    omar.refresh_from_db()

    loud = post_receive(
        author=omar,
        uri=f"{omar.uri}/notes/1",
        url=f"{omar.uri}/notes/1",
        content="<p>@huda @sami إعلان مزعج</p>",
        text="@huda @sami إعلان مزعج",
        mentions=[huda, sami],
    )
    for recipient in (huda, sami):
        notification_create(
            recipient=recipient, actor=omar, kind=NotificationKind.MENTION, post=loud
        )

    assert omar.silenced
    assert loud not in public_timeline(None, Page())
    assert not Notification.objects.filter(recipient=huda).exists()
    assert Notification.objects.filter(recipient=sami).exists()


@pytest.mark.parametrize("domain", ["", "not a domain", "localhost:8000"])
def test_a_policy_needs_another_servers_domain(domain: str) -> None:
    with pytest.raises(ValidationError):
        instance_policy_set(domain=domain, policy="block")


def test_a_failing_server_is_paused_until_it_is_heard_from(peer: Peer) -> None:
    peer.inbox_status = 503
    sami = make_account("sami")
    inbox = f"{peer.base_url}/inbox"
    with transaction.atomic():
        deliver(activity={"id": "a", "type": "Note"}, sender=sami, inboxes=[inbox])
    delivery = Delivery.objects.get()
    for _ in range(PAUSE_AFTER - 1):
        delivery.refresh_from_db()
        delivery_attempt(delivery=delivery)
    instance = Instance.objects.get(domain=peer.host)
    assert instance.paused and instance.failures == PAUSE_AFTER
    tried = len(peer.posted())

    delivery.refresh_from_db()
    delivery_attempt(delivery=delivery)  # waits, untried
    assert len(peer.posted()) == tried
    delivery.refresh_from_db()
    assert delivery.next_attempt_at > timezone.now() + timedelta(hours=11)

    peer.inbox_status = 202
    with transaction.atomic():
        instance_heard_from(peer.host)

    delivery.refresh_from_db()
    assert delivery.delivered_at is not None
    instance.refresh_from_db()
    assert not instance.paused and instance.failures == 0 and instance.last_success_at


def test_deliveries_whose_tasks_were_lost_resume(peer: Peer) -> None:
    sami = make_account("sami")
    lost = Delivery.objects.create(
        inbox=f"{peer.base_url}/inbox",
        domain=peer.host,
        sender=sami,
        activity={"id": "lost", "type": "Note"},
        next_attempt_at=timezone.now() - timedelta(hours=1),
    )
    Delivery.objects.create(
        inbox=f"{peer.base_url}/inbox",
        domain=peer.host,
        sender=sami,
        activity={"id": "later", "type": "Note"},
        next_attempt_at=timezone.now() + timedelta(hours=1),
    )

    assert deliveries_resume() == 1

    lost.refresh_from_db()
    assert lost.delivered_at is not None
    assert [item["id"] for item in peer.posted()] == ["lost"]


def test_the_moderators_page_lists_servers_and_sets_their_policy(peer: Peer) -> None:
    remote(peer, "omar")
    bassem = make_account("bassem", is_staff=True)

    answer = signed_in(bassem).post(
        "/moderation/federation", {"domain": peer.host, "policy": "silence"}, follow=True
    )
    refused = signed_in(bassem).post(
        "/moderation/federation", {"domain": "", "policy": "block"}, follow=True
    )

    assert answer.status_code == 200 and peer.host in html(answer)
    assert Instance.objects.get(domain=peer.host).policy == "silence"
    assert refused.status_code == 200 and Instance.objects.count() == 1
    assert signed_in(make_account("sami")).get("/moderation/federation").status_code == 404
