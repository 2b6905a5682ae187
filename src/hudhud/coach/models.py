"""Giveaways (مسابقات) attached to posts, and their fair draws."""

from typing import ClassVar

from django.db import models
from django.utils.translation import gettext_lazy as _

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
