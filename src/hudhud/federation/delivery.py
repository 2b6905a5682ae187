"""Delivering activities to other servers: one task per inbox, signed by the local account
that acts. A failed delivery is tried again later, ever later (exponential backoff with
jitter, or when the inbox's `Retry-After` says), up to MAX_ATTEMPTS; an inbox that refuses
for good (a 4xx other than 401, 408 and 429) is not asked again."""

import json
import random
import time
from collections.abc import Iterable, Mapping
from datetime import timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from hudhud.accounts.models import Account
from hudhud.federation.ap import ACTIVITY_JSON, instance_actor_uri
from hudhud.federation.client import FetchError, Refused, request
from hudhud.federation.keys import account_keys, server_key
from hudhud.federation.models import Delivery, DomainPolicy, Instance
from hudhud.federation.signatures import sign
from hudhud.posts.tasks import enqueue_at

MAX_ATTEMPTS = 12
FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(hours=12)
_RETRIED_4XX = frozenset({401, 408, 429})
#: A server that failed this many deliveries in a row is paused until it is heard from.
PAUSE_AFTER = 10
#: How long a delivery waits for a paused server to come back.
KEPT_WHILE_PAUSED = timedelta(days=7)
#: A waiting delivery this long past its time lost its task (a worker stopped mid-way).
STALE = timedelta(minutes=5)


def deliver(*, activity: dict[str, Any], sender: Account | None, inboxes: Iterable[str]) -> None:
    """Queue `activity` to each of `inboxes` (once each), on commit, signed by `sender` (by
    the instance actor when None)."""
    rows = Delivery.objects.bulk_create(
        [
            Delivery(
                inbox=inbox, domain=urlsplit(inbox).netloc.lower(), sender=sender, activity=activity
            )
            for inbox in dict.fromkeys(inboxes)
            if inbox
        ]
    )
    ids = [row.pk for row in rows]
    transaction.on_commit(lambda: [deliver_activity.enqueue(pk) for pk in ids])


@task()
def deliver_activity(delivery_id: int) -> None:
    """Try a delivery whose time has come (a backend that cannot wait runs this at once:
    a retry before its time does nothing)."""
    found = (
        Delivery.objects.select_related("sender")
        .filter(
            pk=delivery_id,
            delivered_at=None,
            given_up_at=None,
            next_attempt_at__lte=timezone.now(),
        )
        .first()
    )
    if found is not None:
        delivery_attempt(delivery=found)


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("retry-after", "").strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _healthy(domain: str) -> None:
    Instance.objects.update_or_create(
        domain=domain,
        defaults={"failures": 0, "paused": False, "last_success_at": timezone.now()},
    )


def _failing(domain: str) -> None:
    instance, _created = Instance.objects.get_or_create(domain=domain)
    Instance.objects.filter(pk=instance.pk).update(
        failures=F("failures") + 1,
        last_failure_at=timezone.now(),
        paused=instance.failures + 1 >= PAUSE_AFTER,
    )


def instance_heard_from(domain: str) -> None:
    """A server paused for its failures spoke again: try what waits for it now."""
    if Instance.objects.filter(domain=domain, paused=True).update(paused=False, failures=0):
        waiting = Delivery.objects.filter(domain=domain, delivered_at=None, given_up_at=None)
        ids = list(waiting.values_list("pk", flat=True))
        waiting.update(next_attempt_at=timezone.now())
        transaction.on_commit(lambda: [deliver_activity.enqueue(pk) for pk in ids])


def deliveries_resume() -> int:
    """Queue again the deliveries whose tasks were lost (a worker stopped in the middle of
    them); run when a worker starts. Return how many."""
    stale = Delivery.objects.filter(
        delivered_at=None, given_up_at=None, next_attempt_at__lt=timezone.now() - STALE
    ).values_list("pk", flat=True)
    ids = list(stale)
    for pk in ids:
        deliver_activity.enqueue(pk)
    return len(ids)


def delivery_attempt(*, delivery: Delivery) -> None:
    """Send a delivery once, and mark it delivered, given up, or to be tried again; one for
    a paused server waits, one for a blocked server is given up."""
    domain = delivery.domain
    instance = Instance.objects.filter(domain=domain).first()
    if instance is not None and instance.policy == DomainPolicy.BLOCK:
        _give_up(delivery, "the server is blocked here")
        return
    if instance is not None and instance.paused:
        if delivery.created_at < timezone.now() - KEPT_WHILE_PAUSED:
            _give_up(delivery, "the server has been failing for too long")
            return
        delivery.next_attempt_at = timezone.now() + MAX_DELAY
        delivery.save(update_fields=["next_attempt_at"])
        enqueue_at(deliver_activity, delivery.next_attempt_at, delivery.pk)
        return
    if delivery.sender is None:
        private_key, key_id = server_key().private_key, f"{instance_actor_uri()}#main-key"
    else:
        private_key, _public = account_keys(account=delivery.sender)
        key_id = f"{delivery.sender.uri}#main-key"

    def signed(method: str, url: str, headers: Mapping[str, str], body: bytes) -> Any:
        return sign(method, url, headers, body, key_id=key_id, private_key=private_key)

    body = json.dumps(delivery.activity, ensure_ascii=False).encode()
    headers = {"Content-Type": ACTIVITY_JSON, "Accept": ACTIVITY_JSON}
    try:
        answer = request("POST", delivery.inbox, headers=headers, body=body, sign=signed)
    except Refused as error:
        _give_up(delivery, str(error))
        return
    except FetchError as error:
        _failing(domain)
        _again(delivery, str(error), None)
        return
    if 200 <= answer.status < 300:
        delivery.delivered_at = timezone.now()
        delivery.attempts += 1
        delivery.save(update_fields=["delivered_at", "attempts"])
        _healthy(domain)
    elif 400 <= answer.status < 500 and answer.status not in _RETRIED_4XX:
        _give_up(delivery, f"answered {answer.status}")
    else:
        _failing(domain)
        _again(delivery, f"answered {answer.status}", _retry_after(answer.headers))


def _give_up(delivery: Delivery, reason: str) -> None:
    delivery.attempts += 1
    delivery.given_up_at = timezone.now()
    delivery.last_error = reason
    delivery.save(update_fields=["attempts", "given_up_at", "last_error"])


def _again(delivery: Delivery, reason: str, retry_after: float | None) -> None:
    if delivery.attempts + 1 >= MAX_ATTEMPTS:
        _give_up(delivery, reason)
        return
    delivery.attempts += 1
    delivery.last_error = reason
    delay = min(FIRST_DELAY * 2 ** (delivery.attempts - 1), MAX_DELAY)
    delay *= random.uniform(0.5, 1.5)  # noqa: S311 - spreading retries, not a secret
    if retry_after is not None:
        delay = max(delay, timedelta(seconds=retry_after))
    delivery.next_attempt_at = timezone.now() + delay
    delivery.save(update_fields=["attempts", "last_error", "next_attempt_at"])
    enqueue_at(deliver_activity, delivery.next_attempt_at, delivery.pk)
