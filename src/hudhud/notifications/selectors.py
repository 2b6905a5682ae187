"""Reads of notifications, one by one or grouped as Mastodon groups them, and of markers."""

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    Max,
    Min,
    Q,
    QuerySet,
    Value,
    When,
    Window,
)
from django.db.models.functions import Cast, Concat, RowNumber

from hudhud.accounts.models import Account, Block, Mute
from hudhud.notifications.models import (
    GROUPED_KINDS,
    HUDHUD_KINDS,
    UNGROUPED,
    Marker,
    MarkerTimeline,
    Notification,
    NotificationQuerySet,
)
from hudhud.paging import MAX_LIMIT, Page, paginate
from hudhud.posts.models import Post

#: How many of a group's latest accounts a group shows (Mastodon's sample accounts).
SAMPLE_ACCOUNTS = 8
#: The most accounts listed for one group.
MAX_GROUP_ACCOUNTS = 80
#: How many of the newest notifications are grouped first when a page of groups is read.
GROUPS_WINDOW = 2000


@dataclass(frozen=True)
class Wanted:
    """Which notifications a reader asks for: of these kinds (all when empty), not of those,
    from this account only; Hudhud's own kinds too, or only Mastodon's."""

    kinds: Collection[str] = ()
    excluded: Collection[str] = ()
    actor: Account | None = None
    hudhud: bool = False


def _shown(recipient: Account, wanted: Wanted) -> NotificationQuerySet:
    """Return the notifications of `recipient` they may still be shown: not from suspended
    accounts, nor from accounts they blocked, nor muted with their notifications."""
    notifications = (
        Notification.objects.filter(recipient=recipient, actor__suspended=False)
        .exclude(actor__in=Block.objects.filter(account=recipient).values("target"))
        .exclude(
            actor__in=Mute.objects.filter(account=recipient, notifications=True).values("target")
        )
    )
    if wanted.kinds:
        notifications = notifications.filter(kind__in=wanted.kinds)
    if wanted.excluded:
        notifications = notifications.exclude(kind__in=wanted.excluded)
    if not wanted.hudhud:
        notifications = notifications.exclude(kind__in=HUDHUD_KINDS)
    if wanted.actor is not None:
        notifications = notifications.filter(actor=wanted.actor)
    return notifications


def _readable(recipient: Account, notifications: Iterable[Notification]) -> list[Notification]:
    """Return `notifications` less those about a post `recipient` may no longer see."""
    items = list(notifications)
    post_ids = {item.post_id for item in items if item.post_id is not None}
    visible = (
        set(Post.objects.visible_to(recipient).filter(pk__in=post_ids).values_list("pk", flat=True))
        if post_ids
        else set()
    )
    return [item for item in items if item.post_id is None or item.post_id in visible]


def _for_display(notifications: QuerySet[Notification]) -> QuerySet[Notification]:
    return notifications.select_related("actor", "post", "report__target", "session")


def notifications_of(
    recipient: Account,
    page: Page,
    *,
    kinds: Collection[str] | None = None,
    wanted: Wanted | None = None,
) -> tuple[list[Notification], list[Notification]]:
    """Return a page of `recipient`'s notifications, newest first, as read (page on from
    these) and, second, those of them still shown: a notification about a post the
    recipient may no longer see is left out, but the page it was on goes on from it."""
    wanted = wanted or Wanted(kinds=kinds or ())
    rows = paginate(_for_display(_shown(recipient, wanted)), page)
    return rows, _readable(recipient, rows)


def notification_of(recipient: Account, notification_id: int) -> Notification | None:
    """Return the notification `notification_id` of `recipient`, if they may see it."""
    found = _for_display(_shown(recipient, Wanted())).filter(pk=notification_id)
    readable = _readable(recipient, found)
    return readable[0] if readable else None


def _last_read(recipient: Account) -> int | None:
    return (
        Marker.objects.filter(account=recipient, timeline=MarkerTimeline.NOTIFICATIONS)
        .values_list("last_read_id", flat=True)
        .first()
    )


