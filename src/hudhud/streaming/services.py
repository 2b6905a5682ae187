"""Publish what happened to the streams of whom it concerns.

The domain services call these where the change is made: each works out its stream keys at
once (a deleted post's audience must be read before the post is gone) and publishes when
the transaction commits (at once outside of one). Events carry IDs; every connection
renders the entity as its own caller may see it.
"""

from collections.abc import Iterable

from django.db import transaction

from hudhud.notifications.models import Notification
from hudhud.posts.models import Post, Visibility
from hudhud.streaming.broadcast import publish
from hudhud.streaming.rendering import (
    CONVERSATION,
    DELETE,
    FILTERS_CHANGED,
    NOTIFICATION,
    STATUS_UPDATE,
    UPDATE,
)
from hudhud.timelines.models import Conversation, ListMember, TimelineEntry


def _on_commit(streams: list[str], event: str, ref: int | None) -> None:
    # Robust: a stream that could not be told never fails the write that happened.
    if streams:
        transaction.on_commit(lambda: publish(streams, event, ref), robust=True)


def _public_streams(post: Post) -> list[str]:
    """Return the public streams `post` belongs on: those of its hashtags, and, unless it
    replies to someone else, the public timelines (as the public timeline selectors do)."""
    if post.visibility != Visibility.PUBLIC or post.boost_of_id is not None:
        return []
    if post.author.suspended:
        return []
    tags = list(post.hashtags.values_list("key", flat=True))
    streams = [f"hashtag:{key}" for key in tags]
    if post.local:
        streams += [f"hashtag:local:{key}" for key in tags]
    if post.in_reply_to_account_id in (None, post.author_id):
        origin = "public:local" if post.local else "public:remote"
        streams += ["public", origin]
        if post.media.exists():
            streams += ["public:media", f"{origin}:media"]
    return streams


def _home_streams(post_ids: Iterable[int]) -> list[str]:
    """Return the user streams of the home timelines that show one of `post_ids`."""
    accounts = TimelineEntry.objects.filter(post_id__in=list(post_ids)).values_list(
        "account_id", flat=True
    )
    return [f"user:{pk}" for pk in sorted(set(accounts))]


def _list_streams(post: Post) -> list[str]:
    """Return the streams of the lists that `post`'s author is on."""
    lists = ListMember.objects.filter(account_id=post.author_id).values_list("list_id", flat=True)
    return [f"list:{pk}" for pk in sorted(set(lists))]


def stream_post_created(*, post: Post) -> None:
    """Show a new post on the public and hashtag streams it belongs on (home timelines and
    lists are told by the fan-out, through `stream_home_delivered` and
    `stream_list_delivered`)."""
    _on_commit(_public_streams(post), UPDATE, post.pk)


def stream_home_delivered(*, post_id: int, account_ids: Iterable[int]) -> None:
    """Show a post just put on the home timelines of `account_ids` on their user streams."""
    _on_commit([f"user:{pk}" for pk in account_ids], UPDATE, post_id)


def stream_list_delivered(*, post_id: int, list_ids: Iterable[int]) -> None:
    """Show a post on the streams of the lists `list_ids`."""
    _on_commit([f"list:{pk}" for pk in list_ids], UPDATE, post_id)


def stream_post_updated(*, post: Post) -> None:
    """Show an edited post again wherever it was shown: the home timelines that have it,
    the lists of its author, and its public streams."""
    streams = _home_streams([post.pk]) + _list_streams(post) + _public_streams(post)
    _on_commit(streams, STATUS_UPDATE, post.pk)


def stream_post_deleted(*, post: Post) -> None:
    """Take a post and its boosts off every stream that showed them; call it before the post
    is deleted, in the same transaction (its audience is read now)."""
    boosts = list(Post.objects.filter(boost_of=post).select_related("author"))
    for shown in [post, *boosts]:
        streams = _home_streams([shown.pk]) + _list_streams(shown) + _public_streams(shown)
        _on_commit(streams, DELETE, shown.pk)


def stream_notification(*, notification: Notification) -> None:
    """Show a new notification to its recipient."""
    recipient = notification.recipient_id
    _on_commit(
        [f"user:{recipient}", f"user:notification:{recipient}"], NOTIFICATION, notification.pk
    )


def stream_conversation(*, conversation: Conversation) -> None:
    """Show a direct conversation's new post (or its read state) to its account."""
    _on_commit([f"direct:{conversation.account_id}"], CONVERSATION, conversation.pk)


def stream_filters_changed(*, account_id: int) -> None:
    """Tell the apps of an account that its filters changed."""
    _on_commit([f"user:{account_id}"], FILTERS_CHANGED, None)
