"""Trends: tags, statuses and links (docs.joinmastodon.org/methods/trends).

Trends are one short ranked list each, paged by `offset` as on Mastodon.
"""

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from ninja import Query, Router, Schema
from pydantic import Field

from hudhud.api.auth import caller, token
from hudhud.api.schemas.statuses import Status, statuses
from hudhud.api.schemas.tags import Tag, trending_tags
from hudhud.search.trends import MAX_HASHTAGS, MAX_POSTS, trending_hashtags, trending_posts

router = Router(tags=["trends"])

READ = token("read:statuses", optional=True)


class TagsPage(Schema):
    limit: int = Field(10, description=f"At most {MAX_HASHTAGS}.")
    offset: int = 0


class StatusesPage(Schema):
    limit: int = Field(20, description=f"At most {MAX_POSTS}.")
    offset: int = 0


def _window(page: TagsPage | StatusesPage, largest: int) -> tuple[int, int]:
    """Return the offset and limit of `page`, each within bounds."""
    return max(0, min(page.offset, largest)), max(1, min(page.limit, largest))


def _offset_links(
    request: HttpRequest, response: HttpResponse, offset: int, limit: int, shown: int
) -> None:
    """Set the Link header of a page of a ranked list, paged by offset."""
    links = []
    query = request.GET.copy()
    base = settings.BASE_URL + request.path
    if shown >= limit:
        query["offset"] = str(offset + limit)
        links.append(f'<{base}?{query.urlencode()}>; rel="next"')
    if offset > 0:
        query["offset"] = str(max(0, offset - limit))
        links.append(f'<{base}?{query.urlencode()}>; rel="prev"')
    if links:
        response["Link"] = ", ".join(links)


@router.get("/v1/trends/tags", response=list[Tag], auth=READ)
def trending_tag_list(
    request: HttpRequest, response: HttpResponse, page: Query[TagsPage]
) -> list[Tag]:
    offset, limit = _window(page, MAX_HASHTAGS)
    found = trending_hashtags(MAX_HASHTAGS, history=True)[offset : offset + limit]
    _offset_links(request, response, offset, limit, len(found))
    return trending_tags(found, caller(request).account)


@router.get("/v1/trends", response=list[Tag], auth=READ)
def trends_old(request: HttpRequest, response: HttpResponse, page: Query[TagsPage]) -> list[Tag]:
    """The address of trending tags before Mastodon 3.5, which some apps still call."""
    return trending_tag_list(request, response, page)


@router.get("/v1/trends/statuses", response=list[Status], auth=READ)
def trending_status_list(
    request: HttpRequest, response: HttpResponse, page: Query[StatusesPage]
) -> list[Status]:
    viewer = caller(request).account
    offset, limit = _window(page, MAX_POSTS)
    found = trending_posts(viewer, offset + limit)[offset:]
    _offset_links(request, response, offset, limit, len(found))
    return statuses(found, viewer)


@router.get("/v1/trends/links", response=list[dict[str, Any]], auth=READ)
def trending_link_list(request: HttpRequest) -> list[dict[str, Any]]:
    """No links trend here: posts' link previews are not fetched."""
    return []
