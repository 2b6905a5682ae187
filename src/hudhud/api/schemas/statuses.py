"""Status and what it holds (media attachments, mentions, tags, poll, the app that posted it),
its edits and source, and scheduled statuses."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from pydantic import Field

from hudhud.accounts.models import Account as AccountModel
from hudhud.api.schemas import Entity
from hudhud.posts.models import Media, Post, PostEdit, ScheduledPost
from hudhud.posts.models import Poll as PollModel
from hudhud.posts.selectors import (
    Entities,
    Interactions,
    Shown,
    entities_of,
    interactions_among,
    media_by_id,
    poll_of,
    posts_for_display,
    posts_shown,
    votes_of,
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


# How long a Status made of a post is kept. Its key holds the post's stamp (`Shown`), so a
# changed post is made again at once; this only bounds how long an unread one takes room.
KEPT_SECONDS = 24 * 3600


def statuses(posts: Sequence[Post], viewer: AccountModel | None) -> list[Status]:
    """Return the Statuses of `posts` (loaded by `posts_for_display`) as `viewer` sees them."""
    loaded = {post.pk: post for post in posts}
    loaded.update((post.boost_of.pk, post.boost_of) for post in posts if post.boost_of)
    return _statuses(posts_shown([post.pk for post in posts], viewer), viewer, loaded)


def statuses_of_ids(ids: Sequence[int], viewer: AccountModel | None) -> list[Status]:
    """Return the Statuses of the posts of `ids` that exist, in that order, as `viewer` sees
    them: without loading a post whose Status is kept from an earlier page."""
    return _statuses(posts_shown(ids, viewer), viewer, {})


def _statuses(
    shown: list[Shown], viewer: AccountModel | None, loaded: dict[int, Post]
) -> list[Status]:
    """Find the kept Statuses of `shown` (and of the posts they boost), make the others from
    `loaded` or the database, and add what is the viewer's (`shown` has their marks): a
    query for the quoted posts they may see and one for their votes, each only when needed."""
    rows = {row.pk: row for each in shown for row in (each, each.boost_of) if row is not None}
    keys = {pk: f"status:{pk}:{row.stamp}" for pk, row in rows.items()}
    kept = cache.get_many(list(keys.values()))
    now = timezone.now()
    made: dict[int, Status] = {
        pk: kept[key] for pk, key in keys.items() if key in kept and not _ended(kept[key], now)
    }
    missing = [pk for pk in rows if pk not in made]
    if missing:
        made.update(_made(missing, loaded, keys))
    done = interactions_among(viewer, shown)
    polls = [int(found.poll.id) for found in made.values() if found.poll is not None]
    votes = votes_of(viewer, polls)
    return [_as_seen(each, made, viewer, done, votes) for each in shown]


def _ended(found: Status, now: datetime) -> bool:
    """Whether the poll of a kept Status has ended since it was made: its totals may show."""
    poll = found.poll
    return (
        poll is not None
        and not poll.expired
        and poll.expires_at is not None
        and (poll.expires_at <= now)
    )


def _made(missing: list[int], loaded: dict[int, Post], keys: dict[int, str]) -> dict[int, Status]:
    """Make the Statuses of the posts `missing`, as nobody in particular sees them, and keep
    them; a boost's is kept without the boosted Status, which is kept on its own."""
    posts = [loaded[pk] for pk in missing if pk in loaded]
    posts += posts_for_display([pk for pk in missing if pk not in loaded])
    named = entities_of([post for post in posts if post.boost_of_id is None])
    made = {post.pk: _status(post, named) for post in posts}
    cache.set_many({keys[pk]: found for pk, found in made.items()}, KEPT_SECONDS)
    return made


def _as_seen(
    shown: Shown,
    made: dict[int, Status],
    viewer: AccountModel | None,
    done: Interactions,
    votes: dict[int, list[int]],
) -> Status:
    """Return the Status of `shown` with what is the viewer's. A boost answers for its post,
    as on Mastodon: favouriting or boosting either is favouriting or boosting the post."""
    proper = shown.boost_of or shown
    marks: dict[str, Any] = {}
    if viewer is not None:
        marks = {
            "favourited": proper.pk in done.liked,
            "reblogged": proper.pk in done.boosted,
            "muted": proper.thread_root_id in done.muted_threads,
            "bookmarked": proper.pk in done.bookmarked,
        }
    seen = _marked(made[proper.pk], proper, viewer=viewer, marks=marks, done=done, votes=votes)
    if shown.boost_of is None:
        return seen
    marks["reblog"] = seen
    return _marked(made[shown.pk], shown, viewer=viewer, marks=marks, done=done, votes=votes)


def _marked(
    found: Status,
    shown: Shown,
    *,
    viewer: AccountModel | None,
    marks: dict[str, Any],
    done: Interactions,
    votes: dict[int, list[int]],
) -> Status:
    update = dict(marks)
    if viewer is not None and shown.author_id == viewer.pk:
        update["pinned"] = shown.pk in done.pinned
    if shown.quote_of_id is not None and shown.quote_of_id in done.quotable:
        update["quote_id"] = str(shown.quote_of_id)
    if found.poll is not None and viewer is not None:
        own_votes = votes.get(int(found.poll.id))
        update["poll"] = found.poll.model_copy(
            update={
                "voted": own_votes is not None or shown.author_id == viewer.pk,
                "own_votes": own_votes or [],
            }
        )
    return found.model_copy(update=update)


def _status(post: Post, named: Entities) -> Status:
    """Return the Status of one post as nobody in particular sees it; a boost's without the
    boosted Status (`_as_seen` adds it and what is the viewer's)."""
    original = post.boost_of
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
        reblog=None,
        poll=poll(found_poll, None, None) if found_poll is not None else None,
        card=None,
        language=post.language or None,
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
