"""Writes to home timelines (fan-out of new posts, removal on mute or block) and to direct
conversations; lists are written in `services.lists`, filters in `services.filters`."""

import hashlib

from django.db import transaction
from django.db.models import Q

from hudhud.accounts.models import Account, Block, Follow, Mute
from hudhud.federation import outbox
from hudhud.notifications.models import NotificationKind
from hudhud.notifications.services import notification_create
from hudhud.posts.models import HashtagFollow, Like, Post, Visibility
from hudhud.streaming.services import (
    stream_conversation,
    stream_home_delivered,
    stream_list_delivered,
    stream_post_created,
)
from hudhud.timelines.models import Conversation, ListMember, TimelineEntry


def timeline_push(*, post: Post) -> None:
    """Put a new post on its author's own home timeline at once; fan-out does the rest."""
    TimelineEntry.objects.get_or_create(account_id=post.author_id, post=post)


def _unwelcome(author_ids: list[int]) -> set[int]:
    """Return the accounts that must not see posts of these authors: who muted or blocked
    one of them, and whom one of them blocked."""
    return (
        set(Mute.objects.filter(target_id__in=author_ids).values_list("account_id", flat=True))
        | set(Block.objects.filter(target_id__in=author_ids).values_list("account_id", flat=True))
        | set(Block.objects.filter(account_id__in=author_ids).values_list("target_id", flat=True))
    )


def _home_recipients(post: Post) -> set[int]:
    """Return the IDs of the local accounts whose home timeline shows `post`."""
    author = post.author
    recipients = {author.pk} if author.local else set()
    if post.visibility == Visibility.DIRECT:
        recipients |= set(post.mentions.filter(local=True).values_list("pk", flat=True))
    else:
        followers = Follow.objects.filter(target=author, accepted=True, follower__local=True)
        if post.boost_of_id is not None:
            followers = followers.filter(show_boosts=True)
        if post.in_reply_to_account_id not in (None, author.pk):
            # As on Mastodon: a reply reaches those who follow both sides of the conversation.
            followers = followers.filter(
                follower__following__target_id=post.in_reply_to_account_id,
                follower__following__accepted=True,
            )
        recipients |= set(followers.values_list("follower_id", flat=True))
    if post.visibility == Visibility.PUBLIC and post.boost_of_id is None:
        # As on Mastodon: a public post also reaches whoever follows one of its hashtags.
        recipients |= set(
            HashtagFollow.objects.filter(
                hashtag__in=post.hashtags.values("pk"), account__local=True
            ).values_list("account_id", flat=True)
        )
    authors = [author.pk] + ([post.boost_of.author_id] if post.boost_of else [])
    unwanted = _unwelcome(authors)
    if post.visibility != Visibility.DIRECT:
        # The posts of a member of an exclusive list are read in the list, not at home.
        unwanted |= set(
            ListMember.objects.filter(list__exclusive=True, account=author).values_list(
                "list__owner_id", flat=True
            )
        )
    if post.boost_of_id is not None:
        # A boost of a post already on someone's timeline would show it twice.
        unwanted |= set(
            TimelineEntry.objects.filter(post_id=post.boost_of_id).values_list(
                "account_id", flat=True
            )
        )
    return recipients - unwanted


