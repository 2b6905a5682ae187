"""Notification, and grouped notifications: NotificationGroup in GroupedNotificationsResults."""

from collections.abc import Sequence
from datetime import datetime

from hudhud.accounts.models import Account as AccountModel
from hudhud.api.schemas import Entity
from hudhud.notifications.models import Notification as NotificationModel
from hudhud.notifications.selectors import NotificationGroup as GroupData
from hudhud.posts.selectors import posts_for_display

from .accounts import Account, account
from .reports import Report, report
from .statuses import Status, statuses


class Notification(Entity):
    id: str
    type: str
    group_key: str
    created_at: datetime
    account: Account
    status: Status | None = None
    report: Report | None = None


class NotificationGroup(Entity):
    group_key: str
    notifications_count: int
    type: str
    most_recent_notification_id: str
    page_min_id: str | None = None
    page_max_id: str | None = None
    latest_page_notification_at: datetime | None = None
    sample_account_ids: list[str]
    status_id: str | None = None
    report: Report | None = None


class PartialAccountWithAvatar(Entity):
    id: str
    acct: str
    url: str
    avatar: str
    avatar_static: str
    locked: bool
    bot: bool


class GroupedNotificationsResults(Entity):
    accounts: list[Account]
    partial_accounts: list[PartialAccountWithAvatar] | None = None
    statuses: list[Status]
    notification_groups: list[NotificationGroup]


class UnreadCount(Entity):
    count: int


def _statuses_of(items: Sequence[NotificationModel], viewer: AccountModel) -> dict[int, Status]:
    """Return the Statuses of the posts of `items`, rendered together, by post ID."""
    ids = list(dict.fromkeys(item.post_id for item in items if item.post_id is not None))
    return {int(found.id): found for found in statuses(posts_for_display(ids), viewer)}


def notifications(items: Sequence[NotificationModel], viewer: AccountModel) -> list[Notification]:
    """Return the Mastodon Notifications of `items`, received by `viewer`."""
    shown = _statuses_of(items, viewer)
    return [
        Notification(
            id=str(item.pk),
            type=item.kind,
            group_key=item.group,
            created_at=item.created_at,
            account=account(item.actor),
            status=shown.get(item.post_id) if item.post_id is not None else None,
            report=report(item.report) if item.report is not None else None,
        )
        for item in items
        # A post can be gone between the page and its display.
        if item.post_id is None or item.post_id in shown
    ]


def _partial(found: AccountModel) -> PartialAccountWithAvatar:
    full = account(found)
    return PartialAccountWithAvatar(
        id=full.id,
        acct=full.acct,
        url=full.url,
        avatar=full.avatar,
        avatar_static=full.avatar_static,
        locked=full.locked,
        bot=full.bot,
    )


def grouped_notifications(
    groups: Sequence[GroupData], viewer: AccountModel, *, partial_avatars: bool = False
) -> GroupedNotificationsResults:
    """Return the Mastodon GroupedNotificationsResults of `groups`, with each account and
    status once; with `partial_avatars`, only the latest account of each group in full and
    the others as PartialAccountWithAvatar, as Mastodon does for `expand_accounts`."""
    shown = _statuses_of([group.latest for group in groups], viewer)
    groups = [group for group in groups if group.latest.post_id in (None, *shown)]
    full: dict[int, AccountModel] = {}
    partial: dict[int, AccountModel] = {}
    for group in groups:
        for n, sample in enumerate(group.sample_accounts):
            if n == 0 or not partial_avatars:
                full.setdefault(sample.pk, sample)
            else:
                partial.setdefault(sample.pk, sample)
    return GroupedNotificationsResults(
        accounts=[account(found) for found in full.values()],
        partial_accounts=(
            [_partial(found) for pk, found in partial.items() if pk not in full]
            if partial_avatars
            else None
        ),
        statuses=[shown[pk] for pk in dict.fromkeys(_post_ids(groups))],
        notification_groups=[_group(group) for group in groups],
    )


def _post_ids(groups: Sequence[GroupData]) -> list[int]:
    return [group.latest.post_id for group in groups if group.latest.post_id is not None]


def _group(group: GroupData) -> NotificationGroup:
    latest = group.latest
    return NotificationGroup(
        group_key=group.key,
        notifications_count=group.count,
        type=latest.kind,
        most_recent_notification_id=str(latest.pk),
        page_min_id=str(group.page_min_id) if group.page_min_id is not None else None,
        page_max_id=str(group.page_max_id) if group.page_max_id is not None else None,
        latest_page_notification_at=group.latest_page_at,
        sample_account_ids=[str(sample.pk) for sample in group.sample_accounts],
        status_id=str(latest.post_id) if latest.post_id is not None else None,
        report=report(latest.report) if latest.report is not None else None,
    )
