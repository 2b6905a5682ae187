"""Giveaways (مسابقات) attached to posts and their fair draws; the focus the talent
directory ranks by; job offers."""

from typing import ClassVar

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hudhud.accounts.models import Account
from hudhud.ids import SnowflakeField
from hudhud.posts.models import Post


class EntryRule(models.TextChoices):
    """What an account does to enter a giveaway."""

    REPLY = "reply", _("Reply to the post")
    BOOST = "boost", _("Boost the post")
    FOLLOW_AND_BOOST = "follow_and_boost", _("Follow the organiser and boost the post")


class Giveaway(models.Model):
    """A giveaway attached to a post of its organiser; drawn once, at `deadline`."""

    id = SnowflakeField()
    post = models.OneToOneField(Post, on_delete=models.CASCADE, related_name="giveaway")
    rule = models.CharField(max_length=16, choices=EntryRule.choices)
    deadline = models.DateTimeField()
    winners_count = models.PositiveSmallIntegerField()
    #: Accounts made less than this many days before the deadline may not enter.
    min_account_age_days = models.PositiveSmallIntegerField(default=0)
    #: The SHA-256 of `secret`, published from the start (see `fairness`).
    commitment = models.CharField(max_length=64)
    #: Kept from everyone until the draw.
    secret = models.CharField(max_length=64)
    drawn_at = models.DateTimeField(null=True, blank=True)
    #: The sorted account IDs (decimal strings) who entered, fixed at the draw.
    entrants = models.JSONField(default=list, blank=True)
    #: The account IDs (decimal strings) drawn, in draw order.
    winners = models.JSONField(default=list, blank=True)
    #: The post that announced the winners, once made.
    announcement = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=models.Q(winners_count__gte=1), name="giveaway_has_winners"
            )
        ]

    def __str__(self) -> str:
        return f"giveaway of {self.post_id}"

    @property
    def drawn(self) -> bool:
        return self.drawn_at is not None


class Focus(models.Model):
    """How focused an account open to offers is, as its identity report last found it; the
    talent directory ranks by it (kept by a task, see `coach.tasks`)."""

    account = models.OneToOneField(Account, on_delete=models.CASCADE, related_name="focus")
    #: The share (0 to 1) of its latest posts on its specialty.
    on_topic = models.FloatField(default=0.0)
    #: The mean of likes, boosts and replies its latest posts had.
    engagement = models.FloatField(default=0.0)
    posts = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"focus of {self.account_id}: {self.on_topic:.2f}"


class OfferStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class JobOffer(models.Model):
    """A structured job offer from an organisation, business or startup to a person open to
    offers; only the two of them see it."""

    id = SnowflakeField()
    sender = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="offers_sent")
    recipient = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="offers_received")
    title = models.CharField(max_length=120)
    description = models.TextField(max_length=2000)
    #: How to answer: an e-mail address, a link, a phone number.
    how_to_reply = models.CharField(max_length=500)
    status = models.CharField(
        max_length=8, choices=OfferStatus.choices, default=OfferStatus.PENDING
    )
    created_at = models.DateTimeField(default=timezone.now)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes: ClassVar = [models.Index(fields=["recipient", "-id"])]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["sender", "recipient"],
                condition=models.Q(status="pending"),
                name="one_pending_offer",
            )
        ]

    def __str__(self) -> str:
        return f"{self.sender_id} → {self.recipient_id}: {self.title}"
