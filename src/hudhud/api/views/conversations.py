"""Conversations: direct messages (docs.joinmastodon.org/methods/conversations)."""

from ninja import Router

router = Router(tags=["conversations"])
