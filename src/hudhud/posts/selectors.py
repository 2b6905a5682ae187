"""Shared reads of posts: loading them for display, threads, and a viewer's interactions."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Prefetch
from django.utils import timezone

from hudhud.accounts.models import Account, Block, Mute
from hudhud.ids import first_id_at
from hudhud.paging import Page, paginate
from hudhud.posts.models import Bookmark, Hashtag, Like, Media, Post, Visibility

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


# The window and size of the trending list; the search issue replaces this with decay.
TRENDS_WINDOW = timedelta(days=7)


def trending_hashtags(limit: int = 10) -> list[Hashtag]:
    """Return the hashtags the most people used in public posts lately."""
    # IDs are time-ordered: "since" is a range of the primary key, not a scan of dates.
    since = first_id_at(timezone.now() - TRENDS_WINDOW)
    return list(
        Hashtag.objects.filter(
            posts__id__gte=since,
            posts__visibility=Visibility.PUBLIC,
            posts__author__suspended=False,
        )
        .annotate(people=Count("posts__author", distinct=True))
        .order_by("-people", "name")[:limit]
    )
