"""Shared reads of posts: loading them for display, threads, a viewer's interactions, and
hashtags."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db.models import Prefetch

from hudhud.accounts.models import Account, Block, Mute
from hudhud.arabic import hashtag_key
from hudhud.paging import Page, paginate
from hudhud.posts.models import Bookmark, Hashtag, HashtagFollow, Like, Media, Post, Visibility

# How far a thread is shown above and below a post.
MAX_ANCESTORS = 40
MAX_DESCENDANTS = 300


def posts_for_display(ids: Sequence[int]) -> list[Post]:
    """Return the posts of `ids`, in that order, with all that showing them needs."""
    media = Prefetch("media", queryset=Media.objects.order_by("id"))
    by_id = (
        Post.objects.select_related(
            "author",
            "boost_of__author",
            "boost_of__quote_of__author",
            "quote_of__author",
            "in_reply_to_account",
        )
        .prefetch_related(media, Prefetch("boost_of__media", queryset=Media.objects.order_by("id")))
        .in_bulk(ids)
    )
    return [by_id[pk] for pk in ids if pk in by_id]


@dataclass(frozen=True)
class Interactions:
    """Which of the shown posts the viewer liked, boosted and bookmarked."""

    liked: set[int] = field(default_factory=set)
    boosted: set[int] = field(default_factory=set)
    bookmarked: set[int] = field(default_factory=set)
    # The quoted posts the viewer may see; a quote of any other shows no quoted text.
    quotable: set[int] = field(default_factory=set)


def interactions_of(viewer: Account | None, posts: Iterable[Post]) -> Interactions:
    """Return what `viewer` did to `posts` (and to the posts they boost), and which of the
    posts they quote `viewer` may see, in at most four queries."""
    shown = [post.boost_of or post for post in posts]
    ids = {post.pk for post in shown}
    quoted = {post.quote_of_id for post in shown if post.quote_of_id is not None}
    quotable = (
        set(Post.objects.visible_to(viewer).filter(pk__in=quoted).values_list("pk", flat=True))
        if quoted
        else set()
    )
    if viewer is None or not ids:
        return Interactions(quotable=quotable)
    return Interactions(
        liked=set(
            Like.objects.filter(account=viewer, post_id__in=ids).values_list("post_id", flat=True)
        ),
        boosted=set(
            Post.objects.filter(author=viewer, boost_of_id__in=ids).values_list(
                "boost_of_id", flat=True
            )
        ),
        bookmarked=set(
            Bookmark.objects.filter(account=viewer, post_id__in=ids).values_list(
                "post_id", flat=True
            )
        ),
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
