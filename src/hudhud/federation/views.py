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

from hudhud.accounts.models import Account, Follow
from hudhud.federation.ap import (
    ACTIVITY_CONTEXT,
    ACTIVITY_JSON,
    actor,
    create_activity,
    instance_actor,
    note,
)
from hudhud.federation.inbox import Refusal, activity_receive, fetch_signer
from hudhud.federation.keys import account_keys, server_key
from hudhud.posts.models import Pin, Post, Visibility

#: What a request's Accept names when it wants ActivityStreams, not a page.
_ACTIVITY_TYPES = ("application/activity+json", "application/ld+json")


def wants_activity(request: HttpRequest) -> bool:
    accept = request.headers.get("accept", "")
    return any(kind in accept for kind in _ACTIVITY_TYPES)


def _unsigned(request: HttpRequest) -> HttpResponse | None:
    """With HUDHUD_AUTHORIZED_FETCH, refuse a GET that a server that is not blocked did not
    sign (Mastodon's secure mode); return the refusal, or None to serve it."""
    if not settings.AUTHORIZED_FETCH:
        return None
    try:
        fetch_signer(
            target=request.get_full_path(),
            headers={name.lower(): value for name, value in request.headers.items()},
        )
    except Refusal as refusal:
        return _json({"error": str(refusal)}, "application/json", refusal.status)
    return None


def _signed_if_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve a collection only to signed GETs when HUDHUD_AUTHORIZED_FETCH is on."""

    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return _unsigned(request) or view(request, *args, **kwargs)

    return checked


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
        response = _unsigned(request) or _json(actor(account, public), ACTIVITY_JSON)
    patch_vary_headers(response, ["Accept"])
    return response


def negotiated(
    document: Callable[..., HttpResponse], page: Callable[..., HttpResponse]
) -> Callable[..., HttpResponse]:
    """Serve `document` (ActivityStreams) on the URL of a `page` to those who ask for it."""

    def view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "GET" and wants_activity(request):
            return document(request, *args, **kwargs)
        response = page(request, *args, **kwargs)
        patch_vary_headers(response, ["Accept"])
        return response

    return view


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


#: How many items one page of a collection holds.
PAGE_SIZE = 20


def _public_post(username: str, post_id: int) -> Post:
    """Return a local public or unlisted post (not a boost) of `username`, or 404: what
    others' servers fetch of posts without signing in."""
    return get_object_or_404(
        Post.objects.select_related("author", "in_reply_to", "quote_of"),
        pk=post_id,
        author__username__iexact=username,
        author__local=True,
        author__suspended=False,
        boost_of__isnull=True,
        visibility__in=[Visibility.PUBLIC, Visibility.UNLISTED],
    )


@require_GET
def note_document(request: HttpRequest, username: str, post_id: int) -> HttpResponse:
    """A local post as a Note for servers; browsers are sent to its page."""
    post = _public_post(username, post_id)
    if not wants_activity(request):
        response: HttpResponse = HttpResponseRedirect(post.url)
    else:
        response = _unsigned(request) or _json(
            {"@context": ACTIVITY_CONTEXT, **note(post)}, ACTIVITY_JSON
        )
    patch_vary_headers(response, ["Accept"])
    return response


def _collection(
    request: HttpRequest, total: int, items: Callable[[int], list[Any]], *, shown: bool = True
) -> HttpResponse:
    """An OrderedCollection of `total` items, whose pages (`?page=N`, from 1) hold what
    `items(offset)` gives; only its size when its items are not `shown`."""
    base = f"{settings.BASE_URL}{request.path}"
    page = request.GET.get("page", "")
    if not page.isdigit() or not shown:
        found: dict[str, Any] = {
            "@context": ACTIVITY_CONTEXT,
            "id": base,
            "type": "OrderedCollection",
            "totalItems": total,
        }
        if shown:
            found["first"] = f"{base}?page=1"
        return _json(found, ACTIVITY_JSON)
    number = max(1, int(page))
    listed = items((number - 1) * PAGE_SIZE)
    found = {
        "@context": ACTIVITY_CONTEXT,
        "id": f"{base}?page={number}",
        "type": "OrderedCollectionPage",
        "totalItems": total,
        "partOf": base,
        "orderedItems": listed,
    }
    if len(listed) == PAGE_SIZE:
        found["next"] = f"{base}?page={number + 1}"
    if number > 1:
        found["prev"] = f"{base}?page={number - 1}"
    return _json(found, ACTIVITY_JSON)


def _follows(request: HttpRequest, username: str, *, followers: bool) -> HttpResponse:
    account = _local(username)
    if followers:
        total = account.followers_count
        uris = Follow.objects.filter(target=account, accepted=True).values_list("follower__uri")
    else:
        total = account.following_count
        uris = Follow.objects.filter(follower=account, accepted=True).values_list("target__uri")
    ordered = uris.order_by("-created_at")
    return _collection(
        request,
        total,
        lambda offset: [uri for (uri,) in ordered[offset : offset + PAGE_SIZE]],
        shown=not account.hide_collections,
    )


@require_GET
@_gone_as_410
@_signed_if_required
def followers(request: HttpRequest, username: str) -> HttpResponse:
    return _follows(request, username, followers=True)


@require_GET
@_gone_as_410
@_signed_if_required
def following(request: HttpRequest, username: str) -> HttpResponse:
    return _follows(request, username, followers=False)


@require_GET
@_gone_as_410
@_signed_if_required
def outbox(request: HttpRequest, username: str) -> HttpResponse:
    """The account's public posts, newest first, as the Creates that made them."""
    account = _local(username)
    posts = (
        Post.objects.filter(author=account, boost_of__isnull=True, visibility=Visibility.PUBLIC)
        .select_related("author", "in_reply_to", "quote_of")
        .order_by("-id")
    )
    return _collection(
        request,
        account.posts_count,
        lambda offset: [create_activity(post) for post in posts[offset : offset + PAGE_SIZE]],
    )


@require_GET
@_gone_as_410
@_signed_if_required
def featured(request: HttpRequest, username: str) -> HttpResponse:
    """The account's pinned public posts."""
    account = _local(username)
    pinned = [
        pin.post
        for pin in Pin.objects.filter(
            account=account, post__visibility__in=[Visibility.PUBLIC, Visibility.UNLISTED]
        )
        .select_related("post__author", "post__in_reply_to", "post__quote_of")
        .order_by("-created_at")
    ]
    return _json(
        {
            "@context": ACTIVITY_CONTEXT,
            "id": f"{account.uri}/collections/featured",
            "type": "OrderedCollection",
            "totalItems": len(pinned),
            "orderedItems": [note(post) for post in pinned],
        },
        ACTIVITY_JSON,
    )
