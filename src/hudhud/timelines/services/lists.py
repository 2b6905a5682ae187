"""Writes to lists: make, change and delete them, add and remove their members.

The posts of a member of an exclusive list are read in the list and leave the owner's home
timeline: fan-out keeps new ones away (see `_home_recipients`), and these services take the
old ones off, or bring them back when the member leaves the last exclusive list.
"""

from collections.abc import Iterable, Sequence

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from hudhud.accounts.models import Account, Follow
from hudhud.arabic import is_blank
from hudhud.timelines.models import List, ListMember, RepliesPolicy
from hudhud.timelines.services import timeline_forget, timeline_merge

# As on Mastodon: how many lists an account may have.
MAX_LISTS = 50
MAX_TITLE_LENGTH = 100


def _title(title: str) -> str:
    if is_blank(title):
        raise ValidationError(_("A list needs a title."), code="title")
    title = title.strip()
    if len(title) > MAX_TITLE_LENGTH:
        raise ValidationError(
            _("A list's title has at most %(limit)d characters.") % {"limit": MAX_TITLE_LENGTH},
            code="title",
        )
    return title


def _replies_policy(value: str) -> str:
    if value not in RepliesPolicy.values:
        raise ValidationError(_("Unknown replies policy."), code="replies_policy")
    return value


@transaction.atomic
def list_create(
    *, owner: Account, title: str, replies_policy: str = RepliesPolicy.LIST, exclusive: bool = False
) -> List:
    """Make a list of `owner`'s, empty."""
    if List.objects.filter(owner=owner).count() >= MAX_LISTS:
        raise ValidationError(
            _("You can have at most %(limit)d lists.") % {"limit": MAX_LISTS}, code="limit"
        )
    return List.objects.create(
        owner=owner,
        title=_title(title),
        replies_policy=_replies_policy(replies_policy),
        exclusive=exclusive,
    )


@transaction.atomic
def list_update(
    *,
    found: List,
    title: str | None = None,
    replies_policy: str | None = None,
    exclusive: bool | None = None,
) -> List:
    """Change what is given of `found`'s title, replies policy and exclusiveness."""
    if title is not None:
        found.title = _title(title)
    if replies_policy is not None:
        found.replies_policy = _replies_policy(replies_policy)
    was_exclusive = found.exclusive
    if exclusive is not None:
        found.exclusive = exclusive
    found.save(update_fields=["title", "replies_policy", "exclusive"])
    members = list(found.members.values_list("account_id", flat=True))
    if found.exclusive and not was_exclusive:
        _leave_home(found.owner, members)
    elif was_exclusive and not found.exclusive:
        _home_again(found.owner, members)
    return found


@transaction.atomic
def list_delete(*, found: List) -> None:
    """Delete `found`; its members' posts return home if it was exclusive."""
    owner, exclusive = found.owner, found.exclusive
    members = list(found.members.values_list("account_id", flat=True))
    found.delete()
    if exclusive:
        _home_again(owner, members)


@transaction.atomic
def list_members_add(*, found: List, accounts: Sequence[Account]) -> None:
    """Put `accounts` on `found`: all of them, or none if one is not followed by the list's
    owner or is on the list already."""
    follows = {
        follow.target_id: follow
        for follow in Follow.objects.filter(follower_id=found.owner_id, target__in=accounts)
    }
    if any(account.pk not in follows for account in accounts):
        raise ValidationError(
            _("Only accounts you follow can be added to a list."), code="not_followed"
        )
    ids = {account.pk for account in accounts}
    if found.members.filter(account_id__in=ids).exists():
        raise ValidationError(_("This account is on the list already."), code="taken")
    ListMember.objects.bulk_create(
        [ListMember(list=found, account_id=pk, follow=follows[pk]) for pk in sorted(ids)]
    )
    if found.exclusive:
        _leave_home(found.owner, ids)


@transaction.atomic
def list_members_remove(*, found: List, accounts: Sequence[Account]) -> None:
    """Take `accounts` off `found`; those not on it are let be."""
    ids = {account.pk for account in accounts}
    removed = list(found.members.filter(account_id__in=ids).values_list("account_id", flat=True))
    found.members.filter(account_id__in=removed).delete()
    if found.exclusive:
        _home_again(found.owner, removed)


def _leave_home(owner: Account, member_ids: Iterable[int]) -> None:
    for target in Account.objects.filter(pk__in=member_ids):
        timeline_forget(account=owner, target=target, boosts_of_target=False)


def _home_again(owner: Account, member_ids: Iterable[int]) -> None:
    """Bring back home the recent posts of the members that are on no exclusive list of
    `owner` any more, and that `owner` still follows."""
    still_exclusive = ListMember.objects.filter(list__owner=owner, list__exclusive=True).values(
        "account_id"
    )
    followed = Follow.objects.filter(follower=owner, accepted=True).values("target_id")
    returning = (
        Account.objects.filter(pk__in=member_ids)
        .filter(pk__in=followed)
        .exclude(pk__in=still_exclusive)
    )
    for target in returning:
        timeline_merge(account=owner, target=target)
