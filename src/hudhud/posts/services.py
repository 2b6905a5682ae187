"""Every write to posts: create, edit, delete, boost, like, bookmark, pin, mute a thread,
media uploads, and hashtag follows (polls: `polls.py`; scheduled posts: `scheduling.py`)."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from hudhud.accounts.models import Account, Block, Follow
from hudhud.arabic import MAX_POST_LENGTH, extract_entities, hashtag_key, is_blank, post_length
from hudhud.coach.focus import focus_queue
from hudhud.federation import outbox
from hudhud.ids import id_at, new_id
from hudhud.notifications.models import NotificationKind
from hudhud.notifications.services import notification_create
from hudhud.posts.images import image_process
from hudhud.posts.models import (
    SPOILER_COLUMN,
    Bookmark,
    ConversationMute,
    Hashtag,
    HashtagFollow,
    HashtagSpelling,
    Like,
    Media,
    Mention,
    Pin,
    Poll,
    Post,
    PostEdit,
    Visibility,
)
from hudhud.posts.polls import PollSpec, poll_attach, poll_check, poll_replace
from hudhud.posts.rendering import render_text
from hudhud.search.services import post_index
from hudhud.streaming.services import stream_post_deleted, stream_post_updated
from hudhud.timelines.services import timeline_push
from hudhud.timelines.tasks import fan_out_post

MAX_MEDIA = 4
MAX_DESCRIPTION_LENGTH = 1500
MAX_PINS = 5


def _check_text(text: str, spoiler_text: str, media: Sequence[Media]) -> None:
    if is_blank(text) and not media:
        raise ValidationError(_("Write something before posting."), code="blank")
    length = post_length(text, spoiler_text)
    if length > MAX_POST_LENGTH:
        raise ValidationError(
            _("The post has %(length)d characters; the limit is %(limit)d.")
            % {"length": length, "limit": MAX_POST_LENGTH},
            code="too_long",
        )
    # Graphemes are counted above; a column counts code points, and a heavily vowelled or
    # emoji-joined warning has three or more to each grapheme.
    if len(spoiler_text) > SPOILER_COLUMN:
        raise ValidationError(_("The content warning is too long."), code="too_long")


def _check_media(author: Account, media: Sequence[Media], post: Post | None = None) -> None:
    if len(media) > MAX_MEDIA:
        raise ValidationError(_("A post has at most 4 images."), code="media_count")
    for item in media:
        if item.account_id != author.pk or item.post_id not in (None, post and post.pk):
            raise ValidationError(_("An attached image was not found."), code="media")


def _mentioned_accounts(text: str) -> list[Account]:
    """Return the known accounts that `text` mentions, in one query, in the order written
    (remote ones arrive with federation)."""
    handles: dict[tuple[str, str], None] = {}
    for entity in extract_entities(text):
        if entity.kind == "mention":
            here = entity.domain.lower() in ("", settings.DOMAIN.lower())
            handles[(entity.username.lower(), "" if here else entity.domain.lower())] = None
    if not handles:
        return []
    wanted = Q()
    for username, domain in handles:
        wanted |= Q(username__iexact=username, domain__iexact=domain)
    found = {
        (account.username.lower(), account.domain.lower()): account
        for account in Account.objects.filter(wanted, suspended=False)
    }
    return [found[handle] for handle in handles if handle in found]


def _check_unsolicited(author: Account, mentions: Sequence[Account], reply_to: Post | None) -> None:
    """Refuse a post whose mentions of accounts that do not follow its author would pass
    the hourly limit of such mentions (HUDHUD_UNSOLICITED_MENTIONS_PER_HOUR). Answering
    someone is not unsolicited: the author of the post replied to does not count."""
    if not settings.RATELIMIT_ENABLE:
        return
    answered = reply_to.author_id if reply_to is not None else None
    candidates = [a.pk for a in mentions if a.pk not in (author.pk, answered)]
    if not candidates:
        return
    followers = Follow.objects.filter(target=author, accepted=True).values("follower")
    strangers = Account.objects.filter(pk__in=candidates).exclude(pk__in=followers).count()
    if not strangers:
        return
    earlier = (
        Mention.objects.filter(
            post__author=author, post__created_at__gte=timezone.now() - timedelta(hours=1)
        )
        .exclude(account__in=followers)
        .exclude(account=F("post__in_reply_to_account"))
        .count()
    )
    limit = settings.UNSOLICITED_MENTIONS_PER_HOUR
    if earlier + strangers > limit:
        raise ValidationError(
            _(
                "You may mention at most %(limit)d accounts that do not follow you in an "
                "hour. Try again later, or mention fewer people."
            )
            % {"limit": limit},
            code="unsolicited_mentions",
        )


def _spellings(text: str) -> dict[str, str]:
    """Return each way `text` writes a hashtag, with the tag's key, in order of appearance."""
    return {
        entity.value: hashtag_key(entity.value)
        for entity in extract_entities(text)
        if entity.kind == "hashtag"
    }


