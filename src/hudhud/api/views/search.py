"""Search v2 on the Arabic-aware search (docs.joinmastodon.org/methods/search)."""

from ninja import Router

router = Router(tags=["search"])
