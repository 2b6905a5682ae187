"""Media: upload, describe and check attachments (docs.joinmastodon.org/methods/media)."""

from ninja import Router

router = Router(tags=["media"])
