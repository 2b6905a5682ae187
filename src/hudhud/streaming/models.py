"""Recent stream events, for servers without Redis: the streaming server polls this table."""

from typing import ClassVar

from django.db import models
from django.utils import timezone


class StreamEvent(models.Model):
    """One published event: its stream keys, its name, and the ID of what it is about.

    The entity is not stored rendered: every connection renders it as its own caller may
    see it. Rows are read by increasing ID and deleted after a few minutes.
    """

    id = models.BigAutoField(primary_key=True)
    #: The stream keys, separated by spaces (one row for a fan-out to many home timelines).
    streams = models.TextField()
    event = models.CharField(max_length=32)
    ref = models.BigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes: ClassVar = [models.Index(fields=["created_at"], name="stream_event_created")]

    def __str__(self) -> str:
        return f"{self.event} {self.ref} → {self.streams[:60]}"
