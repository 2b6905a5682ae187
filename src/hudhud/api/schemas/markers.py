"""Marker: where the caller stopped reading a timeline."""

from datetime import datetime

from hudhud.api.schemas import Entity
from hudhud.notifications.models import Marker as MarkerModel


class Marker(Entity):
    last_read_id: str
    version: int
    updated_at: datetime


def marker(marker: MarkerModel) -> Marker:
    """Return the Mastodon Marker of `marker`."""
    return Marker(
        last_read_id=str(marker.last_read_id), version=marker.version, updated_at=marker.updated_at
    )
