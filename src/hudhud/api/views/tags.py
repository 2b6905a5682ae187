"""Hashtags: read, follow and unfollow; followed tags (methods/tags, followed_tags)."""

from ninja import Router

router = Router(tags=["tags"])