def _hashtags(text: str) -> list[Hashtag]:
    tags: dict[str, Hashtag] = {}
    for spelling, key in _spellings(text).items():
        if key not in tags:
            tags[key], _created = Hashtag.objects.get_or_create(
                key=key, defaults={"name": spelling}
            )
    return list(tags.values())


def _spellings_count(spellings: Iterable[str], *, change: int) -> None:
    """Add `change` (1 or -1) to the uses of each spelling; each is one post's use at most.

    Each spelling's hashtag exists: a post's tags are made before its spellings are counted.
    """
    keys = {spelling: hashtag_key(spelling) for spelling in spellings}
    if not keys:
        return
    if change > 0:
        tag_ids = dict(Hashtag.objects.filter(key__in=keys.values()).values_list("key", "pk"))
        HashtagSpelling.objects.bulk_create(
            [HashtagSpelling(hashtag_id=tag_ids[key], spelling=s) for s, key in keys.items()],
            ignore_conflicts=True,
        )
    used = Q()
    for spelling, key in keys.items():
        used |= Q(hashtag__key=key, spelling=spelling)
    rows = HashtagSpelling.objects.filter(used)
    if change < 0:
        rows = rows.filter(uses__gt=0)
    rows.update(uses=F("uses") + change)


def _render(text: str, mentions: Sequence[Account]) -> str:
    urls = {}
    for account in mentions:
        urls[account.acct.lower()] = account.url or account.uri
        urls[f"{account.username}@{account.domain or settings.DOMAIN}".lower()] = account.url
    return render_text(text, mention_urls=urls)


def _ensure_can_interact(account: Account, post: Post) -> None:
    """Refuse to reply to, quote, boost or like a post its viewer may not see."""
    if (
        not Post.objects.visible_to(account).filter(pk=post.pk).exists()
        or Block.objects.filter(account=post.author, target=account).exists()
    ):
        raise ValidationError(_("This post was not found."), code="not_found")


def post_validate(
    *,
    author: Account,
    text: str,
    visibility: str = Visibility.PUBLIC,
    spoiler_text: str = "",
    media: Sequence[Media] = (),
    reply_to: Post | None = None,
    quote_of: Post | None = None,
    poll: PollSpec | None = None,
) -> None:
    """Raise ValidationError if `post_create` would refuse this post (the originals of boosts
    given as `reply_to` and `quote_of`)."""
    text = text.strip()
    spoiler_text = "" if is_blank(spoiler_text) else spoiler_text.strip()
    if visibility not in Visibility.values:
        raise ValidationError(_("Unknown visibility."), code="visibility")
    _check_text(text, spoiler_text, media)
    _check_media(author, media)
    if poll is not None:
        if media:
            raise ValidationError(
                _("A post cannot have both images and a poll."), code="poll_media"
            )
        poll_check(poll)
    if reply_to is not None:
        _ensure_can_interact(author, reply_to)
    if quote_of is not None:
        _ensure_can_interact(author, quote_of)
        if quote_of.visibility not in (Visibility.PUBLIC, Visibility.UNLISTED):
            raise ValidationError(_("Only public posts can be quoted."), code="quote_private")


