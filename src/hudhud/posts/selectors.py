"""Shared reads of posts: loading them for display, threads, a viewer's interactions,
hashtags, polls, pins and scheduled posts."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.db import connection
from django.db.models import Exists, OuterRef, Prefetch, Q, prefetch_related_objects

from hudhud.accounts.models import Account, Block, Mute
from hudhud.arabic import hashtag_key
from hudhud.paging import Page, paginate
from hudhud.posts.models import (
    Bookmark,
    ConversationMute,
    Hashtag,
    HashtagFollow,
    Like,
    Media,
    Mention,
    Pin,
    Poll,
    PollVote,
    Post,
    ScheduledPost,
    Visibility,
)

# How far a thread is shown above and below a post.
MAX_ANCESTORS = 40
MAX_DESCENDANTS = 300


def posts_for_display(ids: Sequence[int]) -> list[Post]:
    """Return the posts of `ids`, in that order, with their authors, boosted posts, polls and
    images (what every face of a post shows; the web also calls `quotes_and_replies_load`)."""
    media = Prefetch("media", queryset=Media.objects.order_by("id"))
    by_id = (
        Post.objects.select_related("author", "boost_of__author", "poll", "boost_of__poll")
        .prefetch_related(media, Prefetch("boost_of__media", queryset=Media.objects.order_by("id")))
        .in_bulk(ids)
    )
    return [by_id[pk] for pk in ids if pk in by_id]


# What `Shown` reads of a post: its IDs, then what changes its Status (the revision, the
# counts, the posts it answers, which deletion unsets, and its author's profile and counts;
# a poll that has ended since is told by the kept Status itself).
_SHOWN_POST = (
    "id",
    "author_id",
    "quote_of_id",
    "root_id",
    "revision",
    "likes_count",
    "boosts_count",
    "replies_count",
    "in_reply_to_id",
    "in_reply_to_account_id",
)
_SHOWN_AUTHOR = (
    "updated_at",
    "suspended",
    "avatar",
    "header",
    "posts_count",
    "followers_count",
    "following_count",
)
_SHOWN_WIDTH = len(_SHOWN_POST) + len(_SHOWN_AUTHOR)


def _shown_columns(post: str, author: str) -> str:
    return ", ".join(
        [f"{post}.{name}" for name in _SHOWN_POST] + [f"{author}.{name}" for name in _SHOWN_AUTHOR]
    )


# Plain SQL, as `_MARKS` below: every page of posts asks it, and the ORM took ten times as
# long to build it as the database to answer. The IDs are written in (`_id_list`): passed
# as parameters, the driver spent longer parsing the statement than running it.
_POSTS, _ACCOUNTS = Post._meta.db_table, Account._meta.db_table
_SHOWN = (
    f"SELECT {_shown_columns('p', 'a')}, {_shown_columns('b', 'ba')}{{marks}} "  # noqa: S608 - names from the models
    f"FROM {_POSTS} p JOIN {_ACCOUNTS} a ON a.id = p.author_id "
    f"LEFT JOIN {_POSTS} b ON b.id = p.boost_of_id "
    f"LEFT JOIN {_ACCOUNTS} ba ON ba.id = b.author_id "
    "WHERE p.id IN ({ids})"
)


def _id_list(ids: Iterable[int]) -> str:
    """Return `ids` as SQL: integers only, so nothing else can be written in."""
    return ", ".join(str(int(pk)) for pk in ids)


# What the viewer did to the post a row shows (the boosted one for a boost), as columns of
# the same statement: (mark, table, the viewer's column, the post's column).
_MARKS = (
    ("liked", Like._meta.db_table, "account_id", "post_id"),
    ("boosted", Post._meta.db_table, "author_id", "boost_of_id"),
    ("bookmarked", Bookmark._meta.db_table, "account_id", "post_id"),
    ("pinned", Pin._meta.db_table, "account_id", "post_id"),
    ("muted", ConversationMute._meta.db_table, "account_id", "root_id"),
)
_PROPER = {"post_id": "COALESCE(b.id, p.id)", "boost_of_id": "COALESCE(b.id, p.id)"}
_PROPER["root_id"] = "COALESCE(b.root_id, b.id, p.root_id, p.id)"


def _marks_columns(viewer_id: int) -> str:
    return "".join(
        f", EXISTS (SELECT 1 FROM {table} m WHERE m.{owner} = {viewer_id} "  # noqa: S608 - names from the models, an integer
        f"AND m.{column} = {_PROPER[column]})"
        for _mark, table, owner, column in _MARKS
    )


@dataclass(frozen=True)
class Shown:
    """A post as a page needs it before its Status is made or found again: whom the
    viewer's marks concern, a stamp that changes whenever its Status would, and which marks
    of the viewer's the post it shows has (the boosted one for a boost)."""

    pk: int
    author_id: int
    quote_of_id: int | None
    thread_root_id: int
    stamp: str
    boost_of: Shown | None = None
    marks: frozenset[str] = frozenset()

    @classmethod
    def of_row(
        cls, row: Sequence[Any], boost_of: Shown | None = None, marks: Sequence[Any] = ()
    ) -> Shown:
        pk, author_id, quote_of_id, root_id, *stamped = row
        return cls(
            pk=pk,
            author_id=author_id,
            quote_of_id=quote_of_id,
            thread_root_id=root_id or pk,
            stamp=hashlib.blake2b(repr(stamped).encode(), digest_size=12).hexdigest(),
            boost_of=boost_of,
            # Without a viewer the row has no marks.
            marks=frozenset(
                mark for (mark, *_names), has in zip(_MARKS, marks, strict=False) if has
            ),
        )


