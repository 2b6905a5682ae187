"""Shared reads of accounts: followers and follows, relationships, the caller's blocks,
mutes, requests and endorsements, and whom to suggest following."""

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.conf import settings
from django.db.models import Count, Model, Q, QuerySet

from hudhud.accounts.models import (
    Account,
    AccountNote,
    Block,
    Endorsement,
    Follow,
    Mute,
    SuggestionDismissal,
    User,
)
from hudhud.paging import Page

M = TypeVar("M", bound=Model)

#: How many recent follows lend their specialties to suggestions.
RECENT_FOLLOWS = 5


def followers_of(account: Account) -> QuerySet[Account]:
    return Account.objects.filter(
        following__target=account, following__accepted=True, suspended=False
    ).order_by("-following__created_at")


def following_of(account: Account) -> QuerySet[Account]:
    return Account.objects.filter(
        followers__follower=account, followers__accepted=True, suspended=False
    ).order_by("-followers__created_at")


def _rows(queryset: QuerySet[M], page: Page) -> list[M]:
    """Return one page of `queryset`, newest row first, paged by the rows' IDs.

    Like hudhud.paging.paginate, but as long as the page asks: lists of accounts are
    paged 80 at a time on Mastodon, where posts are paged 40.
    """
    limit = max(1, page.limit)
    if page.max_id is not None:
        queryset = queryset.filter(pk__lt=page.max_id)
    if page.since_id is not None:
        queryset = queryset.filter(pk__gt=page.since_id)
    if page.min_id is not None:  # the page right after min_id, read upwards
        return list(queryset.filter(pk__gt=page.min_id).order_by("pk")[:limit])[::-1]
    return list(queryset.order_by("-pk")[:limit])


def _unwanted_by(viewer: Account) -> Q:
    """Match the accounts `viewer` blocked, muted or is blocked by."""
    return (
        Q(pk__in=Block.objects.filter(account=viewer).values("target"))
        | Q(pk__in=Block.objects.filter(target=viewer).values("account"))
        | Q(pk__in=Mute.objects.filter(account=viewer).values("target"))
    )


def collections_hidden(account: Account, viewer: Account | None) -> bool:
    """Return whether `viewer` is refused `account`'s followers and follows: the account
    hid them, or blocks the viewer (who sees an empty list, as on Mastodon)."""
    if viewer is not None and viewer.pk == account.pk:
        return False
    if account.hide_collections:
        return True
    return viewer is not None and Block.objects.filter(account=account, target=viewer).exists()


def _follows_page(
    follows: QuerySet[Follow], page: Page, viewer: Account | None, side: str
) -> list[Follow]:
    follows = follows.filter(accepted=True, **{f"{side}__suspended": False})
    if viewer is not None:
        unwanted = Account.objects.filter(_unwanted_by(viewer)).values("pk")
        follows = follows.exclude(**{f"{side}__in": unwanted})
    return _rows(follows.select_related(side), page)


def followers_page(account: Account, page: Page, *, viewer: Account | None) -> list[Follow]:
    """Return a page of the follows of `account` (newest first) as `viewer` may see them:
    none if hidden from them, and never of accounts they blocked or muted."""
    if collections_hidden(account, viewer):
        return []
    own = viewer is not None and viewer.pk == account.pk
    return _follows_page(
        Follow.objects.filter(target=account), page, None if own else viewer, "follower"
    )


def following_page(account: Account, page: Page, *, viewer: Account | None) -> list[Follow]:
    """Return a page of the accounts `account` follows, as followers_page does."""
    if collections_hidden(account, viewer):
        return []
    own = viewer is not None and viewer.pk == account.pk
    return _follows_page(
        Follow.objects.filter(follower=account), page, None if own else viewer, "target"
    )


def follow_requests_page(account: Account, page: Page) -> list[Follow]:
    """Return a page of the requests waiting for the locked `account` to answer them."""
    return _rows(
        Follow.objects.filter(
            target=account, accepted=False, follower__suspended=False
        ).select_related("follower"),
        page,
    )


def follow_request_from(account: Account, follower: Account) -> Follow | None:
    return Follow.objects.filter(target=account, follower=follower, accepted=False).first()


