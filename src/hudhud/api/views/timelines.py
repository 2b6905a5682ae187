"""Timelines: home, public and hashtag (docs.joinmastodon.org/methods/timelines)."""

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router

from hudhud.api.auth import caller, signed_in, token
from hudhud.api.paging import PageQuery, link_header
from hudhud.api.schemas.statuses import Status, statuses
from hudhud.timelines.selectors import home_timeline, public_timeline

router = Router(tags=["timelines"])


@router.get("/v1/timelines/home", response=list[Status], auth=token("read:statuses"))
def home(request: HttpRequest, response: HttpResponse, paging: Query[PageQuery]) -> list[Status]:
    me = signed_in(request)
    posts = home_timeline(me, paging.page())
    link_header(request, response, posts)
    return statuses(posts, me)


@router.get(
    "/v1/timelines/public", response=list[Status], auth=token("read:statuses", optional=True)
)
def public(
    request: HttpRequest, response: HttpResponse, paging: Query[PageQuery], local: bool = False
) -> list[Status]:
    viewer = caller(request).account
    posts = public_timeline(viewer, paging.page(), local_only=local)
    link_header(request, response, posts)
    return statuses(posts, viewer)