@transaction.atomic
def post_create(
    *,
    author: Account,
    text: str,
    visibility: str = Visibility.PUBLIC,
    spoiler_text: str = "",
    sensitive: bool = False,
    language: str = "",
    reply_to: Post | None = None,
    quote_of: Post | None = None,
    media: Sequence[Media] = (),
    poll: PollSpec | None = None,
    created_at: datetime | None = None,
) -> Post:
    """Create a local post, its mentions, hashtags and poll, and queue its fan-out.

    `created_at` dates a post in the past (the demo, imports); its ID sorts by that time.
    """
    text = text.strip()
    spoiler_text = "" if is_blank(spoiler_text) else spoiler_text.strip()
    reply_to = reply_to and (reply_to.boost_of or reply_to)
    quote_of = quote_of and (quote_of.boost_of or quote_of)
    post_validate(
        author=author,
        text=text,
        visibility=visibility,
        spoiler_text=spoiler_text,
        media=media,
        reply_to=reply_to,
        quote_of=quote_of,
        poll=poll,
    )
    mentions = _mentioned_accounts(text)
    _check_unsolicited(author, mentions, reply_to)
    post_id = new_id() if created_at is None else id_at(created_at)
    base = settings.BASE_URL
    post = Post.objects.create(
        id=post_id,
        author=author,
        uri=f"{base}/users/{author.username}/statuses/{post_id}",
        url=f"{base}/@{author.username}/{post_id}",
        text=text,
        content=_render(text, mentions),
        spoiler_text=spoiler_text,
        sensitive=sensitive or bool(spoiler_text),
        language=language[:16],
        visibility=visibility,
        quote_of=quote_of,
        created_at=created_at or timezone.now(),
        **_in_thread(reply_to),
    )
    if poll is not None:
        poll_attach(post=post, spec=poll)
    for item in media:
        item.post = post
    Media.objects.bulk_update(media, ["post"])
    _post_stored(post, mentions=mentions, descriptions=[item.description for item in media])
    focus_queue(author)
    return post


def _in_thread(reply_to: Post | None) -> dict[str, Any]:
    """Return the fields that place a new post in the thread of `reply_to`."""
    return {
        "in_reply_to": reply_to,
        "in_reply_to_account": reply_to.author if reply_to else None,
        "root_id": reply_to.thread_root_id if reply_to else None,
    }


def _post_stored(post: Post, *, mentions: Sequence[Account], descriptions: list[str]) -> None:
    """Record a new post's mentions, hashtags, counts and search entry, and send it on its
    way: onto timelines now, and to its fan-out on commit."""
    Mention.objects.bulk_create([Mention(post=post, account=account) for account in mentions])
    post.hashtags.set(_hashtags(post.text))
    _spellings_count(_spellings(post.text), change=1)
    post_index(post, descriptions=descriptions)
    Account.objects.filter(pk=post.author_id).update(posts_count=F("posts_count") + 1)
    if post.in_reply_to_id is not None:
        Post.objects.filter(pk=post.in_reply_to_id).update(replies_count=F("replies_count") + 1)
    timeline_push(post=post)
    transaction.on_commit(lambda: fan_out_post.enqueue(post.pk))


def _version_keep(
    post: Post, *, media_ids: list[int], poll_options: list[str] | None = None
) -> None:
    """Keep the version of `post` about to change in its history."""
    PostEdit.objects.create(
        post=post,
        text=post.text,
        content=post.content,
        spoiler_text=post.spoiler_text,
        sensitive=post.sensitive,
        media_ids=media_ids,
        poll_options=poll_options,
        created_at=post.edited_at or post.created_at,
    )


@dataclass(frozen=True)
class ReceivedMedia:
    """An image of a post from another server, shown from there."""

    url: str
    mime_type: str
    description: str = ""
    blurhash: str = ""
    width: int = 0
    height: int = 0


