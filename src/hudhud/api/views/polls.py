"""Polls: read and vote (docs.joinmastodon.org/methods/polls)."""

from ninja import Router

router = Router(tags=["polls"])
