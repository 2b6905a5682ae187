"""Filters v2 (docs.joinmastodon.org/methods/filters)."""

from ninja import Router

router = Router(tags=["filters"])