@transaction.atomic
def post_receive(
    *,
    author: Account,
    uri: str,
    url: str,
    content: str,
    text: str,
    spoiler_text: str = "",
    sensitive: bool = False,
    language: str = "",
    visibility: str = Visibility.PUBLIC,
    reply_to: Post | None = None,
    quote_of: Post | None = None,
    mentions: Sequence[Account] = (),
    media: Sequence[ReceivedMedia] = (),
    created_at: datetime | None = None,
) -> Post:
    """Save a post of a remote `author` that arrived from its server (`content` is its HTML,
    already cleaned; `text` the same as plain text), or the new version of one saved
    before, keeping the old one in its history; queue its fan-out either way."""
    existing = Post.objects.filter(uri=uri).first()
    if existing is not None:
        if existing.author_id != author.pk or existing.boost_of_id is not None:
            raise ValidationError(_("This post was not found."), code="not_found")
        if (existing.content, existing.spoiler_text, existing.sensitive) == (
            content,
            spoiler_text,
            sensitive,
        ):
            return existing
        _version_keep(existing, media_ids=list(existing.media.values_list("pk", flat=True)))
        old_spellings, new_spellings = _spellings(existing.text).keys(), _spellings(text).keys()
        existing.text, existing.content = text, content
        existing.spoiler_text, existing.sensitive = spoiler_text[:SPOILER_COLUMN], sensitive
        existing.edited_at = timezone.now()
        existing.save(update_fields=["text", "content", "spoiler_text", "sensitive", "edited_at"])
        _revised(existing)
        existing.hashtags.set(_hashtags(text))
        _spellings_count(new_spellings - old_spellings, change=1)
        _spellings_count(old_spellings - new_spellings, change=-1)
        post_index(
            existing, descriptions=list(existing.media.values_list("description", flat=True))
        )
        stream_post_updated(post=existing)
        transaction.on_commit(lambda: fan_out_post.enqueue(existing.pk, edited=True))
        return existing
    now = timezone.now()
    created_at = min(created_at or now, now)  # a clock ahead does not put a post on top
    post = Post.objects.create(
        id=id_at(created_at),
        author=author,
        local=False,
        uri=uri,
        url=url,
        text=text,
        content=content,
        spoiler_text=spoiler_text[:SPOILER_COLUMN],
        sensitive=sensitive or bool(spoiler_text),
        language=language[:16],
        visibility=visibility,
        quote_of=quote_of,
        created_at=created_at,
        **_in_thread(reply_to),
    )
    Media.objects.bulk_create(
        [
            Media(
                account=author,
                post=post,
                remote_url=item.url,
                mime_type=item.mime_type[:64],
                description=item.description,
                blurhash=item.blurhash[:64],
                width=item.width,
                height=item.height,
            )
            for item in media
        ]
    )
    _post_stored(post, mentions=mentions, descriptions=[item.description for item in media])
    return post


@dataclass(frozen=True)
class MediaChange:
    """A new description or focal point (x, y from -1.0 to 1.0) of an attached image."""

    description: str | None = None
    focus: tuple[float, float] | None = None


# `post_edit(poll=KEEP)` leaves the poll as it is; `poll=None` removes it.
KEEP = PollSpec(options=(), expires_in=0)


def _revised(post: Post) -> None:
    """Count a change of what `post` shows, here and in the database (`Post.revision`)."""
    Post.objects.filter(pk=post.pk).revised()
    post.refresh_from_db(fields=["revision"])


def _describe(media: Media, change: MediaChange) -> list[str]:
    """Apply `change` to `media` unsaved; return the fields it changed."""
    fields = []
    if change.description is not None:
        media.description = _clean_description(change.description)
        fields.append("description")
    if change.focus is not None:
        media.focus_x, media.focus_y = _clean_focus(change.focus)
        fields += ["focus_x", "focus_y"]
    return fields


