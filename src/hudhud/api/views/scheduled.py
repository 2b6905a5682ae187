"""Scheduled statuses: list, read, move and cancel them
(docs.joinmastodon.org/methods/scheduled_statuses). Posting one is `POST /api/v1/statuses`
with `scheduled_at`; this router is part of the statuses one."""

from datetime import datetime

from django.http import Http404, HttpRequest, HttpResponse
from ninja import Query, Router, Schema

from hudhud.accounts.models import Account as AccountModel
from hudhud.api.auth import signed_in, token
from hudhud.api.lookup import object_id
from hudhud.api.paging import PageQuery, link_header
from hudhud.api.schemas.statuses import ScheduledStatus, scheduled_statuses
from hudhud.posts.models import ScheduledPost
from hudhud.posts.scheduling import scheduled_post_delete, scheduled_post_move
from hudhud.posts.selectors import scheduled_post_of, scheduled_posts_of

router = Router(tags=["scheduled statuses"])


def _own(me: AccountModel, value: str) -> ScheduledPost:
    found = scheduled_post_of(me, object_id(value))
    if found is None:
        raise Http404
    return found


@router.get("/v1/scheduled_statuses", response=list[ScheduledStatus], auth=token("read:statuses"))
def scheduled_list(
    request: HttpRequest, response: HttpResponse, paging: Query[PageQuery]
) -> list[ScheduledStatus]:
    found = scheduled_posts_of(signed_in(request), paging.page())
    link_header(request, response, found)
    return scheduled_statuses(found)


@router.get("/v1/scheduled_statuses/{id}", response=ScheduledStatus, auth=token("read:statuses"))
def scheduled_get(request: HttpRequest, id: str) -> ScheduledStatus:
    return scheduled_statuses([_own(signed_in(request), id)])[0]


class ScheduledMove(Schema):
    scheduled_at: datetime


@router.put("/v1/scheduled_statuses/{id}", response=ScheduledStatus, auth=token("write:statuses"))
def scheduled_move(request: HttpRequest, id: str, body: ScheduledMove) -> ScheduledStatus:
    found = scheduled_post_move(
        scheduled=_own(signed_in(request), id), scheduled_at=body.scheduled_at
    )
    return scheduled_statuses([found])[0]


@router.delete("/v1/scheduled_statuses/{id}", response=dict[str, str], auth=token("write:statuses"))
def scheduled_cancel(request: HttpRequest, id: str) -> dict[str, str]:
    scheduled_post_delete(scheduled=_own(signed_in(request), id))
    return {}
