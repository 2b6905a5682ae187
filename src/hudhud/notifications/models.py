"""Notifications: who did what to whom, for the recipient's notifications page."""

from typing import ClassVar

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hudhud.accounts.models import Account
from hudhud.ids import SnowflakeField
from hudhud.posts.models import Post


class NotificationKind(models.TextChoices):
    # The values are Mastodon's notification types.
    MENTION = "mention", _("Mention")
    FOLLOW = "follow", _("Follow")
    FOLLOW_REQUEST = "follow_request", _("Follow request")
    LIKE = "favourite", _("Like")
    BOOST = "reblog", _("Boost")
    QUOTE = "quote", _("Quote")
    UPDATE = "update", _("Edit of a post you interacted with")
    ADMIN_REPORT = "admin.report", _("New report")


class Notification(models.Model):
    id = SnowflakeField()
    recipient = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="notifications")
    actor = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=32, choices=NotificationKind.choices)
    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes: ClassVar = [models.Index(fields=["recipient", "-id"], name="notification_recent")]

    def __str__(self) -> str:
        return f"{self.kind} {self.actor} → {self.recipient}"
