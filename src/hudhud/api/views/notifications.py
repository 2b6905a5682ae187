"""Notifications, plain and grouped (docs.joinmastodon.org/methods/notifications)."""

from ninja import Router

router = Router(tags=["notifications"])
