"""Shared reads of accounts: followers, following and the relationship between two accounts."""

from dataclasses import dataclass

from django.db.models import QuerySet

from hudhud.accounts.models import Account, Block, Follow, Mute


def followers_of(account: Account) -> QuerySet[Account]:
    return Account.objects.filter(
        following__target=account, following__accepted=True, suspended=False
    ).order_by("-following__created_at")


def following_of(account: Account) -> QuerySet[Account]:
    return Account.objects.filter(
        followers__follower=account, followers__accepted=True, suspended=False
    ).order_by("-followers__created_at")


@dataclass(frozen=True)
class Relationship:
    """How `viewer` and another account stand; all False for a visitor or oneself."""

    itself: bool = False
    following: bool = False
    requested: bool = False
    followed_by: bool = False
    blocking: bool = False
    blocked_by: bool = False
    muting: bool = False


def relationship(viewer: Account | None, account: Account) -> Relationship:
    if viewer is None:
        return Relationship()
    if viewer.pk == account.pk:
        return Relationship(itself=True)
    outgoing = Follow.objects.filter(follower=viewer, target=account).first()
    return Relationship(
        following=outgoing is not None and outgoing.accepted,
        requested=outgoing is not None and not outgoing.accepted,
        followed_by=Follow.objects.filter(follower=account, target=viewer, accepted=True).exists(),
        blocking=Block.objects.filter(account=viewer, target=account).exists(),
        blocked_by=Block.objects.filter(account=account, target=viewer).exists(),
        muting=Mute.objects.filter(account=viewer, target=account).exists(),
    )
