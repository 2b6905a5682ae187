"""Lists and their members (docs.joinmastodon.org/methods/lists)."""

from ninja import Router

router = Router(tags=["lists"])
