"""Deliveries to a real peer: taken (2xx) once; tried again ever later, with jitter, after
a 5xx or a timeout, or when Retry-After says; given up after a 4xx other than 401, 408 and
429, after MAX_ATTEMPTS, and at once for an inbox on a private address."""

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone
from pytest_django import Settings

from hudhud.accounts.models import Account
from hudhud.federation.delivery import FIRST_DELAY, MAX_ATTEMPTS, deliver, delivery_attempt
from hudhud.federation.models import Delivery, Instance
from tests.factories import make_account
from tests.federation.peer import Peer

pytestmark = pytest.mark.usefixtures("db")
ACTIVITY = {"id": "https://a.example/activities/1", "type": "Follow"}


def sent_to(inbox: str, sender: Account | None = None) -> Delivery:
    with transaction.atomic():
        deliver(activity=ACTIVITY, sender=sender or make_account("sami"), inboxes=[inbox, inbox])
    [delivery] = Delivery.objects.select_related("sender")
    return delivery


def test_a_delivery_taken_is_done_once(peer: Peer) -> None:
    delivery = sent_to(f"{peer.base_url}/inbox")

    assert peer.posted() == [ACTIVITY]
    delivery.refresh_from_db()
    assert delivery.delivered_at is not None and delivery.attempts == 1


@pytest.mark.parametrize("status", [500, 502, 401, 408])
def test_a_failure_is_tried_again_later_with_jitter(peer: Peer, status: int) -> None:
    peer.inbox_status = status
    before = timezone.now()

    delivery = sent_to(f"{peer.base_url}/inbox")

    delivery.refresh_from_db()
    assert delivery.delivered_at is None and delivery.given_up_at is None
    assert delivery.attempts == 1 and str(status) in delivery.last_error
    wait = delivery.next_attempt_at - before
    assert FIRST_DELAY * 0.5 <= wait <= FIRST_DELAY * 1.5 + timedelta(seconds=5)
    assert len(peer.posted()) == 1  # the retry waits for its time


def test_retry_after_is_honoured(peer: Peer) -> None:
    peer.inbox_status = 429
    peer.inbox_headers = {"Retry-After": "3600"}

    delivery = sent_to(f"{peer.base_url}/inbox")

    delivery.refresh_from_db()
    assert delivery.next_attempt_at - timezone.now() > timedelta(minutes=59)


@pytest.mark.parametrize("status", [400, 403, 404, 410, 422])
def test_a_refusal_is_not_asked_again(peer: Peer, status: int) -> None:
    peer.inbox_status = status

    delivery = sent_to(f"{peer.base_url}/inbox")

    delivery.refresh_from_db()
    assert delivery.given_up_at is not None and delivery.attempts == 1


def test_a_delivery_is_given_up_after_its_last_attempt(peer: Peer) -> None:
    peer.inbox_status = 503
    delivery = sent_to(f"{peer.base_url}/inbox")
    for _ in range(MAX_ATTEMPTS - 1):
        # Other deliveries to the server go through: it is not paused for this one's failures.
        Instance.objects.update(failures=0, paused=False)
        delivery.refresh_from_db()
        delivery_attempt(delivery=delivery)

    delivery.refresh_from_db()
    assert delivery.given_up_at is not None and delivery.attempts == MAX_ATTEMPTS
    assert len(peer.posted()) == MAX_ATTEMPTS


def test_the_backoff_grows_with_each_attempt(peer: Peer) -> None:
    peer.inbox_status = 500
    delivery = sent_to(f"{peer.base_url}/inbox")
    waits = []
    for _ in range(4):
        delivery.refresh_from_db()
        waits.append((delivery.next_attempt_at - timezone.now()).total_seconds())
        delivery_attempt(delivery=delivery)

    assert waits[-1] > waits[0] * 2


@pytest.mark.parametrize(
    "inbox", ["http://10.0.0.1/inbox", "http://169.254.169.254/inbox", "http://[::1]/inbox"]
)
def test_an_inbox_on_a_private_address_is_given_up_unreached(
    settings: Settings, inbox: str
) -> None:
    settings.FEDERATION_ALLOW_HTTP = True

    delivery = sent_to(inbox)

    delivery.refresh_from_db()
    assert delivery.given_up_at is not None and "public address" in delivery.last_error
