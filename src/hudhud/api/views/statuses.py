"""Statuses: post, read, edit, delete and act on one (docs.joinmastodon.org/methods/statuses),
and an account's statuses (docs.joinmastodon.org/methods/accounts#statuses)."""

import hashlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from hudhud.accounts.models import Account as AccountModel
from hudhud.api.auth import caller, signed_in, token
from hudhud.api.lookup import account_named, object_id, visible_post
from hudhud.api.paging import PageQuery, link_header
from hudhud.api.schemas.accounts import Account, account
from hudhud.api.schemas.statuses import (
    Context,
    ScheduledStatus,
    Status,
    StatusEdit,
    StatusSource,
    scheduled_statuses,
    status_edits,
    statuses,
)
from hudhud.api.views import scheduled
from hudhud.ids import parse_id
from hudhud.paging import MAX_LIMIT
from hudhud.posts.models import Media, Post, Visibility
from hudhud.posts.polls import PollSpec
from hudhud.posts.scheduling import scheduled_post_create
from hudhud.posts.selectors import (
    account_posts,
    boosts_of,
    likes_of,
    media_of_ids,
    post_visible,
    posts_for_display,
    posts_visible,
    scheduled_post_of,
    thread_of,
)
from hudhud.posts.services import (
    KEEP,
    MediaChange,
    bookmark_create,
    bookmark_delete,
    boost_create,
    boost_delete,
    conversation_mute,
    conversation_unmute,
    like_create,
    like_delete,
    pin_create,
    pin_delete,
    post_create,
    post_delete,
    post_edit,
)

router = Router(tags=["statuses"])
router.add_router("", scheduled.router)

# How long a client's Idempotency-Key names the status it made, as on Mastodon.
IDEMPOTENCY_SECONDS = 60 * 60
# Mastodon's largest pages of accounts who boosted or liked a status.
MAX_ACCOUNTS_LIMIT = 80
MAX_STATUSES_AT_ONCE = 20


class PollBody(Schema):
    options: list[str]
    expires_in: int
    multiple: bool = False
    hide_totals: bool = False

    def spec(self) -> PollSpec:
        return PollSpec(
            options=self.options,
            expires_in=self.expires_in,
            multiple=self.multiple,
            hide_totals=self.hide_totals,
        )


class StatusCreate(Schema):
    status: str = ""
    media_ids: list[str] = Field(default_factory=list)
    poll: PollBody | None = None
    in_reply_to_id: str | None = None
    quote_id: str | None = None
    sensitive: bool | None = None
    spoiler_text: str = ""
    visibility: Visibility | None = None
    language: str | None = None
    scheduled_at: datetime | None = None


def _media(me: AccountModel, ids: list[str]) -> list[Media]:
    """Return the caller's images of `ids`; an ID of none of theirs is a 422, as on Mastodon."""
    try:
        wanted = list(dict.fromkeys(object_id(value) for value in ids))
    except Http404 as error:
        raise HttpError(422, _("An attached image was not found.")) from error
    found = media_of_ids(me, wanted)
    if len(found) != len(wanted):
        raise HttpError(422, _("An attached image was not found."))
    return found


def _post_named(viewer: AccountModel, value: str | None) -> Post | None:
    """Return the post a body names (to reply to or quote), if any; a post the caller may
    not see is a 404."""
    return visible_post(viewer, value) if value else None


def _idempotency_key(request: HttpRequest, me: AccountModel) -> str | None:
    key = request.headers.get("Idempotency-Key")
    if not key:
        return None
    return f"api:idempotency:{me.pk}:{hashlib.sha256(key.encode()).hexdigest()}"


@router.post("/v1/statuses", response={200: Status | ScheduledStatus}, auth=token("write:statuses"))
def status_create(request: HttpRequest, body: StatusCreate) -> Status | ScheduledStatus:
    me = signed_in(request)
    key = _idempotency_key(request, me)
    if key is not None:
        done = cache.get(key)
        if done is not None:
            kind, pk = done
            if kind == "status":
                found = post_visible(me, pk)
                if found is not None:
                    return statuses([found], me)[0]
            else:
                found_scheduled = scheduled_post_of(me, pk)
                if found_scheduled is not None:
                    return scheduled_statuses([found_scheduled])[0]
    if body.poll is not None and body.media_ids:
        raise HttpError(422, _("A post cannot have both images and a poll."))
    user = me.user  # the caller's defaults fill in what the client left out
    fields: dict[str, Any] = {
        "author": me,
        "text": body.status,
        "visibility": body.visibility or (user.posting_privacy if user else Visibility.PUBLIC),
        "spoiler_text": body.spoiler_text,
        "sensitive": (
            body.sensitive if body.sensitive is not None else bool(user and user.posting_sensitive)
        ),
        "language": (
            body.language if body.language is not None else (user.posting_language if user else "")
        ),
        "reply_to": _post_named(me, body.in_reply_to_id),
        "quote_of": _post_named(me, body.quote_id),
        "media": _media(me, body.media_ids),
        "poll": body.poll.spec() if body.poll is not None else None,
    }
    if body.scheduled_at is not None:
        later = scheduled_post_create(scheduled_at=body.scheduled_at, **fields)
        if key is not None:
            cache.set(key, ("scheduled", later.pk), IDEMPOTENCY_SECONDS)
        return scheduled_statuses([later])[0]
    post = post_create(**fields)
    if key is not None:
        cache.set(key, ("status", post.pk), IDEMPOTENCY_SECONDS)
    return statuses(posts_for_display([post.pk]), me)[0]


