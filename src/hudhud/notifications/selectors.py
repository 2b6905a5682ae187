"""Reads of notifications."""

from hudhud.accounts.models import Account
from hudhud.notifications.models import Notification
from hudhud.paging import Page, paginate


def notifications_of(
    recipient: Account, page: Page, *, kinds: list[str] | None = None
) -> list[Notification]:
    """Return a page of `recipient`'s notifications, newest first."""
    notifications = Notification.objects.filter(
        recipient=recipient, actor__suspended=False
    ).select_related("actor", "post__author")
    if kinds:
        notifications = notifications.filter(kind__in=kinds)
    return paginate(notifications, page)
