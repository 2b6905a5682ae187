"""Reads of timelines (home, local, public, hashtag, list and an account's posts), of lists,
direct conversations and filters."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone

from hudhud.accounts.models import Account, Block, Follow, Mute
from hudhud.arabic import hashtag_key
from hudhud.paging import Page, paginate
from hudhud.posts.models import Media, Post, Visibility
from hudhud.posts.selectors import posts_for_display
from hudhud.timelines.filtering import ActiveFilters, FilterMatch, keyword
from hudhud.timelines.models import (
    Conversation,
    Filter,
    FilterKeyword,
    FilterPost,
    List,
    ListMember,
    RepliesPolicy,
    TimelineEntry,
)


def home_timeline(viewer: Account, page: Page) -> list[Post]:
    """Return a page of `viewer`'s home timeline, written there by fan-out."""
    return posts_for_display(home_timeline_ids(viewer, page))


def home_timeline_ids(viewer: Account, page: Page) -> list[int]:
    """Return the IDs of the posts of a page of `viewer`'s home timeline."""
    entries = TimelineEntry.objects.filter(account=viewer).values_list("post_id", flat=True)
    return paginate(entries, page, key="post_id")


def _without_unwanted(posts: QuerySet[Post], viewer: Account | None) -> QuerySet[Post]:
    if viewer is None:
        return posts
    return (
        posts.exclude(author__in=Mute.objects.filter(account=viewer).values("target"))
        .exclude(author__in=Block.objects.filter(account=viewer).values("target"))
        .exclude(author__in=Block.objects.filter(target=viewer).values("account"))
    )


def _with_media(posts: QuerySet[Post]) -> QuerySet[Post]:
    return posts.filter(Exists(Media.objects.filter(post=OuterRef("pk"))))


def _public(
    posts: QuerySet[Post],
    viewer: Account | None,
    page: Page,
    *,
    local_only: bool,
    remote_only: bool,
    only_media: bool,
) -> list[Post]:
    if local_only:
        posts = posts.filter(local=True)
    if remote_only:
        posts = posts.filter(local=False)
    if only_media:
        posts = _with_media(posts)
    rows = paginate(_without_unwanted(posts, viewer).only("id"), page)
    return posts_for_display([post.pk for post in rows])


def public_timeline(
    viewer: Account | None,
    page: Page,
    *,
    local_only: bool = False,
    remote_only: bool = False,
    only_media: bool = False,
) -> list[Post]:
    """Return a page of public posts (not boosts): of this server only when `local_only`, of
    others only when `remote_only`, with media only when `only_media`."""
    # Replies to others stay in their threads, as on Mastodon; self-threads are shown.
    posts = Post.objects.filter(
        Q(in_reply_to__isnull=True) | Q(in_reply_to_account=F("author")),
        visibility=Visibility.PUBLIC,
        boost_of__isnull=True,
        author__suspended=False,
        author__silenced=False,
    )
    return _public(
        posts,
        viewer,
        page,
        local_only=local_only,
        remote_only=remote_only,
        only_media=only_media,
    )


def _tagged(keys: Sequence[str]) -> QuerySet[Any, Any]:
    """Return the IDs of the posts with one of the hashtags `keys`, as a subquery."""
    return Post.hashtags.through.objects.filter(hashtag__key__in=keys).values("post_id")