@router.get("/v1/statuses", response=list[Status], auth=token("read:statuses", optional=True))
def status_list(request: HttpRequest, id: Query[list[str]]) -> list[Status]:
    viewer = caller(request).account
    ids = [number for value in id[:MAX_STATUSES_AT_ONCE] if (number := parse_id(value))]
    return statuses(posts_visible(viewer, ids), viewer)


@router.get("/v1/statuses/{id}", response=Status, auth=token("read:statuses", optional=True))
def status_get(request: HttpRequest, id: str) -> Status:
    viewer = caller(request).account
    return statuses([visible_post(viewer, id)], viewer)[0]


def _own_post(me: AccountModel, value: str) -> Post:
    """Return the caller's own post `value` (not a boost); anyone else's is a 404."""
    post = visible_post(me, value)
    if post.author_id != me.pk or post.is_boost:
        raise Http404
    return post


@router.delete("/v1/statuses/{id}", response=Status, auth=token("write:statuses"))
def status_delete(request: HttpRequest, id: str, delete_media: bool = False) -> Status:
    me = signed_in(request)
    post = _own_post(me, id)
    deleted = statuses([post], me)[0]
    deleted.text = post.text  # the source, for delete-and-redraft
    post_delete(post=post, keep_media=not delete_media)
    return deleted


class MediaAttributes(Schema):
    id: str
    description: str | None = None
    focus: str | None = None


def focus_point(value: str | None) -> tuple[float, float] | None:
    """Return the focal point of Mastodon's `"x,y"`, or a 422 if it is not two numbers."""
    if value is None or value == "":
        return None
    try:
        x, y = (float(part) for part in value.split(","))
    except ValueError as error:
        raise HttpError(422, _("A focal point is two numbers from -1.0 to 1.0.")) from error
    return x, y


class StatusEditBody(Schema):
    status: str | None = None
    spoiler_text: str | None = None
    sensitive: bool | None = None
    language: str | None = None
    media_ids: list[str] | None = None
    media_attributes: list[MediaAttributes] = Field(default_factory=list)
    poll: PollBody | None = None


@router.put("/v1/statuses/{id}", response=Status, auth=token("write:statuses"))
def status_edit(request: HttpRequest, id: str, body: StatusEditBody) -> Status:
    me = signed_in(request)
    post = _own_post(me, id)
    media = None if body.media_ids is None else _media(me, body.media_ids)
    changes = {}
    for attributes in body.media_attributes:
        if (media_id := parse_id(attributes.id)) is not None:
            changes[media_id] = MediaChange(
                description=attributes.description, focus=focus_point(attributes.focus)
            )
    post_edit(
        post=post,
        text=post.text if body.status is None else body.status,
        spoiler_text=post.spoiler_text if body.spoiler_text is None else body.spoiler_text,
        sensitive=post.sensitive if body.sensitive is None else body.sensitive,
        language=body.language,
        media=media,
        media_changes=changes,
        # As Mastodon does: an edit without a poll removes it, unless it keeps the images.
        poll=body.poll.spec() if body.poll is not None else (KEEP if media is None else None),
    )
    return statuses(posts_for_display([post.pk]), me)[0]


@router.get(
    "/v1/statuses/{id}/history",
    response=list[StatusEdit],
    auth=token("read:statuses", optional=True),
)
def status_history(request: HttpRequest, id: str) -> list[StatusEdit]:
    post = visible_post(caller(request).account, id)
    if post.is_boost:
        raise Http404
    return status_edits(post, list(post.edits.all()))


@router.get(
    "/v1/statuses/{id}/source", response=StatusSource, auth=token("read:statuses", optional=True)
)
def status_source(request: HttpRequest, id: str) -> StatusSource:
    post = visible_post(caller(request).account, id)
    return StatusSource(id=str(post.pk), text=post.text, spoiler_text=post.spoiler_text)


@router.get(
    "/v1/statuses/{id}/context", response=Context, auth=token("read:statuses", optional=True)
)
def status_context(request: HttpRequest, id: str) -> Context:
    viewer = caller(request).account
    post = visible_post(viewer, id)
    thread = thread_of(viewer, post.boost_of or post)
    shown = statuses([*thread.ancestors, *thread.descendants], viewer)
    return Context(
        ancestors=shown[: len(thread.ancestors)], descendants=shown[len(thread.ancestors) :]
    )


