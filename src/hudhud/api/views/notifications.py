"""Notifications, plain and grouped (docs.joinmastodon.org/methods/notifications and
methods/grouped_notifications)."""

from typing import Literal

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from hudhud.api.auth import signed_in, token
from hudhud.api.lookup import account_named, object_id
from hudhud.api.paging import PageQuery, link_header
from hudhud.api.schemas.accounts import Account, account
from hudhud.api.schemas.notifications import (
    GroupedNotificationsResults,
    Notification,
    UnreadCount,
    grouped_notifications,
    notifications,
)
from hudhud.notifications.models import GROUPED_KINDS
from hudhud.notifications.selectors import (
    Wanted,
    group_accounts,
    notification_group,
    notification_groups,
    notification_of,
    notifications_of,
    unread_count,
    unread_group_count,
)
from hudhud.notifications.services import (
    notification_dismiss,
    notification_group_dismiss,
    notifications_clear,
)

router = Router(tags=["notifications"])

#: Every type of Mastodon's notifications; a client may name any of them in a filter, even
#: the ones this server never sends.
TYPES = frozenset(
    {
        "mention",
        "status",
        "reblog",
        "follow",
        "follow_request",
        "favourite",
        "poll",
        "update",
        "admin.sign_up",
        "admin.report",
        "severed_relationships",
        "moderation_warning",
        "quote",
        "quoted_update",
        "annual_report",
    }
)
DEFAULT_UNREAD_LIMIT = 100
MAX_UNREAD_LIMIT = 1000

READ = token("read:notifications")
WRITE = token("write:notifications")


class NotificationPage(PageQuery):
    limit: int = Field(40, description="At most 40.")


class Filters(Schema):
    types: list[str] = Field(default_factory=list)
    exclude_types: list[str] = Field(default_factory=list)
    account_id: str | None = None


class GroupedFilters(Filters):
    grouped_types: list[str] = Field(default_factory=list)
    expand_accounts: Literal["full", "partial_avatars"] = "full"


def _known(types: list[str]) -> list[str]:
    unknown = sorted(set(types) - TYPES)
    if unknown:
        raise HttpError(
            422, _("Unknown notification types: %(types)s") % {"types": ", ".join(unknown)}
        )
    return types


def _wanted(filters: Filters) -> Wanted:
    return Wanted(
        kinds=_known(filters.types),
        excluded=_known(filters.exclude_types),
        actor=account_named(filters.account_id) if filters.account_id else None,
    )


def _grouped(filters: GroupedFilters) -> list[str]:
    return _known(filters.grouped_types) or list(GROUPED_KINDS)


def _unread_limit(limit: int) -> int:
    return max(1, min(limit, MAX_UNREAD_LIMIT))


@router.get("/v1/notifications", response=list[Notification], auth=READ)
def notification_list(
    request: HttpRequest,
    response: HttpResponse,
    paging: Query[NotificationPage],
    filters: Query[Filters],
) -> list[Notification]:
    me = signed_in(request)
    rows, items = notifications_of(me, paging.page(), wanted=_wanted(filters))
    link_header(request, response, rows)
    return notifications(items, me)


@router.get("/v1/notifications/unread_count", response=UnreadCount, auth=READ)
def notification_unread_count(
    request: HttpRequest, filters: Query[Filters], limit: int = DEFAULT_UNREAD_LIMIT
) -> UnreadCount:
    me = signed_in(request)
    return UnreadCount(count=unread_count(me, _wanted(filters), limit=_unread_limit(limit)))


@router.post("/v1/notifications/clear", response=dict[str, str], auth=WRITE)
def notification_clear(request: HttpRequest) -> dict[str, str]:
    notifications_clear(recipient=signed_in(request))
    return {}


@router.get("/v1/notifications/{id}", response=Notification, auth=READ)
def notification_get(request: HttpRequest, id: str) -> Notification:
    me = signed_in(request)
    found = notification_of(me, object_id(id))
    if found is None:
        raise Http404
    shown = notifications([found], me)
    if not shown:
        raise Http404
    return shown[0]


@router.post("/v1/notifications/{id}/dismiss", response=dict[str, str], auth=WRITE)
def notification_dismiss_one(request: HttpRequest, id: str) -> dict[str, str]:
    found = notification_of(signed_in(request), object_id(id))
    if found is None:
        raise Http404
    notification_dismiss(notification=found)
    return {}


@router.get("/v2/notifications", response=GroupedNotificationsResults, auth=READ)
def group_list(
    request: HttpRequest,
    response: HttpResponse,
    paging: Query[NotificationPage],
    filters: Query[GroupedFilters],
) -> GroupedNotificationsResults:
    me = signed_in(request)
    groups = notification_groups(me, paging.page(), _wanted(filters), grouped=_grouped(filters))
    link_header(request, response, groups, key=lambda group: group.latest.pk)
    return grouped_notifications(
        groups, me, partial_avatars=filters.expand_accounts == "partial_avatars"
    )


@router.get("/v2/notifications/unread_count", response=UnreadCount, auth=READ)
def group_unread_count(
    request: HttpRequest, filters: Query[GroupedFilters], limit: int = DEFAULT_UNREAD_LIMIT
) -> UnreadCount:
    me = signed_in(request)
    count = unread_group_count(
        me, _wanted(filters), grouped=_grouped(filters), limit=_unread_limit(limit)
    )
    return UnreadCount(count=count)


@router.get("/v2/notifications/{group_key}", response=GroupedNotificationsResults, auth=READ)
def group_get(request: HttpRequest, group_key: str) -> GroupedNotificationsResults:
    me = signed_in(request)
    group = notification_group(me, group_key)
    if group is None:
        raise Http404
    return grouped_notifications([group], me)


@router.post("/v2/notifications/{group_key}/dismiss", response=dict[str, str], auth=WRITE)
def group_dismiss(request: HttpRequest, group_key: str) -> dict[str, str]:
    if not notification_group_dismiss(recipient=signed_in(request), group_key=group_key):
        raise Http404
    return {}


@router.get("/v2/notifications/{group_key}/accounts", response=list[Account], auth=READ)
def group_account_list(request: HttpRequest, group_key: str) -> list[Account]:
    found = group_accounts(signed_in(request), group_key)
    if not found:
        raise Http404
    return [account(item) for item in found]
