"""Reports (docs.joinmastodon.org/methods/reports)."""

from ninja import Router

router = Router(tags=["reports"])