def unread_count(recipient: Account, wanted: Wanted, *, limit: int) -> int:
    """Return how many notifications are newer than `recipient`'s notifications marker (all
    of them without a marker), counting at most `limit`."""
    notifications = _shown(recipient, wanted)
    last_read = _last_read(recipient)
    if last_read is not None:
        notifications = notifications.filter(id__gt=last_read)
    return notifications.order_by("id")[:limit].count()


# Grouped notifications (Mastodon's /api/v2/notifications).


@dataclass(frozen=True)
class NotificationGroup:
    """Notifications shown together, as the latest of them with how many there are."""

    key: str
    latest: Notification
    count: int
    sample_accounts: list[Account]
    # Only when paging through groups: the group's oldest and newest notification within
    # the page, and when the newest was made.
    page_min_id: int | None = None
    page_max_id: int | None = None
    latest_page_at: datetime | None = None


def _group_of(grouped: Collection[str]) -> Case:
    """Return the expression of the group a notification is shown in, grouping `grouped`
    kinds only."""
    return Case(
        When(Q(kind__in=list(grouped)) & ~Q(group_key=""), then=F("group_key")),
        default=Concat(Value(UNGROUPED), Cast("id", output_field=CharField())),
        output_field=CharField(),
    )


def _samples(notifications: QuerySet[Notification], keys: list[str]) -> dict[str, list[Account]]:
    """Return the latest SAMPLE_ACCOUNTS accounts of each group of `keys`."""
    if not keys:
        return {}
    latest_first = Window(RowNumber(), partition_by=[F("group_key")], order_by=F("id").desc())
    rows = (
        notifications.filter(group_key__in=keys)
        .annotate(rank=latest_first)
        .filter(rank__lte=SAMPLE_ACCOUNTS)
        .order_by("-id")
        .values_list("group_key", "actor_id")
    )
    found: dict[str, list[int]] = {key: [] for key in keys}
    for key, actor_id in rows:
        if actor_id not in found[key]:
            found[key].append(actor_id)
    accounts = Account.objects.in_bulk({pk for ids in found.values() for pk in ids})
    return {key: [accounts[pk] for pk in ids if pk in accounts] for key, ids in found.items()}


def notification_groups(
    recipient: Account,
    page: Page,
    wanted: Wanted,
    *,
    grouped: Collection[str] = GROUPED_KINDS,
) -> list[NotificationGroup]:
    """Return a page of `recipient`'s notification groups, newest first, each once with its
    latest notification within the page, as Mastodon pages them: a group's older
    notifications come again, under the same key, on the page that reaches them.

    A group counts its notifications up to the page's newest; its page_min_id is its oldest
    within the page, which the last page stretches to the oldest of all."""
    shown = _shown(recipient, wanted)
    bounded = shown
    if page.max_id is not None:
        bounded = bounded.filter(id__lt=page.max_id)
    if page.since_id is not None:
        bounded = bounded.filter(id__gt=page.since_id)
    if page.min_id is not None:
        bounded = bounded.filter(id__gt=page.min_id)
    limit = max(1, min(page.limit, MAX_LIMIT))
    if page.min_id is not None:  # the groups right after min_id, shown newest first
        rows = list(_tops(bounded, grouped).order_by("top")[:limit])[::-1]
    else:
        rows = _newest_groups(bounded, grouped, limit)
    if not rows:
        return []
    newest, oldest = rows[0]["top"], rows[-1]["top"]
    if len(rows) < limit and page.min_id is None:
        # The last page reaches down to where the reader asked it to stop.
        oldest = page.since_id + 1 if page.since_id is not None else 0
    latest = _for_display(Notification.objects.all()).in_bulk([row["top"] for row in rows])
    keys = [row["shown_in"] for row in rows if not row["shown_in"].startswith(UNGROUPED)]
    in_reach = shown.filter(id__lte=newest)
    stats = {
        row["group_key"]: row
        for row in in_reach.filter(group_key__in=keys)
        .values("group_key")
        .annotate(
            count=Count("id"),
            page_min=Min("id", filter=Q(id__gte=oldest)),
            page_at=Max("created_at"),
        )
    }
    samples = _samples(in_reach, keys)
    readable = {item.pk for item in _readable(recipient, latest.values())}
    groups = []
    for row in rows:
        notification = latest[row["top"]]
        if notification.pk not in readable:
            continue
        key = row["shown_in"]
        if key in stats:
            groups.append(
                NotificationGroup(
                    key=key,
                    latest=notification,
                    count=stats[key]["count"],
                    sample_accounts=samples[key],
                    page_min_id=stats[key]["page_min"],
                    page_max_id=notification.pk,
                    latest_page_at=notification.created_at,
                )
            )
        else:
            groups.append(_alone(notification, paged=True))
    return groups


