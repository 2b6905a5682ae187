"""Bookmarks, favourites, blocks, mutes and follow requests: the caller's lists of them."""

from ninja import Router

router = Router(tags=["bookmarks"])
