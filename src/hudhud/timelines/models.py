"""The home timeline, written on fan-out so that reading it is one index range scan."""

from typing import ClassVar

from django.db import models

from hudhud.accounts.models import Account
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
