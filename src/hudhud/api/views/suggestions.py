"""Follow suggestions (docs.joinmastodon.org/methods/suggestions)."""

from ninja import Router

router = Router(tags=["suggestions"])