@router.get(
    "/v1/statuses/{id}/reblogged_by",
    response=list[Account],
    auth=token("read:statuses", optional=True),
)
def reblogged_by(
    request: HttpRequest, response: HttpResponse, id: str, paging: Query[PageQuery]
) -> list[Account]:
    post = visible_post(caller(request).account, id)
    boosts = boosts_of(post.boost_of or post, paging.page(largest=MAX_ACCOUNTS_LIMIT))
    link_header(request, response, boosts)
    return [account(boost.author) for boost in boosts]


@router.get(
    "/v1/statuses/{id}/favourited_by",
    response=list[Account],
    auth=token("read:statuses", optional=True),
)
def favourited_by(
    request: HttpRequest, response: HttpResponse, id: str, paging: Query[PageQuery]
) -> list[Account]:
    post = visible_post(caller(request).account, id)
    likes = likes_of(post.boost_of or post, paging.page(largest=MAX_ACCOUNTS_LIMIT))
    link_header(request, response, likes)
    return [account(like.account) for like in likes]


def _as_seen(me: AccountModel, post: Post) -> Status:
    """Return `post` as the caller sees it now, after an action."""
    found = post_visible(me, post.pk)
    if found is None:
        raise Http404
    return statuses([found], me)[0]


def _act(request: HttpRequest, id: str, action: Callable[..., object]) -> Status:
    """Do `action` (a service taking `account` and `post`) to the post `id` as the caller,
    and return the post as they now see it."""
    me = signed_in(request)
    post = visible_post(me, id)
    action(account=me, post=post)
    return _as_seen(me, post)


@router.post("/v1/statuses/{id}/favourite", response=Status, auth=token("write:favourites"))
def favourite(request: HttpRequest, id: str) -> Status:
    return _act(request, id, like_create)


@router.post("/v1/statuses/{id}/unfavourite", response=Status, auth=token("write:favourites"))
def unfavourite(request: HttpRequest, id: str) -> Status:
    return _act(request, id, like_delete)


class ReblogBody(Schema):
    visibility: Visibility | None = None


@router.post("/v1/statuses/{id}/reblog", response=Status, auth=token("write:statuses"))
def reblog(request: HttpRequest, id: str, body: ReblogBody | None = None) -> Status:
    me = signed_in(request)
    post = visible_post(me, id)
    boost = boost_create(
        account=me, post=post, visibility=body.visibility if body is not None else None
    )
    return _as_seen(me, boost)


@router.post("/v1/statuses/{id}/unreblog", response=Status, auth=token("write:statuses"))
def unreblog(request: HttpRequest, id: str) -> Status:
    me = signed_in(request)
    post = visible_post(me, id)
    boost_delete(account=me, post=post)
    return _as_seen(me, post.boost_of or post)


@router.post("/v1/statuses/{id}/bookmark", response=Status, auth=token("write:bookmarks"))
def bookmark(request: HttpRequest, id: str) -> Status:
    return _act(request, id, bookmark_create)


@router.post("/v1/statuses/{id}/unbookmark", response=Status, auth=token("write:bookmarks"))
def unbookmark(request: HttpRequest, id: str) -> Status:
    return _act(request, id, bookmark_delete)


@router.post("/v1/statuses/{id}/pin", response=Status, auth=token("write:accounts"))
def pin(request: HttpRequest, id: str) -> Status:
    return _act(request, id, pin_create)


@router.post("/v1/statuses/{id}/unpin", response=Status, auth=token("write:accounts"))
def unpin(request: HttpRequest, id: str) -> Status:
    return _act(request, id, pin_delete)


@router.post("/v1/statuses/{id}/mute", response=Status, auth=token("write:mutes"))
def mute(request: HttpRequest, id: str) -> Status:
    return _act(request, id, conversation_mute)


@router.post("/v1/statuses/{id}/unmute", response=Status, auth=token("write:mutes"))
def unmute(request: HttpRequest, id: str) -> Status:
    return _act(request, id, conversation_unmute)


class AccountStatusesQuery(Schema):
    pinned: bool = False
    only_media: bool = False
    exclude_replies: bool = False
    exclude_reblogs: bool = False
    tagged: str = ""


@router.get(
    "/v1/accounts/{id}/statuses",
    response=list[Status],
    auth=token("read:statuses", optional=True),
)
def account_statuses(
    request: HttpRequest,
    response: HttpResponse,
    id: str,
    paging: Query[PageQuery],
    filters: Query[AccountStatusesQuery],
) -> list[Status]:
    viewer = caller(request).account
    posts = account_posts(
        viewer,
        account_named(id),
        paging.page(largest=MAX_LIMIT),
        pinned=filters.pinned,
        only_media=filters.only_media,
        exclude_replies=filters.exclude_replies,
        exclude_reblogs=filters.exclude_reblogs,
        tagged=filters.tagged,
    )
    link_header(request, response, posts)
    return statuses(posts, viewer)