def _tops(notifications: QuerySet[Notification], grouped: Collection[str]) -> QuerySet[Any]:
    """Return each group of `notifications` with its newest notification's ID as `top`."""
    shown_in = notifications.annotate(shown_in=_group_of(grouped)).values("shown_in")
    return shown_in.annotate(top=Max("id"))


def _newest_groups(
    notifications: QuerySet[Notification], grouped: Collection[str], limit: int
) -> list[dict[str, Any]]:
    """Return the `limit` groups of `notifications` whose newest notifications are newest.

    The newest GROUPS_WINDOW notifications are grouped first: a group newer than the
    window's oldest is whole in it, so when the window holds `limit` groups they are the
    answer, and the database need not group a reader's whole past for every page."""
    floor = (
        notifications.order_by("-id")
        .values_list("id", flat=True)[GROUPS_WINDOW - 1 : GROUPS_WINDOW]
        .first()
    )
    if floor is not None:
        rows = list(_tops(notifications.filter(id__gte=floor), grouped).order_by("-top")[:limit])
        if len(rows) == limit:
            return rows
    return list(_tops(notifications, grouped).order_by("-top")[:limit])


def _alone(notification: Notification, *, paged: bool) -> NotificationGroup:
    return NotificationGroup(
        key=f"{UNGROUPED}{notification.pk}",
        latest=notification,
        count=1,
        sample_accounts=[notification.actor],
        page_min_id=notification.pk if paged else None,
        page_max_id=notification.pk if paged else None,
        latest_page_at=notification.created_at if paged else None,
    )


def notification_group(recipient: Account, group_key: str) -> NotificationGroup | None:
    """Return the whole group `group_key` of `recipient`'s notifications, if there is one
    they may see."""
    members = _shown(recipient, Wanted()).in_group(group_key)
    newest = _readable(recipient, _for_display(members).order_by("-id")[:1])
    if not newest:
        return None
    if group_key.startswith(UNGROUPED):
        return _alone(newest[0], paged=False)
    return NotificationGroup(
        key=group_key,
        latest=newest[0],
        count=members.count(),
        sample_accounts=_samples(members, [group_key])[group_key],
    )


def group_accounts(recipient: Account, group_key: str) -> list[Account]:
    """Return the accounts of the notifications of the group `group_key`, latest first."""
    actor_ids = list(
        _shown(recipient, Wanted())
        .in_group(group_key)
        .order_by("-id")
        .values_list("actor_id", flat=True)[:MAX_GROUP_ACCOUNTS]
    )
    by_id = Account.objects.in_bulk(actor_ids)
    return [by_id[pk] for pk in dict.fromkeys(actor_ids) if pk in by_id]


def unread_group_count(
    recipient: Account, wanted: Wanted, *, grouped: Collection[str], limit: int
) -> int:
    """Return how many groups have notifications newer than `recipient`'s notifications
    marker, counting at most `limit`."""
    notifications = _shown(recipient, wanted)
    last_read = _last_read(recipient)
    if last_read is not None:
        notifications = notifications.filter(id__gt=last_read)
    return len(_newest_groups(notifications, grouped, limit))


def markers_of(account: Account, timelines: Collection[str]) -> list[Marker]:
    """Return the markers of `account` on `timelines` that it saved."""
    return list(Marker.objects.filter(account=account, timeline__in=list(timelines)))
