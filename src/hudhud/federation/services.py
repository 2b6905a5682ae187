"""Federation's writes: remote accounts saved from their actor documents (fetched from their
origin only) with their images cached, found by handle through WebFinger; the moderators'
policies for other servers."""

import contextlib
import json
import re
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlsplit

import nh3
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django_tasks import task

from hudhud.accounts.models import Account, AccountKind
from hudhud.accounts.services import profile_update
from hudhud.federation.client import FetchError, request
from hudhud.federation.fetch import fetch_document
from hudhud.federation.html import clean
from hudhud.federation.models import DomainPolicy, Instance
from hudhud.search.services import account_index

ACTOR_TYPES = frozenset({"Person", "Service", "Organization", "Application", "Group"})
_USERNAME = re.compile(r"[A-Za-z0-9_.\-]{1,64}")


class Invalid(FetchError):
    """A document that is not what it says, or not what this server accepts."""


def host_of(uri: str) -> str:
    return urlsplit(uri).netloc.lower()


def _text(value: Any, limit: int) -> str:
    return nh3.clean(value, tags=set())[:limit] if isinstance(value, str) else ""


def _same_host(value: Any, host: str, what: str) -> str:
    if not isinstance(value, str) or host_of(value) != host:
        raise Invalid(f"The actor's {what} is not on its own server.")
    return value


def _public_key(document: dict[str, Any]) -> str:
    keys = document.get("publicKey")
    for key in keys if isinstance(keys, list) else [keys]:
        if isinstance(key, dict) and key.get("owner") == document["id"]:
            pem = key.get("publicKeyPem")
            try:
                loaded = load_pem_public_key(str(pem).encode())
            except ValueError as error:
                raise Invalid("The actor's key is not a key.") from error
            if not isinstance(loaded, rsa.RSAPublicKey):
                raise Invalid("The actor's key is not an RSA key.")
            return str(pem)
    raise Invalid("The actor has no key of its own.")


def published_of(value: Any) -> datetime | None:
    """Return the moment an ActivityStreams `published` (or `updated`) names, if any."""
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


@transaction.atomic
def remote_account_save(document: dict[str, Any]) -> Account:
    """Save the remote account an actor document (fetched from its own id) describes."""
    uri = document.get("id")
    if document.get("type") not in ACTOR_TYPES or not isinstance(uri, str):
        raise Invalid("Not an actor.")
    host = host_of(uri)
    if not host or host == settings.DOMAIN.lower():
        raise Invalid("An actor of this server does not come from elsewhere.")
    username = document.get("preferredUsername")
    if not isinstance(username, str) or not _USERNAME.fullmatch(username):
        raise Invalid("The actor's username is not one this server takes.")
    endpoints = document.get("endpoints")
    shared = endpoints.get("sharedInbox") if isinstance(endpoints, dict) else None
    fields = [
        {"name": _text(item.get("name"), 255), "value": _text(item.get("value"), 2047)}
        for item in document.get("attachment") or []
        if isinstance(item, dict) and item.get("type") == "PropertyValue"
    ][:8]
    values: dict[str, Any] = {
        "local": False,
        "username": username,
        "domain": host,
        "url": document["url"] if isinstance(document.get("url"), str) else uri,
        "display_name": _text(document.get("name"), 100),
        "bio_html": clean(document["summary"]) if isinstance(document.get("summary"), str) else "",
        "fields": fields,
        "kind": AccountKind.ORGANISATION
        if document["type"] == "Organization"
        else AccountKind.PERSON,
        "bot": document["type"] in ("Service", "Application"),
        "locked": document.get("manuallyApprovesFollowers") is True,
        "discoverable": document.get("discoverable") is True,
        "indexable": document.get("indexable") is True,
        "inbox_uri": _same_host(document.get("inbox"), host, "inbox"),
        "shared_inbox_uri": _same_host(shared, host, "shared inbox") if shared else "",
        "public_key": _public_key(document),
    }
    values["bio"] = _text(values["bio_html"], 5000)
    values["avatar_remote_url"] = _image_url(document.get("icon"))
    values["header_remote_url"] = _image_url(document.get("image"))
    policy = Instance.objects.filter(domain=host).values_list("policy", flat=True).first()
    if policy == DomainPolicy.BLOCK:
        raise Invalid("The actor's server is blocked here.")
    values["silenced"] = policy == DomainPolicy.SILENCE
    published = published_of(document.get("published"))
    if published is not None:
        values["created_at"] = published
    images = ("avatar_remote_url", "header_remote_url")
    known: dict[str, Any] = Account.objects.filter(uri=uri).values(*images).first() or {}
    try:
        with transaction.atomic():
            account, _created = Account.objects.update_or_create(uri=uri, defaults=values)
    except IntegrityError as error:
        raise Invalid("Another actor has this handle.") from error
    account_index(account)
    if any(known.get(name) != values[name] for name in images):
        transaction.on_commit(lambda: cache_images.enqueue(account.pk))
    return account


