"""Reads of timelines: home, local, public, hashtag and an account's posts."""

from django.db.models import F, Q, QuerySet

from hudhud.accounts.models import Account, Block, Mute
from hudhud.arabic import hashtag_key
from hudhud.paging import Page, paginate
from hudhud.posts.models import Post, Visibility
from hudhud.posts.selectors import posts_for_display
from hudhud.timelines.models import TimelineEntry


def home_timeline(viewer: Account, page: Page) -> list[Post]:
    """Return a page of `viewer`'s home timeline, written there by fan-out."""
    entries = paginate(TimelineEntry.objects.filter(account=viewer), page, key="post_id")
    return posts_for_display([entry.post_id for entry in entries])


def _without_unwanted(posts: QuerySet[Post], viewer: Account | None) -> QuerySet[Post]:
    if viewer is None:
        return posts
    return (
        posts.exclude(author__in=Mute.objects.filter(account=viewer).values("target"))
        .exclude(author__in=Block.objects.filter(account=viewer).values("target"))
        .exclude(author__in=Block.objects.filter(target=viewer).values("account"))
    )


def public_timeline(viewer: Account | None, page: Page, *, local_only: bool = False) -> list[Post]:
    """Return a page of public posts (not boosts), of this server only when `local_only`."""
    # Replies to others stay in their threads, as on Mastodon; self-threads are shown.
    posts = Post.objects.filter(
        Q(in_reply_to__isnull=True) | Q(in_reply_to_account=F("author")),
        visibility=Visibility.PUBLIC,
        boost_of__isnull=True,
        author__suspended=False,
    )
    if local_only:
        posts = posts.filter(local=True)
    rows = paginate(_without_unwanted(posts, viewer).only("id"), page)
    return posts_for_display([post.pk for post in rows])


def hashtag_timeline(viewer: Account | None, tag: str, page: Page) -> list[Post]:
    """Return a page of public posts with `tag`, whichever way it is spelled."""
    posts = Post.objects.filter(
        hashtags__key=hashtag_key(tag),
        visibility=Visibility.PUBLIC,
        boost_of__isnull=True,
        author__suspended=False,
    )
    rows = paginate(_without_unwanted(posts, viewer).only("id"), page)
    return posts_for_display([post.pk for post in rows])


def account_timeline(
    viewer: Account | None,
    account: Account,
    page: Page,
    *,
    with_replies: bool = False,
    only_media: bool = False,
) -> list[Post]:
    """Return a page of `account`'s posts and boosts that `viewer` may see."""
    posts = Post.objects.visible_to(viewer).filter(author=account)
    if not with_replies:
        # Replies to others are left out; a thread the account writes to itself stays.
        posts = posts.filter(Q(in_reply_to__isnull=True) | Q(in_reply_to_account=account))
    if only_media:
        posts = posts.filter(media__isnull=False, boost_of__isnull=True).distinct()
    rows = paginate(posts.only("id"), page)
    return posts_for_display([post.pk for post in rows])