@transaction.atomic
def post_edit(
    *,
    post: Post,
    text: str,
    spoiler_text: str = "",
    sensitive: bool = False,
    language: str | None = None,
    media: Sequence[Media] | None = None,
    media_changes: Mapping[int, MediaChange] | None = None,
    poll: PollSpec | None = KEEP,
) -> Post:
    """Change a post's text (and language, images, their descriptions, or poll), keeping
    the previous version in its history. `media=None` keeps the images; `poll=KEEP` the poll.
    """
    text = text.strip()
    spoiler_text = "" if is_blank(spoiler_text) else spoiler_text.strip()
    language = post.language if language is None else language[:16]
    attached = list(post.media.all()) if media is None else list(media)
    old_media_ids = [item.pk for item in post.media.all()]
    _check_text(text, spoiler_text, attached)
    _check_media(post.author, attached, post)
    current_poll = Poll.objects.filter(post=post).first()
    if poll is not KEEP and poll is not None:
        if attached:
            raise ValidationError(
                _("A post cannot have both images and a poll."), code="poll_media"
            )
        poll_check(poll)
    for item in attached:
        change = (media_changes or {}).get(item.pk)
        fields = _describe(item, change) if change is not None else []
        if fields:
            item.save(update_fields=fields)
            _revised(post)
    if (
        (text, spoiler_text, sensitive, language)
        == (post.text, post.spoiler_text, post.sensitive, post.language)
        and [m.pk for m in attached] == old_media_ids
        and (
            poll is KEEP
            or (poll is None and current_poll is None)
            or (
                poll is not None
                and current_poll is not None
                and (list(poll.options), poll.multiple, poll.hide_totals)
                == (current_poll.options, current_poll.multiple, current_poll.hide_totals)
            )
        )
    ):
        return post
    _version_keep(
        post,
        media_ids=old_media_ids,
        poll_options=current_poll.options if current_poll else None,
    )
    if poll is not KEEP:
        poll_replace(post=post, spec=poll)
    mentions = _mentioned_accounts(text)
    old_spellings, new_spellings = _spellings(post.text).keys(), _spellings(text).keys()
    post.text = text
    post.content = _render(text, mentions)
    post.spoiler_text = spoiler_text
    post.sensitive = sensitive or bool(spoiler_text)
    post.language = language
    post.edited_at = timezone.now()
    post.save(
        update_fields=["text", "content", "spoiler_text", "sensitive", "language", "edited_at"]
    )
    _revised(post)
    new_mentions = [
        account for account in mentions if not post.mentions.filter(pk=account.pk).exists()
    ]
    Mention.objects.bulk_create([Mention(post=post, account=account) for account in new_mentions])
    post.hashtags.set(_hashtags(text))
    _spellings_count(new_spellings - old_spellings, change=1)
    _spellings_count(old_spellings - new_spellings, change=-1)
    if media is not None:
        post.media.exclude(pk__in=[m.pk for m in attached]).update(post=None)
        for item in attached:
            item.post = post
        Media.objects.bulk_update(attached, ["post"])
    post_index(post, descriptions=[item.description for item in attached])
    stream_post_updated(post=post)
    transaction.on_commit(lambda: fan_out_post.enqueue(post.pk, edited=True))
    return post


@transaction.atomic
def post_delete(*, post: Post, keep_media: bool = False) -> None:
    """Delete a post with its boosts, likes and place in every timeline; with `keep_media`,
    its images stay, unattached, for the post that redrafts it."""
    if post.boost_of_id is None:  # boosts are not counted among an account's posts
        Account.objects.filter(pk=post.author_id, posts_count__gt=0).update(
            posts_count=F("posts_count") - 1
        )
    if post.in_reply_to_id is not None:
        Post.objects.filter(pk=post.in_reply_to_id, replies_count__gt=0).update(
            replies_count=F("replies_count") - 1
        )
    if post.boost_of_id is not None:
        Post.objects.filter(pk=post.boost_of_id, boosts_count__gt=0).update(
            boosts_count=F("boosts_count") - 1
        )
    _spellings_count(_spellings(post.text), change=-1)
    if keep_media:
        post.media.update(post=None)
    else:
        for item in post.media.all():
            media_files_delete(media=item)
    stream_post_deleted(post=post)  # before the rows go: it reads who was shown the post
    if post.local:
        outbox.post_retract(post=post)
    post.delete()


def _hashtag_to_follow(name: str) -> Hashtag:
    """Return the hashtag `name` (any spelling of it), made if no post used it yet."""
    spellings = _spellings(f"#{name}")
    if list(spellings) != [name]:
        raise ValidationError(_("This is not a hashtag."), code="hashtag")
    hashtag, _created = Hashtag.objects.get_or_create(key=spellings[name], defaults={"name": name})
    return hashtag


