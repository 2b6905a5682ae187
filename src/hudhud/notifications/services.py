"""Every write to notifications and to the markers of where a reader stopped."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from hudhud.accounts.models import Account, Block, Follow, Mute
from hudhud.notifications.models import (
    GROUP_SPAN_HOURS,
    GROUPED_KINDS,
    Marker,
    MarkerTimeline,
    Notification,
    NotificationKind,
)
from hudhud.posts.models import ConversationMute, Post
from hudhud.streaming.services import stream_notification

if TYPE_CHECKING:
    from hudhud.community.models import Session
    from hudhud.moderation.models import Report

# Doing one of these twice (like, unlike, like) notifies once.
_ONCE = {
    NotificationKind.FOLLOW,
    NotificationKind.FOLLOW_REQUEST,
    NotificationKind.LIKE,
    NotificationKind.BOOST,
    NotificationKind.MENTION,
    NotificationKind.QUOTE,
}
_OF_ONESELF = {NotificationKind.POLL, NotificationKind.REMINDER}


def _group_key(recipient: Account, kind: str, post: Post | None, now: datetime) -> str:
    """Return the group of a new notification, as Mastodon makes them: likes or boosts of one
    post, or follows, within GROUP_SPAN_HOURS of the first of the group."""
    if kind not in GROUPED_KINDS:
        return ""
    prefix = kind if post is None or kind == NotificationKind.FOLLOW else f"{kind}-{post.pk}"
    hour = int(now.timestamp()) // 3600
    previous = (
        Notification.objects.filter(recipient=recipient, group_key__startswith=f"{prefix}-")
        .order_by("-id")
        .values_list("group_key", flat=True)
        .first()
    )
    if previous is not None:
        started = int(previous.rpartition("-")[2])
        if hour < started + GROUP_SPAN_HOURS:
            hour = started
    return f"{prefix}-{hour}"


def notification_create(
    *,
    recipient: Account,
    actor: Account,
    kind: NotificationKind,
    post: Post | None = None,
    report: Report | None = None,
    session: Session | None = None,
) -> Notification | None:
    """Notify a local `recipient` of what `actor` did, unless they muted or blocked the actor."""
    # An author is told that their own poll ended, or reminded of their own request, of
    # nothing else they did.
    if (recipient.pk == actor.pk and kind not in _OF_ONESELF) or not recipient.local:
        return None
    if post is not None and (
        ConversationMute.objects.filter(account=recipient, root_id=post.thread_root_id).exists()
    ):
        return None
    if (
        Block.objects.filter(account=recipient, target=actor).exists()
        or Block.objects.filter(account=actor, target=recipient).exists()
        or Mute.objects.filter(account=recipient, target=actor, notifications=True).exists()
        # A silenced account reaches only those who follow it.
        or (
            actor.silenced
            and not Follow.objects.filter(follower=recipient, target=actor, accepted=True).exists()
        )
    ):
        return None
    if post is not None and not Post.objects.visible_to(recipient).filter(pk=post.pk).exists():
        return None  # e.g. an edit of a followers-only post its old liker no longer follows
    now = timezone.now()
    group_key = _group_key(recipient, kind, post, now)
    if kind in _ONCE:
        notification, created = Notification.objects.get_or_create(
            recipient=recipient,
            actor=actor,
            kind=kind,
            post=post,
            defaults={"group_key": group_key, "created_at": now},
        )
        if not created:
            return notification
    else:
        notification = Notification.objects.create(
            recipient=recipient,
            actor=actor,
            kind=kind,
            post=post,
            report=report,
            session=session,
            group_key=group_key,
            created_at=now,
        )
    stream_notification(notification=notification)
    return notification


def notifications_clear(*, recipient: Account) -> None:
    """Delete every notification of `recipient`."""
    Notification.objects.filter(recipient=recipient).delete()


def notification_dismiss(*, notification: Notification) -> None:
    """Delete one notification."""
    notification.delete()


def notification_group_dismiss(*, recipient: Account, group_key: str) -> int:
    """Delete the notifications of `recipient` in the group `group_key`; return how many."""
    deleted, _by_model = (
        Notification.objects.filter(recipient=recipient).in_group(group_key).delete()
    )
    return deleted


@transaction.atomic
def markers_save(*, account: Account, last_read_ids: Mapping[MarkerTimeline, int]) -> list[Marker]:
    """Save where `account` stopped reading each timeline of `last_read_ids`, all or none;
    every change of a marker grows its version."""
    saved = []
    for timeline, last_read_id in last_read_ids.items():
        marker, created = Marker.objects.select_for_update().get_or_create(
            account=account, timeline=timeline, defaults={"last_read_id": last_read_id}
        )
        if not created and marker.last_read_id != last_read_id:
            Marker.objects.filter(pk=marker.pk).update(
                last_read_id=last_read_id, version=F("version") + 1, updated_at=timezone.now()
            )
            marker.refresh_from_db()
        saved.append(marker)
    return saved