def follow_requests_count(account: Account) -> int:
    return Follow.objects.filter(target=account, accepted=False).count()


def blocks_page(account: Account, page: Page) -> list[Block]:
    return _rows(
        Block.objects.filter(account=account, target__suspended=False).select_related("target"),
        page,
    )


def mutes_page(account: Account, page: Page) -> list[Mute]:
    """Return a page of the mutes of `account` still in force."""
    return _rows(
        Mute.objects.filter(account=account, target__suspended=False).select_related("target"),
        page,
    )


def endorsements_page(account: Account, page: Page) -> list[Endorsement]:
    return _rows(
        Endorsement.objects.filter(account=account, target__suspended=False).select_related(
            "target"
        ),
        page,
    )


def accounts_by_ids(ids: Iterable[int], *, with_suspended: bool = False) -> list[Account]:
    """Return the accounts of `ids` that exist, in the order asked, each once."""
    wanted = list(dict.fromkeys(ids))
    accounts = Account.objects.filter(pk__in=wanted)
    if not with_suspended:
        accounts = accounts.filter(suspended=False)
    found = {account.pk: account for account in accounts}
    return [found[pk] for pk in wanted if pk in found]


def account_by_acct(acct: str) -> Account | None:
    """Return the account of a handle: `user`, `@user`, `user@domain` (this server's domain
    names a local account), or None; suspended accounts are not found."""
    username, _at, domain = acct.strip().removeprefix("@").partition("@")
    if not re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", username):
        return None
    domain = domain.lower()
    if domain == settings.DOMAIN.lower():
        domain = ""
    return Account.objects.filter(
        username__iexact=username, domain__iexact=domain, suspended=False
    ).first()


@dataclass(frozen=True)
class Relationship:
    """How `viewer` and another account stand; all False for a visitor or oneself."""

    itself: bool = False
    following: bool = False
    #: Whether the target's boosts reach the viewer's home (of a follow or request).
    showing_reblogs: bool = False
    #: Whether the target's new posts notify the viewer.
    notifying: bool = False
    #: The languages of the target's posts the viewer wants; None: all.
    languages: tuple[str, ...] | None = None
    requested: bool = False
    followed_by: bool = False
    requested_by: bool = False
    blocking: bool = False
    blocked_by: bool = False
    muting: bool = False
    muting_notifications: bool = False
    domain_blocking: bool = False
    endorsed: bool = False
    #: The viewer's private note on the target.
    note: str = ""


def relationships(viewer: Account | None, accounts: Sequence[Account]) -> dict[int, Relationship]:
    """Return how `viewer` stands with each of `accounts`, by account ID, in five queries
    however many accounts there are."""
    if viewer is None:
        return {account.pk: Relationship() for account in accounts}
    ids = [account.pk for account in accounts if account.pk != viewer.pk]
    found: dict[int, dict[str, Any]] = defaultdict(dict)
    if ids:
        for follow in Follow.objects.filter(
            Q(follower=viewer, target__in=ids) | Q(target=viewer, follower__in=ids)
        ):
            if follow.follower_id == viewer.pk:
                found[follow.target_id].update(
                    following=follow.accepted,
                    requested=not follow.accepted,
                    showing_reblogs=follow.show_boosts,
                    notifying=follow.notify,
                    languages=tuple(follow.languages) if follow.languages else None,
                )
            else:
                found[follow.follower_id].update(
                    followed_by=follow.accepted, requested_by=not follow.accepted
                )
        for account_id, target_id in Block.objects.filter(
            Q(account=viewer, target__in=ids) | Q(target=viewer, account__in=ids)
        ).values_list("account_id", "target_id"):
            if account_id == viewer.pk:
                found[target_id]["blocking"] = True
            else:
                found[account_id]["blocked_by"] = True
        for target_id, notifications in Mute.objects.filter(
            account=viewer, target__in=ids
        ).values_list("target_id", "notifications"):
            found[target_id].update(muting=True, muting_notifications=notifications)
        for target_id in Endorsement.objects.filter(account=viewer, target__in=ids).values_list(
            "target_id", flat=True
        ):
            found[target_id]["endorsed"] = True
        for target_id, comment in AccountNote.objects.filter(
            account=viewer, target__in=ids
        ).values_list("target_id", "comment"):
            found[target_id]["note"] = comment
    return {
        account.pk: Relationship(itself=True)
        if account.pk == viewer.pk
        else Relationship(**found.get(account.pk, {}))
        for account in accounts
    }


