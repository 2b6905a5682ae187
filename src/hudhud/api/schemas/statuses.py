"""Status and what it holds: media attachments, mentions, tags, the app that posted it."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from django.db.models import prefetch_related_objects
from django.urls import reverse
from ninja import Schema
from pydantic import Field

from hudhud.accounts.models import Account as AccountModel
from hudhud.posts.models import Media, Post
from hudhud.posts.selectors import Interactions, interactions_of

from .accounts import Account, CustomEmoji, absolute, account


class MediaAttachment(Schema):
    id: str
    type: str
    url: str | None
    preview_url: str | None
    remote_url: str | None
    preview_remote_url: str | None = None
    text_url: str | None = None
    meta: dict[str, Any]
    description: str | None
    blurhash: str | None


class StatusMention(Schema):
    id: str
    username: str
    url: str
    acct: str


class StatusTag(Schema):
    name: str
    url: str


class StatusApplication(Schema):
    name: str
    website: str | None = None


class Status(Schema):
    id: str
    uri: str
    url: str | None
    created_at: datetime
    edited_at: datetime | None
    account: Account
    content: str
    visibility: str
    sensitive: bool
    spoiler_text: str
    media_attachments: list[MediaAttachment]
    application: StatusApplication | None
    mentions: list[StatusMention]
    tags: list[StatusTag]
    emojis: list[CustomEmoji]
    reblogs_count: int
    favourites_count: int
    replies_count: int
    in_reply_to_id: str | None
    in_reply_to_account_id: str | None
    reblog: "Status | None"
    poll: dict[str, Any] | None
    card: dict[str, Any] | None
    language: str | None
    text: str | None = None
    favourited: bool | None = None
    reblogged: bool | None = None
    muted: bool | None = None
    bookmarked: bool | None = None
    pinned: bool | None = None
    filtered: list[dict[str, Any]] = Field(default_factory=list)
    #: Hudhud: the ID of the post this one quotes, when the caller may see it.
    quote_id: str | None = None


def media_attachment(media: Media) -> MediaAttachment:
    """Return the Mastodon MediaAttachment of `media`."""
    original: dict[str, Any] = {"width": media.width, "height": media.height}
    if media.width and media.height:
        original.update(size=f"{media.width}x{media.height}", aspect=media.width / media.height)
    url = absolute(media.file.url) if media.file else None
    return MediaAttachment(
        id=str(media.pk),
        type="image",
        url=url or media.remote_url or None,
        preview_url=absolute(media.thumbnail.url) if media.thumbnail else url,
        remote_url=media.remote_url or None,
        meta={"original": original, "focus": {"x": 0.0, "y": 0.0}},
        description=media.description or None,
        blurhash=media.blurhash or None,
    )


def statuses(posts: Sequence[Post], viewer: AccountModel | None) -> list[Status]:
    """Return the Statuses of `posts` (loaded by `posts_for_display`) as `viewer` sees them,
    with two more queries for their mentions and tags and at most four for what the viewer
    did to them."""
    shown = [post.boost_of or post for post in posts]
    prefetch_related_objects(shown, "mentions", "hashtags")
    done = interactions_of(viewer, posts)
    return [status(post, viewer, done) for post in posts]


def status(post: Post, viewer: AccountModel | None, done: Interactions) -> Status:
    """Return the Status of one post; `statuses` loads what this needs for a whole page."""
    original = post.boost_of
    mine = viewer is not None and post.author_id == viewer.pk
    return Status(
        id=str(post.pk),
        uri=post.uri,
        url=post.url or post.uri,
        created_at=post.created_at,
        edited_at=post.edited_at,
        account=account(post.author),
        content=post.content if original is None else "",
        visibility=post.visibility,
        sensitive=post.sensitive or bool(post.spoiler_text),
        spoiler_text=post.spoiler_text,
        media_attachments=(
            [media_attachment(media) for media in post.media.all()] if original is None else []
        ),
        application=None,
        mentions=[
            StatusMention(
                id=str(mentioned.pk),
                username=mentioned.username,
                url=mentioned.url or mentioned.uri,
                acct=mentioned.acct,
            )
            for mentioned in (post.mentions.all() if original is None else ())
        ],
        tags=[
            StatusTag(name=tag.name, url=absolute(reverse("web:tag", args=[tag.name])))
            for tag in (post.hashtags.all() if original is None else ())
        ],
        emojis=[],
        reblogs_count=post.boosts_count,
        favourites_count=post.likes_count,
        replies_count=post.replies_count,
        in_reply_to_id=str(post.in_reply_to_id) if post.in_reply_to_id else None,
        in_reply_to_account_id=(
            str(post.in_reply_to_account_id) if post.in_reply_to_account_id else None
        ),
        reblog=status(original, viewer, done) if original is not None else None,
        poll=None,
        card=None,
        language=post.language or None,
        favourited=post.pk in done.liked if viewer else None,
        reblogged=post.pk in done.boosted if viewer else None,
        muted=False if viewer else None,
        bookmarked=post.pk in done.bookmarked if viewer else None,
        pinned=False if mine else None,
        quote_id=(
            str(post.quote_of_id)
            if post.quote_of_id is not None and post.quote_of_id in done.quotable
            else None
        ),
    )