@transaction.atomic
def hashtag_follow(*, account: Account, name: str) -> Hashtag:
    """Put the public posts with hashtag `name`, however spelled, on `account`'s home
    timeline from now on; following twice changes nothing."""
    hashtag = _hashtag_to_follow(name)
    HashtagFollow.objects.get_or_create(account=account, hashtag=hashtag)
    return hashtag


@transaction.atomic
def hashtag_unfollow(*, account: Account, name: str) -> None:
    """Stop bringing the posts with hashtag `name` to `account`'s home timeline; the posts
    already there stay, as they do when one unfollows a person."""
    HashtagFollow.objects.filter(account=account, hashtag__key=hashtag_key(name)).delete()


# From the widest audience to the narrowest.
_AUDIENCES: list[str] = [
    Visibility.PUBLIC,
    Visibility.UNLISTED,
    Visibility.FOLLOWERS,
    Visibility.DIRECT,
]


@transaction.atomic
def boost_create(
    *,
    account: Account,
    post: Post,
    visibility: str | None = None,
    created_at: datetime | None = None,
    uri: str = "",
) -> Post:
    """Boost `post` to `account`'s followers; boosting twice changes nothing. A `visibility`
    (public, unlisted or followers only) narrows the boost's audience, never widens it.
    `uri` is the id of an Announce that came from elsewhere."""
    post = post.boost_of or post
    _ensure_can_interact(account, post)
    # As on Mastodon: direct posts are never boosted, followers-only ones only by their author.
    if post.visibility == Visibility.DIRECT or (
        post.visibility == Visibility.FOLLOWERS and post.author_id != account.pk
    ):
        raise ValidationError(_("This post cannot be boosted."), code="boost_private")
    if visibility == Visibility.DIRECT or (visibility and visibility not in Visibility.values):
        raise ValidationError(_("A boost is public, unlisted or for followers."), code="visibility")
    existing = Post.objects.filter(author=account, boost_of=post).first()
    if existing is not None:
        return existing
    boost_id = new_id() if created_at is None else id_at(created_at)
    try:
        with transaction.atomic():
            boost = Post.objects.create(
                id=boost_id,
                author=account,
                local=account.local,
                uri=uri
                or f"{settings.BASE_URL}/users/{account.username}/statuses/{boost_id}/activity",
                boost_of=post,
                visibility=max(
                    post.visibility, visibility or post.visibility, key=_AUDIENCES.index
                ),
                created_at=created_at or timezone.now(),
            )
    except IntegrityError:  # a concurrent boost won
        return Post.objects.get(author=account, boost_of=post)
    Post.objects.filter(pk=post.pk).update(boosts_count=F("boosts_count") + 1)
    transaction.on_commit(lambda: fan_out_post.enqueue(boost.pk))
    return boost


@transaction.atomic
def boost_delete(*, account: Account, post: Post) -> None:
    """Undo `account`'s boost of `post`."""
    boost = Post.objects.filter(author=account, boost_of=post.boost_of or post).first()
    if boost is not None:
        post_delete(post=boost)


@transaction.atomic
def like_create(*, account: Account, post: Post, uri: str = "") -> Like:
    """Like `post`; liking twice changes nothing. `uri` is the id of a Like that came from
    elsewhere."""
    post = post.boost_of or post
    _ensure_can_interact(account, post)
    like, created = Like.objects.get_or_create(account=account, post=post, defaults={"uri": uri})
    if created:
        Post.objects.filter(pk=post.pk).update(likes_count=F("likes_count") + 1)
        notification_create(
            recipient=post.author, actor=account, kind=NotificationKind.LIKE, post=post
        )
        if account.local and not post.local:
            outbox.like_send(like=like)
    return like


@transaction.atomic
def like_delete(*, account: Account, post: Post) -> None:
    post = post.boost_of or post
    like = Like.objects.filter(account=account, post=post).select_related("account").first()
    if like is None:
        return
    if account.local and not post.local:
        outbox.like_undo(like=like)
    like.delete()
    Post.objects.filter(pk=post.pk, likes_count__gt=0).update(likes_count=F("likes_count") - 1)


@transaction.atomic
def bookmark_create(*, account: Account, post: Post) -> Bookmark:
    post = post.boost_of or post
    _ensure_can_interact(account, post)
    bookmark, _created = Bookmark.objects.get_or_create(account=account, post=post)
    return bookmark


