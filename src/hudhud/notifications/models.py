"""Notifications: who did what to whom, for the recipient's notifications page; and the
markers of where a reader stopped reading their home timeline and notifications."""

from typing import ClassVar, Self

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hudhud.accounts.models import Account
from hudhud.ids import SnowflakeField, parse_id
from hudhud.posts.models import Post


class NotificationKind(models.TextChoices):
    # The values are Mastodon's notification types.
    MENTION = "mention", _("Mention")
    STATUS = "status", _("New post of someone you get notified of")
    FOLLOW = "follow", _("Follow")
    FOLLOW_REQUEST = "follow_request", _("Follow request")
    LIKE = "favourite", _("Like")
    BOOST = "reblog", _("Boost")
    QUOTE = "quote", _("Quote")
    POLL = "poll", _("Poll ended")
    UPDATE = "update", _("Edit of a post you interacted with")
    ADMIN_REPORT = "admin.report", _("New report")
    # Hudhud's own, which Mastodon apps do not know: the Mastodon API leaves them out.
    HELP_ANSWER = "hudhud.help_answer", _("Someone can help with your request")
    JOB_OFFER = "hudhud.job_offer", _("Job offer")
    REMINDER = "hudhud.reminder", _("Reminder")


#: The kinds only Hudhud's own pages show (see NotificationKind).
HUDHUD_KINDS = (NotificationKind.HELP_ANSWER, NotificationKind.JOB_OFFER, NotificationKind.REMINDER)


#: The kinds Mastodon groups in its grouped notifications: likes and boosts of one post,
#: and follows, made within GROUP_SPAN_HOURS of the group's first.
GROUPED_KINDS = (NotificationKind.LIKE, NotificationKind.BOOST, NotificationKind.FOLLOW)
GROUP_SPAN_HOURS = 12
#: How the group key of a notification that is not grouped begins; its ID follows.
UNGROUPED = "ungrouped-"


class NotificationQuerySet(models.QuerySet["Notification"]):
    def in_group(self, group_key: str) -> Self:
        """Keep the notifications of the group `group_key` (none for a key that names none)."""
        if group_key.startswith(UNGROUPED):
            own = parse_id(group_key.removeprefix(UNGROUPED))
            return self.none() if own is None else self.filter(pk=own)
        return self.filter(group_key=group_key) if group_key else self.none()


class Notification(models.Model):
    id = SnowflakeField()
    recipient = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="notifications")
    actor = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=32, choices=NotificationKind.choices)
    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    report = models.ForeignKey(
        "moderation.Report", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    #: The awareness session a reminder is of.
    session = models.ForeignKey(
        "community.Session", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    #: The group of similar notifications this one belongs to (see GROUPED_KINDS); empty for
    #: the kinds that are never grouped.
    group_key = models.CharField(max_length=64, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        indexes: ClassVar = [
            models.Index(fields=["recipient", "-id"], name="notification_recent"),
            models.Index(fields=["recipient", "group_key"], name="notification_group"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.actor} → {self.recipient}"

    @property
    def group(self) -> str:
        """Return the key of the group this notification is shown in when its kind is grouped."""
        return self.group_key or f"{UNGROUPED}{self.pk}"


class MarkerTimeline(models.TextChoices):
    HOME = "home", _("Home")
    NOTIFICATIONS = "notifications", _("Notifications")


class Marker(models.Model):
    """The last item of `timeline` that `account` read, saved by their apps to pick up there."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="markers")
    timeline = models.CharField(max_length=16, choices=MarkerTimeline.choices)
    last_read_id = models.BigIntegerField()
    #: Grows by one at every change, so that an app can tell that another moved the marker.
    version = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["account", "timeline"], name="marker_once")
        ]

    def __str__(self) -> str:
        return f"{self.account_id} {self.timeline} @ {self.last_read_id}"
