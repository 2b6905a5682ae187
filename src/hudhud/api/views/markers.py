"""Markers: where the reader stopped in home and notifications (methods/markers)."""

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from hudhud.api.auth import signed_in, token
from hudhud.api.schemas.markers import Marker, marker
from hudhud.ids import parse_id
from hudhud.notifications.models import MarkerTimeline
from hudhud.notifications.selectors import markers_of
from hudhud.notifications.services import markers_save

router = Router(tags=["markers"])


class Timelines(Schema):
    timeline: list[str] = Field(default_factory=list)


class Position(Schema):
    last_read_id: int | str


class MarkersSave(Schema):
    home: Position | None = None
    notifications: Position | None = None


def _read_id(position: Position) -> int:
    number = parse_id(str(position.last_read_id).strip())
    if number is None:
        raise HttpError(422, _("last_read_id is not an ID"))
    return number


@router.get("/v1/markers", response=dict[str, Marker], auth=token("read:statuses"))
def marker_list(request: HttpRequest, query: Query[Timelines]) -> dict[str, Marker]:
    found = markers_of(signed_in(request), query.timeline)
    return {item.timeline: marker(item) for item in found}


@router.post("/v1/markers", response=dict[str, Marker], auth=token("write:statuses"))
def marker_create(request: HttpRequest, body: MarkersSave) -> dict[str, Marker]:
    me = signed_in(request)
    positions = {
        MarkerTimeline.HOME: body.home,
        MarkerTimeline.NOTIFICATIONS: body.notifications,
    }
    wanted = {timeline: _read_id(found) for timeline, found in positions.items() if found}
    saved = markers_save(account=me, last_read_ids=wanted)
    return {item.timeline: marker(item) for item in saved}
