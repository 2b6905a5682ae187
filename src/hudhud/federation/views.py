"""What other servers read of this one, and where they post: WebFinger and host-meta to
find an account, its actor document (which shares its URL with the profile page: content
negotiation), the instance actor, and the inboxes."""

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from hudhud.accounts.models import Account
from hudhud.federation.ap import ACTIVITY_JSON, actor, instance_actor
from hudhud.federation.fetch import server_key
from hudhud.federation.inbox import Refusal, activity_receive
from hudhud.federation.services import account_keys

#: What a request's Accept names when it wants ActivityStreams, not a page.
_ACTIVITY_TYPES = ("application/activity+json", "application/ld+json")


def wants_activity(request: HttpRequest) -> bool:
    accept = request.headers.get("accept", "")
    return any(kind in accept for kind in _ACTIVITY_TYPES)


def _json(data: dict[str, Any], content_type: str, status: int = 200) -> HttpResponse:
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False),
        content_type=f"{content_type}; charset=utf-8",
        status=status,
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _local(username: str) -> Account:
    account = get_object_or_404(Account, username__iexact=username, domain="")
    if account.suspended:
        raise Gone
    return account


class Gone(Http404):
    """A suspended account: other servers are told it is gone (410), as Mastodon does."""


def _gone_as_410(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except Gone:
            return HttpResponse(status=410)

    return wrapped


def _account_of(resource: str) -> Account:
    """Return the local account a WebFinger resource names: `acct:user@domain` (the acct:
    may be left out) or the URL of its actor or profile."""
    if resource.startswith(("https://", "http://")):
        parts = urlsplit(resource)
        if parts.netloc != settings.DOMAIN:
            raise Http404
        path = parts.path.rstrip("/")
        for prefix in ("/users/", "/@"):
            if path.startswith(prefix) and "/" not in path.removeprefix(prefix):
                return _local(path.removeprefix(prefix))
        raise Http404
    username, _, domain = resource.removeprefix("acct:").lstrip("@").rpartition("@")
    if not username or domain.lower() not in (settings.DOMAIN, settings.DOMAIN.split(":")[0]):
        raise Http404
    return _local(username)


@require_GET
@_gone_as_410
def webfinger(request: HttpRequest) -> HttpResponse:
    resource = request.GET.get("resource", "").strip()
    if not resource:
        return _json({"error": "The resource parameter is missing."}, "application/json", 400)
    account = _account_of(resource)
    return _json(
        {
            "subject": f"acct:{account.username}@{settings.DOMAIN}",
            "aliases": [account.url, account.uri],
            "links": [
                {
                    "rel": "http://webfinger.net/rel/profile-page",
                    "type": "text/html",
                    "href": account.url,
                },
                {"rel": "self", "type": ACTIVITY_JSON, "href": account.uri},
            ],
        },
        "application/jrd+json",
    )


@require_GET
def host_meta(request: HttpRequest) -> HttpResponse:
    template = f"{settings.BASE_URL}{reverse('federation:webfinger')}?resource={{uri}}"
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0">\n'
        f'  <Link rel="lrdd" template="{template}"/>\n'
        "</XRD>\n"
    )
    return HttpResponse(body, content_type="application/xrd+xml; charset=utf-8")


@require_GET
@_gone_as_410
def actor_document(request: HttpRequest, username: str) -> HttpResponse:
    """The actor of a local account for servers; browsers are sent to its profile page."""
    account = _local(username)
    if not wants_activity(request):
        response: HttpResponse = HttpResponseRedirect(account.url)
    else:
        _private, public = account_keys(account=account)
        response = _json(actor(account, public), ACTIVITY_JSON)
    patch_vary_headers(response, ["Accept"])
    return response


def or_activity(page: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve the actor document on a profile page's URL to those who ask for it."""

    def negotiated(request: HttpRequest, username: str, **kwargs: Any) -> HttpResponse:
        if request.method == "GET" and wants_activity(request):
            return actor_document(request, username)
        response = page(request, username, **kwargs)
        patch_vary_headers(response, ["Accept"])
        return response

    return negotiated


@require_GET
def instance_actor_document(request: HttpRequest) -> HttpResponse:
    """The server's own actor, whose key signs what the server fetches."""
    return _json(instance_actor(server_key().public_key), ACTIVITY_JSON)


@require_GET
def instance_outbox(request: HttpRequest) -> HttpResponse:
    """The instance actor posts nothing: its outbox is empty."""
    return _json(
        {
            "@context": "https://www.w3.org/ns/activitystreams",
            "id": request.build_absolute_uri(),
            "type": "OrderedCollection",
            "totalItems": 0,
            "orderedItems": [],
        },
        ACTIVITY_JSON,
    )


@csrf_exempt
@require_POST
@_gone_as_410
def inbox(request: HttpRequest, username: str | None = None) -> HttpResponse:
    """Take an activity: answer 202 once it is checked and stored, before it is applied."""
    if username is not None:
        _local(username)
    try:
        activity_receive(
            method="POST",
            target=request.get_full_path(),
            headers={name.lower(): value for name, value in request.headers.items()},
            body=request.body,
        )
    except Refusal as refusal:
        return _json({"error": str(refusal)}, "application/json", refusal.status)
    return HttpResponse(status=202)