def posts_shown(ids: Sequence[int], viewer: Account | None) -> list[Shown]:
    """Return the posts of `ids` that exist, in that order, as Shown, with `viewer`'s marks,
    in one query."""
    if not ids:
        return []
    columns = _marks_columns(int(viewer.pk)) if viewer is not None else ""
    found: dict[int, Shown] = {}
    with connection.cursor() as cursor:
        cursor.execute(_SHOWN.format(ids=_id_list(ids), marks=columns))
        for row in cursor.fetchall():
            own, original = row[:_SHOWN_WIDTH], row[_SHOWN_WIDTH : 2 * _SHOWN_WIDTH]
            boost_of = Shown.of_row(original) if original[0] is not None else None
            found[own[0]] = Shown.of_row(own, boost_of, row[2 * _SHOWN_WIDTH :])
    return [found[pk] for pk in ids if pk in found]


def quotes_and_replies_load(posts: Sequence[Post]) -> None:
    """Load onto `posts` (from `posts_for_display`) the posts they quote, with their authors,
    and the accounts they reply to: the web shows them, the API names only their IDs, and
    joining them to every page cost the API's home timeline a tenth of its time. No query
    for a page without quotes or replies."""
    prefetch_related_objects(
        list(posts),
        "quote_of__author",
        "in_reply_to_account",
        "boost_of__quote_of__author",
        "boost_of__in_reply_to_account",
    )


@dataclass(frozen=True)
class MentionedAccount:
    """An account a post mentions, as a Status lists it."""

    id: int
    username: str
    acct: str
    url: str


@dataclass(frozen=True)
class Entities:
    """The accounts and hashtags each of the shown posts names, by post ID (each list in the
    order of their IDs, as the unique index of post and account or tag reads them)."""

    mentions: dict[int, list[MentionedAccount]] = field(default_factory=dict)
    hashtags: dict[int, list[str]] = field(default_factory=dict)


