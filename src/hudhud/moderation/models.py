"""Reports of accounts and posts, and what moderators did about them."""

from typing import ClassVar

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hudhud.accounts.models import Account
from hudhud.posts.models import Post


class ReportCategory(models.TextChoices):
    # The values are Mastodon's report categories.
    SPAM = "spam", _("Spam")
    VIOLATION = "violation", _("Breaks the rules")
    LEGAL = "legal", _("Illegal content")
    OTHER = "other", _("Other")


class ReportAction(models.TextChoices):
    DISMISS = "dismiss", _("Dismiss the report")
    SUSPEND = "suspend", _("Suspend the account")


class Report(models.Model):
    reporter = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="reports_made")
    target = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="reports")
    posts = models.ManyToManyField(Post, blank=True, related_name="+")
    category = models.CharField(
        max_length=16, choices=ReportCategory.choices, default=ReportCategory.OTHER
    )
    comment = models.TextField(blank=True, default="")
    uri = models.URLField(max_length=500, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        Account, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=16, choices=ReportAction.choices, blank=True, default="")

    class Meta:
        indexes: ClassVar = [models.Index(fields=["resolved_at", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.reporter} ⚑ {self.target}"
