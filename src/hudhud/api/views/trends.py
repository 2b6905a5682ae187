"""Trends: tags, statuses and links (docs.joinmastodon.org/methods/trends)."""

from ninja import Router

router = Router(tags=["trends"])