def entities_of(posts: Iterable[Post]) -> Entities:
    """Return the mentions and hashtags of `posts`, in two queries of plain rows: instances
    of every mentioned account would cost more than the rest of a page."""
    ids = {post.pk for post in posts}
    if not ids:
        return Entities()
    mentions: dict[int, list[MentionedAccount]] = {}
    rows = (
        Mention.objects.filter(post_id__in=ids)
        .order_by("account_id")
        .values_list(
            "post_id",
            "account_id",
            "account__username",
            "account__local",
            "account__domain",
            "account__url",
            "account__uri",
        )
    )
    for post_id, pk, username, local, domain, url, uri in rows:
        mentions.setdefault(post_id, []).append(
            MentionedAccount(
                id=pk,
                username=username,
                acct=username if local else f"{username}@{domain}",
                url=url or uri,
            )
        )
    hashtags: dict[int, list[str]] = {}
    tagged = Post.hashtags.through.objects.filter(post_id__in=ids).order_by("hashtag_id")
    for post_id, name in tagged.values_list("post_id", "hashtag__name"):
        hashtags.setdefault(post_id, []).append(name)
    return Entities(mentions=mentions, hashtags=hashtags)


@dataclass(frozen=True)
class Interactions:
    """Which of the shown posts the viewer liked, boosted, bookmarked and pinned, and in
    which muted threads they are."""

    liked: set[int] = field(default_factory=set)
    boosted: set[int] = field(default_factory=set)
    bookmarked: set[int] = field(default_factory=set)
    pinned: set[int] = field(default_factory=set)
    muted_threads: set[int] = field(default_factory=set)
    # The quoted posts the viewer may see; a quote of any other shows no quoted text.
    quotable: set[int] = field(default_factory=set)


def interactions_of(viewer: Account | None, posts: Sequence[Post]) -> Interactions:
    """Return what `viewer` did to `posts` (and to the posts they boost), and which of the
    posts they quote `viewer` may see, in at most two queries."""
    return interactions_among(viewer, posts_shown([post.pk for post in posts], viewer))


def interactions_among(viewer: Account | None, shown: Sequence[Shown]) -> Interactions:
    """Return the Interactions of `shown` (from `posts_shown`): a query only when some quote
    another post."""
    proper = [each.boost_of or each for each in shown]
    quoted = {each.quote_of_id for each in proper if each.quote_of_id is not None}
    quotable = (
        set(Post.objects.visible_to(viewer).filter(pk__in=quoted).values_list("pk", flat=True))
        if quoted
        else set()
    )
    marked = {
        mark: {(each.boost_of or each).pk for each in shown if mark in each.marks}
        for mark, *_names in _MARKS
    }
    return Interactions(
        liked=marked["liked"],
        boosted=marked["boosted"],
        bookmarked=marked["bookmarked"],
        pinned=marked["pinned"],
        muted_threads={
            (each.boost_of or each).thread_root_id for each in shown if "muted" in each.marks
        },
        quotable=quotable,
    )


def post_visible(viewer: Account | None, post_id: int) -> Post | None:
    """Return the post `post_id` if `viewer` may see it."""
    found = posts_for_display(
        list(Post.objects.visible_to(viewer).filter(pk=post_id).values_list("pk", flat=True))
    )
    return found[0] if found else None


@dataclass(frozen=True)
class Thread:
    ancestors: list[Post]
    descendants: list[Post]


def thread_of(viewer: Account | None, post: Post) -> Thread:
    """Return the posts above `post` (oldest first) and the replies below it, in reading order."""
    visible = Post.objects.visible_to(viewer)
    if viewer is not None:  # as on Mastodon, a thread leaves out whom the viewer shut out
        visible = visible.exclude(
            author__in=Mute.objects.filter(account=viewer).values("target")
        ).exclude(author__in=Block.objects.filter(account=viewer).values("target"))
    ancestor_ids: list[int] = []
    parent_id = post.in_reply_to_id
    while parent_id is not None and len(ancestor_ids) < MAX_ANCESTORS:
        row = visible.filter(pk=parent_id).values_list("pk", "in_reply_to_id").first()
        if row is None:
            break
        ancestor_ids.append(row[0])
        parent_id = row[1]
    children: dict[int, list[int]] = {}
    level = [post.pk]
    found = 0
    while level and found < MAX_DESCENDANTS:
        rows = list(
            visible.filter(in_reply_to_id__in=level)
            .order_by("id")
            .values_list("pk", "in_reply_to_id")
        )
        for pk, parent in rows:
            children.setdefault(parent, []).append(pk)
        level = [pk for pk, _parent in rows]
        found += len(rows)
    # Reading order: each reply right after its parent, depth first.
    ordered: list[int] = []
    stack = list(reversed(children.get(post.pk, [])))
    while stack:
        pk = stack.pop()
        ordered.append(pk)
        stack.extend(reversed(children.get(pk, [])))
    return Thread(
        ancestors=posts_for_display(ancestor_ids[::-1]), descendants=posts_for_display(ordered)
    )


