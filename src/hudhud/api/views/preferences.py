"""The caller's preferences (docs.joinmastodon.org/methods/preferences)."""

from ninja import Router

router = Router(tags=["preferences"])
