"""Federation's own tables: the server's key (its instance actor signs fetches with it) and
the activities received, stored before they are processed."""

from typing import ClassVar

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hudhud.ids import SnowflakeField


class ServerKey(models.Model):
    """The key pair of the instance actor (`/actor`); one row."""

    private_key = models.TextField()
    public_key = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"server key of {self.created_at:%Y-%m-%d}"


class InboxItem(models.Model):
    """An activity that arrived with a good signature, waiting to be (or already) applied.
    An activity with an id is stored once: the same one sent again is applied once."""

    id = SnowflakeField()
    activity_id = models.URLField(max_length=500, null=True, blank=True, unique=True)
    #: The actor whose key signed it.
    signer = models.URLField(max_length=500)
    activity = models.JSONField()
    received_at = models.DateTimeField(default=timezone.now)
    processed_at = models.DateTimeField(null=True, blank=True)
    #: Why it could not be applied, if it could not.
    error = models.TextField(blank=True, default="")

    class Meta:
        indexes: ClassVar = [models.Index(fields=["processed_at"], name="inbox_waiting")]

    def __str__(self) -> str:
        return f"{self.activity.get('type')} from {self.signer}"


class Delivery(models.Model):
    """An activity on its way to one inbox: kept until the inbox took it or it was given up,
    so that a worker stopped in the middle of a delivery loses nothing."""

    id = SnowflakeField()
    inbox = models.URLField(max_length=500)
    #: The inbox's server (host and port), as Instance names it.
    domain = models.CharField(max_length=255, db_index=True, default="")
    #: The local account that signs it; none: the instance actor signs it.
    sender = models.ForeignKey(
        "accounts.Account", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    activity = models.JSONField()
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    delivered_at = models.DateTimeField(null=True, blank=True)
    given_up_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes: ClassVar = [
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(delivered_at=None, given_up_at=None),
                name="delivery_waiting",
            )
        ]

    def __str__(self) -> str:
        return f"{self.activity.get('type')} → {self.inbox}"


class Tombstone(models.Model):
    """A remote object deleted, perhaps before it arrived: a Create of it that comes after
    its Delete is not applied."""

    uri = models.URLField(max_length=500, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.uri


class DomainPolicy(models.TextChoices):
    NONE = "", _("None")
    #: Its accounts stay out of public timelines and of strangers' notifications.
    SILENCE = "silence", _("Silenced")
    #: Nothing of it is taken, fetched or sent to it; its accounts are suspended here.
    BLOCK = "block", _("Blocked")


class Instance(models.Model):
    """Another server this one knows: the moderators' policy for it, and how deliveries to
    it fare. One that keeps failing is paused until it is heard from again."""

    domain = models.CharField(max_length=255, unique=True)
    policy = models.CharField(
        max_length=8, choices=DomainPolicy.choices, blank=True, default=DomainPolicy.NONE
    )
    #: Failed deliveries since the last one it took.
    failures = models.PositiveIntegerField(default=0)
    paused = models.BooleanField(default=False)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_failure_at = models.DateTimeField(null=True, blank=True)
    first_seen_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.domain