def relationship(viewer: Account | None, account: Account) -> Relationship:
    return relationships(viewer, [account])[account.pk]


def familiar_followers(viewer: Account, accounts: Sequence[Account]) -> dict[int, list[Account]]:
    """Return, for each of `accounts`, the accounts `viewer` follows that follow it (but
    not those that hide whom they follow, nor `viewer` itself)."""
    followed = Follow.objects.filter(follower=viewer, accepted=True).values("target")
    familiar: dict[int, list[Account]] = {account.pk: [] for account in accounts}
    follows = (
        Follow.objects.filter(
            target__in=list(familiar),
            accepted=True,
            follower__in=followed,
            follower__suspended=False,
            follower__hide_collections=False,
        )
        .exclude(follower__in=Account.objects.filter(_unwanted_by(viewer)).values("pk"))
        .select_related("follower")
        .order_by("-pk")
    )
    for follow in follows:
        familiar[follow.target_id].append(follow.follower)
    return familiar


@dataclass
class Suggestion:
    """An account to suggest following, and why (Mastodon's `sources`)."""

    account: Account
    sources: list[str] = field(default_factory=list)


def suggestions(viewer: Account, *, limit: int) -> list[Suggestion]:
    """Return up to `limit` accounts `viewer` may want to follow, best first: those the
    people they follow follow most, then popular local accounts of their specialty (or of
    the specialties of their latest follows), then popular local accounts.

    Never the viewer, nor accounts they follow or asked to, blocked, muted, are blocked
    by or dismissed, nor suspended or undiscoverable accounts.
    """
    follows = Follow.objects.filter(follower=viewer)
    candidates = (
        Account.objects.filter(suspended=False, discoverable=True)
        .exclude(pk=viewer.pk)
        .exclude(pk__in=follows.values("target"))
        .exclude(_unwanted_by(viewer))
        .exclude(pk__in=SuggestionDismissal.objects.filter(account=viewer).values("target"))
    )
    friends_of_friends = (
        candidates.filter(
            followers__follower__in=follows.filter(accepted=True).values("target"),
            followers__accepted=True,
        )
        .annotate(familiar=Count("followers"))
        .order_by("-familiar", "-followers_count", "-pk")[:limit]
    )
    # Accounts are alike by their first (main) specialty.
    specialties = {viewer.specialties[0]["name"]} if viewer.specialties else set()
    if not specialties:
        specialties = {
            specialty
            for specialty in follows.filter(accepted=True)
            .order_by("-pk")
            .values_list("target__specialties__0__name", flat=True)[:RECENT_FOLLOWS]
            if specialty
        }
    popular = candidates.filter(local=True).order_by("-followers_count", "-pk")
    similar = popular.filter(specialties__0__name__in=specialties)[:limit] if specialties else []
    chosen: dict[int, Suggestion] = {}
    for source, accounts in (
        ("friends_of_friends", friends_of_friends),
        ("similar_to_recently_followed", similar),
        ("most_followed", popular[:limit]),
    ):
        for account in accounts:
            chosen.setdefault(account.pk, Suggestion(account)).sources.append(source)
    return list(chosen.values())[:limit]


def awaits_approval(login: str, password: str) -> bool:
    """Return whether `login` and `password` are right but the account still waits for a
    moderator's approval (HUDHUD_REGISTRATIONS=approval)."""
    login = login.strip().removeprefix("@")
    lookup = "email__iexact" if "@" in login else "account__username__iexact"
    user = User.objects.filter(
        **{lookup: login}, is_active=False, account__local=True, account__suspended=False
    ).first()
    return user is not None and user.check_password(password)


def accounts_awaiting_approval() -> QuerySet[Account]:
    """Return the local accounts that signed up and wait for a moderator, oldest first."""
    return (
        Account.objects.filter(local=True, suspended=False, user__is_active=False)
        .select_related("user")
        .order_by("created_at")
    )