def bookmarks_of(viewer: Account, page: Page) -> list[Post]:
    """Return a page of the posts `viewer` bookmarked and may still see, newest post first."""
    rows = paginate(
        Bookmark.objects.filter(account=viewer, post__in=Post.objects.visible_to(viewer)),
        page,
        key="post_id",
    )
    return posts_for_display([row.post_id for row in rows])


def hashtag_named(name: str) -> Hashtag | None:
    """Return the hashtag `name` stands for, whichever way it is spelled."""
    return Hashtag.objects.filter(key=hashtag_key(name)).first()


@dataclass(frozen=True)
class HashtagSummary:
    """What a hashtag's page shows above its posts."""

    title: str  # the spelling most posts use, or `name` as asked for a tag nobody used
    posts_count: int  # public posts, of accounts that are not suspended
    following: bool  # whether the viewer follows it


def hashtag_summary(viewer: Account | None, name: str) -> HashtagSummary:
    """Return the title, post count and the viewer's follow of the hashtag `name`."""
    hashtag = hashtag_named(name)
    if hashtag is None:
        return HashtagSummary(title=name, posts_count=0, following=False)
    return HashtagSummary(
        title=hashtag.most_used_spelling(),
        posts_count=hashtag.posts.filter(
            visibility=Visibility.PUBLIC, author__suspended=False
        ).count(),
        following=viewer is not None
        and HashtagFollow.objects.filter(account=viewer, hashtag=hashtag).exists(),
    )


def followed_hashtags(viewer: Account) -> list[Hashtag]:
    """Return the hashtags `viewer` follows, the latest followed first."""
    return list(Hashtag.objects.filter(followers__account=viewer).order_by("-followers__id"))


def poll_of(post: Post) -> Poll | None:
    """Return the poll of a post loaded by `posts_for_display` (no query), or None."""
    try:
        return post.poll
    except ObjectDoesNotExist:
        return None


def votes_of(viewer: Account | None, polls: Sequence[int]) -> dict[int, list[int]]:
    """Return `viewer`'s choices in each of `polls` they voted in, by poll ID."""
    votes: dict[int, list[int]] = {}
    if viewer is None or not polls:
        return votes
    rows = PollVote.objects.filter(account=viewer, poll_id__in=polls).order_by("choice")
    for poll_id, choice in rows.values_list("poll_id", "choice"):
        votes.setdefault(poll_id, []).append(choice)
    return votes


def poll_visible(viewer: Account | None, poll_id: int) -> Poll | None:
    """Return the poll `poll_id` if `viewer` may see its post."""
    return (
        Poll.objects.select_related("post")
        .filter(pk=poll_id, post__in=Post.objects.visible_to(viewer))
        .first()
    )


def boosts_of(post: Post, page: Page) -> list[Post]:
    """Return a page of the boosts of `post` by accounts that are not suspended, newest first,
    with their authors."""
    boosts = Post.objects.filter(boost_of=post, author__suspended=False).select_related("author")
    return paginate(boosts, page)


def likes_of(post: Post, page: Page) -> list[Like]:
    """Return a page of the likes of `post` by accounts that are not suspended, newest first,
    with the accounts."""
    likes = Like.objects.filter(post=post, account__suspended=False).select_related("account")
    return paginate(likes, page)


def media_of(account: Account, media_id: int) -> Media | None:
    """Return `account`'s image `media_id`, or None if it is another's or not there."""
    return Media.objects.filter(pk=media_id, account=account).first()


