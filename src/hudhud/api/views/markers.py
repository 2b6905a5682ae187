"""Markers: where the reader stopped in home and notifications (methods/markers)."""

from ninja import Router

router = Router(tags=["markers"])
