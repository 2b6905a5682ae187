"""Status and what it holds (media attachments, mentions, tags, poll, the app that posted it),
its edits and source, and scheduled statuses."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from django.urls import reverse
from pydantic import Field

from hudhud.accounts.models import Account as AccountModel
from hudhud.api.schemas import Entity
from hudhud.posts.models import Media, Post, PostEdit, ScheduledPost
from hudhud.posts.models import Poll as PollModel
from hudhud.posts.selectors import (
    Entities,
    Interactions,
    Involvement,
    entities_of,
    interactions_of,
    involvement_of,
    media_by_id,
    poll_of,
)

from .accounts import Account, CustomEmoji, absolute, account


class MediaAttachment(Entity):
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


class PollOption(Entity):
    title: str
    votes_count: int | None  # None while the totals are hidden


class Poll(Entity):
    id: str
    expires_at: datetime | None
    expired: bool
    multiple: bool
    votes_count: int
    voters_count: int | None  # None for a single-choice poll, as on Mastodon
    options: list[PollOption]
    emojis: list[CustomEmoji]
    voted: bool | None = None
    own_votes: list[int] | None = None


class StatusMention(Entity):
    id: str
    username: str
    url: str
    acct: str


class StatusTag(Entity):
    name: str
    url: str


class StatusApplication(Entity):
    name: str
    website: str | None = None


class Status(Entity):
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
    poll: Poll | None
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


def _size(width: int, height: int) -> dict[str, Any]:
    size: dict[str, Any] = {"width": width, "height": height}
    if width and height:
        size.update(size=f"{width}x{height}", aspect=width / height)
    return size


# The longest side of a thumbnail (posts.images.image_process).
THUMBNAIL_SIDE = 640


def media_attachment(media: Media) -> MediaAttachment:
    """Return the Mastodon MediaAttachment of `media`."""
    meta: dict[str, Any] = {
        "original": _size(media.width, media.height),
        "focus": {"x": media.focus_x, "y": media.focus_y},
    }
    if media.width and media.height:
        scale = min(1.0, THUMBNAIL_SIDE / max(media.width, media.height))
        meta["small"] = _size(round(media.width * scale), round(media.height * scale))
    url = absolute(media.file.url) if media.file else None
    return MediaAttachment(
        id=str(media.pk),
        type="image",
        url=url or media.remote_url or None,
        preview_url=absolute(media.thumbnail.url) if media.thumbnail else url,
        remote_url=media.remote_url or None,
        meta=meta,
        description=media.description or None,
        blurhash=media.blurhash or None,
    )


def poll(found: PollModel, viewer: AccountModel | None, own_votes: list[int] | None) -> Poll:
    """Return the Poll entity of `found` as `viewer` sees it; `own_votes` are the viewer's
    choices (None: not voted)."""
    expired = found.expired
    shown = expired or not found.hide_totals
    voted = None
    if viewer is not None:
        voted = own_votes is not None or viewer.pk == found.post.author_id
    return Poll(
        id=str(found.pk),
        expires_at=found.expires_at,
        expired=expired,
        multiple=found.multiple,
        votes_count=found.votes_count,
        voters_count=found.voters_count if found.multiple else None,
        options=[
            PollOption(title=title, votes_count=count if shown else None)
            for title, count in zip(found.options, found.option_votes, strict=True)
        ],
        emojis=[],
        voted=voted,
        own_votes=(own_votes or []) if viewer is not None else None,
    )


def statuses(posts: Sequence[Post], viewer: AccountModel | None) -> list[Status]:
    """Return the Statuses of `posts` (loaded by `posts_for_display`) as `viewer` sees them,
    with two more queries for their mentions and tags, at most four for what the viewer did
    to them and three for their pins, muted threads and votes."""
    named = entities_of(posts)
    done = interactions_of(viewer, posts)
    involved = involvement_of(viewer, posts)
    return [status(post, viewer, named, done, involved) for post in posts]


def status(
    post: Post,
    viewer: AccountModel | None,
    named: Entities,
    done: Interactions,
    involved: Involvement,
) -> Status:
    """Return the Status of one post; `statuses` loads what this needs for a whole page."""
    original = post.boost_of
    proper = original or post
    mine = viewer is not None and post.author_id == viewer.pk
    found_poll = poll_of(post) if original is None else None
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
                id=str(mentioned.id),
                username=mentioned.username,
                url=mentioned.url,
                acct=mentioned.acct,
            )
            for mentioned in (named.mentions.get(post.pk, []) if original is None else ())
        ],
        tags=[
            StatusTag(name=name, url=absolute(reverse("web:tag", args=[name])))
            for name in (named.hashtags.get(post.pk, []) if original is None else ())
        ],
        emojis=[],
        reblogs_count=post.boosts_count,
        favourites_count=post.likes_count,
        replies_count=post.replies_count,
        in_reply_to_id=str(post.in_reply_to_id) if post.in_reply_to_id else None,
        in_reply_to_account_id=(
            str(post.in_reply_to_account_id) if post.in_reply_to_account_id else None
        ),
        reblog=status(original, viewer, named, done, involved) if original is not None else None,
        poll=(
            poll(found_poll, viewer, involved.votes.get(found_poll.pk))
            if found_poll is not None
            else None
        ),
        card=None,
        language=post.language or None,
        # A boost answers for its post, as on Mastodon: favouriting or boosting either is
        # favouriting or boosting the post.
        favourited=proper.pk in done.liked if viewer else None,
        reblogged=proper.pk in done.boosted if viewer else None,
        muted=proper.thread_root_id in involved.muted_threads if viewer else None,
        bookmarked=proper.pk in done.bookmarked if viewer else None,
        pinned=post.pk in involved.pinned if mine else None,
        quote_id=(
            str(post.quote_of_id)
            if post.quote_of_id is not None and post.quote_of_id in done.quotable
            else None
        ),
    )


class StatusEdit(Entity):
    content: str
    spoiler_text: str
    sensitive: bool
    created_at: datetime
    account: Account
    poll: dict[str, list[dict[str, str]]] | None
    media_attachments: list[MediaAttachment]
    emojis: list[CustomEmoji]


def status_edits(post: Post, edits: Sequence[PostEdit]) -> list[StatusEdit]:
    """Return the versions of `post`, oldest first, the current one last (`edits` are the
    earlier ones, oldest first)."""
    author = account(post.author)
    images = media_by_id(pk for edit in edits for pk in edit.media_ids)
    current_poll = poll_of(post)
    versions = [
        StatusEdit(
            content=edit.content,
            spoiler_text=edit.spoiler_text,
            sensitive=edit.sensitive,
            created_at=edit.created_at,
            account=author,
            poll=_edit_poll(edit.poll_options),
            media_attachments=[
                media_attachment(images[pk]) for pk in edit.media_ids if pk in images
            ],
            emojis=[],
        )
        for edit in edits
    ]
    versions.append(
        StatusEdit(
            content=post.content,
            spoiler_text=post.spoiler_text,
            sensitive=post.sensitive,
            created_at=post.edited_at or post.created_at,
            account=author,
            poll=_edit_poll(current_poll.options if current_poll else None),
            media_attachments=[media_attachment(item) for item in post.media.all()],
            emojis=[],
        )
    )
    return versions


def _edit_poll(options: list[str] | None) -> dict[str, list[dict[str, str]]] | None:
    return {"options": [{"title": title} for title in options]} if options else None


class StatusSource(Entity):
    id: str
    text: str
    spoiler_text: str


class Context(Entity):
    ancestors: list[Status]
    descendants: list[Status]


class ScheduledStatusPoll(Entity):
    options: list[str]
    expires_in: str
    multiple: bool
    hide_totals: bool


class ScheduledStatusParams(Entity):
    text: str
    poll: ScheduledStatusPoll | None
    media_ids: list[str] | None
    sensitive: bool | None
    spoiler_text: str | None
    visibility: str
    in_reply_to_id: str | None
    language: str | None
    application_id: str | None
    scheduled_at: datetime | None = None
    idempotency: str | None = None
    with_rate_limit: bool = False
    #: Hudhud: the post this one will quote.
    quote_id: str | None = None


class ScheduledStatus(Entity):
    id: str
    scheduled_at: datetime
    params: ScheduledStatusParams
    media_attachments: list[MediaAttachment]


def scheduled_statuses(found: Sequence[ScheduledPost]) -> list[ScheduledStatus]:
    """Return the ScheduledStatuses of `found`, with one query for all their images."""
    images = media_by_id(pk for item in found for pk in item.params.get("media_ids") or [])
    result = []
    for item in found:
        params = item.params
        media_ids = params.get("media_ids") or []
        spec = params.get("poll")
        result.append(
            ScheduledStatus(
                id=str(item.pk),
                scheduled_at=item.scheduled_at,
                params=ScheduledStatusParams(
                    text=params.get("text", ""),
                    poll=ScheduledStatusPoll(
                        options=spec["options"],
                        expires_in=str(spec["expires_in"]),
                        multiple=spec["multiple"],
                        hide_totals=spec["hide_totals"],
                    )
                    if spec
                    else None,
                    media_ids=[str(pk) for pk in media_ids] or None,
                    sensitive=params.get("sensitive"),
                    spoiler_text=params.get("spoiler_text") or None,
                    visibility=params.get("visibility", "public"),
                    in_reply_to_id=(
                        str(params["in_reply_to_id"]) if params.get("in_reply_to_id") else None
                    ),
                    language=params.get("language") or None,
                    application_id=None,
                    quote_id=str(params["quote_id"]) if params.get("quote_id") else None,
                ),
                media_attachments=[
                    media_attachment(images[pk]) for pk in media_ids if pk in images
                ],
            )
        )
    return result