def media_of_ids(account: Account, ids: Sequence[int]) -> list[Media]:
    """Return `account`'s images of `ids` in that order (attached or not: posting checks),
    leaving out the IDs of none of theirs."""
    found = Media.objects.filter(account=account).in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def scheduled_posts_of(account: Account, page: Page) -> list[ScheduledPost]:
    """Return a page of `account`'s scheduled posts, newest scheduling first."""
    return paginate(ScheduledPost.objects.filter(account=account), page)


def scheduled_post_of(account: Account, scheduled_id: int) -> ScheduledPost | None:
    return ScheduledPost.objects.filter(pk=scheduled_id, account=account).first()


def media_by_id(ids: Iterable[int]) -> dict[int, Media]:
    """Return the images of `ids` by ID, in one query."""
    return Media.objects.in_bulk(list(ids))


def account_posts(
    viewer: Account | None,
    account: Account,
    page: Page,
    *,
    pinned: bool = False,
    only_media: bool = False,
    exclude_replies: bool = False,
    exclude_reblogs: bool = False,
    tagged: str = "",
) -> list[Post]:
    """Return a page of `account`'s posts and boosts that `viewer` may see, as Mastodon's
    account statuses: `pinned` only the pinned ones (latest pinned first); `exclude_replies`
    leaves out replies to others, not the account's own threads."""
    posts = Post.objects.visible_to(viewer).filter(author=account)
    if pinned:
        pins = paginate(
            Pin.objects.filter(account=account, post__in=posts.filter(boost_of__isnull=True)),
            page,
            key="post_id",
        )
        return posts_for_display([pin.post_id for pin in pins])
    if exclude_replies:
        posts = posts.filter(Q(in_reply_to__isnull=True) | Q(in_reply_to_account=account))
    if exclude_reblogs or only_media or tagged:
        posts = posts.filter(boost_of__isnull=True)
    if only_media:
        posts = posts.filter(Exists(Media.objects.filter(post=OuterRef("pk"))))
    if tagged:
        posts = posts.filter(hashtags__key=hashtag_key(tagged))
    rows = paginate(posts.only("id"), page)
    return posts_for_display([post.pk for post in rows])


def bookmark_rows(viewer: Account, page: Page) -> list[Bookmark]:
    """Return a page of `viewer`'s bookmarks of posts they may still see, the latest
    bookmark first, paged by the bookmark's ID as Mastodon pages them."""
    visible = Post.objects.visible_to(viewer)
    return paginate(Bookmark.objects.filter(account=viewer, post__in=visible), page)


def like_rows(viewer: Account, page: Page) -> list[Like]:
    """Return a page of `viewer`'s likes of posts they may still see, the latest like
    first, paged by the like's ID as Mastodon pages them."""
    visible = Post.objects.visible_to(viewer)
    return paginate(Like.objects.filter(account=viewer, post__in=visible), page)


def hashtag_follow_rows(viewer: Account, page: Page) -> list[HashtagFollow]:
    """Return a page of the hashtags `viewer` follows, the latest followed first, paged by
    the follow's ID."""
    follows = HashtagFollow.objects.filter(account=viewer).select_related("hashtag")
    return paginate(follows, page)


def posts_visible(viewer: Account | None, ids: Sequence[int]) -> list[Post]:
    """Return the posts of `ids` that `viewer` may see, in that order, loaded for display."""
    allowed = set(Post.objects.visible_to(viewer).filter(pk__in=ids).values_list("pk", flat=True))
    return posts_for_display([pk for pk in dict.fromkeys(ids) if pk in allowed])


def poll_votes_of(viewer: Account | None, poll: Poll) -> list[int] | None:
    """Return `viewer`'s choices in `poll`, or None if they did not vote."""
    if viewer is None:
        return None
    choices = list(
        PollVote.objects.filter(poll=poll, account=viewer)
        .order_by("choice")
        .values_list("choice", flat=True)
    )
    return choices or None
