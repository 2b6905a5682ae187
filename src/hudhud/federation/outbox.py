"""What local accounts send to other servers when they act: the service that makes the
change calls one of these, which queue the deliveries on commit."""

from collections.abc import Iterable

from django.conf import settings
from django.db.models import Case, F, When

from hudhud.accounts.models import Account, Block, Follow
from hudhud.federation.ap import (
    actor_update_activity,
    announce_activity,
    block_activity,
    create_activity,
    delete_activity,
    flag_activity,
    follow_activity,
    follow_answer_activity,
    like_activity,
    undo_activity,
)
from hudhud.federation.delivery import deliver
from hudhud.federation.keys import account_keys
from hudhud.moderation.models import Report
from hudhud.posts.models import Like, Post, Visibility


def follow_send(*, follow: Follow) -> None:
    """Ask a remote account to let a local one follow it."""
    if not follow.uri:
        follow.uri = f"{settings.BASE_URL}/follows/{follow.pk}"
        follow.save(update_fields=["uri"])
    deliver(
        activity=follow_activity(follow), sender=follow.follower, inboxes=[follow.target.inbox_uri]
    )


def follow_undo(*, follow: Follow) -> None:
    """Tell a remote account a local one no longer follows it (or asks to)."""
    deliver(
        activity=undo_activity(follow_activity(follow)),
        sender=follow.follower,
        inboxes=[follow.target.inbox_uri],
    )


def follow_answer(*, follow: Follow, accepted: bool) -> None:
    """Tell a remote follower that a local account accepted (or refused) its follow."""
    deliver(
        activity=follow_answer_activity(follow, accepted=accepted),
        sender=follow.target,
        inboxes=[follow.follower.inbox_uri],
    )


def _inboxes(accounts: Iterable[Account]) -> list[str]:
    """Return the inboxes that reach remote `accounts`: a server's shared one when it has."""
    return [
        account.shared_inbox_uri or account.inbox_uri for account in accounts if not account.local
    ]


def _audience(post: Post) -> list[str]:
    """Return the inboxes a post (or boost) goes to: its author's remote followers unless it
    is direct, the remote accounts it mentions, and the author of what it answers or boosts."""
    accounts: list[Account] = list(post.mentions.filter(local=False))
    inboxes = _followers_inboxes(post.author) if post.visibility != Visibility.DIRECT else []
    for other in (post.in_reply_to, post.boost_of):
        if other is not None and not other.author.local:
            accounts.append(other.author)
    return [*inboxes, *_inboxes(accounts)]


def post_send(*, post: Post, edited: bool = False) -> None:
    """Send a local post (its Create, or its Update once `edited`) or boost (its Announce)
    to the other servers it goes to, if any."""
    inboxes = _audience(post)
    if not inboxes:
        return
    if post.boost_of is not None:
        activity = announce_activity(post)
    else:
        activity = create_activity(post, edited=edited)
    deliver(activity=activity, sender=post.author, inboxes=inboxes)


def post_retract(*, post: Post) -> None:
    """Tell those a local post or boost went to that it is deleted (or unboosted)."""
    inboxes = _audience(post)
    if not inboxes:
        return
    if post.boost_of is not None:
        activity = undo_activity(announce_activity(post))
    else:
        activity = delete_activity(post)
    deliver(activity=activity, sender=post.author, inboxes=inboxes)


def like_send(*, like: Like) -> None:
    """Tell the author of a remote post that a local account likes it."""
    deliver(activity=like_activity(like), sender=like.account, inboxes=_inboxes([like.post.author]))


def like_undo(*, like: Like) -> None:
    deliver(
        activity=undo_activity(like_activity(like)),
        sender=like.account,
        inboxes=_inboxes([like.post.author]),
    )


def _followers_inboxes(account: Account) -> list[str]:
    """Return the inboxes of an account's remote followers, each server's shared one once
    (10,000 followers on 100 servers are 100 inboxes, found by the database)."""
    inbox = Case(When(shared_inbox_uri="", then=F("inbox_uri")), default=F("shared_inbox_uri"))
    return list(
        Account.objects.filter(local=False, following__target=account, following__accepted=True)
        .annotate(box=inbox)
        .values_list("box", flat=True)
        .distinct()
    )


def actor_update(*, account: Account) -> None:
    """Tell the servers of a local account's followers that its profile changed."""
    inboxes = _followers_inboxes(account)
    if inboxes:
        _private, public = account_keys(account=account)
        deliver(activity=actor_update_activity(account, public), sender=account, inboxes=inboxes)


def report_forward(*, report: Report) -> None:
    """Send a report about a remote account to its server, in this server's name."""
    deliver(activity=flag_activity(report), sender=None, inboxes=_inboxes([report.target]))


def block_send(*, block: Block) -> None:
    """Tell a remote account's server that a local account blocks it (as Mastodon does: it
    drops the follows, and its users are shown nothing of the blocker)."""
    deliver(activity=block_activity(block), sender=block.account, inboxes=_inboxes([block.target]))


def block_undo(*, block: Block) -> None:
    deliver(
        activity=undo_activity(block_activity(block)),
        sender=block.account,
        inboxes=_inboxes([block.target]),
    )
