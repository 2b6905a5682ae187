"""Fetching ActivityStreams documents of other servers, signed by the instance actor (so
that servers with authorized fetch answer), and checked: an ActivityStreams content type,
a JSON object, and an `id` that is the URL it came from (after redirects). No JSON-LD
context is ever fetched: documents are read in their compact form."""

import json
from typing import Any
from urllib.parse import urlsplit

from hudhud.federation.ap import instance_actor_uri
from hudhud.federation.client import FetchError, request
from hudhud.federation.keys import server_key
from hudhud.federation.models import DomainPolicy, Instance
from hudhud.federation.signatures import sign

ACCEPT = 'application/activity+json, application/ld+json; profile="https://www.w3.org/ns/activitystreams"'
_TYPES = frozenset({"application/activity+json", "application/ld+json"})


def _signed_by_instance(method: str, url: str, headers: Any, body: bytes) -> dict[str, str]:
    return sign(
        method,
        url,
        headers,
        body,
        key_id=f"{instance_actor_uri()}#main-key",
        private_key=server_key().private_key,
    )


def domain_blocked(*domains: str) -> bool:
    """Return whether the moderators blocked any of `domains` (hosts, with their ports)."""
    wanted = {domain.lower() for domain in domains}
    return Instance.objects.filter(domain__in=wanted, policy=DomainPolicy.BLOCK).exists()


def fetch_document(url: str) -> dict[str, Any]:
    """Return the ActivityStreams object at `url`; raise FetchError for anything else."""
    if domain_blocked(urlsplit(url).netloc):
        raise FetchError(f"{url}: the server is blocked here")
    answer = request("GET", url, headers={"Accept": ACCEPT}, sign=_signed_by_instance)
    if answer.status != 200:
        raise FetchError(f"{url}: answered {answer.status}")
    if answer.content_type not in _TYPES:
        raise FetchError(f"{url}: {answer.content_type or 'no type'} is not ActivityStreams")
    try:
        document = json.loads(answer.body)
    except ValueError as error:
        raise FetchError(f"{url}: not JSON") from error
    if not isinstance(document, dict):
        raise FetchError(f"{url}: not an object")
    if document.get("id") != answer.url:
        raise FetchError(f"{url}: its id is not the URL it was fetched from")
    return document
