"""Bookmarks and favourites: the caller's lists of the posts they bookmarked and liked
(docs.joinmastodon.org/methods/bookmarks, methods/favourites), paged as Mastodon pages them:
by the bookmark or like, latest first."""

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router

from hudhud.api.auth import signed_in, token
from hudhud.api.paging import PageQuery, link_header
from hudhud.api.schemas.statuses import Status, statuses
from hudhud.posts.selectors import bookmark_rows, like_rows, posts_for_display

router = Router(tags=["bookmarks"])


@router.get("/v1/bookmarks", response=list[Status], auth=token("read:bookmarks"))
def bookmark_list(
    request: HttpRequest, response: HttpResponse, paging: Query[PageQuery]
) -> list[Status]:
    me = signed_in(request)
    rows = bookmark_rows(me, paging.page())
    link_header(request, response, rows)
    return statuses(posts_for_display([row.post_id for row in rows]), me)


@router.get("/v1/favourites", response=list[Status], auth=token("read:favourites"))
def favourite_list(
    request: HttpRequest, response: HttpResponse, paging: Query[PageQuery]
) -> list[Status]:
    me = signed_in(request)
    rows = like_rows(me, paging.page())
    link_header(request, response, rows)
    return statuses(posts_for_display([row.post_id for row in rows]), me)