def hashtag_timeline(
    viewer: Account | None,
    tag: str,
    page: Page,
    *,
    any_of: Sequence[str] = (),
    all_of: Sequence[str] = (),
    none_of: Sequence[str] = (),
    local_only: bool = False,
    remote_only: bool = False,
    only_media: bool = False,
) -> list[Post]:
    """Return a page of public posts with `tag` (or one of `any_of`), all of `all_of` and
    none of `none_of`, whichever way each tag is spelled."""
    keys = list(dict.fromkeys(key for key in map(hashtag_key, [tag, *any_of]) if key))
    if not keys:
        return []
    posts = Post.objects.filter(
        visibility=Visibility.PUBLIC,
        boost_of__isnull=True,
        author__suspended=False,
        author__silenced=False,
    )
    if len(keys) == 1:
        posts = posts.filter(hashtags__key=keys[0])  # a post has a tag once: no duplicates
    else:
        posts = posts.filter(pk__in=_tagged(keys))
    for key in {hashtag_key(name) for name in all_of} - {""}:
        posts = posts.filter(pk__in=_tagged([key]))
    unwanted = [key for key in {hashtag_key(name) for name in none_of} if key]
    if unwanted:
        posts = posts.exclude(pk__in=_tagged(unwanted))
    return _public(
        posts,
        viewer,
        page,
        local_only=local_only,
        remote_only=remote_only,
        only_media=only_media,
    )


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


def lists_of(owner: Account) -> list[List]:
    """Return the lists of `owner`, oldest first."""
    return list(List.objects.filter(owner=owner).order_by("id"))


def list_of(owner: Account, list_id: int) -> List:
    """Return the list `list_id` of `owner`; raise List.DoesNotExist if `owner` has none."""
    return List.objects.get(owner=owner, pk=list_id)


def list_members(found: List, page: Page | None) -> list[ListMember]:
    """Return a page of the members of `found` (all of them when `page` is None), the
    latest added first, with their accounts."""
    members = ListMember.objects.filter(list=found, account__suspended=False).select_related(
        "account"
    )
    if page is None:
        return list(members.order_by("-id"))
    return paginate(members, page)


def lists_with(owner: Account, member: Account) -> list[List]:
    """Return the lists of `owner` that `member` is on."""
    return list(List.objects.filter(owner=owner, members__account=member).order_by("id"))


def list_timeline(viewer: Account, found: List, page: Page) -> list[Post]:
    """Return a page of the posts and boosts of the members of `viewer`'s list `found`
    that `viewer` may see, with the replies its `replies_policy` lets in."""
    members = ListMember.objects.filter(list=found)
    followed = Follow.objects.filter(follower=viewer, accepted=True).values("target")
    # Replies to the owner and threads an author writes to itself are always shown.
    replies = (
        Q(in_reply_to_account__isnull=True)
        | Q(in_reply_to_account=F("author"))
        | Q(in_reply_to_account=viewer)
    )
    if found.replies_policy == RepliesPolicy.FOLLOWED:
        replies |= Q(in_reply_to_account__in=followed)
    elif found.replies_policy == RepliesPolicy.LIST:
        replies |= Q(in_reply_to_account__in=members.values("account"))
    no_boosts = members.filter(follow__show_boosts=False).values("account")
    muted = Mute.objects.filter(account=viewer).values("target")
    blocked = Block.objects.filter(account=viewer).values("target")
    posts = (
        Post.objects.visible_to(viewer)
        .filter(replies, author__in=members.values("account"))
        .exclude(visibility=Visibility.DIRECT)
        .exclude(boost_of__isnull=False, author__in=no_boosts)
        .exclude(boost_of__author__in=muted)
        .exclude(boost_of__author__in=blocked)
    )
    rows = paginate(_without_unwanted(posts, viewer).only("id"), page)
    return posts_for_display([post.pk for post in rows])


@dataclass(frozen=True)
class ConversationView:
    """A conversation with what showing it needs: the other participants and its last post."""

    conversation: Conversation
    accounts: list[Account]
    last_post: Post | None


def conversations_of(viewer: Account, page: Page) -> list[ConversationView]:
    """Return a page of `viewer`'s direct conversations, the latest post first."""
    rows = paginate(
        Conversation.objects.filter(account=viewer, last_post__isnull=False),
        page,
        key="last_post_id",
    )
    return _conversation_views(viewer, rows)