@transaction.atomic
def post_fan_out(*, post: Post, edited: bool = False) -> None:
    """Put `post` on the home timelines it belongs to, notify whom it concerns, and send a
    local one to the other servers it goes to."""
    author = post.author
    if post.local:
        outbox.post_send(post=post, edited=edited)
    if edited:
        interacted = set(post.boosts.values_list("author_id", flat=True)) | set(
            Like.objects.filter(post=post).values_list("account_id", flat=True)
        )
        for account in Account.objects.filter(pk__in=interacted, local=True):
            notification_create(
                recipient=account, actor=author, kind=NotificationKind.UPDATE, post=post
            )
        return
    recipients = _home_recipients(post)
    TimelineEntry.objects.bulk_create(
        [TimelineEntry(account_id=pk, post_id=post.pk) for pk in recipients],
        ignore_conflicts=True,
    )
    stream_post_created(post=post)
    stream_home_delivered(post_id=post.pk, account_ids=recipients)
    # Every list the author is on, exclusive ones too (their owners are not among the home
    # recipients); each list's stream shows the post only if its owner may see it.
    stream_list_delivered(
        post_id=post.pk,
        list_ids=ListMember.objects.filter(account_id=post.author_id).values_list(
            "list_id", flat=True
        ),
    )
    if post.visibility == Visibility.DIRECT and post.boost_of_id is None:
        conversation_update(post=post, recipients=recipients)
    if post.boost_of is not None:
        notification_create(
            recipient=post.boost_of.author,
            actor=author,
            kind=NotificationKind.BOOST,
            post=post.boost_of,
        )
        return
    for account in post.mentions.filter(local=True):
        notification_create(
            recipient=account, actor=author, kind=NotificationKind.MENTION, post=post
        )
    if post.visibility != Visibility.DIRECT and post.in_reply_to_account_id in (None, author.pk):
        # Those who asked to hear of the author's posts (follow with notify), as on Mastodon:
        # new posts and threads, not replies to others.
        for follower in Account.objects.filter(
            following__target=author, following__notify=True, following__accepted=True
        ):
            if follower.pk not in recipients:  # e.g. muted the author since
                continue
            notification_create(
                recipient=follower, actor=author, kind=NotificationKind.STATUS, post=post
            )
    if post.quote_of is not None:
        notification_create(
            recipient=post.quote_of.author, actor=author, kind=NotificationKind.QUOTE, post=post
        )


def timeline_forget(
    *, account: Account | None, target: Account, boosts_of_target: bool = True
) -> None:
    """Take `target`'s posts and boosts out of `account`'s home timeline (everyone's if None),
    and others' boosts of `target`'s posts unless `boosts_of_target` is False."""
    shown = Q(post__author=target)
    if boosts_of_target:
        shown |= Q(post__boost_of__author=target)
    entries = TimelineEntry.objects.filter(shown)
    if account is not None:
        entries = entries.filter(account=account)
    entries.delete()


# How many recent posts of a newly followed account join the follower's home timeline.
MERGE_DEPTH = 40


def timeline_merge(*, account: Account, target: Account) -> None:
    """Put `target`'s recent posts that `account` may see on `account`'s home timeline."""
    unwanted = Mute.objects.filter(account=account).values("target")
    blocked = Block.objects.filter(account=account).values("target")
    blockers = Block.objects.filter(target=account).values("account")
    recent = (
        Post.objects.visible_to(account)
        .filter(author=target)
        .exclude(visibility=Visibility.DIRECT)
        .exclude(boost_of__author__in=unwanted)
        .exclude(boost_of__author__in=blocked)
        .exclude(boost_of__author__in=blockers)
        .order_by("-id")
        .values_list("pk", flat=True)[:MERGE_DEPTH]
    )
    TimelineEntry.objects.bulk_create(
        [TimelineEntry(account=account, post_id=pk) for pk in recent], ignore_conflicts=True
    )


def _participants_key(participant_ids: list[int]) -> str:
    return hashlib.sha256(",".join(map(str, participant_ids)).encode()).hexdigest()


@transaction.atomic
def conversation_update(*, post: Post, recipients: set[int]) -> None:
    """Put the direct post `post` in the conversation of each local account in
    `recipients`: the one with the same participants (its author and whom it mentions),
    made if need be; unread for all but its author."""
    participants = {post.author_id, *post.mentions.values_list("pk", flat=True)}
    for account_id in recipients:
        others = sorted(participants - {account_id})
        conversation, created = Conversation.objects.select_for_update().get_or_create(
            account_id=account_id,
            participants_key=_participants_key(others),
            defaults={
                "participant_ids": others,
                "last_post": post,
                "unread": account_id != post.author_id,
            },
        )
        if not created:
            if (conversation.last_post_id or 0) > post.pk:
                continue  # a post that arrives late does not make an old conversation new
            conversation.last_post = post
            conversation.unread = account_id != post.author_id
            conversation.save(update_fields=["last_post", "unread"])
        stream_conversation(conversation=conversation)


@transaction.atomic
def conversation_read(*, conversation: Conversation) -> Conversation:
    """Mark `conversation` as read by its account."""
    if conversation.unread:
        conversation.unread = False
        conversation.save(update_fields=["unread"])
    return conversation


@transaction.atomic
def conversation_delete(*, conversation: Conversation) -> None:
    """Take `conversation` off its account's conversations; a new post starts it again."""
    conversation.delete()
