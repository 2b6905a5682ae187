"""Timelines: home, public, hashtag and list (docs.joinmastodon.org/methods/timelines)."""

from collections.abc import Sequence

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router, Schema
from pydantic import Field

from hudhud.accounts.models import Account
from hudhud.api.auth import caller, signed_in, token
from hudhud.api.lookup import object_id
from hudhud.api.paging import PageQuery, link_header
from hudhud.api.schemas.filters import shown, with_filter_results
from hudhud.api.schemas.statuses import Status, statuses, statuses_of_ids
from hudhud.posts.models import Post
from hudhud.posts.selectors import posts_for_display
from hudhud.timelines.models import FilterContext
from hudhud.timelines.selectors import (
    active_filters,
    filter_matches,
    hashtag_timeline,
    home_timeline_ids,
    list_of,
    list_timeline,
    public_timeline,
)

router = Router(tags=["timelines"])

# As on Mastodon: how many tags each of any[], all[] and none[] may add.
MAX_TAGS_PER_MODE = 4


def _page_of_statuses(
    request: HttpRequest,
    response: HttpResponse,
    posts: Sequence[Post],
    viewer: Account | None,
    context: FilterContext,
) -> list[Status]:
    """Return the Statuses of a page of `posts` with the viewer's filters of `context`
    applied; the Link header pages by the posts before filtering, so that a page that
    filters hid entirely still leads on."""
    link_header(request, response, posts)
    if viewer is None:
        return statuses(posts, viewer)
    matches = filter_matches(viewer, context, posts)
    return with_filter_results(statuses(shown(posts, matches), viewer), matches)


@router.get("/v1/timelines/home", response=list[Status], auth=token("read:statuses"))
def home(request: HttpRequest, response: HttpResponse, paging: Query[PageQuery]) -> list[Status]:
    me = signed_in(request)
    ids = home_timeline_ids(me, paging.page())
    if active_filters(me, FilterContext.HOME):  # they read the posts
        return _page_of_statuses(request, response, posts_for_display(ids), me, FilterContext.HOME)
    # The page read most of all: most of its Statuses are kept from an earlier read.
    link_header(request, response, ids, key=int)
    return statuses_of_ids(ids, me)


class PublicQuery(Schema):
    local: bool = Field(False, description="Only this server's posts.")
    remote: bool = Field(False, description="Only other servers' posts.")
    only_media: bool = Field(False, description="Only posts with media.")


@router.get(
    "/v1/timelines/public", response=list[Status], auth=token("read:statuses", optional=True)
)
def public(
    request: HttpRequest,
    response: HttpResponse,
    paging: Query[PageQuery],
    where: Query[PublicQuery],
) -> list[Status]:
    viewer = caller(request).account
    posts = public_timeline(
        viewer,
        paging.page(),
        local_only=where.local,
        remote_only=where.remote,
        only_media=where.only_media,
    )
    return _page_of_statuses(request, response, posts, viewer, FilterContext.PUBLIC)


class TagQuery(PublicQuery):
    any: list[str] = Field(default_factory=list, description="Or one of these tags.")
    all: list[str] = Field(default_factory=list, description="And all of these tags.")
    none: list[str] = Field(default_factory=list, description="And none of these tags.")


@router.get(
    "/v1/timelines/tag/{hashtag}",
    response=list[Status],
    auth=token("read:statuses", optional=True),
)
def tag(
    request: HttpRequest,
    response: HttpResponse,
    hashtag: str,
    paging: Query[PageQuery],
    where: Query[TagQuery],
) -> list[Status]:
    viewer = caller(request).account
    posts = hashtag_timeline(
        viewer,
        hashtag,
        paging.page(),
        any_of=where.any[:MAX_TAGS_PER_MODE],
        all_of=where.all[:MAX_TAGS_PER_MODE],
        none_of=where.none[:MAX_TAGS_PER_MODE],
        local_only=where.local,
        remote_only=where.remote,
        only_media=where.only_media,
    )
    return _page_of_statuses(request, response, posts, viewer, FilterContext.PUBLIC)


@router.get("/v1/timelines/list/{list_id}", response=list[Status], auth=token("read:lists"))
def list_posts(
    request: HttpRequest, response: HttpResponse, list_id: str, paging: Query[PageQuery]
) -> list[Status]:
    me = signed_in(request)
    posts = list_timeline(me, list_of(me, object_id(list_id)), paging.page())
    return _page_of_statuses(request, response, posts, me, FilterContext.HOME)
