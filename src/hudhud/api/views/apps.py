"""Apps: register a client and check its credentials (docs.joinmastodon.org/methods/apps)."""

from ninja import Router

router = Router(tags=["apps"])