def conversation_of(viewer: Account, conversation_id: int) -> Conversation:
    """Return `viewer`'s conversation `conversation_id`; raise Conversation.DoesNotExist if
    `viewer` has none."""
    return Conversation.objects.get(account=viewer, pk=conversation_id)


def conversation_view(viewer: Account, conversation: Conversation) -> ConversationView:
    """Return one conversation of `viewer` with what showing it needs."""
    return _conversation_views(viewer, [conversation])[0]


def _conversation_views(viewer: Account, rows: list[Conversation]) -> list[ConversationView]:
    # The last post as the viewer may see it now (its author may have blocked them or been
    # suspended since), and only participants who are not suspended.
    last = [row.last_post_id for row in rows if row.last_post_id]
    seen = _without_unwanted(
        Post.objects.visible_to(viewer).filter(pk__in=last, author__suspended=False), viewer
    )
    posts = {post.pk: post for post in posts_for_display(list(seen.values_list("pk", flat=True)))}
    wanted = {pk for row in rows for pk in row.participant_ids}
    accounts = Account.objects.filter(suspended=False).in_bulk(wanted) if wanted else {}
    return [
        ConversationView(
            conversation=row,
            # Alone in a conversation (a note to oneself), one sees oneself, as on Mastodon.
            accounts=[accounts[pk] for pk in row.participant_ids if pk in accounts]
            if row.participant_ids
            else [viewer],
            last_post=posts.get(row.last_post_id) if row.last_post_id else None,
        )
        for row in rows
    ]


def filters_of(account: Account) -> list[Filter]:
    """Return the filters of `account` with their keywords and posts, oldest first."""
    return list(
        Filter.objects.filter(account=account).prefetch_related("keywords", "posts").order_by("id")
    )


def filter_of(account: Account, filter_id: int) -> Filter:
    """Return the filter `filter_id` of `account`; raise Filter.DoesNotExist if it has none."""
    return Filter.objects.prefetch_related("keywords", "posts").get(account=account, pk=filter_id)


def filter_keywords_of(account: Account) -> list[FilterKeyword]:
    """Return the keywords of all `account`'s filters, with their filters."""
    return list(
        FilterKeyword.objects.filter(filter__account=account)
        .select_related("filter")
        .order_by("id")
    )


def filter_keyword_of(account: Account, keyword_id: int) -> FilterKeyword:
    """Return the keyword `keyword_id` of one of `account`'s filters; raise
    FilterKeyword.DoesNotExist if there is none."""
    return FilterKeyword.objects.select_related("filter").get(
        filter__account=account, pk=keyword_id
    )


def filter_post_of(account: Account, filter_post_id: int) -> FilterPost:
    """Return the filtered post `filter_post_id` of one of `account`'s filters; raise
    FilterPost.DoesNotExist if there is none."""
    return FilterPost.objects.get(filter__account=account, pk=filter_post_id)


def active_filters(viewer: Account, context: str) -> list[Filter]:
    """Return the filters of `viewer` in `context` that have not expired, with their
    keywords."""
    now = timezone.now()
    return [
        each
        for each in Filter.objects.filter(account=viewer)
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
        .prefetch_related("keywords")
        if context in each.context
    ]


def filter_matches(
    viewer: Account, context: str, posts: Sequence[Post]
) -> dict[int, list[FilterMatch]]:
    """Return the filters of `viewer` in `context` that each of `posts` matches, by post
    ID: in three queries at most, whatever the number of posts."""
    active = active_filters(viewer, context)
    if not active or not posts:
        return {}
    shown = {post.boost_of_id or post.pk for post in posts}
    filtered = frozenset(
        FilterPost.objects.filter(filter__in=active, post_id__in=shown).values_list(
            "filter_id", "post_id"
        )
    )
    return ActiveFilters(
        viewer_id=viewer.pk,
        filters=[
            (
                each,
                [keyword(word.keyword, whole_word=word.whole_word) for word in each.keywords.all()],
            )
            for each in active
        ],
        filtered_posts=filtered,
    ).matches(posts)