def _image_url(value: Any) -> str:
    """Return the URL of an actor's `icon` or `image` (an Image, a list of them, or a URL)."""
    found = value[0] if isinstance(value, list) and value else value
    url = found.get("url") if isinstance(found, dict) else found
    url = url.get("href") if isinstance(url, dict) else url
    return url[:500] if isinstance(url, str) and url.startswith(("https://", "http://")) else ""


@task()
def cache_images(account_id: int) -> None:
    account = Account.objects.filter(pk=account_id, local=False).first()
    if account is not None:
        remote_images_cache(account=account)


def _image_of(url: str) -> SimpleUploadedFile | None:
    if not url:
        return None
    try:
        answer = request("GET", url, headers={"Accept": "image/*"})
    except FetchError:
        return None
    if answer.status != 200 or not answer.content_type.startswith("image/"):
        return None
    return SimpleUploadedFile("image", answer.body, answer.content_type)


def remote_images_cache(*, account: Account) -> None:
    """Fetch a remote account's avatar and header (through the federation client, which
    reaches only public addresses) and keep them here, checked and re-encoded as uploads
    are; one that cannot be fetched or is no image leaves the default in its place."""
    avatar, header = _image_of(account.avatar_remote_url), _image_of(account.header_remote_url)
    for changes in ({"avatar": avatar}, {"header": header}):
        if None not in changes.values():
            with contextlib.suppress(ValidationError):
                profile_update(account=account, **changes)  # type: ignore[arg-type]


def actor_of(uri: str, *, refresh: bool = False) -> Account:
    """Return the account of the actor `uri`: the one known, or fetched from its origin
    (again when `refresh`: the only way a remote key changes)."""
    known = Account.objects.filter(uri=uri).first()
    if known is not None and (known.local or not refresh):
        return known
    return remote_account_save(fetch_document(uri))


def _webfinger(username: str, domain: str) -> str:
    """Return the actor id WebFinger gives for `username@domain`."""
    schemes = ("https", "http") if settings.FEDERATION_ALLOW_HTTP else ("https",)
    resource = quote(f"acct:{username}@{domain}", safe=":@")
    failure: FetchError = FetchError(f"{username}@{domain}: not found")
    for scheme in schemes:
        url = f"{scheme}://{domain}/.well-known/webfinger?resource={resource}"
        try:
            answer = request("GET", url, headers={"Accept": "application/jrd+json"})
        except FetchError as error:
            failure = error
            continue
        if answer.status != 200:
            raise FetchError(f"{url}: answered {answer.status}")
        try:
            links = json.loads(answer.body).get("links", [])
        except (ValueError, AttributeError) as error:
            raise FetchError(f"{url}: not a WebFinger document") from error
        for link in links if isinstance(links, list) else []:
            if (
                isinstance(link, dict)
                and link.get("rel") == "self"
                and str(link.get("type", "")).split(";")[0].strip() in _ACTIVITY_TYPES
                and isinstance(link.get("href"), str)
            ):
                return str(link["href"])
        raise FetchError(f"{url}: no actor")
    raise failure


_ACTIVITY_TYPES = frozenset({"application/activity+json", "application/ld+json"})


def account_resolve(address: str) -> Account | None:
    """Return the remote account `address` names (`@user@domain`, or its actor's URL),
    looked up and fetched from its server when not known yet; None when there is none."""
    text = address.strip()
    try:
        if text.startswith(("https://", "http://")):
            return actor_of(text)
        username, _, domain = text.lstrip("@").partition("@")
        if not username or not domain or domain.lower() == settings.DOMAIN.lower():
            return None
        known = Account.objects.filter(username__iexact=username, domain__iexact=domain).first()
        return known or actor_of(_webfinger(username, domain))
    except FetchError:
        return None


def _domain(value: str) -> str:
    """Return the domain (host and port) a moderator typed, with or without a URL's scheme."""
    text = value.strip().lower()
    host = urlsplit(text if "://" in text else f"//{text}").netloc
    if not host or not re.fullmatch(r"[a-z0-9.\-]+(:\d{1,5})?", host):
        raise ValidationError(_("This is not a domain."), code="domain")
    if host == settings.DOMAIN.lower():
        raise ValidationError(_("This is this server's own domain."), code="own")
    return host


@transaction.atomic
def instance_policy_set(*, domain: str, policy: str) -> Instance:
    """Block or silence a domain (or lift it): its known accounts are suspended or silenced
    here, and so are those that arrive later."""
    if policy not in DomainPolicy.values:
        raise ValidationError(_("Unknown policy."), code="policy")
    instance, _created = Instance.objects.get_or_create(domain=_domain(domain))
    instance.policy = policy
    instance.save(update_fields=["policy"])
    Account.objects.filter(domain__iexact=instance.domain, local=False).update(
        suspended=policy == DomainPolicy.BLOCK, silenced=policy == DomainPolicy.SILENCE
    )
    return instance