@transaction.atomic
def bookmark_delete(*, account: Account, post: Post) -> None:
    Bookmark.objects.filter(account=account, post=post.boost_of or post).delete()


def _clean_description(description: str) -> str:
    description = description.strip()
    if len(description) > MAX_DESCRIPTION_LENGTH:
        raise ValidationError(
            _("The description is longer than %(limit)d characters.")
            % {"limit": MAX_DESCRIPTION_LENGTH},
            code="description_too_long",
        )
    return description


def _clean_focus(focus: tuple[float, float]) -> tuple[float, float]:
    x, y = focus
    if not (-1.0 <= x <= 1.0 and -1.0 <= y <= 1.0):
        raise ValidationError(
            _("A focal point is two numbers from -1.0 to 1.0."), code="focus_range"
        )
    return x, y


@transaction.atomic
def media_create(
    *,
    account: Account,
    file: IO[bytes],
    description: str = "",
    focus: tuple[float, float] = (0.0, 0.0),
) -> Media:
    """Store an uploaded image without its metadata, with a thumbnail, blurhash, alt text and
    focal point."""
    description = _clean_description(description)
    focus_x, focus_y = _clean_focus(focus)
    image = image_process(file)
    media = Media(
        account=account,
        description=description,
        focus_x=focus_x,
        focus_y=focus_y,
        blurhash=image.blurhash,
        width=image.width,
        height=image.height,
        mime_type=image.mime_type,
    )
    media.file.save(f"{media.pk}.{image.extension}", image.full, save=False)
    media.thumbnail.save(f"{media.pk}.{image.extension}", image.thumbnail, save=False)
    media.save()
    return media


@transaction.atomic
def media_describe(
    *, media: Media, description: str | None = None, focus: tuple[float, float] | None = None
) -> Media:
    """Change an image's alt text or focal point (None: as it is)."""
    fields = _describe(media, MediaChange(description=description, focus=focus))
    if fields:
        media.save(update_fields=fields)
        Post.objects.filter(pk=media.post_id).revised()
    if "description" in fields and media.post is not None:
        post_index(media.post)
    return media


@transaction.atomic
def media_delete(*, media: Media) -> None:
    """Delete an image no post shows."""
    if media.post_id is not None:
        raise ValidationError(_("This image belongs to a post."), code="media_attached")
    media_files_delete(media=media)
    media.delete()


@transaction.atomic
def pin_create(*, account: Account, post: Post) -> Pin:
    """Feature `post`, one of `account`'s own public or unlisted posts, on their profile."""
    if post.author_id != account.pk or post.is_boost:
        raise ValidationError(_("Someone else's post cannot be pinned."), code="pin_others")
    if post.visibility not in (Visibility.PUBLIC, Visibility.UNLISTED):
        raise ValidationError(_("Only public posts can be pinned."), code="pin_private")
    existing = Pin.objects.filter(account=account, post=post).first()
    if existing is not None:
        return existing
    # Counted under the account's row lock, so that two pins at once cannot pass the limit.
    Account.objects.select_for_update().filter(pk=account.pk).first()
    if Pin.objects.filter(account=account).count() >= MAX_PINS:
        raise ValidationError(
            _("You have already pinned the maximum number of posts."), code="pin_limit"
        )
    return Pin.objects.create(account=account, post=post)


@transaction.atomic
def pin_delete(*, account: Account, post: Post) -> None:
    Pin.objects.filter(account=account, post=post).delete()


@transaction.atomic
def conversation_mute(*, account: Account, post: Post) -> None:
    """Stop notifying `account` of the thread `post` belongs to; twice changes nothing."""
    post = post.boost_of or post
    ConversationMute.objects.get_or_create(account=account, root_id=post.thread_root_id)


@transaction.atomic
def conversation_unmute(*, account: Account, post: Post) -> None:
    post = post.boost_of or post
    ConversationMute.objects.filter(account=account, root_id=post.thread_root_id).delete()


def media_files_delete(*, media: Media) -> None:
    """Remove an image's files from storage (its row goes with its post or transaction)."""
    media.file.delete(save=False)
    media.thumbnail.delete(save=False)
