"""The home timeline (written on fan-out, so that reading it is one index range scan),
lists, direct conversations and filters."""

from typing import ClassVar

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hudhud.accounts.models import Account, Follow
from hudhud.posts.models import Post


class TimelineEntry(models.Model):
    """`post` is on the home timeline of `account`."""

    # Indexed by the unique (account, post) constraint, which is also the timeline's order.
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="+", db_index=False)
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["account", "post"], name="timeline_entry_once")
        ]

    def __str__(self) -> str:
        return f"{self.account_id} ← {self.post_id}"


class RepliesPolicy(models.TextChoices):
    """Which replies a list shows, besides replies to its owner and self-threads."""

    # The values are Mastodon's wire names.
    FOLLOWED = "followed", _("Replies to anyone I follow")
    LIST = "list", _("Replies to members of the list")
    NONE = "none", _("No replies")


class List(models.Model):
    """A list of accounts `owner` follows, read as a timeline of its own; the posts of an
    `exclusive` list's members leave the owner's home timeline."""

    owner = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="lists")
    title = models.CharField(max_length=100)
    replies_policy = models.CharField(
        max_length=8, choices=RepliesPolicy.choices, default=RepliesPolicy.LIST
    )
    exclusive = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.owner_id}: {self.title}"


class ListMember(models.Model):
    """`account` is on `list`; it stays there while the owner follows it."""

    # Indexed by the unique (list, account) constraint.
    list = models.ForeignKey(List, on_delete=models.CASCADE, related_name="members", db_index=False)
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="+")
    # Unfollowing (or a block, which unfollows) takes the account off its owner's lists.
    follow = models.ForeignKey(Follow, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["list", "account"], name="list_member_once")
        ]

    def __str__(self) -> str:
        return f"{self.list_id} ∋ {self.account_id}"


class Conversation(models.Model):
    """A direct conversation as `account` sees it: who else takes part, its latest post, and
    whether `account` has read that. One for each account and set of participants."""

    # Indexed by the unique (account, participants_key) constraint.
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="+", db_index=False)
    # The IDs of the other participants, in order; the key is their hash, so that a
    # conversation of many people still fits an index.
    participant_ids = models.JSONField(default=list)
    participants_key = models.CharField(max_length=64)
    last_post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    unread = models.BooleanField(default=False)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["account", "participants_key"], name="conversation_once"
            )
        ]
        indexes: ClassVar = [
            models.Index(fields=["account", "-last_post"], name="conversation_recent")
        ]

    def __str__(self) -> str:
        return f"{self.account_id} ↔ {self.participant_ids}"


class FilterContext(models.TextChoices):
    """Where a filter applies; Mastodon's wire names."""

    HOME = "home", _("Home timeline and lists")
    NOTIFICATIONS = "notifications", _("Notifications")
    PUBLIC = "public", _("Public timelines")
    THREAD = "thread", _("Conversations")
    ACCOUNT = "account", _("Profiles")


class FilterAction(models.TextChoices):
    """What a filter does to a post it matches; Mastodon's wire names."""

    WARN = "warn", _("Hide behind a warning")
    HIDE = "hide", _("Hide completely")
    BLUR = "blur", _("Hide media behind a warning")


class Filter(models.Model):
    """Posts `account` would rather not see: those with one of its keywords, and its posts."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="filters")
    title = models.CharField(max_length=256)
    context = models.JSONField(default=list)  # FilterContext values
    action = models.CharField(max_length=8, choices=FilterAction.choices, default=FilterAction.WARN)
    expires_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.account_id}: {self.title}"


class FilterKeyword(models.Model):
    """A word or phrase that makes `filter` match a post; `whole_word` keeps it from
    matching inside other words."""

    filter = models.ForeignKey(Filter, on_delete=models.CASCADE, related_name="keywords")
    keyword = models.CharField(max_length=512)
    whole_word = models.BooleanField(default=True)

    def __str__(self) -> str:
        return self.keyword


class FilterPost(models.Model):
    """A post that `filter` matches by itself (Mastodon's FilterStatus)."""

    # Indexed by the unique (filter, post) constraint.
    filter = models.ForeignKey(
        Filter, on_delete=models.CASCADE, related_name="posts", db_index=False
    )
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["filter", "post"], name="filter_post_once")
        ]

    def __str__(self) -> str:
        return f"{self.filter_id} ⊘ {self.post_id}"
